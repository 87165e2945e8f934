/**
 * The command line of `apac-viz render`, read into what the renderer needs. Pure, so it is tested
 * without a browser. Chart attributes are passed through as `--name value` (or `--name` for a
 * boolean) and checked by the embed page against the attributes the element really observes.
 */
import {parseArgs} from 'node:util';
import {EMBED_CHARTS, type EmbedChart} from '../embed/params.js';

export const USAGE = `Usage: apac-viz render <choropleth|timeline|sankey> --out FILE.svg|FILE.png [options] [--attribute value ...]

Draws a chart the way the <apac-…> element draws it and writes it as a standalone SVG or a PNG,
for print, social cards, <noscript>, AMP and Apple News.

Options:
  --out FILE         Where to write; .svg or .png (required).
  --data FILE        A CSV or JSON file to draw instead of the bundled data (as the src attribute).
  --annotations FILE Notes to write on the chart: a JSON file with an array of
                     {"target", "text", "from"?, "to"?, "show"?, "id"?} (see README, Annotations).
  --width PX         Drawing width in CSS pixels (default 800).
  --scale N          PNG pixels per CSS pixel, 1 to 8 (default 2).
  --browser PATH     Chrome or Chromium to draw with (default: $CHROME_PATH, then the usual places).
  -h, --help         This text.

Any other --name value is set as that attribute of the element, for example:
  apac-viz render choropleth --indicator acct-in-force-year --region asean --out map.svg
  apac-viz render timeline --from 2013 --to 2018 --group-by kind --theme dark --out tl.png
  apac-viz render sankey --report sea2019 --headline "Illicit flows" --out flows.svg
  apac-viz render choropleth --highlight "KH, LA, MM" --out story.png
    (--highlight picks out economies, events or flows and mutes the rest, with a line saying so)
`;

export interface RenderJob {
  chart: EmbedChart;
  out: string;
  format: 'svg' | 'png';
  data?: string;
  /** A JSON file of notes (the `annotations` property). */
  annotations?: string;
  width: number;
  scale: number;
  browser?: string;
  /** Attribute name → value ('' for a flag), in the order given. */
  attributes: [string, string][];
}

export class UsageError extends Error {}

const OPTIONS = {
  out: {type: 'string'},
  data: {type: 'string'},
  annotations: {type: 'string'},
  width: {type: 'string'},
  scale: {type: 'string'},
  browser: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} as const;

function number(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, not "${text}".`);
  return value;
}

/** Reads `argv` (without node and the script). Returns undefined when help was asked for. */
export function parseRenderArgs(argv: string[]): RenderJob | undefined {
  const {values, tokens} = parseArgs({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (values['help'] || !argv.length) return undefined;
  const attributes: [string, string][] = [];
  const known = new Set(Object.keys(OPTIONS));
  const consumed = new Set<number>();
  for (const [i, token] of tokens.entries()) {
    if (token.kind !== 'option' || known.has(token.name)) continue;
    if (!/^[a-z][a-z0-9-]*$/.test(token.name))
      throw new UsageError(`"${token.rawName}" is not an attribute name.`);
    // parseArgs (strict: false) reads an unknown `--name value` as a flag followed by a
    // positional; the positional right after it is its value.
    const next = tokens[i + 1];
    let value = token.value;
    if (value === undefined && next?.kind === 'positional' && next.index === token.index + 1) {
      value = next.value;
      consumed.add(next.index);
    }
    attributes.push([token.name, value ?? '']);
  }
  const positionals = tokens.flatMap((t) =>
    t.kind === 'positional' && !consumed.has(t.index) ? [t.value] : []
  );
  const [command, chart, ...extra] = positionals;
  if (command !== 'render')
    throw new UsageError(
      command ? `Unknown command "${command}": the command is render.` : 'Say what to do: render.'
    );
  if (!chart || !Object.hasOwn(EMBED_CHARTS, chart))
    throw new UsageError(
      `Name the chart: choropleth, timeline or sankey${chart ? `, not "${chart}"` : ''}.`
    );
  if (extra.length) throw new UsageError(`Unexpected "${extra[0]}".`);
  if (attributes.some(([name]) => name === 'src'))
    throw new UsageError('Use --data FILE for own data (a local file); src is set from it.');

  const out = typeof values['out'] === 'string' ? values['out'] : undefined;
  if (!out) throw new UsageError('Say where to write: --out chart.svg or --out chart.png.');
  const ext = /\.(svg|png)$/i.exec(out)?.[1]?.toLowerCase();
  if (ext !== 'svg' && ext !== 'png')
    throw new UsageError(`--out must end in .svg or .png, not "${out}".`);
  const str = (name: 'data' | 'annotations' | 'width' | 'scale' | 'browser') =>
    typeof values[name] === 'string' ? values[name] : undefined;
  return {
    chart: chart as EmbedChart,
    out,
    format: ext,
    data: str('data'),
    annotations: str('annotations'),
    width: number('width', str('width'), 800, 200, 4000),
    scale: number('scale', str('scale'), 2, 1, 8),
    browser: str('browser'),
    attributes,
  };
}
