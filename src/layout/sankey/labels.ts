/**
 * Where the Sankey's words go. Horizontal: the first and last columns' names sit in margins kept
 * for them outside the bands (wrapped when long); a node in between takes the first place beside,
 * above or below it that meets no other label, no other node and no band that is not its own.
 * Vertical: under or over each node, by the same test; where it does not fit across, written
 * upward along the node's centre line (the first and last rows have margins kept for that). A
 * name that finds no place is left off (and the node marked incomplete); up to KEYED of those,
 * the largest, get a number in its place instead, which the legend names. Values are written on
 * bands thick enough to hold them. Pure.
 */
import {columnWidth, columnsIn, textColumns, textWidth, wrapText} from '../text.js';
import {bandGrid, clashes, overlaps, type BandShape, type Box} from './collide.js';

/** Line height and size of the 12 px labels, px. */
export const LINE = 14;
const LABEL_PX = 12;
/** Values written on the bands are 11 px. */
const VALUE_PX = 11;
const GAP = 5;
/**
 * Text runs up to about 5 % wider than its estimate in some system fonts (Noto Sans, Linux's
 * system-ui: "Methamphetamine" 107.5 px at 12 px against 102.8 estimated). Where a label meets
 * the chart's left or right edge the drawing cuts it, so there it is given that much more room
 * (left to right: the first and last columns' names run out to the edges).
 */
const EDGE_SLACK = 1.05;

export interface Labelled {
  id: string;
  label: string;
  display: string;
  x: number;
  y: number;
  w: number;
  h: number;
  total: number;
  /** The label's lines ([] when left off), where the first baseline is, and how it is anchored. */
  lines: string[];
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
  /**
   * Written upward (turned a quarter to the left about labelX, labelY), each line a line to the
   * right of the one before: a vertical layout's name that does not fit across its node.
   */
  rotated: boolean;
  /** Name and value both shown in full. */
  complete: boolean;
  /**
   * A name that found no place: the number written at the node instead (its only line), which
   * the legend's key names; 0 for a node with its name, or with neither.
   */
  key: number;
}

/** At most this many nameless nodes are numbered: a longer key would be read as a list. */
export const KEYED = 20;

export interface Band {
  id: string;
  source: string;
  target: string;
  shape: BandShape;
  /** Its pieces (LinkMark.shapes). */
  shapes: BandShape[];
  thickness: number;
  mid: [number, number];
  display: string;
  /** One value per record: the halves of a TOCTA flow share a path. */
  path: string | undefined;
  text: string;
}

export interface Frame {
  width: number;
  height: number;
  vertical: boolean;
  /** Vertical: how long a name written upward may be (the room kept above the first row). */
  upward: number;
}

/** Where a label goes: its anchor, and whether it is written upward. */
type Spot = [x: number, y: number, anchor: Labelled['anchor'], rotated?: boolean];

const widthOf = (lines: readonly string[]) =>
  Math.max(0, ...lines.map((l) => textWidth(l, LABEL_PX)));

/** The box of lines anchored at (x, y), y the first baseline (`rotated`: written upward). */
export function labelBox(
  lines: readonly string[],
  x: number,
  y: number,
  anchor: Labelled['anchor'],
  rotated = false
): Box {
  return boxOf(widthOf(lines), lines.length, x, y, anchor, rotated);
}

/**
 * The box of `count` lines at most `w` px wide, anchored at (x, y), y the first baseline; turned,
 * the text runs up from (x, y) (`start`), down to it (`end`) or about it, x the first baseline.
 */
function boxOf(
  w: number,
  count: number,
  x: number,
  y: number,
  anchor: Labelled['anchor'],
  rotated = false
): Box {
  const [along, across] = rotated ? [-y, x] : [x, y];
  const a0 = anchor === 'start' ? along : anchor === 'end' ? along - w : along - w / 2;
  // Turned, 3 px more at each side: names side by side a line apart read as one name's lines.
  const pad = rotated ? 3 : 0;
  const b0 = across - 11 - pad;
  const b1 = across + (count - 1) * LINE + 4 + pad;
  return rotated ? {x0: b0, x1: b1, y0: -(a0 + w), y1: -a0} : {x0: a0, x1: a0 + w, y0: b0, y1: b1};
}

/** "Name value" on one line, or the name wrapped to `chars` with the value after it. */
export function labelLines(label: string, display: string, chars: number): string[][] {
  const one = `${label} ${display}`;
  const out: string[][] = [];
  if (textColumns(one) <= chars) out.push([one]);
  const name = wrapText(label, Math.max(8, chars));
  const last = name.at(-1) ?? '';
  if (textColumns(`${last} ${display}`) <= chars)
    out.push([...name.slice(0, -1), `${last} ${display}`]);
  out.push([...name, display]);
  return out.filter(
    (l) => widthOf(l) <= Math.max(8, chars) * columnWidth(LABEL_PX) + 0.5 || l.length === 1
  );
}

/**
 * How many of `count` nodes `orientation="auto"` still draws as bands without room for their
 * name and value beside them: one in ten, two at most, none in a graph of fewer than ten (a
 * five-node graph on a phone numbered both ends of its largest flow). Each is numbered, or its
 * value goes to the legend's line, where the legend names it; with more, the chart is the list.
 * The TOCTA flows, 23 nodes: bands from about 920 px, one node numbered and one value in the
 * line (the list below 1,200 px before); at 900 px three nodes, at 800 px six.
 */
export const crowdedMost = (count: number) => Math.min(2, Math.floor(count / 10));

/**
 * Whether a horizontal layout reads as bands: at most crowdedMost nodes without their name and
 * value beside them, and each of those numbered or named.
 */
export const readsAsBands = (nodes: readonly Pick<Labelled, 'complete' | 'lines'>[]) =>
  nodes.filter((n) => !n.complete).length <= crowdedMost(nodes.length) &&
  nodes.every((n) => n.lines.length > 0);

/** The widest one-line label, for the margins kept beside the first and last columns. */
export const oneLineWidth = (label: string, display: string) =>
  textWidth(`${label} ${display}`, LABEL_PX) * EDGE_SLACK;

/**
 * Places every node's label (see the file's comment); then each label that sits over a band of
 * its own too thin to hold it (thin bands cross the words like strike-throughs, and where several
 * meet they tangle with them) moves, whole, to a place clear of them if there is one. With
 * `crowded`, stops at the node past that many whose name and value find no place (left
 * incomplete, as are the nodes not reached): the caller draws the list instead, so the rest
 * would be wasted.
 */
export function placeLabels(
  marks: Labelled[],
  bands: readonly Band[],
  f: Frame,
  crowded = Infinity
): Box[] {
  const placed: Box[] = [];
  const rects = marks.map((m) => ({
    id: m.id,
    box: {x0: m.x, x1: m.x + m.w, y0: m.y, y1: m.y + m.h},
  }));
  const meetsBand = bandGrid(bands);
  // Each candidate's lines are measured once, not again at each of its places.
  const widths = new Map<readonly string[], number>();
  const measured = (lines: readonly string[]) => {
    let w = widths.get(lines);
    if (w === undefined) widths.set(lines, (w = widthOf(lines)));
    return w;
  };
  const boxAt = (lines: readonly string[], ...[x, y, anchor, rotated]: Spot) =>
    boxOf(measured(lines), lines.length, x, y, anchor, rotated);
  const inside = (b: Box) => {
    // Either side: a label's box does not say which way its text runs from its anchor.
    const more = f.vertical ? 0 : (b.x1 - b.x0) * (EDGE_SLACK - 1);
    return b.x0 - more >= 0 && b.x1 + more <= f.width && b.y0 >= 0 && b.y1 <= f.height;
  };
  // Inside the chart, on no other label (but `was`), node or band that is not its own.
  const free = (m: Labelled, b: Box, was?: Box) =>
    inside(b) &&
    !placed.some((p) => p !== was && overlaps(b, p)) &&
    !rects.some((r) => r.id !== m.id && overlaps(b, r.box)) &&
    !meetsBand(b, (l) => l.source !== m.id && l.target !== m.id);
  // Better still: not over a band of its own too thin to hold the text (thin bands cross the
  // words like strike-throughs, and where several meet they tangle with them).
  const clear = (m: Labelled, b: Box, was: Box) =>
    free(m, b, was) &&
    !meetsBand(b, (l) => (l.source === m.id || l.target === m.id) && l.thickness < LINE + 2);
  const boxes = new Map<Labelled, number>();
  const moves: (() => void)[] = [];
  const left = Math.min(...marks.map((m) => m.x));
  const right = Math.max(...marks.map((m) => m.x + m.w));
  const top = Math.min(...marks.map((m) => m.y));
  const bottom = Math.max(...marks.map((m) => m.y + m.h));
  const spots = (m: Labelled, lines: readonly string[]): Spot[] => {
    const cx = m.x + m.w / 2;
    const h = lines.length * LINE;
    // Centred on the node, but kept inside the chart (a thin node at the very edge).
    const mid = Math.max(11, Math.min(f.height - h + LINE - 4, m.y + (m.h - h + LINE) / 2 + 4));
    const above = m.y - GAP - h + 11;
    const below = m.y + m.h + GAP + 11;
    if (f.vertical) {
      // Across, only where the name is hardly wider than its node: wider, it would stand over
      // its neighbours and could be read as theirs. Else upward, the lines' block centred on
      // the node's centre line. The first row's names go above it and the last row's below
      // (into the room kept there), never among the flows; the others below, else above.
      const up = cx - ((lines.length - 1) * LINE - 7) / 2;
      const across = measured(lines) <= m.w + 4 * GAP;
      const under: [Spot, Spot] = [
        [cx, below, 'middle'],
        [up, m.y + m.h + GAP, 'end', true],
      ];
      const over: [Spot, Spot] = [
        [cx, above, 'middle'],
        [up, m.y - GAP, 'start', true],
      ];
      const sides = m.y <= top + 0.5 ? [over] : m.y + m.h >= bottom - 0.5 ? [under] : [under, over];
      // Across (at either side) before upward.
      const turned = sides.map(([, t]) => t);
      return across ? [...sides.map(([flat]) => flat), ...turned] : turned;
    }
    if (m.x <= left + 0.5) return [[m.x - GAP, mid, 'end']];
    if (m.x + m.w >= right - 0.5) return [[m.x + m.w + GAP, mid, 'start']];
    return [
      [m.x - GAP, mid, 'end'],
      [m.x + m.w + GAP, mid, 'start'],
      [cx, above, 'middle'],
      [cx, below, 'middle'],
      [m.x + m.w, above, 'end'],
      [m.x, above, 'start'],
      [m.x + m.w, below, 'end'],
      [m.x, below, 'start'],
    ];
  };
  for (const m of [...marks].sort((a, b) => b.total - a.total)) {
    m.lines = [];
    m.complete = false;
    m.rotated = false;
    m.key = 0;
    const room = f.vertical ? f.width : edgeRoom(m, left, right, f.width) / EDGE_SLACK;
    const choices = [
      ...labelLines(m.label, m.display, room / columnWidth(LABEL_PX)),
      // Vertical: wrapped too, for a name written upward in the room kept for it.
      ...labelLines(m.label, m.display, f.vertical ? columnsIn(f.upward, LABEL_PX) : 18),
    ];
    const fallback = [[m.label]];
    for (const [i, lines] of [...choices, ...fallback].entries()) {
      if (i === choices.length && --crowded < 0) return placed;
      const spot = spots(m, lines).find((at) => free(m, boxAt(lines, ...at)));
      if (!spot) continue;
      [m.labelX, m.labelY, m.anchor] = spot;
      m.rotated = spot[3] === true;
      m.lines = lines;
      m.complete = i < choices.length;
      placed.push(boxAt(lines, ...spot));
      boxes.set(m, placed.length - 1);
      break;
    }
    moves.push(() => {
      const at = boxes.get(m);
      const own = at === undefined ? undefined : placed[at];
      if (at === undefined || !own || !m.complete || clear(m, own, own)) return;
      for (const lines of choices) {
        const spot = spots(m, lines).find((at) => clear(m, boxAt(lines, ...at), own));
        if (!spot) continue;
        [m.labelX, m.labelY, m.anchor] = spot;
        m.rotated = spot[3] === true;
        m.lines = lines;
        placed[at] = boxAt(lines, ...spot);
        return;
      }
    });
  }
  for (const move of moves) move();
  // The largest nameless nodes, numbered in reading order (row by row, or column by column),
  // each number where the name would have gone; a number that finds no place is not given.
  const nameless = marks
    .filter((m) => !m.lines.length)
    .sort((a, b) => b.total - a.total)
    .slice(0, KEYED)
    .sort((a, b) => (f.vertical ? a.y - b.y || a.x - b.x : a.x - b.x || a.y - b.y));
  // A number must read as its own node's: nearer to it than half the way to any other node, or
  // (vertical) straight over or under it, with no other node of its row over or under any of it.
  const gap = (a: Box, b: Box) =>
    Math.hypot(Math.max(0, b.x0 - a.x1, a.x0 - b.x1), Math.max(0, b.y0 - a.y1, a.y0 - b.y1));
  const own = (m: Labelled, b: Box) => {
    const box = rects.find((r) => r.id === m.id)?.box ?? b;
    const others = rects.filter((r) => r.id !== m.id).map((r) => r.box);
    const mine = gap(b, box);
    if (Math.min(...others.map((o) => gap(b, o))) >= Math.max(2 * mine, mine + 4)) return true;
    const centred = Math.abs((b.x0 + b.x1) / 2 - (m.x + m.w / 2)) < 1;
    const row = others.filter((o) => o.y0 < box.y1 && box.y0 < o.y1);
    return f.vertical && centred && !row.some((o) => o.x0 < b.x1 + 2 && b.x0 - 2 < o.x1);
  };
  let key = 0;
  for (const m of nameless) {
    const lines = [String(key + 1)];
    // Written across, where a name would go (vertical: kept inside the chart, a node at its edge
    // numbered all the same), or (vertical: a number is narrow) beside its node.
    const half = measured(lines) / 2;
    const inChart = (at: Spot): Spot =>
      at[2] === 'middle' ? [Math.min(Math.max(at[0], half), f.width - half), at[1], 'middle'] : at;
    const cy = m.y + m.h / 2 + 4;
    const beside: Spot[] = f.vertical
      ? [
          [m.x - 2, cy, 'end'],
          [m.x + m.w + 2, cy, 'start'],
        ]
      : [];
    const across = spots(m, lines).filter((at) => !at[3]);
    const spot = [...(f.vertical ? across.map(inChart) : across), ...beside].find((at) => {
      const b = boxAt(lines, ...at);
      return free(m, b) && own(m, b);
    });
    if (!spot) continue;
    [m.labelX, m.labelY, m.anchor] = spot;
    m.rotated = false;
    m.lines = lines;
    m.key = ++key;
    placed.push(boxAt(lines, ...spot));
  }
  return placed;
}

/** How wide a label may be: the margin outside an edge column, else a third of the chart. */
function edgeRoom(m: Labelled, left: number, right: number, width: number): number {
  if (m.x <= left + 0.5) return m.x - GAP;
  if (m.x + m.w >= right - 0.5) return width - (m.x + m.w) - GAP;
  return width / 3;
}

/**
 * Values written on the bands thick and long enough to hold them, widest first, clear of other
 * labels and of every other band; once per record (a TOCTA flow's two halves carry one value);
 * not on a band that carries the whole of a node whose label already says it ("$16.3B" on the one
 * band into "Heroin $16.3B"), or whose number's line in the key does ("$15B" beside the 3 of
 * "3 Methamphetamines $15B", read as a value of no node).
 */
export function labelBands(bands: Band[], placed: Box[], f: Frame, nodes: Labelled[]): void {
  // What the nodes' labels, or the key naming a numbered node, say already.
  const said = new Map(nodes.filter((n) => n.complete || n.key).map((n) => [n.id, n.display]));
  const done = new Set<string>();
  const meetsBand = bandGrid(bands);
  for (const l of [...bands].sort((a, b) => b.thickness - a.thickness)) {
    if (l.path && done.has(l.path)) continue;
    if (said.get(l.source) === l.display || said.get(l.target) === l.display) continue;
    const w = textWidth(l.display, VALUE_PX);
    // Across the band, and along it between its two nodes (a value wider than the gap between
    // the columns ran over both nodes' bars: "2B (range $1B to $4E…" at 414 px).
    const {from, to} = l.shape;
    const fits = f.vertical
      ? l.thickness >= w + 8 && Math.abs(to[1] - from[1]) >= LINE + 4
      : l.thickness >= LINE + 2 && Math.abs(to[0] - from[0]) >= w + 8;
    if (!fits) continue;
    const [x, y] = l.mid;
    const box = {x0: x - w / 2, x1: x + w / 2, y0: y - LINE / 2 + 1, y1: y + LINE / 2 - 1};
    if (clashes(box, placed)) continue;
    if (meetsBand(box, (o) => o.id !== l.id)) continue;
    l.text = l.display;
    placed.push(box);
    if (l.path) done.add(l.path);
  }
}
