import * as v from 'valibot';
import {parsePartialDate} from './dates.js';
import {fromValibot, issue, join, valueParam, type Issue, type Validated} from './issues.js';
import {finish, STEP_EVERY, type Steps} from './steps.js';

/** Trimmed text of bounded length (long enough for a title, short enough not to hang a page). */
export const text = (max = 500) =>
  v.pipe(v.string('issue.notText'), v.trim(), v.maxLength(max, 'issue.tooLong'));
export const requiredText = (max = 500) => v.pipe(text(max), v.nonEmpty('issue.notEmpty'));
export const optionalText = (max = 2000) => v.optional(text(max));

/** Where a figure or fact comes from: report and page, URL, or a seed's file name. */
export const citation = v.pipe(
  v.string('issue.needsCitation'),
  v.trim(),
  v.nonEmpty('issue.needsCitation'),
  v.maxLength(2000, 'issue.tooLong')
);

export const id = v.pipe(
  v.string('issue.notText'),
  v.trim(),
  v.nonEmpty('issue.notEmpty'),
  v.maxLength(200, 'issue.tooLong')
);

export const alpha2 = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'issue.alpha2'));

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date. */
export const partialDate = v.pipe(
  v.string('issue.dateFormat'),
  v.trim(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'issue.dateFormat'),
  v.check((s) => parsePartialDate(s) !== undefined, 'issue.notRealDate')
);

export const finiteNumber = v.pipe(v.number('issue.notNumber'), v.finite('issue.notNumber'));

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

/**
 * validateList as steps, yielding the share of rows done; `prepare` adjusts each row first.
 * `plain`, when given, reads a row the schema would take as it is (nothing to convert, trim or
 * report) much faster than the schema: it returns the schema's output for such a row, and
 * undefined for any other, which the schema then reads.
 */
export function* validateListSteps<S extends v.GenericSchema, Out>(
  input: unknown,
  path: string,
  schema: S,
  refine: Refine<v.InferOutput<S>, Out>,
  idOf?: (row: Out) => string,
  prepare: (row: unknown) => unknown = (row) => row,
  plain?: (row: unknown) => v.InferOutput<S> | undefined
): Steps<Validated<Out[]>> {
  const issues: Issue[] = [];
  if (!Array.isArray(input)) {
    return {value: [], issues: [issue(path, 'issue.notList', {value: valueParam(input)})]};
  }
  const seen = new Map<string, number>();
  const value: Out[] = [];
  for (let i = 0; i < input.length; i++) {
    if (i % STEP_EVERY === 0 && i > 0) yield i / input.length;
    const at = join(path, i);
    const given = prepare(input[i]);
    let output = plain?.(given);
    if (output === undefined) {
      const parsed = v.safeParse(schema, given);
      if (!parsed.success) {
        issues.push(...fromValibot(at, parsed.issues));
        continue;
      }
      output = parsed.output;
    }
    const row = refine(output, at, issues);
    if (row === undefined) continue;
    if (idOf) {
      const key = idOf(row);
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push(
          issue(join(at, 'id'), 'issue.repeatsId', {
            value: valueParam(key),
            first: join(path, first),
          })
        );
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
    issues.push(issue(path || '(root)', 'issue.notObjectWith', {key, value: valueParam(input)}));
    return undefined;
  }
  return Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
}
