/**
 * Where a map writes what names its economies: callout circles and touch targets for the small
 * ones, names where they fit, and numbers (which the legend names) for the rest, beside a circle,
 * off a coast or on the economy's own shape. Remembered per geometry. Pure.
 */
import type {Topology} from 'topojson-specification';
import {placeCallouts, type Callout} from './callouts.js';
import {
  labelBox,
  meet,
  nameBox,
  placeMapLabels,
  squareAround,
  type Labellable,
  type LandAt,
  type MapLabel,
} from './labels.js';
import {economyAt} from './land-at.js';
import type {MapGeometry} from './geo.js';

export interface Placement {
  callouts: Callout[];
  targets: {id: string; x: number; y: number}[];
  labels: MapLabel[];
  numbered: string[];
}

/** The last placement made on each geometry: small multiples and a stepped year share it. */
const placements = new WeakMap<MapGeometry, {key: string; placement: Placement}>();

/**
 * The callout circles, touch targets and names on `geometry`: they follow from its shapes, the
 * names written and which economies have a value, so maps of one size and region in one language
 * (small multiples, a year stepped through) place them once.
 */
export function placeOn(
  topology: Topology,
  geometry: MapGeometry,
  named: readonly Labellable[],
  valued: ReadonlySet<string>
): Placement {
  const key = JSON.stringify([named.map((e) => [e.id, e.name, e.short]), [...valued]]);
  const hit = placements.get(geometry);
  if (hit?.key === key) return hit.placement;
  const frame = {width: geometry.width, height: geometry.height};
  const drawn = geometry.economies.filter((s) => s.d).map((s) => s.id);
  const landAt = economyAt(topology, geometry.frames, drawn);
  // Circles keep off the names the economies beside them will carry.
  const boxes = new Map(named.map((e) => [e.id, nameBox(e, frame, landAt)]));
  const keepClear = named.flatMap((e) => {
    const box = boxes.get(e.id);
    return box ? [{id: e.id, ...box}] : [];
  });
  // A circle keeps off context land too: Korea's, on Mongolia at 320 px, was read as Mongolia's.
  const anyLandAt = economyAt(topology, geometry.frames, drawn, true);
  const placed = placeCallouts(geometry.economies, {...frame, keepClear, landAt: anyLandAt});
  const callouts = placed.filter((c) => !c.inPlace);
  const write = (first?: readonly Labellable[]) =>
    writeLabels(named, placed, callouts, frame, {landAt, anyLandAt, boxes, valued, first});
  let written = write();
  // A circle with room for neither its name nor, once the names are written, its number beside
  // it is numbered first, before the names, which are written around its number (a name that
  // loses its room to it numbered in its turn), where that leaves fewer economies with neither;
  // then again for a circle that that leaves bare. Hong Kong, China's circle on the APEC map at
  // 440 px, among Chinese Taipei's and the coast's names, was named by nothing but its tooltip.
  let first: Labellable[] = [];
  for (let again = 0; again < 3; again++) {
    const bare = named.filter(
      (e) =>
        !first.includes(e) &&
        callouts.some((c) => c.id === e.id) &&
        !written.labels.some((l) => l.id === e.id)
    );
    if (!bare.length) break;
    const other = write([...first, ...bare]);
    // (Not where a number came out wider than the room it was placed in.)
    if (other.widened || neither(named, other) >= neither(named, written)) break;
    [written, first] = [other, [...first, ...bare]];
  }
  const placement = {
    callouts,
    targets: placed.filter((c) => c.inPlace).map(({id, x, y}) => ({id, x, y})),
    labels: written.labels,
    numbered: written.numbered,
  };
  placements.set(geometry, {key, placement});
  return placement;
}

/** How many economies drawn (with an area) the map writes neither a name nor a number for. */
const neither = (named: readonly Labellable[], {labels}: Pick<Placement, 'labels'>) =>
  named.filter((e) => e.area > 0 && !labels.some((l) => l.id === e.id)).length;

/**
 * The names, larger economies first, then the numbers of the economies left unnamed, 1, 2, 3…
 * west to east: the numbers of `first` (economies with circles) before the names, where they
 * have room beside their circles. `widened`: a number came out wider than the one it was placed
 * as (a "9" placed, an "11" written), which the numbers of `first` may do.
 */
function writeLabels(
  named: readonly Labellable[],
  placed: readonly Callout[],
  callouts: readonly Callout[],
  frame: {width: number; height: number},
  {
    landAt,
    anyLandAt,
    boxes,
    valued,
    first = [],
  }: {
    landAt: LandAt;
    anyLandAt: LandAt;
    boxes: ReadonlyMap<string, ReturnType<typeof nameBox>>;
    valued: ReadonlySet<string>;
    first?: readonly Labellable[] | undefined;
  }
): Pick<Placement, 'labels' | 'numbered'> & {widened: boolean} {
  // Numbers keep off the circles, not their hit squares.
  const clear = (callouts[0]?.r ?? 5) + 1;
  const early = first.length
    ? placeMapLabels(
        first.map((e) => ({...e, name: '0', short: undefined})),
        callouts,
        frame,
        {landAt, anyLandAt, clear}
      )
    : [];
  // Economies with a touch target on their own shape are named beside it, as beside a circle.
  const labels = placeMapLabels(
    named.filter((e) => !early.some((l) => l.id === e.id)),
    placed,
    frame,
    {landAt, boxes, valued, anyLandAt, taken: early.map(labelBox)}
  );
  // An economy left unnamed is numbered instead, west to east, and the legend names it: a
  // called-out one beside its circle (on a phone an unnamed circle beside another economy's name
  // was read as that economy's: Korea's under "Japan"), one drawn large enough to see on its
  // shape or off its coast (Cambodia on the ASEAN map at 375 px had neither name nor number).
  const at = new Map(placed.map((c) => [c.id, [c.x, c.y] as const]));
  const numbering = named
    .filter((e) => e.area > 0 && ![...labels, ...early].some((l) => l.id === e.id))
    .map((e) => ({e, at: at.get(e.id) ?? e.centroid}))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    // Placed as the largest number each may be given once `first`'s come among them.
    .map(({e}, i) => ({...e, name: `${i + 1 + early.length}`, short: undefined}));
  const taken = [...labels, ...early].map(labelBox);
  // (One with neither circle nor target takes its number on its shape: off a coast, a landlocked
  // economy's was written past its narrow neighbour, Lao PDR's in the sea off Viet Nam. Where no
  // spot beside a target or off a coast has room, a number goes on its economy's shape too, a name
  // there moving for it where that makes room: see placeMapLabels, `onShape`.)
  const ashore = new Set(numbering.flatMap((e) => (at.has(e.id) ? [] : [e.id])));
  const numbers = placeMapLabels(numbering, callouts, frame, {
    landAt,
    anyLandAt,
    taken,
    clear,
    ashore,
    onShape: true,
    retake: (i, free) => {
      // A name on its shape only (one beside a circle or target, or off a coast, stays), to
      // another of its spots there, clear of the circles' hit squares as names keep.
      const l = labels[i];
      const e = named.find((n) => n.id === l?.id);
      if (!l || !e || l.leader || at.has(l.id)) return undefined;
      const box = nameBox(
        {...e, name: l.text, short: undefined},
        frame,
        landAt,
        (b) => free(b) && !callouts.some((c) => meet(b, squareAround(c)))
      );
      if (!box) return undefined;
      l.x = box.x;
      l.y = box.y + 4;
      return labelBox(l);
    },
  });
  // 1, 2, 3… west to east (a smaller number is no wider).
  const centroids = new Map(named.map((e) => [e.id, e.centroid]));
  const west = (id: string) => at.get(id) ?? centroids.get(id) ?? [];
  const numbered = [...numbers, ...early].sort((a, b) => {
    const [[ax = 0, ay = 0], [bx = 0, by = 0]] = [west(a.id), west(b.id)];
    return ax - bx || ay - by;
  });
  let widened = false;
  numbered.forEach((n, i) => {
    widened ||= `${i + 1}`.length > n.text.length;
    n.text = `${i + 1}`;
  });
  return {labels: [...labels, ...numbered], numbered: numbered.map((n) => n.id), widened};
}
