/**
 * Placing one lane's events along a time axis: events too close to tell apart become a cluster
 * with a count, overlapping marks go to rows of their own, and each mark gets as much of its
 * title as fits before the next mark in its row (or none). Labels therefore never overlap. Pure.
 */
import {max, min} from 'd3-array';
import {fitWidth} from '../text.js';
import type {TimedEvent} from './events.js';

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

/**
 * Points and bars, with points that share a cell merged into a cluster. Cells are as wide as a
 * cluster's pill and fixed in time (counted from 1970), so clusters do not churn while the
 * reader pans. Input is in time order.
 */
function clusterPoints(events: readonly TimedEvent[], o: PackOptions): LaneItem[] {
  const cell = 2 * o.clusterR + 10;
  const origin = o.x(0);
  const items: LaneItem[] = [];
  const cells = new Map<number, {members: TimedEvent[]; cx: number}>();
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
  for (const [k, {members, cx}] of cells) {
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
    const x0 = origin + k * cell + 1;
    items.push({
      type: 'cluster',
      members,
      start: min(members, (m) => m.start) ?? 0,
      end: max(members, (m) => m.end) ?? 0,
      x0,
      x1: x0 + cell - 2,
      row: 0,
    });
  }
  return items.sort((a, b) => a.x0 - b.x0);
}

/** Lays out one lane: clusters, rows (first fit), then labels in the room each row leaves. */
export function packLane(events: readonly TimedEvent[], o: PackOptions): PackedLane {
  const items = clusterPoints(events, o);
  const rowEnds: number[] = [];
  const rows: LaneItem[][] = [];
  for (const item of items) {
    let row = rowEnds.findIndex((end) => end + 2 <= item.x0);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = item.x1;
    item.row = row;
    (rows[row] ??= []).push(item);
  }
  for (const row of rows) {
    row.forEach((item, i) => {
      if (item.type !== 'event') return;
      const next = row[i + 1];
      const end = Math.min(next ? next.x0 - 6 : Infinity, o.length);
      // A bar that runs to the end of the axis, or is long, carries its label inside, from
      // where it shows.
      const shown = item.x1 - Math.max(item.x0, o.start);
      if (item.shape === 'bar' && (item.x1 >= o.length - 4 || shown >= 120))
        item.labelX = Math.max(item.x0, o.start) + 4;
      item.label = fitWidth(item.timed.event.title, end - item.labelX, o.fontSize);
    });
  }
  return {items, rows: Math.max(1, rows.length)};
}
