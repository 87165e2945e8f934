/**
 * Reading the timeline without seeing it: keyboard neighbours, the data table, the description,
 * and the calendar day of a time. Pure.
 */
import {formatDateRange} from '../format.js';
import type {DataTable} from '../table.js';
import {isoDay} from '../../schema/dates.js';
import type {TimedEvent} from './events.js';
import type {TimelineLayout} from './layout.js';

/**
 * Where a key moves focus from `from`: Left/Right (and, in the vertical layout, Up/Down) step
 * through time order, Home/End go to its ends, and in the horizontal layout Up/Down go to the
 * lane above or below, to its item nearest in time. Undefined for other keys.
 */
export function timelineNeighbour(
  layout: TimelineLayout,
  from: string,
  key: string
): string | undefined {
  const {order} = layout;
  const i = order.indexOf(from);
  const step = (d: number) => order[Math.min(order.length - 1, Math.max(0, i + d))];
  const vertical = layout.orientation === 'vertical';
  if (key === 'ArrowRight' || (vertical && key === 'ArrowDown')) return step(1);
  if (key === 'ArrowLeft' || (vertical && key === 'ArrowUp')) return step(-1);
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const at = layout.items.find((it) => it.id === from);
  if (!at) return undefined;
  const dir = key === 'ArrowDown' ? 1 : -1;
  const mid = (at.x0 + at.x1) / 2;
  let best = from;
  let bestScore = Infinity;
  for (const it of layout.items) {
    const rowsAway = (it.y - at.y) * dir;
    if (rowsAway <= 0) continue;
    const score = rowsAway * 4 + Math.abs((it.x0 + it.x1) / 2 - mid);
    if (score < bestScore) [best, bestScore] = [it.id, score];
  }
  return best;
}

export const STATUS_LABEL = {
  held: 'Held',
  planned: 'Planned (not confirmed as held)',
  unconfirmed: 'Announced; not confirmed as held',
} as const;
/** The status in a few words in a spoken label; nothing for `held`. */
export const STATUS_SHORT = {
  held: '',
  planned: 'planned',
  unconfirmed: 'announced, not confirmed held',
} as const;
/** The status as one word beside a date on a phone's row; the legend and the card say it whole. */
export const STATUS_TAG = {held: '', planned: 'planned', unconfirmed: 'unconfirmed'} as const;
export const PRECISION_NOTE = {
  day: '',
  month: 'Only the month is known.',
  year: 'Only the year is known.',
} as const;

/** Every event the filters keep, in time order, with what the detail card shows. */
export function timelineTable(
  events: readonly TimedEvent[],
  lang: string,
  nameOf: (id: string) => string
): DataTable {
  return {
    caption: `Events (${events.length})`,
    columns: [
      {key: 'date', label: 'Date'},
      {key: 'title', label: 'Event'},
      {key: 'forum', label: 'Forum'},
      {key: 'kind', label: 'Kind'},
      {key: 'theme', label: 'Theme'},
      {key: 'city', label: 'City'},
      {key: 'economy', label: 'Host economy'},
      {key: 'status', label: 'Status'},
      {key: 'citation', label: 'Source', citation: true},
      {key: 'note', label: 'Note'},
    ],
    rows: events.map(({event: e}) => ({
      date: formatDateRange(e.start, e.end, lang),
      title: e.title,
      forum: e.forum,
      kind: e.kind,
      theme: e.theme,
      city: e.city,
      economy: e.economy ? nameOf(e.economy) : '',
      status: STATUS_LABEL[e.status],
      citation: e.citation,
      note: [PRECISION_NOTE[e.precision], e.note].filter(Boolean).join(' '),
    })),
  };
}

/** The accessible name and description: how many events, over which years, in which lanes. */
export function describeTimeline(
  layout: TimelineLayout | undefined,
  groupBy: string
): {title: string; description: string} {
  const title = 'Timeline of meetings, workshops, dialogues and conferences';
  if (!layout) return {title, description: ''};
  const [from, to] = layout.view.map((t) => new Date(t).getUTCFullYear());
  const busiest = [...layout.lanes].sort((a, b) => b.count - a.count)[0];
  const span = from === (to ?? 0) - 1 ? `${from}` : `${from} to ${(to ?? 0) - 1}`;
  return {
    title,
    description: `${layout.shown} of ${layout.total} events, ${span}, in ${layout.lanes.length} lanes by ${groupBy}${busiest ? `; the most in ${busiest.label} (${busiest.count})` : ''}. Use the arrow keys to move between events and Enter to open one; the data table lists every event.`,
  };
}

/** A UTC ms time as the calendar date a reader would type. */
export const dayOf = (time: number) => isoDay(new Date(time));
