/**
 * The timeline's whole layout. Horizontal: a true time scale along x, a lane per group, events
 * clustered and labelled by lane, ticks for the span shown; only events in the visible span are
 * laid out, so thousands stay cheap. Vertical (phones): one row per event in time order under
 * year headings, titles wrapped, the page scrolling through them. Pure.
 */
import type {Translate} from '../../i18n/catalogue.js';
import {scaleUtc} from 'd3-scale';
import {formatDateRange} from '../format.js';
import {fitLabel, wrapLines} from '../text.js';
import {
  filterEvents,
  lanesFor,
  valueOf,
  type Filters,
  type GroupBy,
  type TimedEvent,
} from './events.js';
import {packLane, type LaneItem} from './pack.js';
import {timeTicks, type TickModel} from './ticks.js';

export type Orientation = 'horizontal' | 'vertical';

export interface TimelineOptions {
  width: number;
  orientation: Orientation;
  groupBy: GroupBy;
  filters: Filters;
  /** The span in view (UTC ms): the `from`/`to` span, or a zoomed part of it. */
  view: [number, number];
  lang: string;
  /** Name of an economy by alpha-2, for lanes and rows. */
  nameOf: (id: string) => string;
  /** The chart's words in the reader's language (English when not given). */
  t?: Translate | undefined;
}

export interface Lane {
  key: string;
  label: string;
  /** Index into the categorical colours. */
  color: number;
  y: number;
  height: number;
  /** Events in this lane (all of the span, after filters). */
  count: number;
}

/** A lane item placed on the page: `y` is the centre line of its row. */
export type PlacedItem = LaneItem & {id: string; lane: number; y: number};

export interface VerticalRow {
  id: string;
  timed: TimedEvent;
  lane: number;
  y: number;
  height: number;
  date: string;
  title: string[];
  context: string;
}

/** A group (lane) of the whole dataset, filtered or not: its colour stays put as filters change. */
export interface Group {
  key: string;
  label: string;
  color: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  orientation: Orientation;
  /** Plot area for the time axis (horizontal: x from `left` to `right`). */
  left: number;
  right: number;
  axisY: number;
  view: [number, number];
  ticks: TickModel;
  /** Every group in the data, in lane order, for the filter chips. */
  groups: Group[];
  lanes: Lane[];
  items: PlacedItem[];
  rows: VerticalRow[];
  years: {year: number; y: number}[];
  /** Focusable ids (events and clusters) in time order: the keyboard's order. */
  order: string[];
  /** Events in view after filters, and all events. */
  shown: number;
  total: number;
}

const LANE_HEAD = 18;
const ROW = 24;
const LANE_GAP = 8;
const AXIS = 30;
const CHAR = 6.4;

export const clusterId = (lane: string, first: TimedEvent) => `cluster:${lane}:${first.event.id}`;
const itemId = (laneKey: string, item: LaneItem) =>
  item.type === 'event' ? item.timed.event.id : clusterId(laneKey, item.members[0] as TimedEvent);
const itemStart = (item: LaneItem) => (item.type === 'event' ? item.timed.start : item.start);

/** Where the time axis runs across a horizontal timeline `width` px wide (room for the zoom buttons on the right). */
export function plotRange(width: number): [number, number] {
  return [8, Math.max(48, width - 44)];
}

/** The span the whole dataset covers, from the start of its first year to the end of its last. */
export function fullSpan(events: readonly TimedEvent[]): [number, number] {
  if (!events.length) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const first = new Date(Math.min(...events.map((t) => t.start))).getUTCFullYear();
  const last = new Date(Math.max(...events.map((t) => t.end)) - 1).getUTCFullYear();
  return [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)];
}

export function computeTimelineLayout(
  events: readonly TimedEvent[],
  options: TimelineOptions
): TimelineLayout {
  const filtered = filterEvents(events, options.filters);
  const groups = lanesFor(events, options.groupBy, options.nameOf, options.t).map((g, i) => ({
    ...g,
    color: i % 8,
  }));
  const present = new Set(filtered.map((t) => valueOf(t.event, options.groupBy)));
  const lanes = groups.filter((g) => present.has(g.key));
  const laneIndex = new Map(lanes.map((l, i) => [l.key, i]));
  const base = {width: options.width, view: options.view, total: events.length, groups};
  return options.orientation === 'vertical'
    ? vertical(filtered, lanes, laneIndex, options, base)
    : horizontal(filtered, lanes, options, base);
}

type Base = Pick<TimelineLayout, 'width' | 'view' | 'total' | 'groups'>;
type LaneKeys = Group[];

function horizontal(
  filtered: TimedEvent[],
  laneKeys: LaneKeys,
  options: TimelineOptions,
  base: Base
): TimelineLayout {
  const [left, right] = plotRange(options.width);
  const [from, to] = options.view;
  const x = scaleUtc().domain([from, to]).range([left, right]);
  const byLane = new Map<string, TimedEvent[]>(laneKeys.map((l) => [l.key, []]));
  for (const t of filtered)
    if (t.end > from && t.start < to) byLane.get(valueOf(t.event, options.groupBy))?.push(t);

  const lanes: Lane[] = [];
  const items: PlacedItem[] = [];
  let y = AXIS + 6;
  for (const [i, key] of laneKeys.entries()) {
    const packed = packLane(byLane.get(key.key) ?? [], {
      x: (time) => x(time),
      start: left,
      length: right,
      r: 5,
      clusterR: 8,
      charWidth: CHAR,
    });
    const height = LANE_HEAD + packed.rows * ROW;
    lanes.push({
      ...key,
      y,
      height,
      count: filtered.filter((t) => valueOf(t.event, options.groupBy) === key.key).length,
    });
    for (const item of packed.items)
      items.push({
        ...item,
        id: itemId(key.key, item),
        lane: i,
        y: y + LANE_HEAD + item.row * ROW + ROW / 2,
      });
    y += height + LANE_GAP;
  }
  const order = [...items]
    .sort((a, b) => itemStart(a) - itemStart(b) || a.lane - b.lane)
    .map((i) => i.id);
  return {
    ...base,
    shown: [...byLane.values()].reduce((n, list) => n + list.length, 0),
    height: Math.max(y, AXIS + 60),
    orientation: 'horizontal',
    left,
    right,
    axisY: AXIS,
    ticks: timeTicks(from, to, right - left, options.lang),
    lanes,
    items,
    rows: [],
    years: [],
    order,
  };
}

function vertical(
  filtered: TimedEvent[],
  laneKeys: LaneKeys,
  laneIndex: Map<string, number>,
  options: TimelineOptions,
  base: Base
): TimelineLayout {
  const [from, to] = options.view;
  const axisX = 52;
  const textX = axisX + 16;
  // Titles are set at 14 px, about 1.25 times the width CHAR assumes (measured at 320 px).
  const chars = Math.max(12, Math.floor((options.width - textX - 8) / (CHAR * 1.25)));
  const rows: VerticalRow[] = [];
  const years: {year: number; y: number}[] = [];
  let y = 8;
  let year: number | undefined;
  for (const t of filtered) {
    if (!(t.end > from && t.start < to)) continue;
    const y0 = new Date(t.start).getUTCFullYear();
    if (y0 !== year) {
      year = y0;
      years.push({year, y: y + 14});
      y += 28;
    }
    const e = t.event;
    const title = wrapLines(e.title, chars, 4);
    const lane = laneIndex.get(valueOf(e, options.groupBy)) ?? 0;
    // One line under the title: cut to the width rather than run past the edge.
    const context = fitLabel([laneKeys[lane]?.label, e.city].filter(Boolean).join(' · '), chars);
    const height = 20 + title.length * 18 + 18 + 12;
    rows.push({
      id: e.id,
      timed: t,
      lane,
      y,
      height,
      date: formatDateRange(e.start, e.end, options.lang),
      title,
      context,
    });
    y += height;
  }
  const lanes = laneKeys.map((key) => ({
    ...key,
    y: 0,
    height: 0,
    count: filtered.filter((t) => valueOf(t.event, options.groupBy) === key.key).length,
  }));
  return {
    ...base,
    shown: rows.length,
    height: Math.max(y + 8, 80),
    orientation: 'vertical',
    left: axisX,
    right: axisX,
    axisY: 0,
    ticks: {unit: 'year', ticks: []},
    lanes,
    items: [],
    rows,
    years,
    order: rows.map((r) => r.id),
  };
}
