/**
 * The map's colour ramps for values: ColorBrewer's single-hue schemes (Cynthia Brewer,
 * colorbrewer2.org; nine classes, the colours d3-scale-chromatic ships) and viridis, each a
 * function of t in [0, 1].
 *
 * d3-scale-chromatic's `interpolateBlues` and kin give the same colours, but through
 * d3-interpolate's B-spline and d3-color's parser and formatter, and importing any of them keeps
 * all four ramps' set-up calls in the bundle: about 6 kB gzip on a map page for four ramps of
 * nine colours. So the nine colours are written here and the same spline drawn through them; a
 * unit test checks that every ramp gives d3-scale-chromatic's colour string at any t. Viridis is
 * its table of 256 colours (0.7 kB gzip), in viridis.ts, a chunk loaded only by a map that asks
 * for it: d3-scale-chromatic's module for it holds magma, inferno and plasma as well (3 kB gzip,
 * kept whole however little of it is used).
 */

/** The uniform cubic B-spline's weights of four points at s in [0, 1] between the middle two. */
function spline(s: number, p0: number, p1: number, p2: number, p3: number): number {
  const s2 = s * s;
  const s3 = s2 * s;
  return (
    ((1 - 3 * s + 3 * s2 - s3) * p0 +
      (4 - 6 * s2 + 3 * s3) * p1 +
      (1 + 3 * s + 3 * s2 - 3 * s3) * p2 +
      s3 * p3) /
    6
  );
}

/** One channel through `points`, t in [0, 1]; the ends extended by reflection. */
function channel(points: readonly number[]): (t: number) => number {
  const n = points.length - 1;
  return (t) => {
    const at = t <= 0 ? 0 : t >= 1 ? 1 : t;
    const i = at === 1 ? n - 1 : Math.floor(at * n);
    const p1 = points[i] ?? 0;
    const p2 = points[i + 1] ?? p1;
    const p0 = i > 0 ? (points[i - 1] ?? p1) : 2 * p1 - p2;
    const p3 = i < n - 1 ? (points[i + 2] ?? p2) : 2 * p2 - p1;
    return spline((at - i / n) * n, p0, p1, p2, p3);
  };
}

const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v) || 0));

/** A smooth ramp through hex colours (`#rrggbb`), as `rgb(r, g, b)`. */
export function rgbRamp(hexes: readonly string[]): (t: number) => string {
  const [r, g, b] = [0, 2, 4].map((at) =>
    channel(hexes.map((h) => parseInt(h.slice(1 + at, 3 + at), 16)))
  ) as [(t: number) => number, (t: number) => number, (t: number) => number];
  return (t) => `rgb(${byte(r(t))}, ${byte(g(t))}, ${byte(b(t))})`;
}

/** A ramp: t in [0, 1] (0 the palest, 1 the darkest) → a colour. */
export type Ramp = (t: number) => string;

/** Single-hue ramps: all readable with the common colour-vision deficiencies. */
const SINGLE_HUE = {
  blues: rgbRamp([
    '#f7fbff',
    '#deebf7',
    '#c6dbef',
    '#9ecae1',
    '#6baed6',
    '#4292c6',
    '#2171b5',
    '#08519c',
    '#08306b',
  ]),
  greens: rgbRamp([
    '#f7fcf5',
    '#e5f5e0',
    '#c7e9c0',
    '#a1d99b',
    '#74c476',
    '#41ab5d',
    '#238b45',
    '#006d2c',
    '#00441b',
  ]),
  purples: rgbRamp([
    '#fcfbfd',
    '#efedf5',
    '#dadaeb',
    '#bcbddc',
    '#9e9ac8',
    '#807dba',
    '#6a51a3',
    '#54278f',
    '#3f007d',
  ]),
  oranges: rgbRamp([
    '#fff5eb',
    '#fee6ce',
    '#fdd0a2',
    '#fdae6b',
    '#fd8d3c',
    '#f16913',
    '#d94801',
    '#a63603',
    '#7f2704',
  ]),
} as const;

/** The schemes a map may ask for: the single-hue ramps and viridis (viridis.ts). */
export const SCHEMES = [
  ...(Object.keys(SINGLE_HUE) as (keyof typeof SINGLE_HUE)[]),
  'viridis',
] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * A scheme's ramp. Viridis's comes from its chunk (viridis.ts's `viridis`, given once loaded),
 * yellow at 0 to purple at 1; without it, blues.
 */
export function rampOf(scheme: Scheme, viridis?: Ramp): Ramp {
  if (scheme !== 'viridis') return SINGLE_HUE[scheme];
  return viridis ? (t) => viridis(1 - t) : SINGLE_HUE.blues;
}
