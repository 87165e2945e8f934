/**
 * The picked economy's name on the map, where the map has no room to name it itself. On a phone
 * most of South-East Asia is a cluster of circles and small shapes with no name (labels.ts leaves
 * off what does not fit), so an economy a reader tapped, or a linked chart picked, showed a ring
 * and no word of which it was. Its name goes in a tag (a box in the page's colours, so it reads
 * over land and sea) beside the economy or its circle: above, below, right, left or at a corner;
 * where none of those is free, further out (up to 60 px; 96 where several are tagged at once)
 * with a leader line back to it. A tag never covers another economy's circle, the zoom buttons
 * or its own economy, and avoids other leader lines; where every spot within reach is worse, it
 * covers one of the map's names, which steps aside while the tag shows (`hides`). The economies
 * a `highlight` points at are tagged the same way (pickedTags), kept off one another. Pure.
 */
import {bisectRight} from 'd3-array';
import {namedOnMap, type ChoroplethLayout} from './layout.js';
import {CONTROLS, meet, type Box} from './labels.js';
import {linePoints, through, type LandAt, type Segment} from './label-spots.js';
import {arrange, cross, pairCost, CROSSED, type TagSpot} from './tag-arrange.js';
import {textWidth} from '../text.js';

export {cross} from './tag-arrange.js';

/** The tag's text size (the names' 11 px, bold) and its box's padding and height, px. */
const TAG_PX = 11;
const PAD_X = 4;
const TAG_H = 17;
/** Room between the economy (its centre, or its circle's edge) and the tag, px. */
const GAP = 7;
/** Room kept around other economies' circles, px. */
const CLEAR = 4;
/** How much further out a tag is tried, with a leader, where no spot beside the economy is free. */
const FURTHER = [0, 12, 24, 36, 48, 60];
/** …and beyond, where several economies are tagged at once (a highlight on a phone's map). */
const FURTHER_MANY = [...FURTHER, 72, 84, 96];

export interface PickedTag {
  id: string;
  text: string;
  /** The tag's box, in the map's px (before the reader's zoom). */
  box: Box;
  /** The text's centre x and baseline y. */
  x: number;
  y: number;
  /** The map's names the tag covers, hidden while it is shown (where no spot near was free). */
  hides: string[];
  /** From the economy (its circle's edge) to the tag, where the tag stands off. */
  leader?: readonly [number, number, number, number] | undefined;
}

/** The point of `box` nearest (x, y). */
const nearest = ([x, y]: readonly [number, number], b: Box): [number, number] => [
  Math.max(b.x0, Math.min(b.x1, x)),
  Math.max(b.y0, Math.min(b.y1, y)),
];

/** The line from the economy at `from` (a circle of radius `r` there) to the tag's nearest edge. */
function leaderTo(
  from: readonly [number, number],
  r: number,
  box: Box
): readonly [number, number, number, number] {
  const [x2, y2] = nearest(from, box);
  const len = Math.hypot(x2 - from[0], y2 - from[1]) || 1;
  const [x1, y1] = [from[0] + ((x2 - from[0]) * r) / len, from[1] + ((y2 - from[1]) * r) / len];
  return [x1, y1, x2, y2];
}

/**
 * The box of a name the map writes, as the page measures text (the font's whole height: 11 px
 * text stands about 12 px above its baseline and 3.5 px below), with a pixel or two to spare
 * where the estimated width falls short of the font's; `x` is its centre, `y` its baseline
 * (labels.ts).
 */
const labelBox = (l: ChoroplethLayout['labels'][number]): Box => {
  const w = textWidth(l.text, 11, true);
  return {x0: l.x - w / 2 - 4, x1: l.x + w / 2 + 4, y0: l.y - 13, y1: l.y + 4};
};

/**
 * The tag naming `id` when it is picked, or undefined where the map names it already (or does
 * not draw it in focus).
 */
export function pickedTag(layout: TaggedLayout, id: string | undefined): PickedTag | undefined {
  return id === undefined ? undefined : pickedTags(layout, [id])[0];
}

/**
 * Tags for each of `ids` the map leaves unnamed (the economies a `highlight` points at, then the
 * picked one), in that order: each off the other tagged economies (their circles or centres)
 * and, given `landAt` (which of `ids` is drawn at a point), off their land (a tag on a
 * neighbour's shape is read as that neighbour's name, and hides it) and off the names the map
 * writes for them. The tags are placed together (arrange): of the arrangements of each one's
 * cheapest spots (tagSpots), the one whose spots and pairs cost least (pairCost: tags never on
 * one another, leaders crossing dearest). Placed one after another, the first took the spot whose
 * leader the later ones then had to cross or go round: on the Mekong story's map at 375 px,
 * Cambodia's tag ended 130 px away in the map's corner, its leader across Thailand and Myanmar.
 */
export function pickedTags(
  layout: TaggedLayout,
  ids: Iterable<string>,
  landAt?: LandAt
): PickedTag[] {
  const named = namedOnMap(layout);
  const wanted = new Set(ids);
  const anchors = [...wanted].flatMap((id) => {
    const mark = named.has(id) ? undefined : layout.marks.find((m) => m.id === id && m.inFocus);
    // Zoomed in, those that show in the view (a tag's leader to one off it went off the map).
    const [x = -1, y = -1] = mark?.centroid ?? [];
    if (!mark || x < 0 || y < 0 || x > layout.width || y > layout.height) return [];
    const circle = layout.callouts.find((c) => c.id === id && !c.inPlace);
    const at: readonly [number, number] = circle ? [circle.x, circle.y] : mark.centroid;
    return [{id, name: mark.name, circle, at, r: (circle?.r ?? 0) + GAP}];
  });
  const spotsOf = (count: number) =>
    anchors.map((a) => {
      const others = anchors.filter((o) => o !== a).map((o) => ownBox(o.at, o.r));
      const onOthers =
        landAt && ((box: Box, line?: Segment) => othersLand(box, line, a.id, landAt));
      const several = anchors.length > 1;
      return tagSpots(layout, a, {others, keep: wanted, several, count}, onOthers);
    });
  // A narrow search finds most arrangements; where its best crosses two leaders (or worse), a
  // wide one looks for a way round.
  let spots = spotsOf(SPOTS);
  let best = arrange(spots, BEAM);
  const tangled = (picks: readonly number[]) =>
    picks.some((k, i) =>
      picks
        .slice(0, i)
        .some((j, t) => pairCost(spots[i]?.[k] as TagSpot, spots[t]?.[j] as TagSpot) >= CROSSED)
    );
  if (best && tangled(best.picks)) best = arrange((spots = spotsOf(WIDE_SPOTS)), BEAM * 2);
  return (best?.picks ?? []).map((k, i) => {
    const {id, name, circle, at} = anchors[i] as (typeof anchors)[number];
    const {box, hides, line} = spots[i]?.[k] as TagSpot;
    return {
      id,
      text: name,
      box,
      hides: layout.numbered.includes(id) ? [...hides, id] : hides,
      leader: line ? leaderTo(at, circle?.r ?? 0, box) : undefined,
      x: (box.x0 + box.x1) / 2,
      y: box.y0 + TAG_H / 2 + TAG_PX * 0.35,
    };
  });
}

/** How far apart tags stacked beside one another stand, px (highlights: spots beside an economy). */
const STACK = TAG_H + 3;

/** How many arrangements of the tags placed so far the search keeps at each tag. */
const BEAM = 48;
/** How many of each tag's spots, the cheapest, the search tries, and the wider search. */
const SPOTS = 24;
const WIDE_SPOTS = 48;

type TaggedLayout = Pick<
  ChoroplethLayout,
  'width' | 'height' | 'marks' | 'labels' | 'callouts' | 'numbered'
>;

/** What a tag wholly on another tagged economy's land costs: more than covering a name or two. */
const LAND = 100;

/**
 * How much of a tag lies on land of `ids` but `id`: the share of its box's points (every 4 px,
 * less its rounded corners), and a quarter of the share of its leader's (every 4 px; a line across
 * a neighbour reads better than a name on it, worse than one that crosses none).
 */
function othersLand(box: Box, line: Segment | undefined, id: string, landAt: LandAt): number {
  const share = (points: [number, number][]) =>
    points.length
      ? points.filter(([x, y]) => ![undefined, id].includes(landAt(x, y))).length / points.length
      : 0;
  const inBox: [number, number][] = [];
  for (let y = box.y0 + 2; y <= box.y1 - 2; y += 4)
    for (let x = box.x0 + 2; x <= box.x1 - 2; x += 4) inBox.push([x, y]);
  // (The leader's points but its end, which is the tag's own edge.)
  return line ? share(inBox) + share(linePoints(line, 4).slice(0, -1)) / 4 : share(inBox);
}

/** Where a tag would lie on its own economy: about its centre, or on its circle. */
const ownBox = ([x, y]: readonly [number, number], r: number): Box => ({
  x0: x - r + GAP,
  x1: x + r - GAP,
  y0: y - r + GAP,
  y1: y + r - GAP,
});

/**
 * The cheapest `count` spots for a tag naming the economy at `at` (its circle's centre, or its
 * shape's), each with its cost, cheapest first.
 */
function tagSpots(
  layout: TaggedLayout,
  {
    id,
    name,
    at: [ax, ay],
    r,
  }: {
    id: string;
    name: string;
    at: readonly [number, number];
    r: number;
  },
  {
    others,
    keep,
    several,
    count,
  }: {
    /** The other tagged economies (their circles, or their centres). */
    others: readonly Box[];
    /**
     * Economies whose names on the map a tag never hides (the others of the ids tagged): it does
     * not cover them, and a leader that must cross one leaves it showing.
     */
    keep: ReadonlySet<string>;
    /** Whether other economies are tagged too (a highlight): spots further out are tried. */
    several: boolean;
    /** How many spots to give. */
    count: number;
  },
  onOthers?: (box: Box, line?: Segment) => number
): TagSpot[] {
  const {width, height} = layout;
  const w = Math.min(textWidth(name, TAG_PX, true) + 2 * PAD_X, width - 4);
  // Kept on the map: slid along its side where it would run off an edge.
  const at = (x0: number, y0: number): Box => {
    const x = Math.max(2, Math.min(width - 2 - w, x0));
    const y = Math.max(2, Math.min(height - 2 - TAG_H, y0));
    return {x0: x, x1: x + w, y0: y, y1: y + TAG_H};
  };
  // What a tag should not cover: the map's names (which step aside where it must), the other
  // circles and the room about them, their leader lines, the zoom buttons, its own economy and
  // the other tagged economies.
  // (Its own economy's number, and those of the others tagged, are no obstacle: each gives way to
  // the tag that names it.)
  const tagged = (l: {id: string}) =>
    l.id === id || (keep.has(l.id) && layout.numbered.includes(l.id));
  const names = layout.labels.flatMap((l) => (tagged(l) ? [] : [{...labelBox(l), id: l.id}]));
  const circles = layout.callouts.filter((c) => c.id !== id && !c.inPlace);
  const around = (e: number) => (c: (typeof circles)[number]) => ({
    x0: c.x - c.r - e,
    x1: c.x + c.r + e,
    y0: c.y - c.r - e,
    y1: c.y + c.r + e,
  });
  const fixed: Box[] = [
    ...circles.map(around(0)),
    {x0: width - CONTROLS[0], x1: width, y0: 0, y1: CONTROLS[1]},
  ];
  // A tag or leader that grazes a circle, or runs along another leader, reads as that economy's.
  const rooms = circles.map(around(CLEAR));
  const lines: Segment[] = [
    ...circles.map((c): Segment => [c.from[0], c.from[1], c.x, c.y]),
    ...layout.labels.flatMap((l) => (l.leader ? [l.leader] : [])),
  ];
  const own = ownBox([ax, ay], r);
  const kept = names.filter((n) => keep.has(n.id));
  // Touching the economy (or its circle) above, below, right, left, then at its corners; then
  // the same further out, with a leader line back to it. Each spot costs its distance (a step
  // of 12 px, one) and, where it stands off, the square of its leader's length in LONG px (a
  // leader of 80 px costs 4, of 140 px as much as a name stepping aside: a long leader across
  // the map weighs more than a name or a line crossed near the economy); six
  // for each leader line it runs over, circle it grazes or other tagged economy its leader
  // crosses (two weigh as much as a name stepping aside); twelve for each name it covers (worse
  // than a leader alone); up to LAND as it lies on the other tagged economies' land; a thousand
  // for each circle, button or other tagged economy it covers, name of one its leader crosses
  // (the name stays showing) or for lying on its own economy; and a hundred thousand for each
  // name of another tagged economy it covers.
  const spots: (TagSpot & {base: number})[] = [];
  for (const [step, d] of (several ? FURTHER_MANY : FURTHER).entries()) {
    const [above, below] = [ay - r - d - TAG_H, ay + r + d];
    const [right, left] = [ax + r + d, ax - r - d - w];
    const [centre, middle] = [ax - w / 2, ay - TAG_H / 2];
    for (const box of [
      at(centre, above),
      at(centre, below),
      at(right, middle),
      at(left, middle),
      at(right - GAP, above + GAP),
      at(left + GAP, above + GAP),
      at(right - GAP, below - GAP),
      at(left + GAP, below - GAP),
      ...(several && d > 0
        ? [-1, 1].flatMap((k) => [at(right, middle + k * STACK), at(left, middle + k * STACK)])
        : []),
    ]) {
      const line: Segment | undefined = d > 0 ? [ax, ay, ...nearest([ax, ay], box)] : undefined;
      const hit = (o: Box) => meet(o, box) || (line !== undefined && through(o, line));
      const hides = names.filter((n) => !keep.has(n.id) && hit(n)).map((n) => n.id);
      const over =
        lines.filter((s) => through(box, s) || (line !== undefined && cross(line, s))).length +
        rooms.filter(hit).length +
        (line ? others.filter((o) => through(o, line)).length : 0);
      const blocked =
        fixed.filter(hit).length +
        (meet(own, box) ? 1 : 0) +
        others.filter((o) => meet(o, box)).length +
        kept.filter((n) => line !== undefined && through(n, line)).length +
        kept.filter((n) => meet(n, box)).length * 100;
      const far = line ? (Math.hypot(line[2] - ax, line[3] - ay) / LONG) ** 2 : 0;
      const base = step + far + over * 6 + hides.length * 12 + blocked * 1000;
      spots.push({box, line, hides, cost: base, base});
    }
  }
  // The land is read (the dearest test) only for spots that could still be among the cheapest.
  spots.sort((a, b) => a.base - b.base);
  const costs: number[] = [];
  for (const spot of spots) {
    if (costs.length >= count && spot.base >= (costs[count - 1] as number)) break;
    spot.cost += (onOthers?.(spot.box, spot.line) ?? 0) * LAND;
    costs.splice(bisectRight(costs, spot.cost), 0, spot.cost);
  }
  return spots
    .slice(0, costs.length)
    .sort((a, b) => a.cost - b.cost)
    .slice(0, count)
    .map(({box, line, hides, cost}) => ({box, line, hides, cost}));
}

/** The leader's length, px, whose square is a spot's cost for standing off (see tagSpots). */
const LONG = 40;
