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
import type {SankeyGraph, SankeyLink} from './sankey-graph.js';
import {issue, join, valueParam, type Issue, type Validated} from './issues.js';
import {firstSources} from './sources.js';
import {parseAmount} from './numbers.js';
import type {DataFormat, TableRows} from './parse.js';
import {finish, STEP_EVERY, type Steps} from './steps.js';
import {linkFrom, linkProblem, plainLink, rangeOf, scaleFor, type LinkRow} from './sankey-plain.js';

export type {SankeyGraph, SankeyLink, SankeyNode} from './sankey-graph.js';
export {sea2019Graph, toctaGraph} from './sankey-graph.js';
export {plainGraph, plainLink} from './sankey-plain.js';

/** A number written in a cell, NaN when it is none (so the pipe says "must be a number"). */
const amountOf = (cell: string) => parseAmount(cell) ?? NaN;

const amount = v.pipe(
  v.union(
    [finiteNumber, v.pipe(v.string(), v.trim(), v.nonEmpty('issue.empty'), v.transform(amountOf))],
    'issue.notNumber'
  ),
  v.number('issue.notNumber'),
  v.finite('issue.notNumber'),
  v.minValue(0, 'issue.negative')
);

const LinkSchema: v.GenericSchema<unknown, LinkRow> = v.object({
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
  return finish(validateSankeyInputSteps(input, format, plainLink));
}

/**
 * validateSankeyInput as steps (see steps.ts), for large files. `quick`: plainLink, to read the
 * links it can without valibot (the same result, sooner); the data worker goes without it.
 */
export function* validateSankeyInputSteps(
  input: unknown,
  format: DataFormat,
  quick?: typeof plainLink
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
      const problem = linkProblem(row);
      if (problem) {
        rowIssues.push(
          problem === 'valueMissing'
            ? issue(join(at, 'value'), 'issue.valueMissing')
            : problem === 'ownSource'
              ? issue(join(at, 'target'), 'issue.ownSource', {value: valueParam(row.source)})
              : issue(join(at, 'low'), 'issue.rangeTooHigh', {values: rangeOf(row).join(' > ')})
        );
        return undefined;
      }
      for (const end of ['source', 'target'] as const) {
        if (known.size && !known.has(row[end])) {
          rowIssues.push(issue(join(at, end), 'issue.notANode', {value: valueParam(row[end])}));
          return undefined;
        }
      }
      return linkFrom(row, index, scale);
    },
    (l) => l.id,
    format === 'json' ? undefined : blankless,
    quick
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
    sources: firstSources(links.value, (l) => l.citation),
  };
}
