/**
 * A user's timeline events read without the validators, when there is nothing to convert, trim
 * or report: plain JSON (a list of events, or `{citation?, events}`) whose every event the schema
 * would take as it is. Such events are drawn without loading valibot (the validators' chunk) or
 * the large data's layouts; any other input is left to timeline-input.ts, and both give the same
 * events (toTimelineEvent fills the defaults for each). No valibot here. Pure.
 */
import {parsePartialDate, periodStart} from './dates.js';
import type {EconomyResolver} from './economy-key.js';
import {
  EVENT_STATUSES,
  toTimelineEvent,
  topCitation,
  type EventFields,
  type TimelineEvent,
} from './event-record.js';
import type {Validated} from './issues.js';
import {firstSources} from './sources.js';

/**
 * A string the schema's text keeps as it is: nothing to trim and at most `max` long; empty only
 * where `empty` (an optional text may be '', a title, an id or a citation may not).
 */
const asIs = (x: unknown, max: number, empty: boolean): x is string =>
  typeof x === 'string' && x.length <= max && x.trim() === x && (empty || x !== '');
/** None, or a string as above. */
const optional = (x: unknown, max: number, empty = true) => x === undefined || asIs(x, max, empty);
/** A kind or theme: the schema lower-cases it, so one already in lower case is kept as it is. */
const lower = (x: unknown, max: number) =>
  x === undefined || (asIs(x, max, true) && x.toLowerCase() === x);
const picked = (x: unknown, of: readonly string[]) =>
  x === undefined || (typeof x === 'string' && of.includes(x));

/**
 * The event drawn for `row`, the `index`th (from 1), when the schema takes the row as it is and
 * nothing about it would be reported (a date before its start, a precision its date does not
 * have, a host that matches no economy); undefined for any other row.
 */
export function plainEvent(
  row: unknown,
  index: number,
  resolve: EconomyResolver
): TimelineEvent | undefined {
  // What the schema (valibot's object) reads: any object, its keys inherited too.
  if (!row || typeof row !== 'object') return undefined;
  const r = row as Record<keyof EventFields | 'economy' | 'precision', unknown>;
  const start = typeof r.start === 'string' ? parsePartialDate(r.start) : undefined;
  const end = typeof r.end === 'string' ? parsePartialDate(r.end) : undefined;
  const {conflicts, economy} = r;
  if (
    !start ||
    (r.end !== undefined && (!end || periodStart(end) < periodStart(start))) ||
    !(r.precision === undefined || r.precision === start.precision) ||
    !optional(r.id, 200, false) ||
    !asIs(r.title, 300, false) ||
    !optional(r.shortTitle, 80) ||
    !(r.city === null || optional(r.city, 120)) ||
    !optional(r.forum, 120) ||
    !lower(r.kind, 40) ||
    !lower(r.theme, 60) ||
    !picked(r.status, EVENT_STATUSES) ||
    !optional(r.citation, 2000, false) ||
    !optional(r.note, 2000) ||
    !(
      conflicts === undefined ||
      (Array.isArray(conflicts) && conflicts.every((c) => asIs(c, 200, false)))
    ) ||
    !(r.dateInDoubt === undefined || typeof r.dateInDoubt === 'boolean')
  )
    return undefined;
  // A host: none (absent, null or ''), else a code or name that names an economy.
  let host: string | null = null;
  if (economy !== undefined && economy !== null && economy !== '') {
    if (typeof economy !== 'string' && (typeof economy !== 'number' || Number.isNaN(economy)))
      return undefined;
    host = resolve(economy) ?? null;
    if (!host) return undefined;
  }
  // Its fields read as the schema reads them (inherited keys too), its conflicts a copy.
  const event = toTimelineEvent(r as EventFields, index, start.precision, host);
  if (event.conflicts) event.conflicts = [...event.conflicts];
  return event;
}

/**
 * What validateTimelineInput(input, 'json', resolve) gives when it reports nothing, for plain
 * JSON (see the file's comment) of fewer than `max` events; undefined for any other input, and
 * at the first event that is not plain, repeats an id or would be reported (the validators then
 * read the whole input).
 */
export function plainEvents(
  input: unknown,
  resolve: EconomyResolver,
  max = Infinity
): Validated<TimelineEvent[]> | undefined {
  const listed = Array.isArray(input);
  const rows: unknown =
    listed || !input || typeof input !== 'object' || !Object.hasOwn(input, 'events')
      ? input
      : (input as {events: unknown}).events;
  if (!Array.isArray(rows) || rows.length >= max) return undefined;
  const value: TimelineEvent[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const event = plainEvent(rows[i], i + 1, resolve);
    if (!event || ids.has(event.id)) return undefined;
    ids.add(event.id);
    value.push(event);
  }
  const read: Validated<TimelineEvent[]> = {
    value,
    issues: [],
    uncited: value.filter((e) => !e.citation).length,
    sources: firstSources(value, (e) => e.citation),
  };
  return listed ? read : {...read, citation: topCitation(input)};
}
