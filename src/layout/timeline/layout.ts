/**
 * The timeline's whole layout. Horizontal: a true time scale along x, a lane per group, events
 * clustered and labelled by lane, ticks for the span shown; only events in the visible span are
 * laid out, so thousands stay cheap. Vertical (phones): one row per event in time order under
 * year headings, titles wrapped, the page scrolling through them (vertical.ts). Pure.
 */
import type {Translate} from '../../i18n/catalogue.js';
import {paletteIndex} from '../palette.js';
import {scaleUtc} from './utc-scale.js';
import {
  timeBounds,
  filterEvents,
  lanesFor,
  valueOf,
  type Filters,
  type GroupBy,
  type TimedEvent,
} from './events.js';
import {packLane, type LaneItem, type PackOptions} from './pack.js';
import {timeTicks, type TickModel} from './ticks.js';
import {vertical, type VerticalRow, type YearHeading} from './vertical.js';

export {ROW_LINE, type VerticalRow, type YearHeading} from './vertical.js';

export type Orientation = 'horizontal' | 'vertical';

export interface TimelineOptions {
  width: number;
  orientation: Orientation;
  groupBy: GroupBy;
  filters: Filters;
  /** The span in view (UTC ms): the `from`/`to` span, or a zoomed part of it. */
  view: [number, number];
  /**
   * Horizontal: the height of the box to fill (the `height` attribute, or the host's CSS
   * height less the frame); lanes share what their rows leave. Undefined: as tall as the rows.
   */
  height?: number | undefined;
  lang: string;
  /** Name of an economy by alpha-2, for lanes and rows. */
  nameOf: (id: string) => string;
  /** Vertical: the years the reader opened; undefined for the default (see fold.ts). */
  openYears?: ReadonlySet<number> | undefined;
  /** The chart's words in the reader's language (English when not given). */
  t?: Translate | undefined;
  /** Horizontal: events whose labels later marks leave whole (the highlight's; pack.ts). */
  keep?: PackOptions['keep'];
  /**
   * For large data (large.ts): `events` are only those in view, already filtered, and the lanes,
   * their counts and the total come from the whole data instead.
   */
  summary?: LaneSummary | undefined;
}

export interface LaneSummary {
  /** Every lane of the whole data, in order (lanesFor). */
  groups: readonly {key: string; label: string}[];
  /** Events per lane after the filters; lanes with none are not drawn. */
  counts: ReadonlyMap<string, number>;
  total: number;
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

/** How big marks are drawn: a dot's radius, a bar's and a cluster's height, a multi-day pill. */
export const MARK = {radius: 5, bar: 10, cluster: 16, pill: {width: 8, height: 16}} as const;

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
  /** Vertical: year headings with their count of events; a closed year's rows are not laid out. */
  years: YearHeading[];
  /** Focusable ids (events and clusters) in time order: the keyboard's order. */
  order: string[];
  /** Events in view after filters, and all events. */
  shown: number;
  total: number;
  /**
   * Set past the limits (large.ts): `dense` when the events in view are drawn as counts only,
   * `rows` when the vertical list stops short of the `inView` events in view.
   */
  limited?: 'dense' | 'rows' | undefined;
  inView?: number | undefined;
}

/** Data from this many events up is drawn through the lane index (large.ts). */
export const LARGE_FROM = 20_000;
export const LANE_HEAD = 18;
export const ROW = 24;
const LANE_GAP = 8;
const AXIS = 30;
/** The lanes' labels are 12 px text. */
const LABEL_PX = 12;

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
  const [start, end] = timeBounds(events);
  const first = new Date(start).getUTCFullYear();
  const last = new Date(end - 1).getUTCFullYear();
  return [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)];
}

export function computeTimelineLayout(
  events: readonly TimedEvent[],
  options: TimelineOptions
): TimelineLayout {
  const {summary} = options;
  const filtered = summary ? [...events] : filterEvents(events, options.filters);
  const groups = (
    summary?.groups ?? lanesFor(events, options.groupBy, options.nameOf, options.t)
  ).map((g, i) => ({...g, color: paletteIndex(i)}));
  const counts = summary?.counts ?? countByLane(filtered, options.groupBy);
  const lanes = groups.filter((g) => counts.get(g.key));
  const laneIndex = new Map(lanes.map((l, i) => [l.key, i]));
  const base = {
    width: options.width,
    view: options.view,
    total: summary?.total ?? events.length,
    groups,
  };
  return options.orientation === 'vertical'
    ? vertical(filtered, lanes, laneIndex, counts, options, base)
    : horizontal(filtered, lanes, counts, options, base);
}

/** Events per lane in one pass (counting lane by lane cost lanes × events). */
function countByLane(events: readonly TimedEvent[], by: GroupBy): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of events) {
    const key = valueOf(t.event, by);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export type Base = Pick<TimelineLayout, 'width' | 'view' | 'total' | 'groups'>;
export type LaneKeys = Group[];

function horizontal(
  filtered: TimedEvent[],
  laneKeys: LaneKeys,
  counts: ReadonlyMap<string, number>,
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
      fontSize: LABEL_PX,
      keep: options.keep,
    });
    const height = LANE_HEAD + packed.rows * ROW;
    lanes.push({
      ...key,
      y,
      height,
      count: counts.get(key.key) ?? 0,
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
  const natural = Math.max(y, AXIS + 60);
  const height = spreadLanes(lanes, items, natural, options.height);
  return {
    ...base,
    shown: [...byLane.values()].reduce((n, list) => n + list.length, 0),
    height,
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

/**
 * Fills a box taller than the rows need: each lane gets an equal share of the extra height and
 * its rows sit in the middle of it (in place: `lanes` and `items` are this layout's own). A box
 * shorter than the rows changes nothing: rows are never squeezed (the frame scrolls instead).
 * Returns the drawing's height.
 */
function spreadLanes(
  lanes: Lane[],
  items: PlacedItem[],
  natural: number,
  height: number | undefined
): number {
  if (height === undefined || height <= natural || !lanes.length) return natural;
  const share = (height - natural) / lanes.length;
  lanes.forEach((lane, i) => {
    lane.y += i * share;
    lane.height += share;
  });
  for (const item of items) item.y += item.lane * share + share / 2;
  return height;
}
