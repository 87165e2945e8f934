import type * as v from 'valibot';
import {issuesEn, type IssueKey} from '../i18n/en-issues.js';

export type {IssueKey};

/** What a value was, in a message: quoted text or a number, or a word from the catalogue. */
export type IssueParam = string | number | {term: ValueTerm};
export type ValueTerm = 'nothing' | 'list' | 'object' | 'boolean' | 'other';

/** One problem found in input data, located by a path such as `events[3].start`. */
export interface Issue {
  path: string;
  /** In a CSV or TSV file: the row as a spreadsheet numbers it (the header is row 1). */
  row?: number;
  /** In a CSV or TSV file: the column's header as the file writes it. */
  column?: string;
  /** The problem in English, for the page's author (console, command line). */
  message: string;
  /** The catalogue message readers see, in their language (`t(key, params)`); see en-issues.ts. */
  key?: IssueKey;
  params?: Record<string, IssueParam>;
}

/** What every validator returns: the usable part of the input, and what was wrong with the rest. */
export interface Validated<T> {
  value: T;
  issues: Issue[];
  /** Own data only: the data object's top-level `citation`, the source of rows without one. */
  citation?: string | undefined;
  /** Own data only: how many kept rows carry no `citation` of their own. */
  uncited?: number | undefined;
  /**
   * Own data only: the distinct citations its rows give, in order, up to four (a fourth means
   * more than three): a chart with no source of its own names them in its footer.
   */
  sources?: string[] | undefined;
}

/** Appends a key or index to a path: `join('events', 3)` → `events[3]`, `join('a', 'b')` → `a.b`. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Fills `{name}` in `text` with `params`, value words in `words` (English, or a reader's language). */
export function fillIssue(
  text: string,
  params: Record<string, IssueParam> = {},
  word: (term: ValueTerm) => string = (term) => issuesEn[`value.${term}`]
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? word(value.term) : String(value);
  });
}

/** A problem at `path`, with its English text and the catalogue key readers see it by. */
export function issue(path: string, key: IssueKey, params: Record<string, IssueParam> = {}): Issue {
  return {path, message: fillIssue(issuesEn[key], params), key, params};
}

const isIssueKey = (message: string): message is IssueKey =>
  message.startsWith('issue.') && Object.hasOwn(issuesEn, message);

/**
 * Turns valibot's issues into ours, each with a path rooted at `base`. The schemas give catalogue
 * keys as their messages (`v.string('issue.notText')`); valibot's own messages become
 * `issue.invalid` (expected … got …); any other message is kept as written, without a key.
 */
export function fromValibot(base: string, issues: readonly v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((i) => {
    const path = (i.path ?? []).reduce<string>(
      (p, item) => join(p, typeof item.key === 'number' ? item.key : String(item.key)),
      base
    );
    // valibot reports a missing key as `Invalid key: Expected "x" but received undefined`.
    if (i.message.startsWith('Invalid key:') && i.received === 'undefined')
      return issue(path, 'issue.missing');
    const requirement = (i as {requirement?: unknown}).requirement;
    if (isIssueKey(i.message)) {
      const params: Record<string, IssueParam> = {};
      const text = issuesEn[i.message];
      if (text.includes('{expected}')) params['expected'] = i.expected ?? '?';
      if (text.includes('{max}') && typeof requirement === 'number') params['max'] = requirement;
      return issue(path, i.message, params);
    }
    // A message a schema wrote itself (not a key, not valibot's own "Invalid …") is kept as is.
    if (!i.message.startsWith('Invalid ')) return {path, message: i.message};
    return issue(path, 'issue.invalid', {expected: i.expected ?? '?', received: i.received});
  });
}

/** A value for a message: a short, single-line excerpt of text, a number, or what it is. */
export function valueParam(value: unknown): IssueParam {
  if (value === null) return 'null';
  if (value === undefined) return {term: 'nothing'};
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 40)}…` : flat);
  }
  if (Array.isArray(value)) return {term: 'list'};
  if (typeof value === 'object') return {term: 'object'};
  if (typeof value === 'boolean') return {term: 'boolean'};
  return {term: 'other'};
}

/** Describes a value for an English message without echoing more than a short excerpt. */
export function describeValue(value: unknown): string {
  return fillIssue('{v}', {v: valueParam(value)});
}
