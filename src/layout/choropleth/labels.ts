/**
 * Economy names on the map where they fit: inside the economy's box with room to spare, clear
 * of every other name and of the callout circles; larger economies first, the rest left off
 * (each is still named by its accessible name, the tooltip and the table). Pure.
 */
import type {Callout} from './callouts.js';
import {textWidth} from '../text.js';

/** Line box of an 11 px label (semibold, so measured as bold). */
const LINE = 13;
const LABEL_PX = 11;

export interface MapLabel {
  id: string;
  text: string;
  /** Centre of the text: x, and the baseline y. */
  x: number;
  y: number;
}

export interface Labellable {
  id: string;
  name: string;
  centroid: [number, number];
  size: [number, number];
  area: number;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeMapLabels(
  economies: readonly Labellable[],
  callouts: readonly Callout[],
  {width, height}: {width: number; height: number}
): MapLabel[] {
  const called = new Set(callouts.map((c) => c.id));
  const taken: Box[] = callouts.map((c) => ({
    x0: c.x - 12,
    x1: c.x + 12,
    y0: c.y - 12,
    y1: c.y + 12,
  }));
  const out: MapLabel[] = [];
  for (const e of [...economies].sort((a, b) => b.area - a.area)) {
    if (called.has(e.id)) continue;
    const w = textWidth(e.name, LABEL_PX, true);
    // Room inside the economy: its box, less a margin, must hold the name.
    if (w + 8 > e.size[0] || LINE + 6 > e.size[1]) continue;
    const [x, cy] = e.centroid;
    const box = {x0: x - w / 2 - 2, x1: x + w / 2 + 2, y0: cy - LINE / 2, y1: cy + LINE / 2};
    if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
    if (taken.some((t) => meet(t, box))) continue;
    taken.push(box);
    out.push({id: e.id, text: e.name, x, y: cy + 4});
  }
  return out;
}
