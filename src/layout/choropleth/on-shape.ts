/**
 * Spots on an economy's own shape: where its name fits inside it (nameBox, the first names the
 * map writes), and where a number goes on it, searched finely, when no spot beside its circle or
 * off its coast has room (shapeSpotsOf; labels.ts, `onShape`). Pure.
 */
import {LINE, widthOf, type Box, type LandAt, type Labellable, type Spot} from './label-spots.js';

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
 * How many of a name's letterPoints (every `step` px) lie over `id`'s own land and over other
 * economies' land; undefined once those over others pass OVER_NEIGHBOUR of them (a long thin
 * economy's name would run into its neighbour and be read as the neighbour's).
 */
export function landUnder(box: Box, id: string, landAt: LandAt, step?: number) {
  const points = letterPoints(box, step);
  let own = 0;
  let other = 0;
  for (const [x, y] of points) {
    const at = landAt(x, y);
    if (at === id) own++;
    else if (at !== undefined && ++other / points.length > OVER_NEIGHBOUR) return undefined;
  }
  return {own, other, of: points.length};
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
 * nearest of a few spots around it (SHIFTS), where its box, less a margin, holds the name, the
 * name stays on the map (where `free` allows) and lies mostly off other economies' land
 * (landUnder) and partly on its own; else undefined.
 */
export function nameBox(
  e: Labellable,
  {width, height}: {width: number; height: number},
  landAt?: LandAt,
  free: (box: Box) => boolean = () => true
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
    if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height || !free(box)) continue;
    // Some of it on its own land, no less than on any other: a name wholly over the sea named
    // no coast of its own (Lao PDR's, landlocked, went out over the Gulf of Thailand, below
    // Thailand's); Viet Nam's, on its narrow middle, lay more over Lao PDR than Viet Nam.
    const under = landAt && landUnder(box, e.id, landAt, 4);
    if (!landAt || (under && under.own > 0 && under.own >= under.other))
      return {...box, text, x, y};
  }
  return undefined;
}

/**
 * A name's box (besideSpots, labelBox) less 2 of the 3 px it keeps above and below: with a number's
 * box on a shape (shapeSpotsOf), text 15 px apart, as the page draws 11 px text (a 13 px gap put
 * Papua New Guinea's 6 a pixel into Timor-Leste's name at 398 px).
 */
export const inked = (b: Box): Box => ({...b, y0: b.y0 + 2, y1: b.y1 - 2});

/** The step at which an economy's land is scanned for, before its spots are tried, px. */
const SHAPE_SCAN = 4;
/** The step of the spots a number on its shape is tried at, px. */
const SHAPE_STEP = 2;
/**
 * How many of those spots, nearest first, are tried for room a name or a number moved would make
 * (the moves each tries cost more than the spot).
 */
export const SHAPE_TRIES = 24;

/**
 * `e`'s spots on its own shape, nearest its centroid first, on a grid every SHAPE_STEP px: where
 * its name (a number: a few pixels) lies more than half on its own land and no more than a
 * quarter on others' (every 2 px along three lines through its letters). (Half exactly, Japan's
 * number on the APEC map at 375 px went where a coast a fraction of a pixel off put it 2 px from
 * the other topology's.) Given `free`, those whose box (its letters, their halo and a pixel) it
 * allows; the land under each is measured once, when first asked, however often they are tried.
 */
export function shapeSpotsOf(
  e: Labellable,
  landAt: LandAt
): (free: (box: Box) => boolean, most?: number) => Generator<Spot, void, undefined> {
  const w = widthOf(e.name);
  const [cx, cy] = e.centroid;
  // Where its land lies, found every SHAPE_SCAN px as far as its box's size from its centroid
  // (the centroid of its largest part: Malaysia's is on Borneo, its peninsula a box's width west);
  // the spots are tried there only, a scan's step beyond.
  const [sw, sh] = e.size;
  let [x0, x1, y0, y1] = [0, 0, 0, 0];
  for (let dy = -sh; dy <= sh; dy += SHAPE_SCAN)
    for (let dx = -sw; dx <= sw; dx += SHAPE_SCAN)
      if (landAt(cx + dx, cy + dy) === e.id)
        [x0, x1, y0, y1] = [Math.min(x0, dx), Math.max(x1, dx), Math.min(y0, dy), Math.max(y1, dy)];
  const offsets: {dx: number; dy: number; d: number}[] = [];
  const from = (a: number) => Math.floor((a - SHAPE_SCAN) / SHAPE_STEP);
  const to = (a: number) => Math.ceil((a + SHAPE_SCAN) / SHAPE_STEP);
  for (let j = from(y0); j <= to(y1); j++)
    for (let i = from(x0); i <= to(x1); i++) {
      const [dx, dy] = [i * SHAPE_STEP, j * SHAPE_STEP];
      offsets.push({dx, dy, d: dx * dx + dy * dy});
    }
  offsets.sort((a, b) => a.d - b.d);
  // Each offset's spot, where its centre is on its own land (null: not), and whether the land
  // under it allows it: each measured when first asked.
  const spots: (Spot | null | undefined)[] = [];
  const allowed: (boolean | undefined)[] = [];
  const spotAt = (i: number): Spot | null => {
    let spot = spots[i];
    if (spot !== undefined) return spot;
    const {dx = 0, dy = 0} = offsets[i] ?? {};
    const [x, y] = [cx + dx, cy + dy];
    spot =
      landAt(x, y) === e.id
        ? {
            text: e.name,
            x,
            y,
            box: {
              x0: x - w / 2 - 2,
              x1: x + w / 2 + 2,
              y0: y - LINE / 2 - 0.5,
              y1: y + LINE / 2 + 0.5,
            },
          }
        : null;
    return (spots[i] = spot);
  };
  const onLand = ({x, y}: Spot) => {
    let own = 0;
    let other = 0;
    let of = 0;
    for (let px = x - w / 2; px <= x + w / 2 + 0.01; px += 2)
      for (const py of [y - 3, y, y + 3]) {
        const at = landAt(px, py);
        of++;
        if (at === e.id) own++;
        else if (at !== undefined) other++;
      }
    return own > of / 2 && other <= of / 4;
  };
  return function* (free, most = Infinity) {
    for (let i = 0; i < offsets.length && most > 0; i++) {
      // The centre on its own land first (most spots tried are not), then what is written, then
      // the land under its letters.
      const spot = spotAt(i);
      if (!spot || !free(spot.box)) continue;
      if (!(allowed[i] ??= onLand(spot))) continue;
      most--;
      yield spot;
    }
  };
}
