/**
 * Reading the embed page's URL: `embed.html?chart=sankey&headline=…&report=sea2019`. Pure, so it
 * is tested without a browser. Every attribute a chart element observes is a parameter of the
 * same name; anything else is named in `ignored` for a console note, never applied.
 */

import {readAnnotationsParam} from './annotations-param.js';
import type {Annotation} from '../layout/notes-read.js';

/** The charts an embed page can draw, by the `chart` parameter. */
export const EMBED_CHARTS = {
  choropleth: 'apac-choropleth',
  timeline: 'apac-timeline',
  sankey: 'apac-sankey',
} as const;
export type EmbedChart = keyof typeof EMBED_CHARTS;

/** An attribute a chart observes, and whether it is a boolean (present or absent). */
export interface EmbedAttribute {
  name: string;
  boolean: boolean;
}

export interface EmbedRequest {
  chart: EmbedChart;
  tag: (typeof EMBED_CHARTS)[EmbedChart];
  /** Attributes to set, in the order given; a boolean attribute set to true has the value ''. */
  attributes: [string, string][];
  /** The `id` parameter, echoed in height messages. */
  id: string;
  /** The `annotations` parameter's notes, set as the chart's `annotations` property. */
  annotations?: Annotation[] | undefined;
}

export interface EmbedParse {
  request?: EmbedRequest;
  /** Why nothing can be drawn (shown on the page), when `request` is absent. */
  error?: string;
  /** Parameters not applied, each with the reason (logged as console notes). */
  ignored: string[];
}

/** Parameters the page reads itself rather than passing to the chart. */
const PAGE_PARAMS = new Set(['chart', 'id', 'annotations']);
const MAX_VALUE = 2000;
// Control characters other than tab and newline mean a mangled or hostile URL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

const isChart = (value: string): value is EmbedChart => Object.hasOwn(EMBED_CHARTS, value);

/** `src` must be an http(s) URL (relative ones resolve against the embed page). */
function safeUrl(value: string, base: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

/**
 * `highlight`: comma-separated ids, codes (`MM`, `crime:wood`, `forum:AMMTC`) or names (`Viet
 * Nam`, `Côte…`): letters of any script, digits, spaces and : . ' ’ ( ) & / _ - only; at most
 * 300 tokens of 100 characters. Anything else (markup, quotes, braces) names nothing drawn.
 */
const HIGHLIGHT_TOKEN = /^[\p{L}\p{M}\p{N} :.'’()&/_-]{1,100}$/u;
function highlightProblem(value: string): string | undefined {
  const tokens = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (!tokens.length) return 'names nothing';
  if (tokens.length > 300) return 'more than 300 names';
  if (!tokens.every((t) => HIGHLIGHT_TOKEN.test(t)))
    return 'not a comma-separated list of ids, codes or names';
  return undefined;
}

const BOOLEAN_VALUES: Record<string, boolean> = {'': true, true: true, false: false};

/**
 * What the chart `params` name will ask of its first picture, read before its class is in (which
 * parseEmbedParams needs) by the same rules: names in any case, the first of a name given twice,
 * a boolean's "false" no attribute, notes that read as notes. The autoloader's `load(tag,
 * planned)` asks for it beside the chart's code.
 */
export function plannedChart(params: URLSearchParams): {
  attribute: (name: string) => string | null;
  notes: boolean;
} {
  const given = new Map<string, string>();
  for (const [name, value] of params)
    if (!given.has(name.toLowerCase())) given.set(name.toLowerCase(), value);
  const value = (name: string) => given.get(name) ?? null;
  return {
    attribute: (name) => (BOOLEAN_VALUES[value(name) ?? ''] === false ? null : value(name)),
    notes: Boolean(readAnnotationsParam(value('annotations')).notes?.length),
  };
}

/**
 * Reads `params` for the chart it names. `attributesOf(tag)` lists what that chart observes
 * (the element's own list at run time). `base` resolves relative `src` URLs.
 */
export function parseEmbedParams(
  params: URLSearchParams,
  attributesOf: (tag: string) => readonly EmbedAttribute[],
  base: string
): EmbedParse {
  const ignored: string[] = [];
  const chart = params.get('chart') ?? '';
  if (!isChart(chart)) {
    const known = Object.keys(EMBED_CHARTS).join(', ');
    return {
      error: chart
        ? `Unknown chart "${chart.slice(0, 40)}": use one of ${known}.`
        : `No chart named: add ?chart= with one of ${known}.`,
      ignored,
    };
  }
  const tag = EMBED_CHARTS[chart];
  const known = new Map(attributesOf(tag).map((a) => [a.name, a]));
  const attributes: [string, string][] = [];
  const seen = new Set<string>();
  for (const [rawName, value] of params) {
    const name = rawName.toLowerCase();
    if (PAGE_PARAMS.has(name)) continue;
    const attribute = known.get(name);
    const label = `"${rawName.slice(0, 40)}"`;
    if (!attribute) ignored.push(`${label}: not an attribute of <${tag}>`);
    else if (seen.has(name)) ignored.push(`${label}: given twice; the first is used`);
    else if (value.length > MAX_VALUE)
      ignored.push(`${label}: longer than ${MAX_VALUE} characters`);
    else if (CONTROL.test(value)) ignored.push(`${label}: contains control characters`);
    else if (name === 'src' && !safeUrl(value, base)) ignored.push(`${label}: not an http(s) URL`);
    else if (name === 'highlight' && highlightProblem(value))
      ignored.push(`${label}: ${highlightProblem(value)}`);
    else if (attribute.boolean && !Object.hasOwn(BOOLEAN_VALUES, value))
      ignored.push(`${label}: use true or false`);
    else {
      seen.add(name);
      if (!attribute.boolean) attributes.push([name, value]);
      else if (BOOLEAN_VALUES[value]) attributes.push([name, '']);
    }
  }
  const id = (params.get('id') ?? '').slice(0, 100);
  const notes = readAnnotationsParam(params.get('annotations'));
  if (notes.problem) ignored.push(`"annotations": ${notes.problem}`);
  return {request: {chart, tag, attributes, id, annotations: notes.notes}, ignored};
}
