/**
 * Events as intervals of calendar time, the filters a reader applies, and the lanes events are
 * grouped into. Pure. Times are UTC milliseconds of calendar dates, so no time zone moves a day.
 */
import {translator, type Translate} from '../../i18n/catalogue.js';
import {localTerm} from '../../i18n/data-labels.js';
import {EVENT_KINDS, EVENT_THEMES, type TimelineEvent} from '../../schema/event-record.js';
import {parsePartialDate, periodEnd, periodStart, type PartialDate} from '../../schema/dates.js';
import {finish, STEP_EVERY, type Steps} from '../../schema/steps.js';
import {sortSteps} from '../sort-steps.js';
import '../../i18n/en-timeline.js';

export const GROUPS = ['forum', 'kind', 'theme', 'economy'] as const;
export type GroupBy = (typeof GROUPS)[number];

/** An event placed in time. `end` is exclusive: a one-day meeting on 24 April ends at 25 April 00:00. */
export interface TimedEvent {
  event: TimelineEvent;
  start: number;
  end: number;
  /** Known only to the month or the year: drawn as a span over that period. */
  fuzzy: boolean;
  /** Several days, known to the day. */
  multiDay: boolean;
  /** Planned, or announced and not confirmed as held: drawn hollow. */
  planned: boolean;
}

export const DAY = 86_400_000;

/**
 * When the first of `events` starts and the last ends, in one pass ([Infinity, -Infinity] for
 * none). Not `Math.min(...list)`, whose 200,000 arguments overflow the stack, nor d3-array's
 * `min` and `max`: the timeline would share d3-array's module whole with the map's chunk, the
 * map's functions of it included (about 0.7 kB gzip on a timeline page).
 */
export function timeBounds(events: Iterable<{start: number; end: number}>): [number, number] {
  let [first, last] = [Infinity, -Infinity];
  for (const {start, end} of events) {
    if (start < first) first = start;
    if (end > last) last = end;
  }
  return [first, last];
}

/**
 * Events that start together, by title in the order of its characters: the same order for every
 * reader (an Intl.Collator's follows the browser's language) and no ICU work (a Collator was a
 * timeline page's first, 6–7 ms, before anything was drawn).
 */
const byTitle = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bounds(start: PartialDate, end: PartialDate | undefined): [number, number] {
  return [periodStart(start).getTime(), periodEnd(end ?? start).getTime()];
}

/** Events in time order (then title), each with its interval. Events are validated already. */
export function timeEvents(events: readonly TimelineEvent[]): TimedEvent[] {
  return finish(timeEventsSteps(events));
}

/** timeEvents as steps (see schema/steps.ts): dates read in slices, then sorted in slices. */
export function* timeEventsSteps(events: readonly TimelineEvent[]): Steps<TimedEvent[]> {
  const timed: TimedEvent[] = [];
  for (const [i, event] of events.entries()) {
    if (i % STEP_EVERY === 0 && i > 0) yield (i / events.length) * 0.5;
    const start = parsePartialDate(event.start);
    if (!start) continue;
    const end = event.end ? parsePartialDate(event.end) : undefined;
    const [s, e] = bounds(start, end);
    timed.push({
      event,
      start: s,
      end: e,
      fuzzy: start.precision !== 'day' || (end !== undefined && end.precision !== 'day'),
      multiDay: start.precision === 'day' && e - s > DAY,
      planned: event.status !== 'held',
    });
  }
  return yield* sortSteps(
    timed,
    (a, b) => a.start - b.start || byTitle(a.event.title, b.event.title),
    (share) => 0.5 + share * 0.5
  );
}

/** Comma-separated filter values; an empty attribute means "no filter". */
export function parseList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface Filters {
  forum?: readonly string[];
  economy?: readonly string[];
  kind?: readonly string[];
  theme?: readonly string[];
  /** Visible span, as UTC ms; events overlapping it are kept. */
  from?: number | undefined;
  to?: number | undefined;
}

const fold = (s: string) => s.trim().toLowerCase();

/** The value an event has on a dimension ('' when it has none). */
export function valueOf(e: TimelineEvent, by: GroupBy): string {
  if (by === 'economy') return e.economy ?? '';
  if (by === 'theme') return e.theme ?? '';
  return e[by];
}

/** Keeps the events that match every filter given (case-insensitive within a dimension). */
export function filterEvents(events: readonly TimedEvent[], filters: Filters): TimedEvent[] {
  return events.filter(eventFilter(filters));
}

/** Whether an event matches every filter given. */
export function eventFilter(filters: Filters): (t: TimedEvent) => boolean {
  const sets = GROUPS.map((by) => {
    const list = filters[by];
    return [by, list?.length ? new Set(list.map(fold)) : undefined] as const;
  });
  return (t) =>
    (filters.from === undefined || t.end > filters.from) &&
    (filters.to === undefined || t.start < filters.to) &&
    sets.every(([by, set]) => !set || set.has(fold(valueOf(t.event, by))));
}

export interface LaneKey {
  key: string;
  label: string;
}

const KIND_LABELS: Record<string, string> = {'report-launch': 'Report launch'};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a lane is called: a kind or theme capitalised, an economy by name, a forum as written. */
export function laneLabel(
  by: GroupBy,
  key: string,
  nameOf: (id: string) => string,
  t: Translate = translator('en')
): string {
  if (key === '') return t('timeline.noneStated', {by: t(`by.${by}`)});
  if (by === 'economy') return nameOf(key);
  if (by === 'kind') return localTerm('kind', key, t) ?? KIND_LABELS[key] ?? capital(key);
  if (by === 'theme') return localTerm('theme', key, t) ?? capital(key);
  return key;
}

/**
 * The lanes for a grouping, in reading order: forums by their first event; kinds and themes in
 * the dataset's order (others after, alphabetically); economies by name; "none stated" last.
 */
export function lanesFor(
  events: readonly TimedEvent[],
  by: GroupBy,
  nameOf: (id: string) => string,
  t?: Translate
): LaneKey[] {
  const first = new Map<string, number>();
  for (const t of events) {
    const k = valueOf(t.event, by);
    if (!first.has(k)) first.set(k, t.start);
  }
  const known: readonly string[] = by === 'kind' ? EVENT_KINDS : by === 'theme' ? EVENT_THEMES : [];
  const rank = (k: string) => (known.includes(k) ? known.indexOf(k) : known.length);
  const lanes = [...first.keys()].map((key) => ({key, label: laneLabel(by, key, nameOf, t)}));
  return lanes.sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    if (by === 'forum') return (first.get(a.key) ?? 0) - (first.get(b.key) ?? 0);
    return rank(a.key) - rank(b.key) || a.label.localeCompare(b.label);
  });
}
