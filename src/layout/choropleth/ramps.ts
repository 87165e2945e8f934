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
 * its table of 256 colours (0.7 kB gzip), here too: d3-scale-chromatic's module for it holds
 * magma, inferno and plasma as well (3 kB gzip, kept whole however little of it is used).
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

/**
 * Viridis (Stéfan van der Walt and Nathaniel Smith, for matplotlib), dark purple to yellow: 256
 * colours as `rrggbb`, the table d3-scale-chromatic samples.
 */
const VIRIDIS =
  '44015444025645045745055946075a46085c460a5d460b5e470d60470e61471063471164471365481467' +
  '48166848176948186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677' +
  '482878482979472a7a472c7a472d7b472e7c472f7d46307e46327e46337f463480453581453781453882' +
  '443983443a83443b84433d84433e85423f854240864241864142874144874045884046883f47883f4889' +
  '3e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b3b528b3a538b3a548c39558c39568c38588c' +
  '38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d33638d32648e32658e31668e' +
  '31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e2c728e2c738e' +
  '2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e' +
  '26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d' +
  '218f8d21908d21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a' +
  '1e9c891e9d891f9e891f9f881fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a884' +
  '23a98324aa8325ab8225ac8226ad8127ad8128ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b' +
  '32b67a34b67935b77937b87838b9773aba763bbb753dbc743fbc7340bd7242be7144bf7046c06f48c16e' +
  '4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc8635ec96260ca6063cb5f65cb5e' +
  '67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d84d44b86d549' +
  '89d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32' +
  'addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11c' +
  'd2e21bd5e21ad8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61e' +
  'f6e620f8e621fbe723fde725';

/** t in [0, 1] → the nearest of a table's colours (`rrggbb` after one another), as `#rrggbb`. */
function tableRamp(colours: string): (t: number) => string {
  const n = colours.length / 6;
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor(t * n)));
    return `#${colours.slice(i * 6, i * 6 + 6)}`;
  };
}
const viridis = tableRamp(VIRIDIS);

/** Single-hue ramps and viridis: all readable with the common colour-vision deficiencies. */
export const SCHEMES = {
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
  viridis: (t: number) => viridis(1 - t),
} as const;
export type Scheme = keyof typeof SCHEMES;
