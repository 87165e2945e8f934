/**
 * Planar shapes cut to a panel's rectangle: the part of each polygon and line inside it, the same
 * land as d3's geoClipRectangle gives, in a kilobyte where d3's general clipping machinery and
 * its streams took about two on the map's page. A polygon that a panel's edge cuts is cut into
 * the pieces inside, joined along the edge where the polygon lies beside it, never across the sea
 * between two pieces: a selected economy's outline follows only its own coast. (Where a polygon
 * covers the whole panel, the panel's outline winds as the polygon does, so a hole stays a hole;
 * d3 writes it one way round whatever the polygon's winding.) Pure.
 */
import type {Position} from 'geojson';
import {contains, type Bounds} from './projected.js';

/**
 * The part of the segment from (x1, y1) to (x2, y2) inside the box from (bx0, by0) to (bx1, by1)
 * (Liang and Barsky's clip): its start and end as fractions of the segment, or undefined where
 * none of it is inside.
 */
export function span(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  bx0: number,
  by0: number,
  bx1: number,
  by1: number
): [number, number] | undefined {
  let t0 = 0;
  let t1 = 1;
  // One side: the segment's part on its inner side (false: none, parallel to it and outside).
  const side = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    return true;
  };
  return side(x1 - x2, x1 - bx0) &&
    side(x2 - x1, bx1 - x1) &&
    side(y1 - y2, y1 - by0) &&
    side(y2 - y1, by1 - y1) &&
    t0 <= t1
    ? [t0, t1]
    : undefined;
}

/** Where a point on a box's edge lies along it, clockwise on screen from its top left: 0 to 4. */
function around([x, y]: Position, [[x0, y0], [x1, y1]]: Bounds): number {
  // How far inside each edge it is (top, right, bottom, left); it lies on the nearest, as far
  // along it as it is inside the edge before.
  const gaps = [(y as number) - y0, x1 - (x as number), y1 - (y as number), (x as number) - x0];
  const edge = gaps.indexOf(Math.min(...gaps));
  const along = (gaps[(edge + 3) % 4] as number) / (edge % 2 ? y1 - y0 : x1 - x0);
  return (edge + Math.min(1, Math.max(0, along))) % 4;
}

/** A stretch of a ring inside the box, from where it comes in to where it goes out. */
interface Run {
  points: Position[];
  from: number;
  to: number;
}

/**
 * The stretches inside the box of a ring or line (scaled by `k`, moved by `tx`, `ty`): each
 * entered or left on the box's edge; a ring wholly inside comes back whole with `whole`.
 */
function runsOf(
  line: readonly Position[],
  box: Bounds,
  k: number,
  tx: number,
  ty: number,
  closed: boolean
): {runs: Position[][]; whole: boolean} {
  const [[bx0, by0], [bx1, by1]] = box;
  const points = line.map((p) => [(p[0] as number) * k + tx, (p[1] as number) * k + ty]);
  const out = (p: Position) =>
    (p[0] as number) < bx0 ||
    (p[0] as number) > bx1 ||
    (p[1] as number) < by0 ||
    (p[1] as number) > by1;
  // A ring is walked from a point outside it, so no stretch inside wraps round its end.
  const start = closed ? points.findIndex(out) : 0;
  if (start < 0) return {runs: [points], whole: true};
  const n = closed ? points.length - 1 : points.length;
  const runs: Position[][] = [];
  let run: Position[] | undefined;
  for (let i = closed ? 0 : 1; i < n; i++) {
    const a = points[closed ? (start + i) % n : i - 1] as Position;
    const b = points[closed ? (start + i + 1) % n : i] as Position;
    const [ax, ay, bx, by] = [a[0] as number, a[1] as number, b[0] as number, b[1] as number];
    const s = span(ax, ay, bx, by, bx0, by0, bx1, by1);
    // Outside, or only touching the edge at one point from outside.
    if (!s || (!run && s[0] === s[1])) continue;
    const at = (t: number): Position => [ax + (bx - ax) * t, ay + (by - ay) * t];
    if (!run || s[0] > 0) runs.push((run = [s[0] > 0 ? at(s[0]) : a]));
    run.push(s[1] < 1 ? at(s[1]) : b);
    if (s[1] < 1) run = undefined;
  }
  return {runs, whole: false};
}

/** The box's corner `c` (0 top left, then clockwise; 4 is 0 again). */
const corner = ([[x0, y0], [x1, y1]]: Bounds, c: number): Position =>
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ][c % 4] as Position;

/** Twice the signed area of a closed ring: above 0 when it runs clockwise on screen. */
function winding(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const p = ring[i - 1] as Position;
    const q = ring[i] as Position;
    sum += (p[0] as number) * (q[1] as number) - (q[0] as number) * (p[1] as number);
  }
  return sum;
}

/**
 * The polygon (its outer ring first, then its holes; rings closed), scaled by `k` and moved by
 * `tx`, `ty`, cut to the box: the rings of what is inside it (none where nothing is), winding as
 * the polygon's did. Pieces a ring leaves inside are closed along the box's edge to the next
 * place a ring comes back in, clockwise for a clockwise polygon.
 */
export function clipPolygon(
  polygon: Position[][],
  box: Bounds,
  k = 1,
  tx = 0,
  ty = 0
): Position[][] {
  const clockwise = winding(polygon[0] ?? []) >= 0;
  const rings: Position[][] = [];
  const runs: Run[] = [];
  for (const ring of polygon) {
    const cut = runsOf(clockwise ? ring : [...ring].reverse(), box, k, tx, ty, true);
    if (cut.whole) rings.push(...cut.runs);
    else
      for (const points of cut.runs)
        runs.push({
          points,
          from: around(points[0] as Position, box),
          to: around(points[points.length - 1] as Position, box),
        });
  }
  if (!runs.length) {
    // No ring crosses the edge: the box is wholly inside the polygon, or wholly outside it.
    const [[x0, y0]] = box;
    if (contains([polygon], (x0 + 1e-6 - tx) / k, (y0 + 1e-6 - ty) / k))
      rings.unshift([0, 1, 2, 3, 0].map((c) => corner(box, c)));
  } else {
    const open = new Set(runs);
    for (const first of runs) {
      if (!open.has(first)) continue;
      const ring: Position[] = [];
      let run = first;
      for (;;) {
        open.delete(run);
        ring.push(...run.points);
        // The next place a ring comes in, going clockwise along the edge from where this one left.
        const gap = (r: Run) => {
          const g = (r.from - run.to + 4) % 4;
          return g > 4 - 1e-9 ? 0 : g;
        };
        const next = runs.reduce((a, b) => (gap(b) < gap(a) ? b : a));
        const end = run.to + gap(next);
        for (let c = Math.floor(run.to) + 1; c < end; c++) ring.push(corner(box, c));
        if (next === first || !open.has(next)) break;
        run = next;
      }
      ring.push(ring[0] as Position);
      rings.push(ring);
    }
  }
  return clockwise ? rings : rings.map((ring) => ring.reverse());
}

/** Lines scaled by `k`, moved by `tx`, `ty` and cut to the box: the stretches inside it. */
export function clipLines(
  lines: readonly Position[][],
  box: Bounds,
  k = 1,
  tx = 0,
  ty = 0
): Position[][] {
  return lines.flatMap((line) => runsOf(line, box, k, tx, ty, false).runs);
}
