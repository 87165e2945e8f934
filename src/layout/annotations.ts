/**
 * Annotations: the notes an author writes on a chart (`<apac-note>` children or the `annotations`
 * property), read into one shape and placed without a DOM. A note's box goes where it hides the
 * fewest marks and labels, never over another note, a note's target or its target's label, with
 * a connector to the target; a note with no such place, and every note below VERTICAL_BELOW px
 * (the project's phone rule), becomes a lettered marker on its target, listed under the chart.
 */
import {textWidth, wrapLines, columnsIn, type Rect} from './text.js';
import {markersAt, type NoteSpec} from './notes-read.js';
import type {Translate} from '../i18n/catalogue.js';

export {
  markersAt,
  notesShownAt,
  readNotes,
  type Annotation,
  type NoteShow,
  type NoteSpec,
} from './notes-read.js';
export {textBox, type Rect} from './text.js';

/** What notes avoid: marks they may cover when there is no other room, and text they never cover. */
export interface Obstacles {
  marks: Rect[];
  labels: Rect[];
  /**
   * Marks a reader finds the chart by (a Sankey's node bars): a note may cover them where there
   * is no other room, but each pixel hidden weighs as SOLID_WEIGHT of `marks`.
   */
  solid?: Rect[] | undefined;
  /**
   * Marks that stand for one thing each, small as a marker (the map's callout circles): a marker
   * keeps NEAR_GAP px off those that are not its target's, or it reads as theirs.
   */
  tokens?: (Rect & {id?: string})[] | undefined;
  /**
   * Whether a point lies on something that is not `target`'s own and a marker there would read as
   * about it (the map: another economy's land). A marker keeps off such points where it has a
   * spot clear of them.
   */
  foreign?: ((x: number, y: number, target: NoteTarget) => boolean) | undefined;
}

/** Where a note's target is drawn, found by the chart. */
export interface NoteTarget {
  x: number;
  y: number;
  /** What the target is called, for the list and the screen reader. */
  name: string;
  /** The chart's id of what the note is about (the map: the economy), where it is one thing. */
  id?: string | undefined;
  /** A date range: its extent along x (drawn as a bracket at `y`). */
  span?: [number, number] | undefined;
  /** The target's own label, which no note may cover. */
  label?: Rect | undefined;
  /**
   * Nothing is drawn at the point (a closed year's heading on the vertical timeline's axis): a
   * marker may sit on it rather than beside it, where it fell between two years' rows.
   */
  onto?: boolean | undefined;
}

/** A chart's reading of notes against its layout (the chart's own file in src/elements). */
export interface NoteReader<L> {
  /** Where a note's target is drawn in `layout`; undefined when it names nothing drawn. */
  target(layout: L, note: NoteSpec, t: Translate): NoteTarget | undefined;
  /** What notes should not hide in `layout`: marks (avoided where possible) and text (never covered). */
  obstacles(layout: L): Obstacles;
}

/**
 * A note's letter on its marker and in the lists: A, B, … Z, AA, AB, … for 1, 2, … Letters, not
 * digits: the map and the Sankey number what they have no room to name, and a note's 2 beside
 * Lao PDR's 2 on the map read as one key.
 */
export function noteLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A note placed on the chart: a box with wrapped text, or a lettered marker. */
export interface PlacedNote {
  id: string;
  /** 1, 2, … in the authors' order: the marker's and the list's place (noteLetter). */
  number: number;
  text: string;
  target: NoteTarget;
  /** The note's box and lines (first baseline `box.y + pad + size`); undefined for a marker. */
  box?: Rect | undefined;
  lines: string[];
  /** Baselines of `lines`. */
  baselines: number[];
  /** A numbered circle on the target, with the note in the list under the chart. */
  marker?: {x: number; y: number; r: number} | undefined;
  /** From the box or marker to the target, stopping short of it; undefined when they touch. */
  connector?: [number, number, number, number] | undefined;
  /**
   * The connector as drawn (path data): parted where it runs under a label (connectorPath); empty
   * where the note stands beside its target's own name, the whole line under it.
   */
  connectorPath?: string | undefined;
}

export interface NoteLayout {
  /** Every note shown, in order (boxes and markers). */
  notes: PlacedNote[];
  /** The notes listed under the chart: those drawn as markers. */
  listed: PlacedNote[];
  fontSize: number;
}

export interface PlaceOptions {
  width: number;
  height: number;
  /** Notes and their targets in order; a note whose target was not found is left out. */
  notes: readonly {note: NoteSpec; target: NoteTarget}[];
  /** Marks a note would rather not hide, and labels it never covers. */
  obstacles: Obstacles;
  /** Size of the notes' text, px. Default 12. */
  fontSize?: number;
}

const PAD = 4;
const SOLID_WEIGHT = 12;
const MARKER_R = 9;
/**
 * How far a marker keeps off a token that is not its target's, px (edge to edge), wherever it has
 * a spot so: on the annotated map at 320 px, Timor-Leste's A sat 2 px from Papua New Guinea's
 * circle, and at 375 px Malaysia's B on Brunei's.
 */
const NEAR_GAP = 6;
const DISTANCES = [14, 30, 56, 90, 140];
const DIRECTIONS: readonly [number, number][] = [
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -1],
  [0, 1],
  [1, 0],
  [-1, 0],
];

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

const around = (x: number, y: number, r: number): Rect => ({
  x: x - r,
  y: y - r,
  w: 2 * r,
  h: 2 * r,
});

const grown = (r: Rect, e: number): Rect => ({
  x: r.x - e,
  y: r.y - e,
  w: r.w + 2 * e,
  h: r.h + 2 * e,
});

/**
 * The part of segment `c` inside `r`, as fractions of its length; undefined where none (a touch
 * is none). The same clip as the map's `span` (choropleth/clip.ts), kept apart: shared, it went
 * into a chunk of its own that every map page loads (+0.12 kB), or, put in text.ts, onto every
 * chart's page (+0.1 kB on the timeline's and the Sankey's, measured at stop 54).
 */
function inside(c: readonly number[], r: Rect): [number, number] | undefined {
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = c;
  let [t0, t1] = [0, 1];
  // Each side of the box in turn (Liang and Barsky's clipping).
  for (const [p, q] of [
    [x1 - x2, x1 - r.x],
    [x2 - x1, r.x + r.w - x1],
    [y1 - y2, y1 - r.y],
    [y2 - y1, r.y + r.h - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1 ? [t0, t1] : undefined;
}

/**
 * A connector as path data, parted where it runs under a label (the label's box and 1 px): the
 * name reads over the line, as a map's names do over its callouts' leaders, instead of struck
 * through by it. The target's own label (`own`) may take in an end: the line then stops at the
 * name of what it points at (and is not drawn where the note is beside that name). Where another
 * label takes in either end, the line stays whole there: parted, it would point at that label.
 */
export function connectorPath(
  c: [number, number, number, number],
  labels: readonly Rect[],
  own?: Rect
): string {
  if (!c.every(Number.isFinite)) return '';
  const ends = 4 / Math.max(1, Math.hypot(c[2] - c[0], c[3] - c[1]));
  const gaps = [...labels, ...(own ? [own] : [])]
    .map((b) => {
      const g = inside(c, grown(b, 1));
      return g && (b === own || (g[0] > ends && g[1] < 1 - ends)) ? g : undefined;
    })
    .filter((g) => g !== undefined)
    .sort((a, b) => a[0] - b[0]);
  const at = (t: number) =>
    `${Math.round((c[0] + (c[2] - c[0]) * t) * 10) / 10},${Math.round((c[1] + (c[3] - c[1]) * t) * 10) / 10}`;
  let d = '';
  let from = 0;
  for (const [a, b] of [...gaps, [1, 1] as [number, number]]) {
    if (a > from) d += `M${at(from)}L${at(a)}`;
    from = Math.max(from, b);
  }
  return d;
}

/** The segment from the edge of `box` nearest (x, y) to 3 px short of (x, y); undefined when close. */
function connect(box: Rect, x: number, y: number): [number, number, number, number] | undefined {
  const cx = Math.min(box.x + box.w, Math.max(box.x, x));
  const cy = Math.min(box.y + box.h, Math.max(box.y, y));
  const d = Math.hypot(x - cx, y - cy);
  if (d < 6) return undefined;
  const k = (d - 3) / d;
  return [cx, cy, cx + (x - cx) * k, cy + (y - cy) * k];
}

/**
 * Places notes in order. The first place with no conflict and the least hidden is taken:
 * candidates at growing distances in eight directions from the target, kept inside the chart.
 * Conflicts (never allowed): another note or marker, any note's target point, any target's label.
 */
export function placeNotes(o: PlaceOptions): NoteLayout {
  const size = o.fontSize ?? 12;
  const line = Math.round(size * 1.25);
  const phone = markersAt(o.width);
  const taken: Rect[] = [];
  const forbidden: Rect[] = [...o.obstacles.labels];
  for (const {target} of o.notes) {
    if (!target.onto) forbidden.push(around(target.x, target.y, 4));
    if (target.label) forbidden.push(target.label);
  }
  const cost = (r: Rect, t: NoteTarget): number => {
    if (r.x < 0 || r.y < 0 || r.x + r.w > o.width || r.y + r.h > o.height) return Infinity;
    if (taken.some((b) => overlap(r, b) > 0)) return Infinity;
    if (forbidden.some((b) => overlap(r, b) > 0)) return Infinity;
    let hidden = 0;
    for (const b of o.obstacles.marks) hidden += overlap(r, b);
    for (const b of o.obstacles.solid ?? []) hidden += overlap(r, b) * SOLID_WEIGHT;
    // A connector struck through a label reads as crossing it out: worse than hiding two boxes of
    // marks (at half a box, the notes story at 960 px took it over covering bands).
    const line = connect(r, t.x, t.y);
    if (line) hidden += r.w * r.h * 2 * o.obstacles.labels.filter((b) => inside(line, b)).length;
    return hidden + Math.hypot(r.x + r.w / 2 - t.x, r.y + r.h / 2 - t.y) * 0.5;
  };
  const crowded = (r: Rect, t: NoteTarget): number =>
    (o.obstacles.tokens ?? []).some(
      (b) =>
        overlap(grown(b, NEAR_GAP), r) > 0 &&
        overlap(b, around(t.x, t.y, 1)) === 0 &&
        (b.id === undefined || b.id !== t.id)
    )
      ? Infinity
      : 0;
  // A marker on another economy's land reads as that economy's note (Timor-Leste's A on
  // Australia's coast at 358 px): as bad as hiding four times its own area of marks.
  const foreign = o.obstacles.foreign;
  const elsewhere = (r: Rect, t: NoteTarget): number => {
    if (!foreign) return 0;
    const [cx, cy, d] = [r.x + r.w / 2, r.y + r.h / 2, r.w * 0.35];
    const on = [
      [0, 0],
      [d, 0],
      [-d, 0],
      [0, d],
      [0, -d],
    ].some(([dx = 0, dy = 0]) => foreign(cx + dx, cy + dy, t));
    return on ? 4 * r.w * r.h : 0;
  };
  const connection = (connector: PlacedNote['connector'], t: NoteTarget) =>
    connector && {connector, connectorPath: connectorPath(connector, o.obstacles.labels, t.label)};
  const notes: PlacedNote[] = [];
  const chars = Math.max(12, Math.min(30, columnsIn(Math.min(220, o.width * 0.32), size)));
  o.notes.forEach(({note, target}, i) => {
    const number = i + 1;
    const base = {id: note.id, number, text: note.text, target};
    // A box says its letter too ("B. …"), as a marker and the list do: the letters under the
    // chart otherwise skip the notes drawn in boxes (A, C), and a note keeps its letter at
    // every width (on a phone every note is a marker).
    const box = phone
      ? undefined
      : boxFor(`${noteLetter(number)}. ${note.text}`, target, chars, size, line, cost);
    if (box) {
      taken.push(box);
      const baselines = box.lines.map((_, k) => box.y + PAD + size + k * line - 2);
      notes.push({
        ...base,
        box,
        lines: box.lines,
        baselines,
        ...connection(connect(box, target.x, target.y), target),
      });
      return;
    }
    const marker = markerFor(target, (r, t) => cost(r, t) + crowded(r, t) + elsewhere(r, t)) ??
      markerFor(target, (r, t) => cost(r, t) + elsewhere(r, t)) ?? {
        x: target.x,
        y: target.y - MARKER_R - 4,
        r: MARKER_R,
      };
    taken.push(around(marker.x, marker.y, marker.r));
    notes.push({
      ...base,
      lines: [],
      baselines: [],
      marker,
      ...connection(connectMarker(marker, target), target),
    });
  });
  return {notes, listed: notes.filter((n) => n.marker), fontSize: size};
}

function boxFor(
  text: string,
  target: NoteTarget,
  chars: number,
  size: number,
  line: number,
  cost: (r: Rect, t: NoteTarget) => number
): (Rect & {lines: string[]}) | undefined {
  const lines = wrapLines(text, chars, 6);
  const w = Math.ceil(Math.max(...lines.map((l) => textWidth(l, size))) + 2 * PAD);
  const h = lines.length * line + 2 * PAD;
  let best: Rect | undefined;
  let bestCost = Infinity;
  for (const d of DISTANCES)
    for (const [dx, dy] of DIRECTIONS) {
      const r = {
        x: Math.round(target.x + dx * (d + w / 2) - w / 2),
        y: Math.round(target.y + dy * (d + h / 2) - h / 2),
        w,
        h,
      };
      const c = cost(r, target);
      if (c < bestCost) {
        best = r;
        bestCost = c;
      }
    }
  return best ? {...best, lines} : undefined;
}

/** The cheapest spot for a marker near `target`; undefined where every spot is ruled out. */
function markerFor(
  target: NoteTarget,
  cost: (r: Rect, t: NoteTarget) => number
): {x: number; y: number; r: number} | undefined {
  const r = MARKER_R;
  let best: {x: number; y: number; r: number} | undefined;
  let bestCost = Infinity;
  if (target.onto) {
    const c = cost(around(target.x, target.y, r), target);
    if (c < Infinity) return {x: Math.round(target.x), y: Math.round(target.y), r};
  }
  for (const d of [r + 4, r + 14, r + 28, r + 44, r + 64])
    for (let i = 0; i < 16; i++) {
      // Sixteen directions (eight left a crowded map's marker no spot clear of other circles).
      const a = (i * Math.PI) / 8;
      const x = Math.round(target.x + Math.cos(a) * d);
      const y = Math.round(target.y - Math.sin(a) * d);
      const c = cost(around(x, y, r), target);
      if (c < bestCost) {
        best = {x, y, r};
        bestCost = c;
      }
    }
  return best;
}

function connectMarker(
  m: {x: number; y: number; r: number},
  t: NoteTarget
): [number, number, number, number] | undefined {
  const d = Math.hypot(t.x - m.x, t.y - m.y);
  if (d < m.r + 6) return undefined;
  const ux = (t.x - m.x) / d;
  const uy = (t.y - m.y) / d;
  return [m.x + ux * m.r, m.y + uy * m.r, t.x - ux * 3, t.y - uy * 3];
}
