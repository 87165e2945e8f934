import * as v from 'valibot';
import {parsePartialDate} from './dates.js';
import {describeValue, fromValibot, join, type Issue, type Validated} from './issues.js';
import {finish, STEP_EVERY, type Steps} from './steps.js';

/** Trimmed text of bounded length (long enough for a title, short enough not to hang a page). */
export const text = (max = 500) =>
  v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, `is longer than ${max} characters`));
export const requiredText = (max = 500) => v.pipe(text(max), v.nonEmpty('must not be empty'));
export const optionalText = (max = 2000) => v.optional(text(max));

/** Where a figure or fact comes from: report and page, URL, or a seed's file name. */
export const citation = v.pipe(
  v.string('needs a citation (report, page or URL)'),
  v.trim(),
  v.nonEmpty('needs a citation (report, page or URL)'),
  v.maxLength(2000, 'is longer than 2000 characters')
);

export const id = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(200, 'is longer than 200 characters')
);

export const alpha2 = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date. */
export const partialDate = v.pipe(
  v.string('must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.trim(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check((s) => parsePartialDate(s) !== undefined, 'is not a real calendar date')
);

export const finiteNumber = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number')
);

/** A row-level refinement: returns the finished row, or undefined (after adding issues) to drop it. */
export type Refine<In, Out> = (row: In, path: string, issues: Issue[]) => Out | undefined;

/**
 * Validates a list row by row: rows that fail are dropped and listed; the rest are kept.
 * Rows whose `idOf` repeats an earlier row's are dropped as duplicates.
 */
export function validateList<S extends v.GenericSchema, Out>(
  input: unknown,
  path: string,
  schema: S,
  refine: Refine<v.InferOutput<S>, Out>,
  idOf?: (row: Out) => string
): Validated<Out[]> {
  return finish(validateListSteps(input, path, schema, refine, idOf));
}

/** validateList as steps, yielding the share of rows done; `prepare` adjusts each row first. */
export function* validateListSteps<S extends v.GenericSchema, Out>(
  input: unknown,
  path: string,
  schema: S,
  refine: Refine<v.InferOutput<S>, Out>,
  idOf?: (row: Out) => string,
  prepare: (row: unknown) => unknown = (row) => row
): Steps<Validated<Out[]>> {
  const issues: Issue[] = [];
  if (!Array.isArray(input)) {
    return {value: [], issues: [{path, message: `must be a list, got ${describeValue(input)}`}]};
  }
  const seen = new Map<string, number>();
  const value: Out[] = [];
  for (let i = 0; i < input.length; i++) {
    if (i % STEP_EVERY === 0 && i > 0) yield i / input.length;
    const at = join(path, i);
    const parsed = v.safeParse(schema, prepare(input[i]));
    if (!parsed.success) {
      issues.push(...fromValibot(at, parsed.issues));
      continue;
    }
    const row = refine(parsed.output, at, issues);
    if (row === undefined) continue;
    if (idOf) {
      const key = idOf(row);
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push({
          path: join(at, 'id'),
          message: `repeats the id ${describeValue(key)} of ${join(path, first)}; dropped`,
        });
        continue;
      }
      seen.set(key, i);
    }
    value.push(row);
  }
  return {value, issues};
}

/** Reads `input[key]` only when input is a plain object, reporting the path when it is not. */
export function field(input: unknown, key: string, path: string, issues: Issue[]): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({
      path: path || '(root)',
      message: `must be an object with "${key}", got ${describeValue(input)}`,
    });
    return undefined;
  }
  return Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
}
