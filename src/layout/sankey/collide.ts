/**
 * Collision tests for Sankey labels: against other labels, node bars and bands. A band is the
 * region between two copies of one cubic curve shifted across the flow (see bands.ts), so at any
 * point along the flow it covers [c − w/2, c + w/2]; the curve is monotone both ways, so over a
 * stretch of the flow it covers [min c − w/2, max c + w/2] exactly. Pure.
 */

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface BandShape {
  /** Where the band leaves its source and meets its target (centre line), page coordinates. */
  from: [number, number];
  to: [number, number];
  /** Drawn width across the flow, px (the wider of core and range). */
  width: number;
  vertical: boolean;
}

export const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const clashes = (box: Box, placed: readonly Box[]) => placed.some((p) => overlaps(box, p));

/** The band's curve as t runs 0 → 1: share of the way along, share of the way across. */
const along = (t: number) => 1.5 * t * (1 - t) + t ** 3;
export const across = (t: number) => 3 * t ** 2 - 2 * t ** 3;

/** Steps of the grid the parameter is found on: 2^32, as 32 halvings of [0, 1] would. */
const GRID = 2 ** 32;

/**
 * The curve parameter where the band is `share` of the way along: the middle of the step of a
 * 2^-32 grid where `along` (which rises) passes `share` — what 32 halvings of [0, 1] find, to
 * the bit. A few Newton steps land on or next to that step, and the grid points either side are
 * checked with the same `along`: three or four evaluations instead of 32 (the bisection was
 * the label placement's largest cost, traced). Exported for its test.
 */
export function paramAt(share: number): number {
  let t = share;
  for (let i = 0; i < 4; i++) t -= (along(t) - share) / (1.5 - 3 * t + 3 * t * t);
  let j = Math.floor(t * GRID);
  if (!(j >= 0)) j = 0;
  else if (j > GRID - 1) j = GRID - 1;
  while (j > 0 && !(along(j / GRID) < share)) j--;
  while (j < GRID - 1 && along((j + 1) / GRID) < share) j++;
  return (j / GRID + (j + 1) / GRID) / 2;
}

/** Whether `box` meets the band anywhere. */
export function boxMeetsBand(box: Box, band: BandShape): boolean {
  // Work in "along, across" coordinates: x and y for the horizontal layout, swapped for vertical.
  // (Read one by one, not destructured from arrays: this runs for every box and band tried.)
  const v = band.vertical;
  const a0 = v ? box.y0 : box.x0;
  const a1 = v ? box.y1 : box.x1;
  const c0 = v ? box.x0 : box.y0;
  const c1 = v ? box.x1 : box.y1;
  const fa = band.from[v ? 1 : 0];
  const fc = band.from[v ? 0 : 1];
  const ta = band.to[v ? 1 : 0];
  const tc = band.to[v ? 0 : 1];
  const lo = Math.max(a0, Math.min(fa, ta));
  const hi = Math.min(a1, Math.max(fa, ta));
  if (lo >= hi) return false;
  // The band never leaves the span between its ends: most boxes are ruled out here, cheaply.
  const h = band.width / 2;
  if (Math.min(fc, tc) - h >= c1 || Math.max(fc, tc) + h <= c0) return false;
  const span = ta - fa || 1;
  const p = fc + (tc - fc) * across(paramAt((lo - fa) / span));
  const q = fc + (tc - fc) * across(paramAt((hi - fa) / span));
  return Math.max(p, q) + h > c0 && Math.min(p, q) - h < c1;
}

/**
 * Bands bucketed by where they run along the flow (50 px slices), so a label is tested only
 * against the bands that pass its slice of the chart: hundreds of nodes stay quick. The answer:
 * whether `box` meets a band that `counts`. A band's piece in several of the box's slices is
 * tried once; a band of several pieces (`shapes`, a flow that skips a column) meets the box
 * where any of them does.
 */
export function bandGrid<T extends {shape: BandShape; shapes?: BandShape[]}>(
  bands: readonly T[]
): (box: Box, counts: (band: T) => boolean) => boolean {
  const SLICE = 50;
  const pieces = bands.flatMap((band) => (band.shapes ?? [band.shape]).map((s) => ({band, s})));
  const grid = new Map<number, number[]>();
  for (const [k, {s}] of pieces.entries()) {
    const a = s.vertical ? s.from[1] : s.from[0];
    const c = s.vertical ? s.to[1] : s.to[0];
    for (let i = Math.floor(Math.min(a, c) / SLICE); i <= Math.floor(Math.max(a, c) / SLICE); i++) {
      const list = grid.get(i);
      if (list) list.push(k);
      else grid.set(i, [k]);
    }
  }
  const vertical = bands[0]?.shape.vertical ?? false;
  // The query each piece was last tried in.
  const tried = new Uint32Array(pieces.length);
  let query = 0;
  return (box, counts) => {
    query++;
    const a0 = vertical ? box.y0 : box.x0;
    const a1 = vertical ? box.y1 : box.x1;
    for (let i = Math.floor(a0 / SLICE); i <= Math.floor(a1 / SLICE); i++)
      for (const k of grid.get(i) ?? []) {
        if (tried[k] === query) continue;
        tried[k] = query;
        const {band, s} = pieces[k] as (typeof pieces)[number];
        if (counts(band) && boxMeetsBand(box, s)) return true;
      }
    return false;
  };
}
