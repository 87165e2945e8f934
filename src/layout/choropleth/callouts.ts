/**
 * Callouts for economies too small to see or hover: a circle beside the economy with a leader
 * line to it. Each circle goes to the nearest of a fan of spots away from the middle of the
 * focus region that is on the map, a tap apart from the circles placed before it, clear of the
 * names of the larger economies beside it, and on open water: a circle on another economy's
 * land, in the colour of its own value, is read as that economy's (Viet Nam's on Thailand, at
 * 1280 px, before). Where such water is far off, a circle may sit against the economy's own
 * land; failing that, an economy large enough to see gets no circle, only a touch target on its
 * shape (`inPlace`). Pure and deterministic.
 */
import type {EconomyShape} from './geo.js';
import {CONTROLS, meet, type Box} from './labels.js';

/** Always called out, whatever the size: too small to find on any map of the region. */
export const ALWAYS_CALLED_OUT = ['SG', 'HK', 'BN'];

export interface Callout {
  id: string;
  /** Where the leader line starts (the economy). */
  from: [number, number];
  /** Centre of the circle. */
  x: number;
  y: number;
  r: number;
  /**
   * No circle: the economy is drawn large enough to see, but its circle could only go far off
   * (Malaysia's, south of Java), so its touch target is a hit circle on its own shape at (x, y).
   */
  inPlace?: true;
}

export interface CalloutOptions {
  width: number;
  height: number;
  /** Economies with a projected area below this (px²) get a callout. Default 12 (about 3.5 × 3.5 px). */
  minArea?: number;
  /**
   * Economies whose box is narrower or shorter than this (px) get a callout, so every economy in
   * focus has a touch target at least this big (a callout's hit circle is this wide). Default 24.
   */
  minTarget?: number;
  radius?: number;
  /**
   * Where the economies that are not called out will write their names (labels.ts, nameBox):
   * circles are pushed off them, so that a crowd of small economies on a coast does not leave
   * the large one beside them unnamed.
   */
  keepClear?: readonly (Box & {id: string})[];
  /**
   * The economy drawn at a point of the map, if any, or CONTEXT_LAND on land of none (reference.ts,
   * economyAt): a circle is placed where it covers no other land, so that it is not read as the
   * mark of that economy or country.
   */
  landAt?: ((x: number, y: number) => string | undefined) | undefined;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/** How far a circle may go from its economy, in radii: the nearest first. */
const REACH = [3.5, 5, 7, 9, 11, 14];
/** Spots within this many radii of their economy count as near (which economies go first). */
const NEAR = 5;
/** Turns from the outward direction tried at each reach, degrees: the nearest first. */
const TURNS = [0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180];
/**
 * An economy drawn with at least this area (px², about 6 × 6 px) can be seen on its own: where
 * its circle could only go far off, it has none, only a touch target on its shape (inPlace).
 */
const VISIBLE = 40;
/** Reaches, in radii, of the spots on or against an economy's own land (see placeCallouts). */
const CLOSE = [0, 1, 2];
/** How many of an economy's spots are near (within NEAR radii): the first ones. */
const NEARBY = TURNS.length * REACH.filter((k) => k <= NEAR).length;

/** The centre of a circle at (x, y), eight points on its rim and four halfway in. */
const circlePoints = (x: number, y: number, r: number): [number, number][] => [
  [x, y],
  ...Array.from({length: 12}, (_, i): [number, number] => {
    const [k, a] = i < 8 ? [r, (i * Math.PI) / 4] : [r / 2, Math.PI / 8 + ((i - 8) * Math.PI) / 2];
    return [x + k * Math.cos(a), y + k * Math.sin(a)];
  }),
];

/**
 * Callouts in the order of their ISO codes (upper-case ASCII: code-unit order is the order), so
 * that their placement does not depend on the order of the shapes. Not localeCompare: the first
 * call loads ICU's collation data, 8 ms of a map's first drawing on a fresh page (profiled).
 */
export const byCode = (a: {id: string}, b: {id: string}) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function placeCallouts(shapes: readonly EconomyShape[], options: CalloutOptions): Callout[] {
  const {width, height} = options;
  const minArea = options.minArea ?? 12;
  const r = options.radius ?? Math.max(5, Math.min(8, width / 90));
  const focus = shapes.filter((s) => s.inFocus);
  const minTarget = options.minTarget ?? 24;
  const small = focus.filter(
    (s) => ALWAYS_CALLED_OUT.includes(s.id) || s.area < minArea || Math.min(...s.size) < minTarget
  );
  if (!small.length) return [];
  const cx = focus.reduce((sum, s) => sum + s.centroid[0], 0) / focus.length;
  const cy = focus.reduce((sum, s) => sum + s.centroid[1], 0) / focus.length;
  const called = new Set(small.map((s) => s.id));
  const clear = (options.keepClear ?? []).filter((b) => !called.has(b.id));
  // Hit circles (minTarget wide) apart, so a tap lands on one economy only.
  const gap = Math.max(r * 2 + 3, minTarget + 2);
  const half = minTarget / 2;
  const {landAt} = options;
  /**
   * Whether a circle at (x, y) covers land of an economy other than `id`: its centre, eight
   * points on its rim and four halfway (an islet inside it touches no point of the rim).
   */
  const onLand = (x: number, y: number, id: string) =>
    landAt !== undefined &&
    circlePoints(x, y, r).some(([px, py]) => {
      const at = landAt(px, py);
      return at !== undefined && at !== id;
    });
  const placed: Callout[] = [];
  // On the map, and off the corner the zoom buttons cover (a view zoomed in put circles there).
  const inMap = (x: number, y: number) =>
    x >= r + 1 &&
    x <= width - r - 1 &&
    y >= r + 1 &&
    y <= height - r - 1 &&
    (x < width - CONTROLS[0] - r || y > CONTROLS[1] + r);
  /** Whether a circle at (x, y) is on the map and a tap apart from the circles placed. */
  const apart = (x: number, y: number) =>
    inMap(x, y) && placed.every((c) => Math.hypot(c.x - x, c.y - y) >= gap);
  /** …and clear of the names of the economies that are not called out. */
  const free = (x: number, y: number) =>
    apart(x, y) && !clear.some((b) => meet(nameZone(x, y, half), b));
  // Each economy's spots: away from the middle of the focus, turned as little as it takes, the
  // nearest reach first; and which of them are open water (on the map, off other land).
  const choices = [...small].sort(byCode).map((s) => {
    const [x, y] = s.centroid;
    let dx = x - cx;
    let dy = y - cy;
    const len = Math.hypot(dx, dy) || 1;
    [dx, dy] = len < 1 ? [0, 1] : [dx / len, dy / len];
    const ring = (reach: number) =>
      TURNS.map((turn): [number, number] => {
        const [cos, sin] = [Math.cos((turn * Math.PI) / 180), Math.sin((turn * Math.PI) / 180)];
        // To the tenth of a pixel, as circles are drawn: a spot tested is the spot drawn.
        return [
          tenth(x + (dx * cos - dy * sin) * reach * r),
          tenth(y + (dx * sin + dy * cos) * reach * r),
        ];
      });
    const spots = REACH.flatMap(ring);
    const close = CLOSE.flatMap(ring);
    // Whether each spot is open water, found when first asked (most economies stop early).
    const open: (boolean | undefined)[] = [];
    const isOpen = (i: number) => {
      const [px = 0, py = 0] = spots[i] ?? [];
      return (open[i] ??= inMap(px, py) && !onLand(px, py, s.id));
    };
    // How crowded it is: spots near it whose centre is on the map and off other land.
    let near = 0;
    for (const [px = 0, py = 0] of spots.slice(0, NEARBY)) {
      if (!inMap(px, py)) continue;
      const at = landAt?.(px, py);
      if (at === undefined || at === s.id) near++;
    }
    return {s, spots, close, isOpen, near};
  });
  // The economies with the fewest open spots near them first (a coast crowded with neighbours),
  // each circle at its first open spot still free (clear of names and of the circles placed),
  // else the first spot still free, else the first a tap apart from the others, else its first
  // (kept on the map).
  for (const {s, spots, close, isOpen} of choices.sort(
    (a, b) => a.near - b.near || byCode(a.s, b.s)
  )) {
    const [x, y] = s.centroid;
    // Where the nearest open water is far off (a crowded coast on a phone), the circle may sit
    // on or against the economy's own land, covering no other's: a circle south of Java, its
    // leader drawn across Indonesia, was read as Malaysia's.
    const water = spots.findIndex(([px, py], i) => free(px, py) && isOpen(i));
    const far = water < 0 || water >= NEARBY;
    const own = far ? close.find(([px, py]) => free(px, py) && !onLand(px, py, s.id)) : undefined;
    // Else an economy drawn large enough to see keeps its shape as its mark, without a circle far
    // off: its touch target on its own land, its centre outside the circles' targets (drawn under
    // them, it yields them the taps where they overlap), else the circle.
    const target =
      far && !own && s.area >= VISIBLE && !ALWAYS_CALLED_OUT.includes(s.id)
        ? [[x, y] as [number, number], ...close].find(
            ([px, py]) =>
              inMap(px, py) &&
              placed.every((c) => c.inPlace || Math.hypot(c.x - px, c.y - py) >= half) &&
              (landAt?.(px, py) ?? s.id) === s.id
          )
        : undefined;
    if (target) {
      placed.push({id: s.id, from: [x, y], x: target[0], y: target[1], r, inPlace: true});
      continue;
    }
    const [px, py] = own ??
      spots[water] ??
      spots.find(([px, py]) => free(px, py)) ??
      spots.find(([px, py]) => apart(px, py)) ?? [
        Math.min(width - r - 1, Math.max(r + 1, spots[0]?.[0] ?? x)),
        Math.min(height - r - 1, Math.max(r + 1, spots[0]?.[1] ?? y)),
      ];
    placed.push({id: s.id, from: [x, y], x: px, y: py, r});
  }
  placed.sort(byCode);
  return placed;
}

/**
 * A circle's hit square (`half` each side of its centre), widened at each side by the gap at
 * which a called-out economy's own name is written beside its circle (labels.ts): a circle kept
 * this clear of other economies' names is not read as the mark of the name beside it.
 */
const NAME_GAP = 14;
const nameZone = (x: number, y: number, half: number): Box => ({
  x0: x - half - NAME_GAP,
  x1: x + half + NAME_GAP,
  y0: y - half,
  y1: y + half,
});
