/**
 * Economy names on the map where they fit: inside the economy's box with room to spare, clear
 * of every other name and of the callout circles, larger economies first; then, larger first,
 * the called-out economies beside their circles and the economies with no room on their land
 * off their coast (label-spots.ts), a name moving to another of its spots where that makes room
 * for one more. Where the whole name does not fit, an economy's sourced short form does
 * ("China"). The rest are left off (each is still named by its accessible name, the tooltip and
 * the table). Pure.
 */
import type {Callout} from './callouts.js';
import {
  LINE,
  clash,
  coastward,
  inBox,
  squareAround,
  leaderPoints,
  meet,
  overSea,
  spotsOf,
  through,
  widthOf,
  type Box,
  type LandAt,
  type Labellable,
  type Spot,
  type Spots,
} from './label-spots.js';
import {inked, landUnder, nameBox, shapeSpotsOf, SHAPE_TRIES} from './on-shape.js';

export type {Box, LandAt, Labellable} from './label-spots.js';
export {meet, squareAround} from './label-spots.js';
export {nameBox} from './on-shape.js';

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
  /**
   * A ground under a name beside its circle that lies on other economies' land (a fifth of it
   * or more: no spot beside the circle was clearer), so that it reads as the circle's name and not
   * the land's: "Singapore" on the ASEAN map lay over the Malay peninsula at every phone width.
   */
  plate?: {x: number; y: number; w: number; h: number} | undefined;
}

/** A name beside its circle lying this much on others' land moves off it where it can. */
const OFF_NEIGHBOUR = 0.2;

export function placeMapLabels(
  economies: readonly Labellable[],
  callouts: readonly Callout[],
  {width, height}: {width: number; height: number},
  {
    landAt,
    boxes,
    valued,
    anyLandAt,
    taken = [],
    clear = 12,
    ashore,
    onShape = false,
    retake,
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
    /** Room other names hold already (the circles' numbers are placed after the names). */
    taken?: readonly Box[];
    /**
     * How far from a circle's centre text keeps (px): its hit square's half, 12, for names; a
     * number, placed last, keeps off the circle only, so it can sit right beside its own.
     */
    clear?: number;
    /** Economies written on their own shape or not at all: not off a coast. */
    ashore?: ReadonlySet<string> | undefined;
    /** Whether an economy with no circle and no room else goes on its own shape (shapeSpotsOf). */
    onShape?: boolean;
    /**
     * With `onShape`: the name written before that `taken[i]` holds, written elsewhere on its own
     * shape where `free` allows, to make room for a number; its new box, else undefined (and
     * nothing moved).
     */
    retake?: ((i: number, free: (box: Box) => boolean) => Box | undefined) | undefined;
  } = {}
): MapLabel[] {
  const rank = (id: string) => (valued && !valued.has(id) ? 1 : 0);
  const called = new Map(callouts.map((c) => [c.id, c]));
  const circles = callouts.filter((c) => !c.inPlace);
  const leaders = circles.map((c) => ({id: c.id, points: leaderPoints(c)}));
  // Numbers are placed with a `clear` under a hit square's half (see the option).
  const numbers = clear < 12;
  // What no name may cover: the circles' hit squares (a target on an economy's own shape is
  // unseen: names may cover it), and the zoom buttons over the top right corner (three 28 px
  // buttons, 4 px in).
  const fixed: Box[] = [
    ...circles.map((c) => squareAround(c, clear)),
    {x0: width - CONTROLS[0], x1: width, y0: 0, y1: CONTROLS[1]},
    ...taken,
  ];
  // (Less `skip`, a name being moved.)
  const inMap = (box: Box, skip?: number) =>
    box.x0 >= 0 &&
    box.x1 <= width &&
    box.y0 >= 0 &&
    box.y1 <= height &&
    !fixed.some((t, i) => i !== skip && meet(t, box));
  // A point on a circle's leader: within 3 px of one of its points (both are tried every 3 px).
  const onLeader = (p: [number, number]) =>
    leaders.some((l) =>
      l.points.some(([x, y]) => Math.abs(p[0] - x) < 3 && Math.abs(p[1] - y) < 3)
    );
  // Another economy's circle's leader through a name's box; for a number, its own circle's too,
  // which struck the digit through (Timor-Leste's 5 at 320 px).
  const acrossLeader = (id: string, box: Box) =>
    leaders.some((l) => (l.id !== id || numbers) && l.points.some((p) => inBox(p, box)));
  // A name off a coast with another economy's circle just beyond either end, level with it,
  // would read as that circle's name (where besideSpots writes a circle's own).
  const besideCircle = ({box, y}: Spot) =>
    circles.some(
      (c) =>
        Math.abs(c.y - y) < LINE &&
        ((box.x0 >= c.x && box.x0 - c.x < BESIDE) || (box.x1 <= c.x && c.x - box.x1 < BESIDE))
    );
  /**
   * Where each economy not named on its shape can write its name, in the order tried: beside its
   * circle (besideSpots), else, drawn large enough to see, off its coast (offshoreSpots). Whether
   * the map allows a spot (land, circles, the edges) is tested once, when first asked: beside a
   * circle, clear of other circles' leaders and mostly off other economies' land; off a coast,
   * over open sea, with a leader that reaches its coast over no other land and no circle's leader.
   */
  const made = new Map<string, Spots>();
  const spots = (e: Labellable): Spots => {
    let own = made.get(e.id);
    if (!own) {
      const c = called.get(e.id);
      // A circle drawn on the economy's own shape (inPlace) leaves the sea off its coast too.
      const offshore = (!c || c.inPlace) && !ashore?.has(e.id) && anyLandAt;
      own = spotsOf(
        e,
        c,
        offshore || undefined,
        (spot) => {
          if (!inMap(spot.box)) return false;
          if (spot.leader && offshore) {
            if (besideCircle(spot) || !overSea(spot.box, offshore) || acrossLeader(e.id, spot.box))
              return false;
            spot.reach = coastward(spot.leader, e.id, offshore, onLeader);
            return spot.reach !== undefined;
          }
          // A number's few pixels are tested every 3 px, a name's every 10.
          const under = landAt
            ? landUnder(spot.box, e.id, landAt, numbers ? 3 : undefined)
            : {own: 0, other: 0, of: 1};
          if (!under) return false;
          spot.over = under.other / under.of;
          return !acrossLeader(e.id, spot.box);
        },
        clear
      );
      made.set(e.id, own);
    }
    return own;
  };
  // Names placed so far, each with the economy it names and whether it may move (written beside
  // a circle or off a coast: it has other spots).
  type Placed = {e: Labellable; spot: Spot; moves: boolean};
  const placed: Placed[] = [];
  /**
   * The names placed (but `moving` ones) that a spot of `own` would clash with; undefined where
   * there are more than `most`, it clashes with one of `kept` or the map does not allow it. The
   * boxes are compared before the map is asked (which finds an offshore spot's leader), then
   * again with the leader.
   */
  const holdersOf = (
    own: Spots,
    spot: Spot,
    most: number,
    kept: readonly Spot[] = [],
    moving?: ReadonlySet<Placed>
  ): Placed[] | undefined => {
    const held = () => {
      for (const k of kept) if (clash(k, spot)) return undefined;
      const found: Placed[] = [];
      for (const p of placed)
        if (!moving?.has(p) && clash(p.spot, spot) && found.push(p) > most) return undefined;
      return found;
    };
    const before = held();
    if (!before || !own.allows(spot)) return undefined;
    // An offshore spot's leader is known once the map has been asked.
    return spot.reach ? held() : before;
  };
  const byArea = [...economies].sort((a, b) => b.area - a.area);
  const rest: Labellable[] = [];
  // The valued economies' names first (all of them, when no `valued` is given), then the others':
  // in each, the economies named on their shapes, larger first; then the rest, larger first,
  // each at its first spot clear of the names placed before it.
  for (const first of [0, 1]) {
    for (const e of byArea) {
      if (called.has(e.id) || rank(e.id) !== first) continue;
      let inside = boxes ? boxes.get(e.id) : nameBox(e, {width, height}, landAt);
      if (!inside) continue;
      // Where a larger economy's name or the map's controls hold its first spot: its spots off
      // its coast (below), or, for an economy with none (Lao PDR, landlocked), the next spot on
      // its shape clear of them and of the circles' leaders (tried for all, Japan's name went
      // over Korea at 414 px instead of off its own coast). Held means 2 px apart too: names
      // stand a pixel taller than their boxes' line (Viet Nam's and Lao PDR's letters touched).
      const held = (box: Box) =>
        fixed.some((t) => meet(t, box)) ||
        placed.some((p) => meet(p.spot.box, {...box, y0: box.y0 - 2, y1: box.y1 + 2}));
      // A number is held by a circle's leader too, which would strike it through (the
      // Philippines' at its centroid, on the whole region's map at 320 px, by Hong Kong's).
      if (held(inside) || (numbers && acrossLeader(e.id, inside))) {
        const own = spots(e);
        inside = own.list.some((spot) => own.allows(spot))
          ? undefined
          : nameBox(e, {width, height}, landAt, (box) => !held(box) && !acrossLeader(e.id, box));
      }
      if (!inside) continue;
      placed.push({
        e,
        spot: {text: inside.text, x: inside.x, y: inside.y, box: inside},
        moves: false,
      });
    }
    for (const e of byArea) {
      if (rank(e.id) !== first || placed.some((p) => p.e === e)) continue;
      rest.push(e);
      const own = spots(e);
      for (const spot of own.list)
        if (holdersOf(own, spot, 0)) {
          placed.push({e, spot, moves: true});
          break;
        }
    }
  }
  // Then each economy left unnamed takes a spot held by one name that can go to another of its
  // own: the larger economies crowd the same stretch of sea as the small ones' circles (Thailand's
  // and the Philippines' names had left no room beside Hong Kong's circle, or the other way round).
  for (const e of rest) {
    if (placed.some((p) => p.e === e)) continue;
    const own = spots(e);
    for (const spot of own.list.slice(0, REPAIR_TRIES)) {
      const [holder] = holdersOf(own, spot, 1) ?? [];
      if (!holder?.moves) continue;
      const theirs = spots(holder.e);
      const moving = new Set([holder]);
      const elsewhere = theirs.list.find(
        (s) => s !== holder.spot && holdersOf(theirs, s, 0, [spot], moving)
      );
      if (!elsewhere) continue;
      holder.spot = elsewhere;
      placed.push({e, spot, moves: true});
      break;
    }
  }
  // Then, where `onShape` asks (numbers), each economy still without room and with no circle of
  // its own takes the nearest spot on its own shape that is clear of everything written: the
  // steps a name is tried at (nameBox) pass by the room a digit needs on a small or narrow shape
  // (Lao PDR on the ASEAN Plus Three map at 320 px, Cambodia on the whole region's at 343 px).
  // Failing that, the nearest such spot that only one name written before holds, where `retake`
  // writes that name elsewhere on its own shape: Indonesia's name, on its shape, covered the
  // south of Malaysia's Borneo, whose coasts' sea circles, their leaders and other numbers held
  // (the whole region's map at 343, 375 and 406 px).
  if (onShape && landAt) {
    const first = circles.length + 1;
    const shaped = new Map<Labellable, ReturnType<typeof shapeSpotsOf>>();
    const shapeSpots = (e: Labellable) => {
      let own = shaped.get(e);
      if (!own) shaped.set(e, (own = shapeSpotsOf(e, landAt)));
      return own;
    };
    // The room a number on its shape needs from what is written: a name's or a number's box less
    // 2 of the 3 px each keeps above and below (its own box holds its halo and a pixel), and the
    // leader of one written off a coast.
    const holds = (p: Placed, box: Box) =>
      meet(inked(p.spot.box), box) || (p.spot.reach !== undefined && through(box, p.spot.reach));
    const clearOf = (box: Box, names: boolean, numbers: readonly Placed[] = placed) =>
      !numbers.some((p) => holds(p, box)) &&
      box.x0 >= 0 &&
      box.x1 <= width &&
      box.y0 >= 0 &&
      box.y1 <= height &&
      !fixed.some((t, i) => (i < first ? meet(t, box) : names && meet(inked(t), box))) &&
      !acrossLeader('', box);
    for (const e of byArea) {
      const c = called.get(e.id);
      if ((c && !c.inPlace) || e.area <= 0 || placed.some((p) => p.e === e)) continue;
      let [spot] = shapeSpots(e)((box) => clearOf(box, true));
      if (!spot && retake)
        for (const s of shapeSpots(e)((box) => clearOf(box, false), SHAPE_TRIES)) {
          const held = fixed.flatMap((t, i) => (i >= first && meet(inked(t), s.box) ? [i] : []));
          const [i] = held;
          if (i === undefined || held.length > 1) continue;
          // The name keeps off the number, and off all else as a name beside a circle does.
          const moved = retake(
            i - first,
            (box) =>
              !meet(box, s.box) &&
              inMap({...box, y0: box.y0 - 2, y1: box.y1 + 2}, i) &&
              !placed.some((p) => clash(p.spot, {...s, box})) &&
              !acrossLeader('', box)
          );
          if (!moved) continue;
          fixed[i] = moved;
          spot = s;
          break;
        }
      // Else the nearest that one number holds, where that number can go to another of its spots
      // (Thailand's, on its shape, had taken Cambodia's room on the whole region's map at 320 px).
      if (!spot)
        for (const s of shapeSpots(e)((box) => clearOf(box, true, []), SHAPE_TRIES)) {
          const held = placed.filter((p) => holds(p, s.box));
          const [h] = held;
          if (!h || held.length > 1) continue;
          const others = placed.filter((p) => p !== h);
          let elsewhere: Spot | undefined;
          if (h.moves) {
            const theirs = spots(h.e);
            elsewhere = theirs.list.find(
              (x) => x !== h.spot && holdersOf(theirs, x, 0, [s], new Set([h]))
            );
          } else
            [elsewhere] = shapeSpots(h.e)((box) => !meet(box, s.box) && clearOf(box, true, others));
          if (!elsewhere) continue;
          h.spot = elsewhere;
          spot = s;
          break;
        }
      if (spot) placed.push({e, spot, moves: false});
    }
  }
  // Last, a name beside its circle with a fifth of it or more on another economy's land moves to
  // the spot beside it that lies least on others' land, where that spot is free: "Brunei
  // Darussalam" ran over the Malay peninsula with open sea above its circle. Every economy has
  // had its turn, so no name is lost to it; a smaller gain is not worth the move (at 280 px the
  // ASEAN map's Singapore tag, placed after the names, then went onto Malaysia).
  for (const p of placed) {
    if (!p.moves || (p.spot.over ?? 0) < OFF_NEIGHBOUR) continue;
    const own = spots(p.e);
    const moving = new Set([p]);
    for (const s of own.list)
      if (!s.leader && holdersOf(own, s, 0, [], moving) && (s.over ?? 0) < (p.spot.over ?? 0))
        p.spot = s;
  }
  // Measured every 3 px: at the placement's 10, "Singapore" at 320 px had a fifth on the
  // peninsula drawn and under a fifth measured.
  const onOthers = (box: Box, id: string) => {
    const under = landAt && landUnder(box, id, landAt, 3);
    return landAt !== undefined && (!under || under.other / under.of >= OFF_NEIGHBOUR);
  };
  return placed.map(({e, spot}) => ({
    id: e.id,
    text: spot.text,
    x: spot.x,
    y: spot.y + 4,
    ...(spot.leader ? {leader: spot.leader} : {}),
    ...(!spot.leader && circles.some((c) => c.id === e.id) && onOthers(spot.box, e.id)
      ? {plate: plateOf(spot.box)}
      : {}),
  }));
}

/** A name's ground: its box (besideSpots) less the 2 px kept apart above and below. */
const plateOf = (b: Box) => ({x: b.x0, y: b.y0 + 2, w: b.x1 - b.x0, h: b.y1 - b.y0 - 4});

/** The room a placed name holds, as besideSpots measures it (its baseline is 4 px below). */
export function labelBox(l: MapLabel): Box {
  const w = widthOf(l.text) / 2 + 2;
  return {x0: l.x - w, x1: l.x + w, y0: l.y - 4 - LINE / 2 - 3, y1: l.y - 4 + LINE / 2 + 3};
}

/** How far past a name's end a circle's centre reads as its (besideSpots writes at 14 px), px. */
const BESIDE = 24;

/**
 * How many of an unnamed economy's spots, nearest first, are tried for room another name can make
 * (over the four regions at 320–1280 px, every name so placed was at one of the first five).
 */
const REPAIR_TRIES = 24;
