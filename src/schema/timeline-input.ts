import type {EconomyResolver} from './economy-key.js';
import {validateEventsSteps, type TimelineEvent} from './events.js';
import {describeValue, type Validated} from './issues.js';
import type {DataFormat} from './parse.js';
import {finish, type Steps} from './steps.js';

/** A CSV row without its empty cells: an empty `end` or `city` means "not given". */
function withoutEmptyCells(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  // Most rows have no empty cell (parseCSV leaves them out): those are not copied.
  if (!Object.values(row).includes('')) return row;
  return Object.fromEntries(Object.entries(row).filter(([, cell]) => cell !== ''));
}

/**
 * Validates a user's timeline data: `{events: [...]}` or a bare list in the dataset's event
 * shape (JSON), or CSV rows with columns `title,start,end,city,economy,forum,kind,theme,
 * status,citation,note`. Rows with a bad title, date or citation are dropped and listed.
 */
export function validateTimelineInput(
  input: unknown,
  format: DataFormat,
  resolve: EconomyResolver
): Validated<TimelineEvent[]> {
  return finish(validateTimelineInputSteps(input, format, resolve));
}

/** validateTimelineInput as steps (see steps.ts), for large files. */
export function* validateTimelineInputSteps(
  input: unknown,
  format: DataFormat,
  resolve: EconomyResolver
): Steps<Validated<TimelineEvent[]>> {
  if (format === 'csv' && Array.isArray(input))
    return yield* validateEventsSteps(input, resolve, 'rows', withoutEmptyCells);
  if (Array.isArray(input)) return yield* validateEventsSteps(input, resolve);
  if (input !== null && typeof input === 'object' && Object.hasOwn(input, 'events'))
    return yield* validateEventsSteps((input as {events: unknown}).events, resolve);
  return {
    value: [],
    issues: [
      {
        path: '(root)',
        message: `must be {events: [...]} or a list of events, got ${describeValue(input)}`,
      },
    ],
  };
}
