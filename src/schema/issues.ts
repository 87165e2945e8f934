import type * as v from 'valibot';

/** One problem found in input data, located by a path such as `events[3].start`. */
export interface Issue {
  path: string;
  message: string;
}

/** What every validator returns: the usable part of the input, and what was wrong with the rest. */
export interface Validated<T> {
  value: T;
  issues: Issue[];
  /** Own data only: the data object's top-level `citation`, the source of rows without one. */
  citation?: string | undefined;
  /** Own data only: how many kept rows carry no `citation` of their own. */
  uncited?: number | undefined;
}

/** Appends a key or index to a path: `join('events', 3)` → `events[3]`, `join('a', 'b')` → `a.b`. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Turns valibot's issues into ours, each with a path rooted at `base`. */
export function fromValibot(base: string, issues: readonly v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).reduce<string>(
      (p, item) => join(p, typeof item.key === 'number' ? item.key : String(item.key)),
      base
    ),
    // valibot reports a missing key as `Invalid key: Expected "x" but received undefined`.
    message:
      issue.message.startsWith('Invalid key:') && issue.received === 'undefined'
        ? 'is missing'
        : issue.message,
  }));
}

/** Describes a value for an error message without echoing more than a short, single-line excerpt. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 40)}…` : flat);
  }
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
