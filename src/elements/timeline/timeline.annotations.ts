import type {NoteReader, Obstacles, NoteSpec, NoteTarget} from '../../layout/annotations.js';
import {textBox, type Rect} from '../../layout/text.js';
import type {TimelineLayout} from '../../layout/timeline/layout.js';
import type {TimedEvent} from '../../layout/timeline/events.js';
import {parsePartialDate, periodEnd, periodStart} from '../../schema/dates.js';
import {formatDateRange} from '../../layout/format-dates.js';

/** The labels of events and lanes are 12 px text. */
const LABEL_PX = 12;

const start = (s: string) => {
  const d = parsePartialDate(s);
  return d ? periodStart(d).getTime() : undefined;
};
const end = (s: string) => {
  const d = parsePartialDate(s);
  return d ? periodEnd(d).getTime() : undefined;
};

/**
 * Where a note points on the timeline: an event (`for` its id; inside a cluster, at its date
 * along the cluster's pill), a date (`for="2015-11"`: on the axis) or a date range (`from`, `to`: a bracket on the
 * axis). Undefined when the target is not drawn (filtered out, or outside the view).
 */
export function timelineNoteTarget(
  layout: TimelineLayout,
  note: NoteSpec,
  find: (id: string) => TimedEvent | undefined,
  lang = 'en'
): NoteTarget | undefined {
  const byEvent = eventTarget(layout, note.target, find);
  if (byEvent) return byEvent;
  const from = start(note.from || note.target);
  const to = end(note.to || note.from || note.target);
  if (from === undefined || to === undefined || to <= from) return undefined;
  // The date or span as the reader's language writes dates ("29 September – 2 October 2015").
  const first = note.from || note.to || note.target;
  const name = formatDateRange(first, note.from && note.to ? note.to : undefined, lang);
  if (layout.orientation === 'vertical') {
    const row = layout.rows.find((r) => r.timed.start >= from && r.timed.start < to);
    return row ? {x: layout.left, y: row.markY, name} : yearTarget(layout, from, name);
  }
  const [t0, t1] = layout.view;
  if (to <= t0 || from >= t1) return undefined;
  const x = (t: number) =>
    layout.left + ((Math.min(t1, Math.max(t0, t)) - t0) / (t1 - t0)) * (layout.right - layout.left);
  const single = !note.from && !note.to;
  const span: [number, number] = [x(from), x(to)];
  return {
    x: single ? span[0] : (span[0] + span[1]) / 2,
    y: layout.axisY,
    name,
    span: single ? undefined : span,
  };
}

/** On the vertical timeline, a closed year's heading stands for the events folded in it. */
function yearTarget(layout: TimelineLayout, time: number, name: string): NoteTarget | undefined {
  const year = new Date(time).getUTCFullYear();
  const h = layout.years.find((y) => y.year === year);
  if (!h) return undefined;
  const label = textBox(String(year), layout.left - 12, h.y + 21, 14, 'end');
  return {x: layout.left, y: h.y + 16, name, label, onto: true};
}

/**
 * An event as a note's list names it: its short title where it has one (a title with its own
 * brackets, "10th AMMTC opens (Kuala Lumpur Declaration; AMMTC made annual)", was bracketed again).
 */
const eventName = (e: TimedEvent['event']) => e.shortTitle ?? e.title;

function eventTarget(
  layout: TimelineLayout,
  id: string,
  find: (id: string) => TimedEvent | undefined
): NoteTarget | undefined {
  if (!id) return undefined;
  if (layout.orientation === 'vertical') {
    const r = layout.rows.find((row) => row.id === id);
    const timed = r ? undefined : find(id);
    if (timed) return yearTarget(layout, timed.start, eventName(timed.event));
    if (!r) return undefined;
    const label = {x: layout.left + 16, y: r.y, w: layout.width - layout.left - 16, h: r.height};
    const shown = find(id);
    return {
      x: layout.left,
      y: r.markY,
      name: shown ? eventName(shown.event) : r.title.join(' '),
      label,
    };
  }
  for (const it of layout.items) {
    const hit =
      it.type === 'event' ? it.timed.event.id === id : it.members.some((m) => m.event.id === id);
    if (!hit) continue;
    const event =
      it.type === 'event' ? it.timed.event : it.members.find((m) => m.event.id === id)?.event;
    const label =
      it.type === 'event' && it.label
        ? textBox(it.label, it.labelX, it.y + 4, LABEL_PX, it.before ? 'end' : 'start')
        : undefined;
    // In a cluster's pill, at the event's own date along it (the pill runs from its first
    // event's date to its last's), not at the pill's middle, which may be another event's.
    const member = it.type === 'cluster' ? it.members.find((m) => m.event.id === id) : undefined;
    const [t0, t1] = layout.view;
    const at = member
      ? layout.left + ((member.start - t0) / (t1 - t0)) * (layout.right - layout.left)
      : (it.x0 + it.x1) / 2;
    const x = Math.min(it.x1, Math.max(it.x0, at));
    return {x, y: it.y, name: event ? eventName(event) : id, label};
  }
  return undefined;
}

/** The marks and the axis (marks); event, lane and row labels (text). */
export function timelineNoteObstacles(layout: TimelineLayout): Obstacles {
  const labels = layout.lanes.map((l) =>
    textBox(l.label, layout.left + 14, l.y + 14, LABEL_PX, 'start')
  );
  const marks: Rect[] = [];
  for (const it of layout.items) {
    marks.push({x: it.x0 - 5, y: it.y - 8, w: it.x1 - it.x0 + 10, h: 16});
    if (it.type === 'event' && it.label)
      labels.push(textBox(it.label, it.labelX, it.y + 4, LABEL_PX, it.before ? 'end' : 'start'));
  }
  for (const r of layout.rows)
    labels.push({x: layout.left + 16, y: r.y, w: layout.width - layout.left - 16, h: r.height});
  // The axis and its tick labels.
  labels.push({x: layout.left, y: layout.axisY - 22, w: layout.right - layout.left, h: 22});
  return {marks, labels};
}

/**
 * The chart's `noteReader`, finding events that are not drawn as rows with `find`, naming dates
 * in the chart's language (`lang`).
 */
export const timelineNotes = (
  find: (id: string) => TimedEvent | undefined,
  lang: () => string
): NoteReader<TimelineLayout> => ({
  target: (layout, note) => timelineNoteTarget(layout, note, find, lang()),
  obstacles: timelineNoteObstacles,
});
