import type {NoteReader, Obstacles, NoteSpec, NoteTarget} from '../../layout/annotations.js';
import type {Translate} from '../../i18n/catalogue.js';
import {flowName} from '../../layout/sankey/flow-name.js';
import {textBox, type Rect} from '../../layout/text.js';
import type {SankeyLayout} from '../../layout/sankey/layout.js';
import {labelBox} from '../../layout/sankey/labels.js';
import {across, paramAt, type BandShape} from '../../layout/sankey/collide.js';
import {viaBaseline, type ListRow} from '../../layout/sankey/list.js';

/** Node labels are 12 px text; the next line is 14 px below. Values on bands are 11 px. */
const LABEL_PX = 12;
const VALUE_PX = 11;
const LINE = 14;

const labelOf = (n: SankeyLayout['nodes'][number]): Rect | undefined => {
  if (!n.lines.length) return undefined;
  // Written upward: the box the label placement kept for it.
  if (n.rotated) {
    const b = labelBox(n.lines, n.labelX, n.labelY, n.anchor, true);
    return {x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0};
  }
  const boxes = n.lines.map((l, i) =>
    textBox(l, n.labelX, n.labelY + i * LINE, LABEL_PX, n.anchor)
  );
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return {x, y, w: x1 - x, h: y1 - y};
};

/**
 * Where a note points on the Sankey: a node (`for` its id) at its bar, or a flow
 * (`for="source->target"`) at the middle of its band; in the phone list, at the end of the
 * node's row (a flow at its source's row). Undefined when nothing drawn matches.
 */
export function sankeyNoteTarget(
  layout: SankeyLayout,
  note: NoteSpec,
  t: Translate
): NoteTarget | undefined {
  const [source, target] = note.target.split('->').map((s) => s.trim());
  const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string) => nodes.get(id)?.label ?? id;
  if (target !== undefined) {
    const link = layout.links.find((l) => l.source === source && l.target === target);
    if (!link) return undefined;
    const name = flowName(nameOf(link.source), nameOf(link.target), t);
    if (layout.list) return listTarget(layout, link.target, name);
    return {x: link.mid[0], y: link.mid[1], name};
  }
  const node = nodes.get(note.target);
  if (!node) return undefined;
  if (layout.list) return listTarget(layout, node.id, node.label);
  return {x: node.x + node.w / 2, y: node.y + node.h / 2, name: node.label, label: labelOf(node)};
}

/**
 * The list's names and values (12 px, bold; the first baseline 13 px into the row), and with
 * `via` its muted "from … / to …" lines (11 px, 14 px apart).
 */
const listText = (r: ListRow, width: number, via = false): Rect[] => {
  const nameY = r.y + 13;
  const boxes = r.name.map((line, i) => textBox(line, 0, nameY + i * 16, LABEL_PX, 'start'));
  const valueY = r.valueLine ? nameY + r.name.length * 16 : nameY;
  boxes.push(textBox(r.value, width - 4, valueY, LABEL_PX, 'end'));
  if (via)
    r.via.forEach((line, i) =>
      boxes.push(textBox(line, 0, viaBaseline(r) + i * LINE, VALUE_PX, 'start'))
    );
  return boxes.map((b) => ({...b, w: b.w * 1.1}));
};

/** In the list, a note points at the space after the row's name (its first line). */
function listTarget(layout: SankeyLayout, id: string, name: string): NoteTarget | undefined {
  const row = layout.list?.rows.find((r) => r.id === id);
  if (!row) return undefined;
  const [first] = listText(row, layout.width);
  return {x: (first ? first.x + first.w : 0) + 6, y: row.y + 9, name, label: first};
}

/**
 * Nodes (solid marks), bands (marks) and their labels (text); or the list's bars (solid), names,
 * values, "from / to" lines and headings (text).
 */
export function sankeyNoteObstacles(layout: SankeyLayout): Obstacles {
  if (layout.list) {
    const labels = layout.list.rows.flatMap((r) => listText(r, layout.width, true));
    const solid = layout.list.rows.map((r) => ({
      x: 0,
      y: r.barY,
      w: Math.max(r.barW, r.highW),
      h: 8,
    }));
    // Section headings, in capitals spaced 0.04 em apart (`.list .stage`).
    for (const h of layout.list.headings) {
      const b = textBox(h.text.toLocaleUpperCase(), 0, h.y, LABEL_PX, 'start', {bold: true});
      labels.push({...b, w: b.w * 1.15});
    }
    return {marks: [], labels, solid};
  }
  const marks: Rect[] = [];
  const labels: Rect[] = [];
  const solid: Rect[] = [];
  for (const n of layout.nodes) {
    solid.push({x: n.x, y: n.y, w: n.w, h: n.h});
    const label = labelOf(n);
    if (label) labels.push(label);
  }
  // The flows too: a note weighs what it would hide of them (at 1280 px both of a story's notes
  // sat on the bands beside their targets, with open room a little further off), and never
  // covers a value written on one.
  for (const l of layout.links) {
    if (!l.core) continue;
    for (const piece of l.shapes) marks.push(...bandRects(piece));
    if (l.text) labels.push(textBox(l.text, l.mid[0], l.mid[1] + 4, VALUE_PX, 'middle'));
  }
  for (const c of layout.columns ?? [])
    labels.push(textBox(c.text, c.x, c.y, 12, c.anchor, {bold: true}));
  return {marks, labels, solid};
}

/**
 * The band as rectangles, each at most `step` px of it along the flow and as wide across as the band
 * runs in that stretch (a stretch that crosses more than `step` px is halved again, so a steep
 * band is not a few wide ones): what a note's box would hide of it, summed, as notes weigh it.
 */
export function bandRects(band: BandShape, step = 24): Rect[] {
  const v = band.vertical;
  const [fa, fc, ta, tc] = v
    ? [band.from[1], band.from[0], band.to[1], band.to[0]]
    : [band.from[0], band.from[1], band.to[0], band.to[1]];
  const span = ta - fa || 1;
  const h = band.width / 2;
  const at = (a: number) => fc + (tc - fc) * across(paramAt((a - fa) / span));
  const out: Rect[] = [];
  const slice = (a0: number, a1: number, depth: number): void => {
    const [p, q] = [at(a0), at(a1)];
    if (Math.abs(q - p) > step && depth < 6) {
      slice(a0, (a0 + a1) / 2, depth + 1);
      slice((a0 + a1) / 2, a1, depth + 1);
      return;
    }
    const [c, thick] = [Math.min(p, q) - h, Math.abs(q - p) + 2 * h];
    out.push(v ? {x: c, y: a0, w: thick, h: a1 - a0} : {x: a0, y: c, w: a1 - a0, h: thick});
  };
  const [lo, hi] = [Math.min(fa, ta), Math.max(fa, ta)];
  for (let a0 = lo; a0 < hi; a0 += step) slice(a0, Math.min(hi, a0 + step), 0);
  return out;
}

/** The chart's `noteReader`. */
export const SANKEY_NOTES: NoteReader<SankeyLayout> = {
  target: sankeyNoteTarget,
  obstacles: sankeyNoteObstacles,
};
