/**
 * The picked economy's name on the map, where the map has no room to name it itself. On a phone
 * most of South-East Asia is a cluster of circles and small shapes with no name (labels.ts leaves
 * off what does not fit), so an economy a reader tapped, or a linked chart picked, showed a ring
 * and no word of which it was. Its name goes in a tag (a box in the page's colours, so it reads
 * over land and sea) beside the economy or its circle: above, below, right, left or at a corner;
 * where none of those is free, further out (up to 60 px) with a leader line back to it. A tag
 * never covers another economy's circle, the zoom buttons or its own economy, and avoids other
 * leader lines; where every spot within reach is worse, it covers one of the map's names, which
 * steps aside while the tag shows (`hides`). Pure.
 */
import type {ChoroplethLayout} from './layout.js';
import {CONTROLS, meet, type Box} from './labels.js';
import {through, type Segment} from './label-spots.js';
import {textWidth} from '../text.js';

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

/** Whether segments `a` and `b` cross (touching ends count). */
function cross([ax, ay, bx, by]: Segment, [cx, cy, dx, dy]: Segment): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    side(ax, ay, bx, by, cx, cy) !== side(ax, ay, bx, by, dx, dy) &&
    side(cx, cy, dx, dy, ax, ay) !== side(cx, cy, dx, dy, bx, by)
  );
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
export function pickedTag(
  layout: Pick<ChoroplethLayout, 'width' | 'height' | 'marks' | 'labels' | 'callouts'>,
  id: string | undefined
): PickedTag | undefined {
  if (id === undefined || layout.labels.some((l) => l.id === id)) return undefined;
  const mark = layout.marks.find((m) => m.id === id && m.inFocus);
  if (!mark) return undefined;
  const circle = layout.callouts.find((c) => c.id === id && !c.inPlace);
  const [ax, ay] = circle ? [circle.x, circle.y] : mark.centroid;
  const r = (circle?.r ?? 0) + GAP;
  const {width, height} = layout;
  const w = Math.min(textWidth(mark.name, TAG_PX, true) + 2 * PAD_X, width - 4);
  // Kept on the map: slid along its side where it would run off an edge.
  const at = (x0: number, y0: number): Box => {
    const x = Math.max(2, Math.min(width - 2 - w, x0));
    const y = Math.max(2, Math.min(height - 2 - TAG_H, y0));
    return {x0: x, x1: x + w, y0: y, y1: y + TAG_H};
  };
  // What a tag should not cover: the map's names (which step aside where it must), the other
  // circles and the room about them, their leader lines, the zoom buttons and its own economy.
  const names = layout.labels.map((l) => ({...labelBox(l), id: l.id}));
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
  const own: Box = {x0: ax - r + GAP, x1: ax + r - GAP, y0: ay - r + GAP, y1: ay + r - GAP};
  let best: {box: Box; leader: boolean; hides: string[]} | undefined;
  let least = Infinity;
  // Touching the economy (or its circle) above, below, right, left, then at its corners; then
  // the same further out, with a leader line back to it. Each spot costs its distance (a step
  // of 12 px, one), four for each leader line it runs over or circle it grazes (a tangle reads
  // worse than a name stepping aside), twelve for each name it covers (worse than a leader
  // alone), a thousand for each circle or button it covers or for lying on its own economy: the
  // cheapest is taken, the nearest of equals.
  for (const [step, d] of FURTHER.entries()) {
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
    ]) {
      const line: Segment | undefined = d > 0 ? [ax, ay, ...nearest([ax, ay], box)] : undefined;
      const hit = (o: Box) => meet(o, box) || (line !== undefined && through(o, line));
      const hides = names.filter(hit).map((n) => n.id);
      const over =
        lines.filter((s) => through(box, s) || (line !== undefined && cross(line, s))).length +
        rooms.filter(hit).length;
      const blocked = fixed.filter(hit).length + (meet(own, box) ? 1 : 0);
      const cost = step + over * 4 + hides.length * 12 + blocked * 1000;
      if (cost < least) [best, least] = [{box, leader: d > 0, hides}, cost];
    }
  }
  if (!best) return undefined;
  const {box, hides} = best;
  return {
    id,
    text: mark.name,
    box,
    hides,
    leader: best.leader ? leaderTo([ax, ay], circle?.r ?? 0, box) : undefined,
    x: (box.x0 + box.x1) / 2,
    y: box.y0 + TAG_H / 2 + TAG_PX * 0.35,
  };
}
