/**
 * Where a map name can go when its economy's shape has no room for it: beside the economy's
 * circle, or off its coast over open sea with a leader to it; which spots the map allows, tested
 * as far as they are needed, and which names cannot both be written. Pure.
 */
import type {Callout} from './callouts.js';
import {span} from './clip.js';
import {textWidth} from '../text.js';

/** Line box of an 11 px label (semibold, so measured as bold). */
export const LINE = 13;
const LABEL_PX = 11;
/** A name's width, by the one text measure (text.ts). */
export const widthOf = (name: string) => textWidth(name, LABEL_PX, true);

/** An economy as the map's names see it: its names, and its shape as drawn. */
export interface Labellable {
  id: string;
  name: string;
  /** A sourced shorter name ("China"), written where the whole name does not fit. */
  short?: string | undefined;
  centroid: [number, number];
  size: [number, number];
  area: number;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The square `half` each side of a point (a circle's centre): its hit square at 12, which names keep off. */
export const squareAround = (c: {x: number; y: number}, half = 12): Box => ({
  x0: c.x - half,
  x1: c.x + half,
  y0: c.y - half,
  y1: c.y + half,
});

/** Whether two boxes overlap. */
export const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The economy drawn at a point of the map, if any (reference.ts, economyAt). */
export type LandAt = (x: number, y: number) => string | undefined;

/** Where a name is written: its text, centre, box and, off a coast, the leader to it. */
export interface Spot {
  text: string;
  x: number;
  y: number;
  box: Box;
  leader?: Segment;
  /** The leader as far as the coast it reaches. */
  reach?: Segment;
  /** Beside a circle: the share of its letters' points on other economies' land (once asked). */
  over?: number;
}

/** Whether two names cannot both be written: their boxes meet, or one's leader crosses the other. */
export const clash = (a: Spot, b: Spot) =>
  meet(a.box, b.box) ||
  (a.reach !== undefined && through(b.box, a.reach)) ||
  (b.reach !== undefined && through(a.box, b.reach));

/**
 * Whether segment `s` runs through the inside of box `b`: its part inside the box (clip.ts's
 * `span`) is more than a point.
 */
export function through(b: Box, [x1, y1, x2, y2]: Segment): boolean {
  const s = span(x1, y1, x2, y2, b.x0, b.y0, b.x1, b.y1);
  return s !== undefined && s[0] < s[1];
}

/**
 * An economy's spots in the order tried (beside its circle, then off its coast), and whether the
 * map allows each, tested once, when first asked: most spots are ruled out by a name already
 * written, found by comparing boxes, before the map's land is asked.
 */
export interface Spots {
  list: readonly Spot[];
  allows: (spot: Spot) => boolean;
}

/** `e`'s spots, with `test` saying which the map allows. */
export function spotsOf(
  e: Labellable,
  c: Callout | undefined,
  offshore: LandAt | undefined,
  test: (spot: Spot) => boolean,
  clear: number
): Spots {
  const tested = new Map<Spot, boolean>();
  return {
    list: [
      ...(c ? besideSpots(c, [e.name, e.short], clear) : []),
      ...(offshore ? offshoreSpots(e, offshore) : []),
    ],
    allows(spot) {
      let ok = tested.get(spot);
      if (ok === undefined) tested.set(spot, (ok = test(spot)));
      return ok;
    },
  };
}

/** How far off its coast a name may be written, px, nearest first. */
const OFFSHORE = [5, 12, 22, 34, 48];
/** The step of the points tried for an economy's coast, px. */
const COAST = 6;

/**
 * Where a name can go off an economy's coast: beside each point of its land, found every 6 px,
 * that has sea next to it (right, left, below or above), out over that sea, nearest the coast
 * first; each with a leader from the name's nearest edge to the coast point.
 */
function offshoreSpots(e: Labellable, anyLandAt: LandAt): Spot[] {
  const [cx, cy] = e.centroid;
  const [sw, sh] = e.size;
  const coast: [number, number, number, number][] = [];
  for (let y = cy - sh; y <= cy + sh; y += COAST)
    for (let x = cx - sw; x <= cx + sw; x += COAST) {
      if (anyLandAt(x, y) !== e.id) continue;
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const)
        if (anyLandAt(x + dx * COAST, y + dy * COAST) === undefined) coast.push([x, y, dx, dy]);
    }
  const texts = [e.name, e.short].flatMap((t) => (t ? [{text: t, w: widthOf(t)}] : []));
  // At each distance, the whole name then the short form, each at its coast points nearest the
  // centroid first (an order a coast a fraction of a pixel off hardly changes, as a scan's would).
  const near = (a: {x: number; y: number}) => Math.hypot(a.x - cx, a.y - cy);
  return OFFSHORE.flatMap((d) =>
    texts.flatMap(({text, w}) =>
      coast
        .map(([px, py, dx, dy]): Spot => {
          const x = px + dx * (d + w / 2 + 2);
          const y = py + dy * (d + LINE / 2 + 3);
          const box = {
            x0: x - w / 2 - 2,
            x1: x + w / 2 + 2,
            y0: y - LINE / 2 - 3,
            y1: y + LINE / 2 + 3,
          };
          // From the name's edge nearest the coast point.
          const ex = Math.min(Math.max(px, box.x0), box.x1);
          const ey = Math.min(Math.max(py, y - LINE / 2), y + LINE / 2);
          const leader: Segment = [ex, ey, px, py];
          return {text, x, y, box, leader};
        })
        .sort((a, b) => near(a) - near(b))
    )
  );
}

/**
 * A leader from a name off the coast to its economy's land, as far as the first land it meets,
 * where that is its economy's and no point of it (tried every 3 px) lies on `blocked` ground;
 * else undefined.
 */
export function coastward(
  line: Segment,
  id: string,
  anyLandAt: LandAt,
  blocked: (p: [number, number]) => boolean
): Segment | undefined {
  for (const point of linePoints(line)) {
    if (blocked(point)) return undefined;
    const at = anyLandAt(...point);
    if (at !== undefined) return at === id ? [line[0], line[1], ...point] : undefined;
  }
  return line;
}

/** Whether a name's box lies over no land at all: tried every 2 px along two lines. */
export function overSea(box: Box, anyLandAt: LandAt): boolean {
  // letterPoints(box, 2, 4), tested as they are made: most boxes tried meet land.
  const n = Math.max(2, Math.ceil((box.x1 - box.x0) / 2));
  const mid = (box.y0 + box.y1) / 2;
  for (let i = 0; i <= n; i++) {
    const x = box.x0 + ((box.x1 - box.x0) * i) / n;
    if (anyLandAt(x, mid - 4) !== undefined || anyLandAt(x, mid + 4) !== undefined) return false;
  }
  return true;
}

/** A line from x1, y1 to x2, y2. */
export type Segment = readonly [number, number, number, number];

/** Points every `step` px (or a little less) along a line, both ends included. */
export function linePoints([x1, y1, x2, y2]: Segment, step = 3): [number, number][] {
  const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / step));
  return Array.from({length: n + 1}, (_, i) => [
    x1 + ((x2 - x1) * i) / n,
    y1 + ((y2 - y1) * i) / n,
  ]);
}

/**
 * Where a name can go beside a callout's circle, in the order tried: right, left, below, above,
 * then half a line off level at either side; at each, the first of `texts` (the whole name),
 * then the others (its short form). A number, then, at the circle's corners and a step further
 * out: Hong Kong, China's circle on the default map of a 375 px phone had no room at its sides.
 */
function besideSpots(c: Callout, texts: readonly (string | undefined)[], clear: number): Spot[] {
  const gap = clear + 2;
  // Right, left, below, above; then half a line up or down at either side, the name's end
  // still level with the circle.
  const sides = (w: number): [number, number][] => [
    [c.x + gap + w / 2, c.y],
    [c.x - gap - w / 2, c.y],
    [c.x, c.y + gap + LINE / 2 + 1],
    [c.x, c.y - gap - LINE / 2 - 1],
    [c.x + gap + w / 2, c.y - LINE / 2],
    [c.x + gap + w / 2, c.y + LINE / 2],
    [c.x - gap - w / 2, c.y - LINE / 2],
    [c.x - gap - w / 2, c.y + LINE / 2],
    // A number's (placed with less than a hit square's clearance): at a corner, and a step
    // further out at each side.
    [c.x + gap + w / 2, c.y - gap - LINE / 2 + 1],
    [c.x - gap - w / 2, c.y - gap - LINE / 2 + 1],
    [c.x + gap + w / 2, c.y + gap + LINE / 2 - 1],
    [c.x - gap - w / 2, c.y + gap + LINE / 2 - 1],
    [c.x + gap + w / 2 + 6, c.y],
    [c.x - gap - w / 2 - 6, c.y],
    [c.x, c.y + gap + LINE / 2 + 7],
    [c.x, c.y - gap - LINE / 2 - 7],
  ];
  const named = texts.flatMap((text) => (text ? [{text, w: widthOf(text)}] : []));
  return [...Array(clear < 12 ? 16 : 8).keys()].flatMap((side) =>
    named.map(({text, w}) => {
      const [x, y] = sides(w)[side] as [number, number];
      // Taller than the line by 3 px at each side: drawn, 11 px letters take 15 px (ascent and
      // descent), so a name written a line from another would touch it.
      const box = {
        x0: x - w / 2 - 2,
        x1: x + w / 2 + 2,
        y0: y - LINE / 2 - 3,
        y1: y + LINE / 2 + 3,
      };
      return {text, x, y, box};
    })
  );
}

export const inBox = ([x, y]: [number, number], b: Box) =>
  x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/** Points every 3 px along a callout's leader line, from the economy to the circle. */
export const leaderPoints = (c: Callout): [number, number][] => linePoints([...c.from, c.x, c.y]);
