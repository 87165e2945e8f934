/**
 * Economy names on the map where they fit: inside the economy's box with room to spare, clear
 * of every other name and of the callout circles, larger economies first; then the called-out
 * economies beside their circles. Where the whole name does not fit, an economy's sourced short
 * form does ("China"). The rest are left off (each is still named by its accessible name, the
 * tooltip and the table). Pure.
 */
import {byCode, type Callout} from './callouts.js';
import {textWidth} from '../text.js';

/** Line box of an 11 px label (semibold, so measured as bold). */
const LINE = 13;
const LABEL_PX = 11;
/** A name's width, by the one text measure (text.ts). */
const widthOf = (name: string) => textWidth(name, LABEL_PX, true);
/** Width and height of the corner the zoom buttons cover (core/zoom-buttons.ts), px. */
export const CONTROLS = [40, 100] as const;

export interface MapLabel {
  id: string;
  text: string;
  /** Centre of the text: x, and the baseline y. */
  x: number;
  y: number;
  /** A name written off its economy's coast: the line from the name to the economy. */
  leader?: readonly [number, number, number, number] | undefined;
}

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
/** Whether two boxes overlap. */
export const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The economy drawn at a point of the map, if any (reference.ts, economyAt). */
export type LandAt = (x: number, y: number) => string | undefined;

/**
 * Points every `step` px or so along two lines through a name's letters (its box less its halo),
 * `off` px either side of its middle.
 */
function letterPoints(box: Box, step = 10, off = 3): [number, number][] {
  const n = Math.max(2, Math.ceil((box.x1 - box.x0) / step));
  const mid = (box.y0 + box.y1) / 2;
  return Array.from({length: n + 1}, (_, i) => box.x0 + ((box.x1 - box.x0) * i) / n).flatMap(
    (x): [number, number][] => [
      [x, mid - off],
      [x, mid + off],
    ]
  );
}

/**
 * The share of a name's box (the text and its halo) over land of an economy other than `id`, at
 * its letterPoints; counting stops once it is over `most`.
 */
function otherLand(box: Box, id: string, landAt: LandAt | undefined, most = 1): number {
  if (!landAt) return 0;
  const points = letterPoints(box);
  let other = 0;
  for (const [x, y] of points) {
    const at = landAt(x, y);
    if (at !== undefined && at !== id && ++other / points.length > most) break;
  }
  return other / points.length;
}

/**
 * Where a name is tried, nearest first: on the centroid, then shifted by lines up or down and by
 * quarters of its width to either side (in names' widths and lines).
 */
const SHIFTS: readonly (readonly [number, number])[] = [0, -1, 1, -2, 2, -3, 3]
  .flatMap((dy) => [0, -0.25, 0.25].map((dx) => [dx, dy] as const))
  .sort((a, b) => Math.hypot(a[0] * 4, a[1]) - Math.hypot(b[0] * 4, b[1]));

/**
 * A name may be this much wider than its economy's box: it runs out over the sea beside a coast
 * (kept mostly off other land below), so that a coastal economy on a phone is named.
 */
const WIDER = 1.5;

/** A name may lie this much on a neighbour's land (a coast, a border it crosses at one end). */
const OVER_NEIGHBOUR = 0.3;

/**
 * Where `e`'s name (else its short name) goes inside it: centred on its centroid, else the
 * nearest of a few spots around it (SHIFTS), where its box, less a margin,
 * holds the name, the name stays on the map and lies mostly off other economies' land (a long
 * thin economy's name would run into its neighbour and be read as the neighbour's); else
 * undefined.
 */
export function nameBox(
  e: Labellable,
  {width, height}: {width: number; height: number},
  landAt?: LandAt
): (Box & {text: string; x: number; y: number}) | undefined {
  const text = [e.name, e.short].find(
    (t) => t !== undefined && widthOf(t) + 8 <= e.size[0] * WIDER && LINE + 6 <= e.size[1]
  );
  if (text === undefined) return undefined;
  const w = widthOf(text);
  const [cx, cy] = e.centroid;
  for (const [dx, dy] of SHIFTS) {
    const [x, y] = [cx + dx * w, cy + dy * LINE];
    const box = {x0: x - w / 2 - 2, x1: x + w / 2 + 2, y0: y - LINE / 2, y1: y + LINE / 2};
    if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
    if (otherLand(box, e.id, landAt, OVER_NEIGHBOUR) > OVER_NEIGHBOUR) continue;
    // …and partly on its own land: a name wholly over the sea named no coast of its own (Lao
    // PDR's, landlocked, went out over the Gulf of Thailand, below Thailand's).
    if (!landAt || onOwnLand(box, e.id, landAt)) return {...box, text, x, y};
  }
  return undefined;
}

/** Whether any of a name's letterPoints lies over `id`'s own land. */
const onOwnLand = (box: Box, id: string, landAt: LandAt) =>
  letterPoints(box).some(([x, y]) => landAt(x, y) === id);

export function placeMapLabels(
  economies: readonly Labellable[],
  callouts: readonly Callout[],
  {width, height}: {width: number; height: number},
  {
    landAt,
    boxes,
    valued,
    anyLandAt,
  }: {
    /** The economy drawn at a point (reference.ts, economyAt), for names beside their circles. */
    landAt?: LandAt | undefined;
    /** Each economy's nameBox, when the caller has made them already (layout.ts). */
    boxes?: ReadonlyMap<string, ReturnType<typeof nameBox>> | undefined;
    /**
     * The economies with a value, named before those without where names compete for room (a
     * map of own data named its no-data circles and left its two valued ones unnamed).
     */
    valued?: ReadonlySet<string> | undefined;
    /**
     * Land of any economy or country at a point (economyAt with context land): a name written off
     * a coast (offshoreSpots) goes over the sea only.
     */
    anyLandAt?: LandAt | undefined;
  } = {}
): MapLabel[] {
  const rank = (id: string) => (valued && !valued.has(id) ? 1 : 0);
  const called = new Set(callouts.map((c) => c.id));
  const taken: Box[] = [
    // The circles' hit squares (a target on an economy's own shape is unseen: names may cover it).
    ...callouts.flatMap((c) =>
      c.inPlace ? [] : [{x0: c.x - 12, x1: c.x + 12, y0: c.y - 12, y1: c.y + 12}]
    ),
    // The zoom buttons over the top right corner (three 28 px buttons, 4 px in).
    {x0: width - CONTROLS[0], x1: width, y0: 0, y1: CONTROLS[1]},
  ];
  const out: MapLabel[] = [];
  const byId = new Map(economies.map((e) => [e.id, e]));
  const leaders = callouts.flatMap((c) => (c.inPlace ? [] : [{id: c.id, points: leaderPoints(c)}]));
  // The valued economies' names first (all of them, when no `valued` is given), then the others':
  // in each, the economies named on their shapes, larger first, then the called-out ones beside
  // their circle where a name fits (besideSpots), clear of the other names, circles and leader
  // lines, and mostly off other economies' land.
  for (const first of [0, 1]) {
    for (const e of [...economies].sort((a, b) => b.area - a.area)) {
      if (called.has(e.id) || rank(e.id) !== first) continue;
      const box = boxes ? boxes.get(e.id) : nameBox(e, {width, height}, landAt);
      if (!box || taken.some((t) => meet(t, box))) continue;
      taken.push(box);
      out.push({id: e.id, text: box.text, x: box.x, y: box.y + 4});
    }
    for (const c of [...callouts].sort(byCode)) {
      const e = byId.get(c.id);
      if (!e || rank(c.id) !== first) continue;
      const spot = besideSpots(c, [e.name, e.short]).find(({box}) => {
        if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) return false;
        if (taken.some((t) => meet(t, box))) return false;
        if (otherLand(box, c.id, landAt, OVER_NEIGHBOUR) > OVER_NEIGHBOUR) return false;
        return !leaders.some((l) => l.id !== c.id && l.points.some((p) => inBox(p, box)));
      });
      if (!spot) continue;
      taken.push(spot.box);
      out.push({id: e.id, text: spot.text, x: spot.x, y: spot.y + 4});
    }
  }
  // Economies drawn large enough to see, without a circle, but with no room on their land for a
  // name (Thailand, Papua New Guinea, New Zealand at 1280 px, before): named off their coast,
  // over open sea, with a leader to their coast that crosses no other land, name or leader.
  const circled = new Set(callouts.flatMap((c) => (c.inPlace ? [] : [c.id])));
  const crossed = (p: [number, number]) =>
    taken.some((t) => inBox(p, t)) ||
    // A circle's leader: a point of it within 3 px (both are tried every 3 px).
    leaders.some((l) =>
      l.points.some(([x, y]) => Math.abs(p[0] - x) < 3 && Math.abs(p[1] - y) < 3)
    );
  if (anyLandAt)
    for (const first of [0, 1])
      for (const e of [...economies].sort((a, b) => b.area - a.area)) {
        if (circled.has(e.id) || rank(e.id) !== first || out.some((l) => l.id === e.id)) continue;
        const spot = offshoreSpots(e, anyLandAt).find(
          ({box, leader}) =>
            box.x0 >= 0 &&
            box.x1 <= width &&
            box.y0 >= 0 &&
            box.y1 <= height &&
            !taken.some((t) => meet(t, box)) &&
            overSea(box, anyLandAt) &&
            reachesCoast(leader, e.id, anyLandAt, crossed)
        );
        if (!spot) continue;
        taken.push(spot.box);
        out.push({id: e.id, text: spot.text, x: spot.x, y: spot.y + 4, leader: spot.leader});
      }
  return out;
}

/** How far off its coast a name may be written, px, nearest first. */
const OFFSHORE = [5, 12, 22];
/** The step of the points tried for an economy's coast, px. */
const COAST = 6;

/**
 * Where a name can go off an economy's coast: beside each point of its land, found every 6 px,
 * that has sea next to it (right, left, below or above), out over that sea, nearest the coast
 * first; each with a leader from the name's nearest edge to the coast point.
 */
function offshoreSpots(e: Labellable, anyLandAt: LandAt) {
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
        .map(([px, py, dx, dy]) => {
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
 * Whether a leader from a name off the coast reaches its economy's land (at or before the coast
 * point it was drawn to) over no other land and nothing `crossed` says it may not cross.
 */
function reachesCoast(
  line: Segment,
  id: string,
  anyLandAt: LandAt,
  crossed: (p: [number, number]) => boolean
): boolean {
  for (const point of linePoints(line)) {
    if (crossed(point)) return false;
    const at = anyLandAt(...point);
    if (at !== undefined) return at === id;
  }
  return true;
}

/** Whether a name's box lies over no land at all: tried every 2 px along two lines. */
const overSea = (box: Box, anyLandAt: LandAt) =>
  letterPoints(box, 2, 4).every(([x, y]) => anyLandAt(x, y) === undefined);

type Segment = readonly [number, number, number, number];

/** Points every 3 px along a line. */
function linePoints([x1, y1, x2, y2]: Segment): [number, number][] {
  const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 3));
  return Array.from({length: n + 1}, (_, i) => [
    x1 + ((x2 - x1) * i) / n,
    y1 + ((y2 - y1) * i) / n,
  ]);
}

/**
 * Where a name can go beside a callout's circle, in the order tried: right, left, below, above,
 * then half a line off level at either side; at each, the first of `texts` (the whole name),
 * then the others (its short form).
 */
function besideSpots(c: Callout, texts: readonly (string | undefined)[]) {
  const gap = 12 + 2;
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
  ];
  const named = texts.flatMap((text) => (text ? [{text, w: widthOf(text)}] : []));
  return [0, 1, 2, 3, 4, 5, 6, 7].flatMap((side) =>
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

const inBox = ([x, y]: [number, number], b: Box) =>
  x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/** Points every 3 px along a callout's leader line, from the economy to the circle. */
const leaderPoints = (c: Callout): [number, number][] => linePoints([...c.from, c.x, c.y]);
