// A Vite plugin (and the function under it) that takes the indentation out of Lit's html`…` and
// svg`…` templates in src/. Vite minifies JavaScript but leaves template literals as written, so
// each line break and indent of a template was shipped, and inside an SVG drawing each one
// became a text node of its own in every mark drawn: 320 of the default timeline's 527 text
// nodes, 173 of the Sankey's, cloned and inserted on each first render for nothing (SVG draws
// no text outside its text elements).
//
// The rule, on the markup between bindings (Lit joins a template's pieces around its `${…}`):
// - A run of white space with a line break in it, inside SVG and outside its text elements
//   (`text`, `tspan`, `textPath`, `title`, `desc`): removed at the start or end of an element's
//   content and between two shapes (`rect`, `path`…, which hold no text); between two siblings
//   of which one may hold text (a text element, a group, a binding), one space stays, so that a
//   group's words read "1997 2 events", not "19972 events", to a screen reader and to axe.
//   Inside an element whose content assistive technology is not given (`aria-hidden="true"`, a
//   role whose children are presentational: `graphics-symbol`, `img`), all such runs go.
// - Any other run with a line break (in HTML, in SVG text, between attributes in a tag): one
//   space, which reads and lays out as the run did (no element in src sets `white-space: pre`).
// - Quoted attribute values, comments, runs without a line break and the inside of `pre`,
//   `textarea`, `style` and `script`: as written.
import ts from 'typescript';
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'svg']);
/** SVG elements whose white space is text that is drawn. */
const SVG_TEXT = new Set(['text', 'tspan', 'textpath', 'title', 'desc']);
/**
 * A tag whose element's content is hidden from assistive technology: hidden, or a role whose
 * children are presentational (a mark named by its aria-label). Inside one, white space between
 * its parts separates no words anyone is given.
 */
const SILENT =
  /\b(?:role\s*=\s*["']?(?:graphics-symbol|img|presentation|none)\b|aria-hidden\s*=\s*["']?true\b)/;
/** HTML elements whose white space is content (kept as written: none in src yet). */
const RAW = new Set(['pre', 'textarea', 'style', 'script']);
/** SVG elements that hold no text. */
const SHAPES = new Set([
  'rect',
  'circle',
  'ellipse',
  'line',
  'path',
  'polyline',
  'polygon',
  'use',
  'image',
  'stop',
]);
const IMPORTS_TAG = /import\s*\{[^}]*\b(?:html|svg)\b[^}]*\}\s*from\s*['"]lit(?:-html)?['"]/;

/**
 * The markup of one template, piece by piece (`pieces` as written between its bindings), with
 * line-break runs taken out or made one space: the new pieces, same count.
 * `svg`: whether the template is svg`…` (its markup is inside an SVG drawing).
 */
export function minifyPieces(pieces, svg) {
  const state = {
    mode: 'text', // 'text' | 'tag' | 'comment'
    quote: '', // the open attribute quote in a tag
    tagName: '',
    closing: false,
    svgDepth: svg ? 1 : 0,
    textDepth: 0,
    rawDepth: 0, // inside an element whose white space is kept (pre, textarea, style, script)
    // What is left of the text being read: an opening tag ('open'), the end of a shape ('shape')
    // or of another element ('text': it may hold text), or a binding or the template's start.
    left: 'binding',
    // The tag being read, as written (a binding in it as '\0'), for its role.
    tag: '',
    // For each SVG element open, whether its content is hidden from assistive technology.
    silent: [],
  };
  return pieces.map((piece, k) => {
    if (k > 0) state.left = 'binding';
    if (k > 0 && state.mode === 'tag') state.tag += '\0';
    return minifyPiece(piece, state);
  });
}

function minifyPiece(piece, s) {
  let out = '';
  let i = 0;
  // A run of text up to the tag at `open` (-1: the piece's end, a binding or the template's end).
  const text = (run, open) => {
    if (!run.includes('\n') || s.rawDepth > 0) return run;
    if (/^\s*$/.test(run) && s.svgDepth > 0 && s.textDepth === 0) {
      if (s.silent.at(-1)) return '';
      const right = open === -1 ? 'binding' : tagKind(piece, open);
      const edge = s.left === 'open' || right === 'close';
      return edge || (s.left === 'shape' && right === 'shape') ? '' : ' ';
    }
    return run.replace(/\s*\n\s*/g, ' ');
  };
  while (i < piece.length) {
    if (s.mode === 'comment') {
      const end = piece.indexOf('-->', i);
      const stop = end === -1 ? piece.length : end + 3;
      out += piece.slice(i, stop);
      i = stop;
      if (end !== -1) s.mode = 'text';
      continue;
    }
    if (s.mode === 'text') {
      const open = findTagStart(piece, i);
      out += text(piece.slice(i, open === -1 ? piece.length : open), open);
      if (open === -1) break;
      if (piece.startsWith('<!--', open)) {
        s.mode = 'comment';
        out += '<!--';
        i = open + 4;
        continue;
      }
      s.mode = 'tag';
      s.closing = piece[open + 1] === '/';
      const nameStart = open + (s.closing ? 2 : 1);
      const name = /^[A-Za-z][\w:-]*/.exec(piece.slice(nameStart))?.[0] ?? '';
      s.tagName = name.toLowerCase();
      s.tag = '';
      out += piece.slice(open, nameStart + name.length);
      i = nameStart + name.length;
      if (!s.closing) enter(s, 1);
      continue;
    }
    // In a tag: attributes, quoted values, white space, up to '>'.
    const c = piece[i];
    s.tag += c;
    if (s.quote) {
      if (c === s.quote) s.quote = '';
      out += c;
      i++;
    } else if (c === '"' || c === "'") {
      s.quote = c;
      out += c;
      i++;
    } else if (/\s/.test(c)) {
      let end = i;
      while (end < piece.length && /\s/.test(piece[end])) end++;
      const run = piece.slice(i, end);
      const next = piece[end];
      // Before '>' none is needed; before '/>' one stays (an unquoted `${…}` value ends there).
      out += !run.includes('\n') ? run : next === '>' ? '' : ' ';
      i = end;
    } else if (c === '>') {
      const selfClosing = out.trimEnd().endsWith('/');
      // Count out a closing tag, or a self-closing one counted in.
      if (s.closing || selfClosing) enter(s, -1);
      if (s.closing && (s.svgDepth > 0 || s.tagName === 'svg')) s.silent.pop();
      else if (!s.closing && !selfClosing && s.svgDepth > 0)
        s.silent.push(s.silent.at(-1) === true || SILENT.test(s.tag));
      s.left = !(s.closing || selfClosing) ? 'open' : SHAPES.has(s.tagName) ? 'shape' : 'text';
      s.mode = 'text';
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Counts the SVG drawing, its text elements and raw HTML in (+1) or out (-1) at the tag. */
function enter(s, step) {
  if (RAW.has(s.tagName)) s.rawDepth += step;
  else if (s.tagName === 'svg') s.svgDepth += step;
  else if (s.svgDepth > 0 && SVG_TEXT.has(s.tagName)) s.textDepth += step;
}

/** The tag at `open`: a closing tag, a shape's, or another (a comment counts as a shape). */
function tagKind(piece, open) {
  if (piece[open + 1] === '/') return 'close';
  const name = /^<([A-Za-z][\w:-]*)/.exec(piece.slice(open))?.[1]?.toLowerCase();
  return name === undefined || SHAPES.has(name) ? 'shape' : 'text';
}

/** The next '<' that opens a tag, a closing tag or a comment, from `from`; -1 if none. */
function findTagStart(piece, from) {
  for (let i = piece.indexOf('<', from); i !== -1; i = piece.indexOf('<', i + 1)) {
    if (/[A-Za-z/!]/.test(piece[i + 1] ?? '')) return i;
  }
  return -1;
}

/** The source `code` with every html`…` and svg`…` template minified; null if none changed. */
export function minifyTemplates(code, fileName) {
  if (!IMPORTS_TAG.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const out = new MagicString(code);
  let changed = false;
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const ranges = pieceRanges(node.template, source);
      const pieces = ranges.map(([a, b]) => code.slice(a, b));
      const minified = minifyPieces(pieces, node.tag.text === 'svg');
      ranges.forEach(([a, b], k) => {
        if (minified[k] === pieces[k]) return;
        changed = true;
        if (minified[k]) out.overwrite(a, b, minified[k]);
        else out.remove(a, b);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return changed ? out : null;
}

/** Where each piece of a template's markup is in the source: between '`', '${' and '}'. */
function pieceRanges(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template))
    return [[template.getStart(source) + 1, template.end - 1]];
  const ranges = [[template.head.getStart(source) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const lit = span.literal;
    const tail = ts.isTemplateTail(lit);
    ranges.push([lit.getStart(source) + 1, lit.end - (tail ? 1 : 2)]);
  }
  return ranges;
}

/** The Vite plugin: src/**\/*.ts. */
export function htmlLiterals() {
  return {
    name: 'apac-viz:html-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('`')) return null;
      const out = minifyTemplates(code, id);
      if (!out) return null;
      return {code: out.toString(), map: out.generateMap({hires: true, source: id})};
    },
  };
}
