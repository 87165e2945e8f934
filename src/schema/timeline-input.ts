import type {EconomyResolver} from './economy-key.js';
import {validateEvents, type TimelineEvent} from './events.js';
import {describeValue, type Validated} from './issues.js';
import type {DataFormat} from './parse.js';

/** A CSV row without its empty cells: an empty `end` or `city` means "not given". */
function withoutEmptyCells(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
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
  if (format === 'csv' && Array.isArray(input))
    return validateEvents(input.map(withoutEmptyCells), resolve, 'rows');
  if (Array.isArray(input)) return validateEvents(input, resolve);
  if (input !== null && typeof input === 'object' && Object.hasOwn(input, 'events'))
    return validateEvents((input as {events: unknown}).events, resolve);
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
