// A Vite plugin that minifies the CSS in Lit's css`…` template literals of src/ with lightningcss.
// Vite minifies JavaScript but leaves template literals as written, so the charts' styles shipped
// with their indentation and line breaks. Each run of CSS between two `${…}` (which in src/ always
// stand for whole rules) is minified on its own; a run lightningcss cannot read as a list of
// rules is left as written, with a warning, so the plugin can only ever leave CSS unminified.
import {transform} from 'lightningcss';
import MagicString from 'magic-string';

/** css`…` literals: the tag, then text up to the closing backtick; `${…}` holds no backtick in src. */
const LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;
/** The `${…}` inside one, which the minified runs are joined around. */
const HOLE = /\$\{[^}]*\}/g;

/** `css` minified, or as it was if lightningcss finds it is not a list of rules. */
function minify(css, id, warn) {
  // An escape (`\\2014`) would need the literal cooked and raw again: such a run stays as it is.
  if (!css.trim() || css.replace(/\/\*[\s\S]*?\*\//g, '').includes('\\')) return css;
  try {
    const {code} = transform({filename: id, code: Buffer.from(css), minify: true});
    return code.toString();
  } catch (error) {
    warn(`css-literals: left a css\`…\` run of ${id} as written: ${String(error)}`);
    return css;
  }
}

export function cssLiterals() {
  return {
    name: 'apac-viz:css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = new MagicString(code);
      for (const literal of code.matchAll(LITERAL)) {
        const body = literal[1];
        const start = literal.index + 'css`'.length;
        const holes = [...body.matchAll(HOLE)];
        const runs = body.split(HOLE);
        const minified = runs
          .map((run, i) => minify(run, id, (m) => this.warn(m)) + (holes[i]?.[0] ?? ''))
          .join('');
        out.overwrite(start, start + body.length, minified);
      }
      return {code: out.toString(), map: out.generateMap({hires: true, source: id})};
    },
  };
}
