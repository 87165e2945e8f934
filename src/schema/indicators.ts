import * as v from 'valibot';
import {
  citation,
  finiteNumber,
  id,
  optionalText,
  requiredText,
  text,
  validateList,
} from './common.js';
import type {EconomyResolver} from './economy-key.js';
import {issue, join, valueParam, type Issue, type Validated} from './issues.js';

export const INDICATOR_KINDS = ['numeric', 'year', 'categorical'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const CategorySchema = v.object({id, label: requiredText(120), color: v.optional(text(60))});

export const IndicatorValueSchema = v.object({
  economy: v.union([v.string(), v.number()], 'issue.economyCodeOrName'),
  value: v.union([finiteNumber, requiredText(120)], 'issue.numberOrCategory'),
  citation,
  note: optionalText(),
});

export const IndicatorSchema = v.object({
  id,
  label: requiredText(200),
  unit: v.nullish(v.pipe(v.string(), v.trim(), v.maxLength(40))),
  kind: v.picklist(INDICATOR_KINDS, 'issue.oneOf'),
  description: optionalText(),
  categories: v.optional(v.array(CategorySchema)),
  citation,
  note: optionalText(),
  /** The rule by which the values were worked out from other sourced data, when they were. */
  derived: optionalText(),
  /**
   * What an economy without a value means, where the source says more than "no data" (a member
   * list read in full: "Not listed"): the legend, the economy's label and the table say it.
   */
  noValue: v.optional(requiredText(60)),
  values: v.array(v.unknown()),
});

export interface IndicatorValue {
  /** ISO alpha-2. */
  economy: string;
  value: number | string;
  citation: string;
  note?: string | undefined;
}

export type Indicator = Omit<v.InferOutput<typeof IndicatorSchema>, 'values'> & {
  values: IndicatorValue[];
};

export const IndicatorsFileSchema = v.object({
  $schema: v.optional(v.string()),
  description: v.optional(v.string()),
  indicators: v.array(
    v.object({...IndicatorSchema.entries, values: v.array(IndicatorValueSchema)})
  ),
});

function validateValues(
  ind: v.InferOutput<typeof IndicatorSchema>,
  at: string,
  resolve: EconomyResolver,
  issues: Issue[]
): IndicatorValue[] {
  const categories = new Set(ind.categories?.map((c) => c.id));
  const result = validateList(
    ind.values,
    join(at, 'values'),
    IndicatorValueSchema,
    (row, rowAt, rowIssues): IndicatorValue | undefined => {
      const economy = resolve(row.economy);
      if (!economy) {
        rowIssues.push(
          issue(join(rowAt, 'economy'), 'issue.noEconomy', {value: valueParam(row.economy)})
        );
        return undefined;
      }
      if (
        ind.kind === 'categorical'
          ? !categories.has(String(row.value))
          : typeof row.value !== 'number'
      ) {
        rowIssues.push(
          ind.kind === 'categorical'
            ? issue(join(rowAt, 'value'), 'issue.notCategory', {
                value: valueParam(row.value),
                categories: [...categories].join(', '),
              })
            : issue(join(rowAt, 'value'), 'issue.notFiniteNumber', {value: valueParam(row.value)})
        );
        return undefined;
      }
      return {economy, value: row.value, citation: row.citation, note: row.note};
    },
    (row) => row.economy
  );
  issues.push(...result.issues);
  return result.value;
}

/** Validates indicators; bad values are dropped and listed, never replaced by zero. */
export function validateIndicators(
  input: unknown,
  resolveEconomy: EconomyResolver,
  path = 'indicators'
): Validated<Indicator[]> {
  return validateList(
    input,
    path,
    IndicatorSchema,
    (ind, at, issues): Indicator | undefined => {
      if (ind.kind === 'categorical' && !ind.categories?.length) {
        issues.push(issue(join(at, 'categories'), 'issue.needsCategories'));
        return undefined;
      }
      return {...ind, values: validateValues(ind, at, resolveEconomy, issues)};
    },
    (ind) => ind.id
  );
}
