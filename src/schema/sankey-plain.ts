/**
 * A user's Sankey graph read without the validators, when there is nothing to convert, trim or
 * report: plain JSON (`{unit?, citation?, links}`, no `nodes`) whose every link the schema would
 * take as it is. Such a graph is drawn without loading valibot (the validators' chunk); any
 * other input is left to sankey-input.ts, which reads it with the same pieces (plainLink,
 * linkProblem, linkFrom), so both give the same graph. No valibot here. Pure.
 */
import {MONEY_UNITS, type MoneyUnit, type SankeyGraph, type SankeyLink} from './sankey-graph.js';
import type {Validated} from './issues.js';
import {firstSources} from './sources.js';

/** A link as the schema gives it (LinkSchema's output): names and text trimmed, amounts as numbers. */
export interface LinkRow {
  id?: string | undefined;
  source: string;
  target: string;
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  citation?: string | undefined;
  note?: string | undefined;
}

/** A string LinkSchema keeps as it is: nothing to trim, at most `max` long, empty where `empty`. */
const asIs = (x: unknown, max: number, empty = false) =>
  typeof x === 'string' && x.length <= max && (x ? x.trim() === x : empty);
/** Text LinkSchema keeps as it is: none, or a string as above of up to 2,000 characters. */
const textAsIs = (x: unknown) => x === undefined || asIs(x, 2000, true);
/** An amount LinkSchema keeps as it is: none, or a finite number not below 0. */
const amountAsIs = (x: unknown) => x === undefined || (Number.isFinite(x) && (x as number) >= 0);

/**
 * LinkSchema's output for a link it takes as it is (names and text with nothing to trim, amounts
 * as numbers, nothing to report); undefined for any other link, which LinkSchema reads. A large
 * JSON graph is mostly such links: valibot took about 10 µs a link (1,200 links: 12–18 ms).
 */
export function plainLink(row: unknown): LinkRow | undefined {
  // What LinkSchema (valibot's object) reads: any object, arrays too, its keys inherited too.
  if (!row || typeof row !== 'object') return undefined;
  const {id, source, target, value, low, high, citation, note} = row as Record<string, unknown>;
  return asIs(source, Infinity) &&
    asIs(target, Infinity) &&
    (id === undefined || asIs(id, 200)) &&
    amountAsIs(value) &&
    amountAsIs(low) &&
    amountAsIs(high) &&
    textAsIs(citation) &&
    textAsIs(note)
    ? ({id, source, target, value, low, high, citation, note} as LinkRow)
    : undefined;
}

/** Money units are normalised to US dollars a year; `USD bn/yr` values are multiplied by 1e9. */
export function scaleFor(unit: string | null): number | undefined {
  return unit && unit in MONEY_UNITS ? MONEY_UNITS[unit as MoneyUnit] : undefined;
}

/** A link's amounts given, low to high as they should run. */
export const rangeOf = (row: LinkRow): number[] =>
  [row.low, row.value, row.high].filter((x): x is number => x !== undefined);

/** What is wrong with a link's amounts or ends, before the nodes are looked at; undefined if nothing. */
export function linkProblem(
  row: LinkRow
): 'valueMissing' | 'rangeTooHigh' | 'ownSource' | undefined {
  const xs = rangeOf(row);
  return !xs.length
    ? 'valueMissing'
    : xs.some((x, i) => i > 0 && (xs[i - 1] ?? x) > x)
      ? 'rangeTooHigh'
      : row.source === row.target
        ? 'ownSource'
        : undefined;
}

/** The link drawn for `row`, the `index`th read (its id when it has none), its amounts × `scale`. */
export function linkFrom(row: LinkRow, index: number, scale = 1): SankeyLink {
  return {
    id: row.id ?? `link-${index}`,
    source: row.source,
    target: row.target,
    value: row.value === undefined ? undefined : row.value * scale,
    low: row.low === undefined ? undefined : row.low * scale,
    high: row.high === undefined ? undefined : row.high * scale,
    citation: row.citation ?? '',
    note: row.note,
  };
}

/** `input[key]` when `input` is a plain object that has it as its own. */
const own = (input: object, key: string): unknown =>
  Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;

/** A trimmed, non-empty string, else undefined. */
const trimmed = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);

/**
 * What validateSankeyInput(input, 'json') gives when it reports nothing, for plain JSON (see the
 * file's comment) of fewer than `max` links; undefined for any other input, and at the first
 * link that is not plain or would be reported (the validators then read the whole input).
 */
export function plainGraph(input: unknown, max = Infinity): Validated<SankeyGraph> | undefined {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const raw = own(input, 'links');
  if (own(input, 'nodes') !== undefined || !Array.isArray(raw) || raw.length >= max)
    return undefined;
  const unit = trimmed(own(input, 'unit')) ?? null;
  const scale = scaleFor(unit);
  const links: SankeyLink[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const row = plainLink(raw[i]);
    if (!row || linkProblem(row)) return undefined;
    const link = linkFrom(row, i + 1, scale);
    if (ids.has(link.id)) return undefined;
    ids.add(link.id);
    links.push(link);
  }
  // The nodes the links use, in order of first use, and the links that cite nothing.
  const used = new Set<string>();
  let uncited = 0;
  for (const l of links) {
    used.add(l.source).add(l.target);
    if (!l.citation) uncited++;
  }
  return {
    value: {
      unit,
      usd: scale !== undefined,
      nodes: [...used].map((n) => ({id: n, label: n})),
      links,
    },
    issues: [],
    citation: trimmed(own(input, 'citation')),
    uncited,
    sources: firstSources(links, (l) => l.citation),
  };
}
