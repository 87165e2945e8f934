import {noteLetter, type NoteLayout} from '../layout/annotations.js';
import {SVG_NS, el} from './export-parts.js';

/** The notes an export draws: their placement, and the list under the chart in the chart's words. */
export interface ExportNotes {
  placed: NoteLayout;
  /** "A. text (target)" for each note drawn as a marker. */
  list: string[];
  /** drawNotes, loaded with the placement (only a chart with notes has any to export). */
  draw: typeof drawNotes;
}

/**
 * The notes drawn into an exported SVG from their placement (the model, not the page's DOM): the
 * same boxes, connectors, brackets and lettered markers, in the colours the chart is shown in.
 */
export function drawNotes(
  doc: XMLDocument,
  {fontSize, notes}: NoteLayout,
  c: {color: string; background: string; family: string}
): Element {
  const g = el(doc, 'g', {class: 'annotations', 'font-family': c.family});
  for (const n of notes) {
    const note = el(doc, 'g', {class: 'note', 'data-note': n.id});
    const stroke = {stroke: c.color, 'stroke-width': 1, fill: 'none'};
    const span = n.target.span;
    if (span) {
      const y = n.target.y;
      note.append(el(doc, 'path', {d: `M${span[0]},${y - 4}V${y}H${span[1]}V${y - 4}`, ...stroke}));
    }
    if (n.connectorPath) note.append(el(doc, 'path', {d: n.connectorPath, ...stroke}));
    if (n.box) {
      const b = n.box;
      note.append(el(doc, 'rect', {x: b.x, y: b.y, width: b.w, height: b.h, fill: c.background}));
      const text = el(doc, 'text', {'font-size': `${fontSize}px`, fill: c.color});
      n.lines.forEach((line, i) => {
        const span = doc.createElementNS(SVG_NS, 'tspan');
        span.setAttribute('x', String(b.x + 4));
        span.setAttribute('y', String(n.baselines[i] ?? 0));
        span.textContent = line;
        text.append(span);
      });
      note.append(text);
    } else if (n.marker) {
      const m = n.marker;
      note.append(el(doc, 'circle', {cx: m.x, cy: m.y, r: m.r, fill: c.color}));
      const num = el(doc, 'text', {
        x: m.x,
        y: m.y + 4,
        'text-anchor': 'middle',
        'font-size': '11px',
        'font-weight': '700',
        fill: c.background,
      });
      num.textContent = noteLetter(n.number);
      note.append(num);
    }
    g.append(note);
  }
  return g;
}
