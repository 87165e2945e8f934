/**
 * Placing one lane's events along a time axis: events too close to tell apart become a cluster
 * with a count, overlapping marks go to rows of their own, and each mark gets as much of its
 * title as fits before the next mark in its row (or none). Labels therefore never overlap. Pure.
 */
import {fitWidth, textWidth} from '../text.js';
import {timeBounds, type TimedEvent} from './events.js';

export interface PackOptions {
  /** Time (UTC ms) → px along the axis. */
  x: (time: number) => number;
  /** Where the axis starts and ends, px. */
  start: number;
  length: number;
  /** Radius of a point mark. */
  r: number;
  /** Half the height of a cluster's pill. */
  clusterR: number;
  /** Size of the labels' text, px (their width is estimated by layout/text.ts). */
  fontSize: number;
  /**
   * Events whose label a later mark must not cut shorter than whole (a highlight's: a story's
   * point): where the lane's label rows are full, marks after one go to another row, a new one
   * if need be, rather than into its row before its label ends.
   */
  keep?: ((event: TimedEvent['event']) => boolean) | undefined;
}

interface Base {
  /** Extent along the axis, px. */
  x0: number;
  x1: number;
  row: number;
}

/** One event, drawn as a point (`x0..x1` is its dot) or, when wide enough, as a bar. */
export interface EventItem extends Base {
  type: 'event';
  timed: TimedEvent;
  shape: 'point' | 'bar';
  /** Title cut to fit before the next mark in the row; '' when nothing fits. */
  label: string;
  /** Where the label starts: after the mark, or inside a bar that runs past the axis end. */
  labelX: number;
  /** The label is drawn before the mark (near the axis end), ending at `labelX`. */
  before?: boolean;
}

/** Several events too close to tell apart at this zoom. */
export interface ClusterItem extends Base {
  type: 'cluster';
  members: TimedEvent[];
  /** The span the members cover (UTC ms), to zoom to. */
  start: number;
  end: number;
}

export type LaneItem = EventItem | ClusterItem;

export interface PackedLane {
  items: LaneItem[];
  rows: number;
}

/** Space between a cluster's pill and the edge of its cell, px. */
const PILL_INSET = 2;

/**
 * Points and bars, with points that share a cell merged into a cluster. Cells are as wide as a
 * cluster's pill and fixed in time (counted from 1970), so clusters do not churn while the
 * reader pans. Input is in time order.
 */
function clusterPoints(events: readonly TimedEvent[], o: PackOptions): LaneItem[] {
  const cell = 2 * o.clusterR + 10;
  // A pill is its cell less PILL_INSET at each side: with their 2 px outlines, pills in cells
  // side by side stay 2 px apart, not touching ("5", "2", "2" read as 522).
  const pill = cell - 2 * PILL_INSET;
  const origin = o.x(0);
  const items: LaneItem[] = [];
  const cells = new Map<number, {members: TimedEvent[]; cx: number; span?: [number, number]}>();
  for (const t of events) {
    const x0 = o.x(t.start);
    const x1 = o.x(t.end);
    if (x1 - x0 >= 2 * o.r + 2) {
      items.push({
        type: 'event',
        timed: t,
        shape: 'bar',
        x0,
        x1,
        row: 0,
        label: '',
        labelX: x1 + 4,
      });
      continue;
    }
    const cx = (x0 + x1) / 2;
    const k = Math.floor((cx - origin) / cell);
    const found = cells.get(k);
    if (found) found.members.push(t);
    else cells.set(k, {members: [t], cx});
  }
  keepOnAxis(cells, (k) => origin + k * cell + PILL_INSET, pill, o);
  for (const [k, {members, cx, span}] of cells) {
    const [only] = members;
    if (members.length === 1 && only) {
      items.push({
        type: 'event',
        timed: only,
        shape: 'point',
        x0: cx - o.r,
        x1: cx + o.r,
        row: 0,
        label: '',
        labelX: cx + o.r + 4,
      });
      continue;
    }
    const x0 = Math.min(o.length - pill - 1, Math.max(o.start + 1, origin + k * cell + PILL_INSET));
    const [from, to] = span ?? [x0, x0 + pill];
    const [start, end] = timeBounds(members);
    items.push({
      type: 'cluster',
      members,
      start,
      end,
      x0: from,
      x1: to,
      row: 0,
    });
  }
  return items.sort((a, b) => a.x0 - b.x0);
}

/**
 * A cell that the axis's start or end cuts (cells are fixed in time, the axis's ends are not)
 * would draw its pill half off the axis, its count cut ("8" of 18). Its pill is shortened to the
 * part of the cell on the axis where that still holds its count (`span`); else its events join
 * the cell beside it on the axis when there is one, whose pill then runs over both cells' part
 * of the axis, so that it meets no other and is as long as the time it counts (a cut pill with
 * no neighbour is moved onto the axis by clusterPoints). Joined at the size of one cell whenever
 * there was a neighbour, the last pill of every lane of the 5,000-event story counted about two
 * cells, 34 among 18s: a surge in the last year that was not in the data.
 */
function keepOnAxis(
  cells: Map<number, {members: TimedEvent[]; cx: number; span?: [number, number]}>,
  left: (k: number) => number,
  pill: number,
  o: PackOptions
): void {
  for (const [k, c] of [...cells]) {
    // (One event is drawn as a point, at its own time: on the axis.)
    if (c.members.length < 2) continue;
    const cut = left(k) < o.start + 1 ? 1 : left(k) + pill > o.length - 1 ? -1 : 0;
    if (!cut) continue;
    const span: [number, number] =
      cut > 0 ? [o.start + 1, left(k) + pill] : [left(k), o.length - 1];
    // Room for the count's digits (about 0.6 em each) and the pill's round ends.
    const needs = Math.max(2 * o.clusterR, String(c.members.length).length * 7 + 8);
    if (span[1] - span[0] >= needs) {
      c.span = span;
      continue;
    }
    const next = cells.get(k + cut);
    if (!next) continue;
    next.members = cut > 0 ? [...c.members, ...next.members] : [...next.members, ...c.members];
    // Drawn over both cells' part of the axis: a longer pill for the longer time it counts.
    next.span = cut > 0 ? [o.start + 1, left(k + 1) + pill] : [left(k - 1), o.length - 1];
    cells.delete(k);
  }
}

/**
 * The label a mark gets: its whole title where it fits, else its short title, else the shorter
 * of the two cut to the room there is; '' when too little would show. A bar carries its label
 * inside when it runs to the end of the axis or is long, and only as much as fits inside it (the
 * text is drawn in an ink for the bar's colour, so it must not run out over the lane); the
 * label never reaches the next mark in the row.
 */
function placeLabel(
  item: EventItem,
  next: LaneItem | undefined,
  o: PackOptions,
  prevEnd = o.start
): void {
  const end = Math.min(next ? next.x0 - 6 : Infinity, o.length);
  const {title, shortTitle} = item.timed.event;
  const candidates = shortTitle && shortTitle !== title ? [title, shortTitle] : [title];
  const fit = (room: number) =>
    candidates.find((c) => textWidth(c, o.fontSize) <= room) ??
    fitWidth(candidates.at(-1) ?? title, room, o.fontSize);
  const shown = item.x1 - Math.max(item.x0, o.start);
  if (item.shape === 'bar' && (item.x1 >= o.length - 4 || shown >= 120)) {
    const insideX = Math.max(item.x0, o.start) + 4;
    const inside = fit(Math.min(end, item.x1 - 4) - insideX);
    const after = item.x1 < o.length - 4 ? fit(end - item.labelX) : '';
    // Inside when a whole title or short title fits there, or when what fits after the bar is cut
    // shorter; otherwise after the bar.
    const whole = (s: string) => candidates.includes(s);
    if (inside && (whole(inside) || (!whole(after) && inside.length >= after.length))) {
      item.labelX = insideX;
      item.label = inside;
    } else item.label = after;
    return;
  }
  item.label = fit(end - item.labelX);
  // Last in its row, near the axis end, with more room before the mark: the label goes there.
  if (!next && !candidates.includes(item.label)) {
    const before = fit(item.x0 - 4 - (prevEnd + 6));
    if (candidates.includes(before) || before.length > item.label.length) {
      item.label = before;
      item.labelX = item.x0 - 4;
      item.before = true;
    }
  }
}

/** Where an item's drawing ends along the axis: its mark, or its label after it. */
function itemEnd(item: LaneItem, o: PackOptions): number {
  if (item.type !== 'event' || !item.label || item.before || item.labelX < item.x1) return item.x1;
  return item.labelX + textWidth(item.label, o.fontSize);
}

/** Rows of a lane that may be opened to give labels room (more only where marks overlap). */
export const LABEL_ROWS = 3;

/**
 * Where a mark's shortest label would end after it: a label that cannot be read whole is moved
 * to a row with room for it rather than cut. Clusters and bars that carry their label inside
 * need only their own extent.
 */
function labelEnd(item: LaneItem, o: PackOptions): number {
  if (item.type !== 'event') return item.x1;
  if (item.shape === 'bar' && (item.x1 >= o.length - 4 || item.x1 - item.x0 >= 120)) return item.x1;
  const {title, shortTitle} = item.timed.event;
  const shortest = shortTitle && shortTitle.length < title.length ? shortTitle : title;
  return item.labelX + textWidth(shortest, o.fontSize) + 6;
}

/**
 * Lays out one lane: clusters; rows, first fit, each mark in the first of up to LABEL_ROWS rows
 * where its shortest label fits whole before the next mark, else the first where the mark
 * itself fits (and cuts no kept label); then labels in the room each row leaves.
 */
export function packLane(events: readonly TimedEvent[], o: PackOptions): PackedLane {
  const items = clusterPoints(events, o);
  const markEnds: number[] = [];
  const labelEnds: number[] = [];
  // Where a kept label ends in each row: no mark in that row before it.
  const keptEnds: number[] = [];
  const rows: LaneItem[][] = [];
  for (const item of items) {
    let row = labelEnds.findIndex((end, r) => r < LABEL_ROWS && end + 2 <= item.x0);
    if (row < 0 && labelEnds.length < LABEL_ROWS) row = labelEnds.length;
    if (row < 0)
      row = markEnds.findIndex((end, r) => Math.max(end, keptEnds[r] ?? 0) + 2 <= item.x0);
    if (row < 0) row = markEnds.length;
    markEnds[row] = item.x1;
    labelEnds[row] = Math.max(item.x1, labelEnd(item, o));
    keptEnds[row] = item.type === 'event' && o.keep?.(item.timed.event) ? labelEnds[row] : 0;
    item.row = row;
    (rows[row] ??= []).push(item);
  }
  for (const row of rows) {
    row.forEach((item, i) => {
      const prev = row[i - 1];
      if (item.type === 'event') placeLabel(item, row[i + 1], o, prev && itemEnd(prev, o));
    });
  }
  return {items, rows: Math.max(1, rows.length)};
}
