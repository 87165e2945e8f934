/**
 * The graph a Sankey chart draws — nodes, and links with a value and/or a low–high range — from
 * the bundled UNODC estimates or from a user's JSON or CSV. Pure.
 */
import * as v from 'valibot';
import {
  field,
  finiteNumber,
  id,
  optionalText,
  requiredText,
  text,
  validateListSteps,
} from './common.js';
import {MONEY_UNITS, toUsd, type FlowsDataset, type MoneyUnit} from './flows.js';
import {issue, join, valueParam, type Issue, type Validated} from './issues.js';
import {parseAmount} from './numbers.js';
import type {DataFormat, TableRows} from './parse.js';
import {finish, STEP_EVERY, type Steps} from './steps.js';

/** A number written in a cell, NaN when it is none (so the pipe says "must be a number"). */
const amountOf = (cell: string) => parseAmount(cell) ?? NaN;

export interface SankeyNode {
  id: string;
  label: string;
  /** Column or category, for colour (`origin`, `crime`, `destination`…). */
  group?: string | undefined;
  /**
   * The economies (ISO alpha-2) the node stands for, when the data says so; linked charts pick
   * them out. Absent for a region whose economies the source does not list.
   */
  economies?: readonly string[] | undefined;
  /** Where `economies` comes from (own data may leave it to the chart's source). */
  citation?: string | undefined;
}

export interface SankeyLink {
  id: string;
  source: string;
  target: string;
  /** Central estimate; absent when the source gives only a range. */
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  /** The flow's source; empty in own data that leaves it to the chart's source. */
  citation: string;
  note?: string | undefined;
  /** Links that belong to one record (a TOCTA flow's two halves) share a path id. */
  path?: string | undefined;
}

export interface SankeyGraph {
  /** How values are written: a money unit (normalised to US dollars a year), or any label. */
  unit: string | null;
  /** Multiplier to US dollars a year when `unit` is a money unit; values are already multiplied. */
  usd: boolean;
  nodes: SankeyNode[];
  links: SankeyLink[];
}

const amount = v.pipe(
  v.union(
    [finiteNumber, v.pipe(v.string(), v.trim(), v.nonEmpty('issue.empty'), v.transform(amountOf))],
    'issue.notNumber'
  ),
  v.number('issue.notNumber'),
  v.finite('issue.notNumber'),
  v.minValue(0, 'issue.negative')
);

const LinkSchema = v.object({
  id: v.optional(id),
  source: v.pipe(
    v.union([v.string(), v.number()], 'issue.nameNode'),
    v.transform(String),
    v.trim(),
    v.nonEmpty('issue.nameNode')
  ),
  target: v.pipe(
    v.union([v.string(), v.number()], 'issue.nameNode'),
    v.transform(String),
    v.trim(),
    v.nonEmpty('issue.nameNode')
  ),
  value: v.optional(amount),
  low: v.optional(amount),
  high: v.optional(amount),
  citation: v.optional(text(2000)),
  note: optionalText(),
});

const NodeSchema = v.object({
  id: v.pipe(
    v.union([v.string(), v.number()], 'issue.notText'),
    v.transform(String),
    v.trim(),
    v.nonEmpty('issue.notEmpty')
  ),
  label: v.optional(requiredText(200)),
  group: v.optional(text(60)),
  economies: v.optional(
    v.array(
      v.pipe(
        v.string(),
        v.trim(),
        v.toUpperCase(),
        v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
      )
    )
  ),
  citation: v.optional(text(2000)),
});

/** Money units are normalised to US dollars a year; `USD bn/yr` values are multiplied by 1e9. */
function scaleFor(unit: string | null): number | undefined {
  return unit && unit in MONEY_UNITS ? MONEY_UNITS[unit as MoneyUnit] : undefined;
}

function blankless(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  if (!Object.values(row).includes('')) return row;
  return Object.fromEntries(Object.entries(row).filter(([, cell]) => cell !== ''));
}

/**
 * Validates a user's graph: `{unit?, citation?, nodes?, links}` (JSON) or CSV rows with columns
 * `source,target,value[,low,high,citation,note]` (nodes inferred from the links). A link
 * without a citation is kept: the top-level citation or the chart's `credit` is its source. Links need a
 * value or a range; low ≤ value ≤ high; no self-loops; both ends must be known nodes when nodes
 * are listed. Bad rows are dropped and listed.
 */
export function validateSankeyInput(input: unknown, format: DataFormat): Validated<SankeyGraph> {
  return finish(validateSankeyInputSteps(input, format));
}

/** validateSankeyInput as steps (see steps.ts), for large files. */
export function* validateSankeyInputSteps(
  input: unknown,
  format: DataFormat
): Steps<Validated<SankeyGraph>> {
  const issues: Issue[] = [];
  let unit: string | null = null;
  let rawLinks: unknown = input;
  let rawNodes: unknown;
  let path = 'rows';
  let top: string | undefined;
  if (format === 'json') {
    path = 'links';
    rawLinks = field(input, 'links', '', issues);
    rawNodes = field(input, 'nodes', '', []);
    const u = field(input, 'unit', '', []);
    if (typeof u === 'string' && u.trim()) unit = u.trim();
    const c = field(input, 'citation', '', []);
    if (typeof c === 'string' && c.trim()) top = c.trim();
  } else if (Array.isArray(input)) {
    // Blank cells are dropped row by row below (prepare). A unit written in the header, `Value (USD bn)`, labels the values.
    unit = (input as TableRows).units?.['value'] ?? null;
  }
  const scale = scaleFor(unit);
  const nodes =
    rawNodes === undefined
      ? {value: [], issues: []}
      : yield* validateListSteps(
          rawNodes,
          'nodes',
          NodeSchema,
          (n) => n,
          (n) => n.id
        );
  issues.push(...nodes.issues);
  const known = new Map(nodes.value.map((n) => [n.id, n]));
  let index = 0;
  const links = yield* validateListSteps(
    rawLinks,
    path,
    LinkSchema,
    (row, at, rowIssues): SankeyLink | undefined => {
      index++;
      if (row.value === undefined && row.low === undefined && row.high === undefined) {
        rowIssues.push(issue(join(at, 'value'), 'issue.valueMissing'));
        return undefined;
      }
      const xs = [row.low, row.value, row.high].filter((x): x is number => x !== undefined);
      if (xs.some((x, i) => i > 0 && (xs[i - 1] ?? x) > x)) {
        rowIssues.push(issue(join(at, 'low'), 'issue.rangeTooHigh', {values: xs.join(' > ')}));
        return undefined;
      }
      if (row.source === row.target) {
        rowIssues.push(
          issue(join(at, 'target'), 'issue.ownSource', {value: valueParam(row.source)})
        );
        return undefined;
      }
      for (const end of ['source', 'target'] as const) {
        if (known.size && !known.has(row[end])) {
          rowIssues.push(issue(join(at, end), 'issue.notANode', {value: valueParam(row[end])}));
          return undefined;
        }
      }
      const k = scale ?? 1;
      return {
        id: row.id ?? `link-${index}`,
        source: row.source,
        target: row.target,
        value: row.value === undefined ? undefined : row.value * k,
        low: row.low === undefined ? undefined : row.low * k,
        high: row.high === undefined ? undefined : row.high * k,
        citation: row.citation ?? '',
        note: row.note,
      };
    },
    (l) => l.id,
    format === 'json' ? undefined : blankless
  );
  issues.push(...links.issues);
  // The nodes the kept flows use and the flows that cite nothing, in slices (20,000 links).
  const used = new Set<string>();
  let uncited = 0;
  for (const [i, l] of links.value.entries()) {
    if (i % STEP_EVERY === 0 && i > 0) yield 1;
    used.add(l.source);
    used.add(l.target);
    if (!l.citation) uncited++;
  }
  const graphNodes = known.size
    ? nodes.value
        .filter((n) => used.has(n.id))
        .map((n) => ({
          id: n.id,
          label: n.label ?? n.id,
          group: n.group,
          ...(n.economies?.length && {economies: n.economies, citation: n.citation ?? ''}),
        }))
    : [...used].map((n) => ({id: n, label: n}));
  return {
    value: {unit, usd: scale !== undefined, nodes: graphNodes, links: links.value},
    issues,
    citation: top,
    uncited,
  };
}

/** The bundled TOCTA 2013 flows as a three-column graph: origin → crime → destination, in USD a year. */
export function toctaGraph(flows: FlowsDataset): SankeyGraph {
  const t = flows.tocta2013;
  const nodes = t.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    group: n.column,
    ...(n.economies && {economies: n.economies, citation: n.citation}),
  }));
  const links: SankeyLink[] = t.flows.flatMap((f) => {
    const common = {value: toUsd(f.value, f.unit), citation: f.citation, note: f.note, path: f.id};
    return [
      {...common, id: `${f.id}:a`, source: f.origin, target: f.crime},
      {...common, id: `${f.id}:b`, source: f.crime, target: f.destination},
    ];
  });
  return {unit: 'USD a year', usd: true, nodes, links};
}

/** The bundled 2019 Southeast Asia market sizes as geography → market, ranges kept. */
export function sea2019Graph(flows: FlowsDataset): SankeyGraph {
  const markets = flows.sea2019.markets;
  const places = [...new Set(markets.map((m) => m.geography))];
  const nodes: SankeyNode[] = [
    ...places.map((g) => ({id: `geo:${g}`, label: g, group: 'geography'})),
    ...markets.map((m) => ({id: `market:${m.id}`, label: m.crime, group: 'market'})),
  ];
  const usd = (x: number | undefined, u: MoneyUnit) => (x === undefined ? undefined : toUsd(x, u));
  const links = markets.map((m) => ({
    id: m.id,
    source: `geo:${m.geography}`,
    target: `market:${m.id}`,
    value: usd(m.value, m.unit),
    low: usd(m.low, m.unit),
    high: usd(m.high, m.unit),
    citation: m.citation,
    note: m.note,
  }));
  return {unit: 'USD a year', usd: true, nodes, links};
}
