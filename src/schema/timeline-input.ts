import type {EconomyResolver} from './economy-key.js';
import {validateEventsSteps, type TimelineEvent} from './events.js';
import {issue, valueParam, type Validated} from './issues.js';
import type {DataFormat} from './parse.js';
import {finish, type Steps} from './steps.js';

/** A CSV row without its empty cells: an empty `end` or `city` means "not given". */
function withoutEmptyCells(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  // Most rows have no empty cell (parseCSV leaves them out): those are not copied.
  if (!Object.values(row).includes('')) return row;
  return Object.fromEntries(Object.entries(row).filter(([, cell]) => cell !== ''));
}

/** The data object's top-level `citation` (the source of every row that gives none). */
function topCitation(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const c = (input as {citation?: unknown}).citation;
  return typeof c === 'string' && c.trim() ? c.trim() : undefined;
}

/**
 * Validates a user's timeline data: `{citation?, events: [...]}` or a bare list in the dataset's
 * event shape (JSON), or CSV rows with columns `title,start,end,city,economy,forum,kind,theme,
 * status,citation,note`. Rows with a bad title or date are dropped and listed. A row without a
 * citation is kept (the top-level citation or the chart's `credit` is its source) unless
 * `requireCitation` (the bundled dataset, where every record cites).
 */
export function validateTimelineInput(
  input: unknown,
  format: DataFormat,
  resolve: EconomyResolver,
  requireCitation = false
): Validated<TimelineEvent[]> {
  return finish(validateTimelineInputSteps(input, format, resolve, requireCitation));
}

/** validateTimelineInput as steps (see steps.ts), for large files. */
export function* validateTimelineInputSteps(
  input: unknown,
  format: DataFormat,
  resolve: EconomyResolver,
  requireCitation = false
): Steps<Validated<TimelineEvent[]>> {
  const own = !requireCitation;
  if (format === 'csv' && Array.isArray(input))
    return yield* validateEventsSteps(input, resolve, 'rows', withoutEmptyCells, own);
  if (Array.isArray(input))
    return yield* validateEventsSteps(input, resolve, 'events', undefined, own);
  if (input !== null && typeof input === 'object' && Object.hasOwn(input, 'events'))
    return {
      ...(yield* validateEventsSteps(
        (input as {events: unknown}).events,
        resolve,
        'events',
        undefined,
        own
      )),
      citation: topCitation(input),
    };
  return {
    value: [],
    issues: [issue('(root)', 'issue.notEvents', {value: valueParam(input)})],
  };
}
