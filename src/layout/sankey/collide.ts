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
const across = (t: number) => 3 * t ** 2 - 2 * t ** 3;

/** The curve parameter where the band is `share` of the way along (bisection; `along` rises). */
function paramAt(share: number): number {
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 32; i++) {
    const mid = (lo + hi) / 2;
    if (along(mid) < share) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Whether `box` meets the band anywhere. */
export function boxMeetsBand(box: Box, band: BandShape): boolean {
  // Work in "along, across" coordinates: x and y for the horizontal layout, swapped for vertical.
  const v = band.vertical;
  const [a0, a1] = v ? [box.y0, box.y1] : [box.x0, box.x1];
  const [c0, c1] = v ? [box.x0, box.x1] : [box.y0, box.y1];
  const [fa, fc] = v ? [band.from[1], band.from[0]] : band.from;
  const [ta, tc] = v ? [band.to[1], band.to[0]] : band.to;
  const lo = Math.max(a0, Math.min(fa, ta));
  const hi = Math.min(a1, Math.max(fa, ta));
  if (lo >= hi) return false;
  // The band never leaves the span between its ends: most boxes are ruled out here, cheaply.
  const h0 = band.width / 2;
  if (Math.min(fc, tc) - h0 >= c1 || Math.max(fc, tc) + h0 <= c0) return false;
  const span = ta - fa || 1;
  const centre = (a: number) => fc + (tc - fc) * across(paramAt((a - fa) / span));
  const [p, q] = [centre(lo), centre(hi)];
  const h = band.width / 2;
  return Math.max(p, q) + h > c0 && Math.min(p, q) - h < c1;
}

/**
 * Bands bucketed by where they run along the flow (50 px slices), so a label is tested only
 * against the bands that pass its slice of the chart: hundreds of nodes stay quick. The answer:
 * whether `box` meets a band that `counts`.
 */
export function bandGrid<T extends {shape: BandShape}>(
  bands: readonly T[]
): (box: Box, counts: (band: T) => boolean) => boolean {
  const SLICE = 50;
  const grid = new Map<number, T[]>();
  for (const b of bands) {
    const s = b.shape;
    const [a, c] = s.vertical ? [s.from[1], s.to[1]] : [s.from[0], s.to[0]];
    for (let i = Math.floor(Math.min(a, c) / SLICE); i <= Math.floor(Math.max(a, c) / SLICE); i++) {
      const list = grid.get(i);
      if (list) list.push(b);
      else grid.set(i, [b]);
    }
  }
  const vertical = bands[0]?.shape.vertical ?? false;
  return (box, counts) => {
    const [a0, a1] = vertical ? [box.y0, box.y1] : [box.x0, box.x1];
    for (let i = Math.floor(a0 / SLICE); i <= Math.floor(a1 / SLICE); i++)
      for (const b of grid.get(i) ?? []) if (counts(b) && boxMeetsBand(box, b.shape)) return true;
    return false;
  };
}
