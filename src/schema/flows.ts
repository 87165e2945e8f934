import * as v from 'valibot';
import {
  alpha2,
  citation,
  field,
  finiteNumber,
  id,
  optionalText,
  partialDate,
  requiredText,
  validateList,
} from './common.js';
import {fromValibot, issue, join, valueParam, type Issue, type Validated} from './issues.js';

import {MONEY_UNITS, toUsd, type MoneyUnit} from './sankey-graph.js';

export {MONEY_UNITS, toUsd, type MoneyUnit} from './sankey-graph.js';
const unit = v.picklist(Object.keys(MONEY_UNITS) as MoneyUnit[], 'issue.oneOf');
const nonNegative = v.pipe(finiteNumber, v.minValue(0, 'issue.negative'));

export const FLOW_COLUMNS = ['origin', 'crime', 'destination'] as const;

export const FlowNodeSchema = v.pipe(
  v.object({
    id,
    label: requiredText(200),
    column: v.picklist(FLOW_COLUMNS, 'issue.oneOf'),
    /**
     * The economies the node stands for, only when its source names exactly those (a label such
     * as "Thailand and Cambodia"); absent for regions. Linked charts pick them out.
     */
    economies: v.optional(v.pipe(v.array(alpha2), v.minLength(1, 'issue.notEmpty'))),
    /** Where `economies` comes from. */
    citation: v.optional(citation),
  }),
  v.check((n) => !n.economies || Boolean(n.citation), 'issue.needsCitation')
);

/** One flow of the TOCTA 2013 summary chart: origin → crime type → destination, value as printed. */
export const FlowSchema = v.object({
  id,
  origin: id,
  crime: id,
  destination: id,
  value: nonNegative,
  unit,
  referenceYear: requiredText(40),
  citation,
  note: optionalText(),
});

export const StatedTotalSchema = v.object({
  text: requiredText(200),
  qualifier: v.optional(requiredText(40)),
  value: nonNegative,
  unit,
  citation,
  note: optionalText(),
});

/**
 * A later statement of the region's total by the same publisher, kept beside the report (not a
 * flow): its words, its date, the geography it names, and the doubt in `note`.
 */
export const LaterStatementSchema = v.object({
  date: partialDate,
  text: requiredText(200),
  geography: requiredText(200),
  citation,
  note: optionalText(),
});

/** A market size with a range where the source gives one (low ≤ value ≤ high). */
export const MarketSchema = v.pipe(
  v.object({
    id,
    crime: requiredText(200),
    geography: requiredText(200),
    value: v.optional(nonNegative),
    low: v.optional(nonNegative),
    high: v.optional(nonNegative),
    unit,
    citation,
    note: optionalText(),
  }),
  v.check(
    (m) => m.value !== undefined || m.low !== undefined || m.high !== undefined,
    'issue.needsAmount'
  ),
  v.check((m) => {
    const xs = [m.low, m.value, m.high].filter((x): x is number => x !== undefined);
    return xs.every((x, i) => i === 0 || (xs[i - 1] ?? x) <= x);
  }, 'issue.rangeOrder')
);

const reportHead = {
  title: requiredText(300),
  publisher: requiredText(100),
  published: requiredText(20),
  citation,
};

export type FlowNode = v.InferOutput<typeof FlowNodeSchema>;
export type Flow = v.InferOutput<typeof FlowSchema>;
export type Market = v.InferOutput<typeof MarketSchema>;
export type StatedTotal = v.InferOutput<typeof StatedTotalSchema>;
export type LaterStatement = v.InferOutput<typeof LaterStatementSchema>;

export interface Tocta2013 {
  title: string;
  publisher: string;
  published: string;
  citation: string;
  statedTotal: StatedTotal;
  /** Later totals for the region by the same publisher, with the geography each names. */
  laterStatements: LaterStatement[];
  nodes: FlowNode[];
  flows: Flow[];
}
export interface Sea2019 {
  title: string;
  publisher: string;
  published: string;
  citation: string;
  markets: Market[];
}
export interface FlowsDataset {
  tocta2013: Tocta2013;
  sea2019: Sea2019;
}

export const FlowsFileSchema = v.object({
  $schema: v.optional(v.string()),
  description: v.optional(v.string()),
  tocta2013: v.object({
    ...reportHead,
    statedTotal: StatedTotalSchema,
    laterStatements: v.optional(v.array(LaterStatementSchema)),
    nodes: v.array(FlowNodeSchema),
    flows: v.array(FlowSchema),
  }),
  sea2019: v.object({...reportHead, markets: v.array(MarketSchema)}),
});

function head(input: unknown, path: string, issues: Issue[]) {
  const parsed = v.safeParse(v.object(reportHead), input);
  if (!parsed.success) issues.push(...fromValibot(path, parsed.issues));
  return parsed.success ? parsed.output : undefined;
}

/**
 * Validates the flows dataset: nodes, flows whose three ends must be nodes of the right column,
 * and the 2019 markets. Bad rows are dropped and listed.
 */
export function validateFlows(input: unknown, path = ''): Validated<FlowsDataset | undefined> {
  const issues: Issue[] = [];
  const tPath = join(path, 'tocta2013');
  const t = field(input, 'tocta2013', path, issues);
  const tHead = head(t, tPath, issues);
  const total = v.safeParse(StatedTotalSchema, field(t, 'statedTotal', tPath, []));
  if (!total.success) issues.push(...fromValibot(join(tPath, 'statedTotal'), total.issues));
  const nodes = validateList(
    field(t, 'nodes', tPath, []),
    join(tPath, 'nodes'),
    FlowNodeSchema,
    (n) => n,
    (n) => n.id
  );
  issues.push(...nodes.issues);
  const column = new Map(nodes.value.map((n) => [n.id, n.column]));
  const flows = validateList(
    field(t, 'flows', tPath, []),
    join(tPath, 'flows'),
    FlowSchema,
    (f, at, rowIssues) => {
      for (const end of FLOW_COLUMNS) {
        if (column.get(f[end]) !== end) {
          rowIssues.push(
            issue(join(at, end), 'issue.notColumnNode', {value: valueParam(f[end]), column: end})
          );
          return undefined;
        }
      }
      return f;
    },
    (f) => f.id
  );
  issues.push(...flows.issues);
  const later = validateList(
    field(t, 'laterStatements', tPath, []) ?? [],
    join(tPath, 'laterStatements'),
    LaterStatementSchema,
    (l) => l
  );
  issues.push(...later.issues);
  const sPath = join(path, 'sea2019');
  const s = field(input, 'sea2019', path, issues);
  const sHead = head(s, sPath, issues);
  const markets = validateList(
    field(s, 'markets', sPath, []),
    join(sPath, 'markets'),
    MarketSchema,
    (m) => m,
    (m) => m.id
  );
  issues.push(...markets.issues);
  if (!tHead || !total.success || !sHead) return {value: undefined, issues};
  return {
    value: {
      tocta2013: {
        ...tHead,
        statedTotal: total.output,
        laterStatements: later.value,
        nodes: nodes.value,
        flows: flows.value,
      },
      sea2019: {...sHead, markets: markets.value},
    },
    issues,
  };
}

/** The sum of the TOCTA 2013 flows in USD per year (derived here; UNODC states "nearly 90 bn"). */
export function derivedTotalUsd(flows: readonly Flow[]): number {
  return flows.reduce((sum, f) => sum + toUsd(f.value, f.unit), 0);
}
