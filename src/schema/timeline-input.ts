import type {EconomyResolver} from './economy-key.js';
import {validateEventsSteps, type TimelineEvent} from './events.js';
import {topCitation} from './event-record.js';
import {issue, valueParam, type Validated} from './issues.js';
import type {DataFormat} from './parse.js';
import {finish, type Steps} from './steps.js';

/** Header keys (as headerKey writes them: lower case) that name the `shortTitle` column. */
const SHORT_TITLE = new Set(['shorttitle', 'short title', 'short_title', 'short-title']);

/**
 * A CSV row as an event: empty cells left out (an empty `end` or `city` means "not given") and
 * a `shortTitle` / `short title` column under the key the schema reads.
 */
function csvRow(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  const keys = Object.keys(row);
  // Most rows have no empty cell and no short title (parseCSV leaves empty cells out): those
  // are not copied.
  if (!Object.values(row).includes('') && !keys.some((k) => SHORT_TITLE.has(k))) return row;
  return Object.fromEntries(
    Object.entries(row)
      .filter(([, cell]) => cell !== '')
      .map(([key, cell]) => [SHORT_TITLE.has(key) ? 'shortTitle' : key, cell])
  );
}

/**
 * Validates a user's timeline data: `{citation?, events: [...]}` or a bare list in the dataset's
 * event shape (JSON), or CSV rows with columns `title,short title,start,end,city,economy,forum,kind,
 * theme,status,citation,note`. Rows with a bad title or date are dropped and listed. A row without a
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
    return yield* validateEventsSteps(input, resolve, 'rows', csvRow, own);
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
