import * as v from 'valibot';
import {field, finiteNumber, optionalText, requiredText, text, validateList} from './common.js';
import type {EconomyResolver} from './economy-key.js';
import type {Indicator, IndicatorValue} from './indicators.js';
import {fromValibot, issue, join, valueParam, type Issue, type Validated} from './issues.js';
import {firstSources} from './sources.js';
import {parseAmount} from './numbers.js';
import type {DataFormat, TableRows} from './parse.js';

const RowSchema = v.object({
  economy: v.union(
    [v.pipe(v.string(), v.trim(), v.nonEmpty('issue.empty')), v.number()],
    'issue.economyCodeOrName'
  ),
  value: v.union(
    [finiteNumber, v.pipe(v.string(), v.trim(), v.nonEmpty('issue.empty'))],
    'issue.numberOrCategory'
  ),
  citation: v.optional(text(2000)),
  note: optionalText(),
});

const HeadSchema = v.object({
  label: requiredText(200),
  unit: v.nullish(text(40)),
  noValue: v.optional(requiredText(60)),
  citation: v.optional(text(2000)),
  note: optionalText(),
});

/** A number written in a CSV cell ("1,234.5" or "12"), or undefined when the cell is text. */
const asNumber = parseAmount;

/**
 * Validates a user's choropleth data: `{indicator: {label, unit, citation, noValue}, values: [{economy,
 * value, citation?}]}` as JSON, or CSV rows with columns `economy,value[,citation]`. Economies
 * may be codes or names; rows that match none are listed and dropped. All-numeric values make a
 * numeric indicator; otherwise the distinct values become categories, in order of appearance.
 */
export function validateChoroplethInput(
  input: unknown,
  format: DataFormat,
  resolve: EconomyResolver,
  fallbackLabel = 'Value'
): Validated<Indicator> {
  const issues: Issue[] = [];
  let head: v.InferOutput<typeof HeadSchema> = {label: fallbackLabel, unit: null};
  let rows: unknown = input;
  let path = 'values';
  if (format === 'json') {
    const indicator = field(input, 'indicator', '', issues);
    if (indicator !== undefined) {
      const parsed = v.safeParse(HeadSchema, indicator);
      if (parsed.success) head = parsed.output;
      else issues.push(...fromValibot('indicator', parsed.issues));
    }
    rows =
      issues.length && !(input && typeof input === 'object')
        ? []
        : field(input, 'values', '', issues);
  } else {
    path = 'rows';
    // A unit written in the header, `Value (%)`, is the indicator's unit.
    const unit = (input as TableRows | undefined)?.units?.['value'];
    if (unit) head = {...head, unit};
  }
  const list = validateList(
    rows,
    path,
    RowSchema,
    (row, at, rowIssues): (IndicatorValue & {raw: number | string}) | undefined => {
      const economy = resolve(row.economy);
      if (!economy) {
        rowIssues.push(
          issue(join(at, 'economy'), 'issue.noEconomy', {value: valueParam(row.economy)})
        );
        return undefined;
      }
      return {
        economy,
        value: row.value,
        raw: row.value,
        citation: row.citation || head.citation || '',
        note: row.note,
      };
    },
    (row) => row.economy
  );
  issues.push(...list.issues);
  const uncited = list.value.filter((r) => !r.citation).length;
  const numbers = list.value.map((r) => asNumber(r.raw));
  const numeric = list.value.length > 0 && numbers.every((n) => n !== undefined);
  // Whole numbers that all look like years are years: classed and written as years.
  const years =
    numeric &&
    numbers.every((n) => Number.isInteger(n) && (n as number) >= 1800 && (n as number) <= 2200);
  const categories = numeric
    ? undefined
    : [...new Set(list.value.map((r) => String(r.raw)))].map((id) => ({id, label: id}));
  return {
    value: {
      id: 'custom',
      label: head.label,
      unit: head.unit ?? null,
      kind: years ? 'year' : numeric ? 'numeric' : 'categorical',
      categories,
      citation: head.citation ?? '',
      note: head.note,
      noValue: head.noValue,
      values: list.value.map((r, i) => ({
        economy: r.economy,
        value: numeric ? (numbers[i] as number) : String(r.raw),
        citation: r.citation,
        note: r.note,
      })),
    },
    issues,
    citation: head.citation || undefined,
    uncited,
    sources: firstSources(list.value, (r) => r.citation),
  };
}
