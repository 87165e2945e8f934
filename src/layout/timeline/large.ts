/**
 * The timeline for data too large to walk on every redraw (200,000 events). An index, built
 * once per data, grouping and filters (in slices while the file loads), keeps each lane's
 * events in time order with their starts and ends sorted; a zoom or pan then looks only at
 * the events in view (binary search), and when those are still too many to draw one by one
 * they are drawn as counts per cell: a density the reader zooms into. Pure.
 */
import type {Translate} from '../../i18n/catalogue.js';
import {bisectLeft, max} from 'd3-array';
import {scaleUtc} from './utc-scale.js';
import {finish, STEP_EVERY, type Steps} from '../../schema/steps.js';
import {
  eventFilter,
  lanesFor,
  valueOf,
  type Filters,
  type GroupBy,
  type TimedEvent,
} from './events.js';
import {
  computeTimelineLayout,
  LANE_HEAD,
  plotRange,
  ROW,
  clusterId,
  type LaneSummary,
  type PlacedItem,
  type TimelineLayout,
  type TimelineOptions,
} from './layout.js';

/** Above this many events in view, they are drawn as counts per cell, without labels. */
export const DENSE_ABOVE = 10_000;
/** The vertical list stops after this many rows (pages of scrolling no one reads). */
export const MAX_ROWS = 2_000;

interface IndexedLane {
  /** In time order (start, then title). */
  events: TimedEvent[];
  starts: Float64Array;
  /** Ends, sorted on their own (with starts, they count the events overlapping a span). */
  ends: Float64Array;
  /** The longest event, ms: no event starting earlier than `from - longest` reaches `from`. */
  longest: number;
}

export interface LaneIndex extends LaneSummary {
  lanes: Map<string, IndexedLane>;
  /** Every event kept by the filters, in time order. */
  filtered: TimedEvent[];
  starts: Float64Array;
  longest: number;
}

/** Builds the index of `timed` (in time order) for a grouping and filters, as steps. */
export function* laneIndexSteps(
  timed: readonly TimedEvent[],
  by: GroupBy,
  filters: Filters,
  nameOf: (id: string) => string,
  t?: Translate
): Steps<LaneIndex> {
  const keep = eventFilter(filters);
  // Each lane's first event stands for the lane: lanes are ordered by their first event.
  const firsts = new Map<string, TimedEvent>();
  const byLane = new Map<string, TimedEvent[]>();
  const filtered: TimedEvent[] = [];
  const allStarts = new Float64Array(timed.length);
  for (const [i, t] of timed.entries()) {
    if (i % (STEP_EVERY * 4) === 0 && i > 0) yield (i / timed.length) * 0.8;
    const lane = valueOf(t.event, by);
    if (!firsts.has(lane)) firsts.set(lane, t);
    if (!keep(t)) continue;
    allStarts[filtered.length] = t.start;
    filtered.push(t);
    const key = valueOf(t.event, by);
    const list = byLane.get(key);
    if (list) list.push(t);
    else byLane.set(key, [t]);
  }
  const lanes = new Map<string, IndexedLane>();
  for (const [key, events] of byLane) {
    // A lane may hold nearly every event: its columns are filled in slices too.
    const starts = new Float64Array(events.length);
    const ends = new Float64Array(events.length);
    let longest = 0;
    for (const [i, e] of events.entries()) {
      if (i % (STEP_EVERY * 16) === 0 && i > 0) yield 0.8 + (0.1 * i) / events.length;
      starts[i] = e.start;
      ends[i] = e.end;
      if (e.end - e.start > longest) longest = e.end - e.start;
    }
    ends.sort();
    lanes.set(key, {events, starts, ends, longest});
    yield 0.9;
  }
  return {
    groups: lanesFor([...firsts.values()], by, nameOf, t),
    counts: new Map([...lanes].map(([key, lane]) => [key, lane.events.length])),
    total: timed.length,
    lanes,
    filtered,
    starts: allStarts.subarray(0, filtered.length),
    longest: max(lanes.values(), (l) => l.longest) ?? 0,
  };
}

export const laneIndex = (...args: Parameters<typeof laneIndexSteps>): LaneIndex =>
  finish(laneIndexSteps(...args));

/** How many of a lane's events overlap [from, to): those starting before `to` less those ended by `from`. */
function countIn(lane: IndexedLane, from: number, to: number): number {
  return bisectLeft(lane.starts, to) - bisectRight(lane.ends, from);
}

function bisectRight(a: Float64Array, x: number): number {
  let [lo, hi] = [0, a.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A lane's events overlapping [from, to), in time order. */
function laneInView(lane: IndexedLane, from: number, to: number): TimedEvent[] {
  const lo = bisectLeft(lane.starts, from - lane.longest);
  const hi = bisectLeft(lane.starts, to);
  return lane.events.slice(lo, hi).filter((t) => t.end > from);
}

/** The timeline's layout from the index: events one by one while few enough, else counts. */
export function largeTimelineLayout(
  index: LaneIndex,
  options: Omit<TimelineOptions, 'filters' | 'summary'>
): TimelineLayout {
  const [from, to] = options.view;
  const base = {...options, filters: {}, summary: index};
  let inView = 0;
  for (const lane of index.lanes.values()) inView += countIn(lane, from, to);
  if (options.orientation === 'vertical') {
    const rows: TimedEvent[] = [];
    const {filtered} = index;
    for (let i = bisectLeft(index.starts, from - index.longest); i < filtered.length; i++) {
      const t = filtered[i] as TimedEvent;
      if (t.start >= to || rows.length >= MAX_ROWS) break;
      if (t.end > from) rows.push(t);
    }
    const layout = computeTimelineLayout(rows, base);
    return inView > rows.length ? {...layout, limited: 'rows', inView} : layout;
  }
  if (inView <= DENSE_ABOVE) {
    const events = [...index.lanes.values()].flatMap((lane) => laneInView(lane, from, to));
    return computeTimelineLayout(events, base);
  }
  return {...denseLayout(index, options, computeTimelineLayout([], base)), shown: inView};
}

/** The latest end among events: a plain loop (d3's max with an accessor cost 30 ms at 200,000). */
function latestEnd(events: readonly TimedEvent[]): number {
  let end = -Infinity;
  for (const t of events) if (t.end > end) end = t.end;
  return end;
}

/** Counts per cell in each lane, over an empty layout's lanes and axis. */
function denseLayout(
  index: LaneIndex,
  options: Omit<TimelineOptions, 'filters' | 'summary'>,
  frame: TimelineLayout
): TimelineLayout {
  const [left, right] = plotRange(options.width);
  const x = scaleUtc().domain(options.view).range([left, right]);
  // Wide enough for a count like "12,345" in its pill.
  const cell = 44;
  const items: PlacedItem[] = [];
  for (const [laneNo, lane] of frame.lanes.entries()) {
    const indexed = index.lanes.get(lane.key);
    if (!indexed) continue;
    const y = lane.y + LANE_HEAD + ROW / 2;
    for (let x0 = left; x0 < right; x0 += cell) {
      const [a, b] = [x.invert(x0).getTime(), x.invert(Math.min(right, x0 + cell)).getTime()];
      const lo = bisectLeft(indexed.starts, a);
      const hi = bisectLeft(indexed.starts, b);
      if (hi <= lo) continue;
      const members = indexed.events.slice(lo, hi);
      const first = members[0] as TimedEvent;
      const common = {x0: x0 + 1, x1: Math.min(right, x0 + cell) - 1, row: 0, lane: laneNo, y};
      items.push(
        members.length === 1
          ? {
              ...common,
              type: 'event',
              timed: first,
              shape: 'point',
              label: '',
              labelX: common.x1 + 4,
              id: first.event.id,
            }
          : {
              ...common,
              type: 'cluster',
              members,
              start: first.start,
              end: latestEnd(members),
              id: clusterId(lane.key, first),
            }
      );
    }
  }
  const start = (it: PlacedItem) => (it.type === 'event' ? it.timed.start : it.start);
  const order = [...items].sort((p, q) => start(p) - start(q) || p.lane - q.lane).map((i) => i.id);
  return {...frame, items, order, limited: 'dense'};
}
