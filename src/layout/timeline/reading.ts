/**
 * Reading the timeline without seeing it: keyboard neighbours, the data table, the description,
 * and the calendar day of a time. Pure.
 */
import {translator, type Translate} from '../../i18n/catalogue.js';
import {localTerm} from '../../i18n/data-labels.js';
import {formatDateRange} from '../format-dates.js';
import type {DataTable} from '../table.js';
import {isoDay} from '../../schema/dates.js';
import type {GroupBy, TimedEvent} from './events.js';
import type {TimelineLayout} from './layout.js';
import {dateNote, statusLabel} from './status.js';
import '../../i18n/en-timeline.js';

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

/** Every event the filters keep, in time order, with what the detail card shows. */
export function timelineTable(
  events: readonly TimedEvent[],
  lang: string,
  nameOf: (id: string) => string,
  t: Translate = translator('en')
): DataTable {
  return {
    caption: t('timeline.tableCaption', {count: events.length}),
    columns: [
      {key: 'date', label: t('timeline.date')},
      {key: 'title', label: t('timeline.event')},
      {key: 'forum', label: t('timeline.forum')},
      {key: 'kind', label: t('timeline.kind')},
      {key: 'theme', label: t('timeline.theme')},
      {key: 'city', label: t('timeline.city')},
      {key: 'economy', label: t('timeline.host')},
      {key: 'status', label: t('timeline.status')},
      {key: 'citation', label: t('table.source'), citation: true},
      {key: 'note', label: t('table.note')},
    ],
    rows: events.map(({event: e}) => ({
      date: formatDateRange(e.start, e.end, lang),
      title: e.title,
      forum: e.forum,
      kind: localTerm('kind', e.kind, t) ?? e.kind,
      theme: e.theme && (localTerm('theme', e.theme, t) ?? e.theme),
      city: e.city,
      economy: e.economy ? nameOf(e.economy) : '',
      status: statusLabel(e.status, t),
      citation: e.citation,
      note: [dateNote(e, t), e.note].filter(Boolean).join(' '),
    })),
  };
}

/** The accessible name and description: how many events, over which years, in which lanes. */
export function describeTimeline(
  layout: TimelineLayout | undefined,
  groupBy: GroupBy,
  t: Translate = translator('en')
): {title: string; description: string} {
  const title = t('timeline.title');
  if (!layout) return {title, description: ''};
  const [from, to] = layout.view.map((t) => new Date(t).getUTCFullYear());
  const busiest = [...layout.lanes].sort((a, b) => b.count - a.count)[0];
  const last = (to ?? 0) - 1;
  const span = from === last ? `${from}` : t('timeline.span', {from: `${from}`, to: `${last}`});
  const summary = t('timeline.summary', {
    shown: layout.shown,
    total: layout.total,
    span,
    lanes: layout.lanes.length,
    by: t(`by.${groupBy}`),
  });
  const most = busiest ? t('timeline.busiest', {lane: busiest.label, count: busiest.count}) : '';
  return {title, description: [summary, most, t('timeline.keys')].filter(Boolean).join(' ')};
}

/** A UTC ms time as the calendar date a reader would type. */
export const dayOf = (time: number) => isoDay(new Date(time));
