/**
 * Callouts for economies too small to see or hover: a circle beside the economy with a leader
 * line to it. Placed away from the middle of the focus region, then pushed apart so no two
 * overlap, none sits on the name of a larger economy beside it, and none leaves the map. Pure
 * and deterministic.
 */
import type {EconomyShape} from './geo.js';
import {meet, type Box} from './labels.js';

/** Always called out, whatever the size: too small to find on any map of the region. */
export const ALWAYS_CALLED_OUT = ['SG', 'HK', 'BN'];

export interface Callout {
  id: string;
  /** Where the leader line starts (the economy). */
  from: [number, number];
  /** Centre of the circle. */
  x: number;
  y: number;
  r: number;
}

export interface CalloutOptions {
  width: number;
  height: number;
  /** Economies with a projected area below this (px²) get a callout. Default 12 (about 3.5 × 3.5 px). */
  minArea?: number;
  /**
   * Economies whose box is narrower or shorter than this (px) get a callout, so every economy in
   * focus has a touch target at least this big (a callout's hit circle is this wide). Default 24.
   */
  minTarget?: number;
  radius?: number;
  /**
   * Where the economies that are not called out will write their names (labels.ts, nameBox):
   * circles are pushed off them, so that a crowd of small economies on a coast does not leave
   * the large one beside them unnamed.
   */
  keepClear?: readonly (Box & {id: string})[];
}

/**
 * Callouts in the order of their ISO codes (upper-case ASCII: code-unit order is the order), so
 * that their placement does not depend on the order of the shapes. Not localeCompare: the first
 * call loads ICU's collation data, 8 ms of a map's first drawing on a fresh page (profiled).
 */
export const byCode = (a: {id: string}, b: {id: string}) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function placeCallouts(shapes: readonly EconomyShape[], options: CalloutOptions): Callout[] {
  const {width, height} = options;
  const minArea = options.minArea ?? 12;
  const r = options.radius ?? Math.max(5, Math.min(8, width / 90));
  const focus = shapes.filter((s) => s.inFocus);
  const minTarget = options.minTarget ?? 24;
  const small = focus.filter(
    (s) => ALWAYS_CALLED_OUT.includes(s.id) || s.area < minArea || Math.min(...s.size) < minTarget
  );
  if (!small.length) return [];
  const cx = focus.reduce((sum, s) => sum + s.centroid[0], 0) / focus.length;
  const cy = focus.reduce((sum, s) => sum + s.centroid[1], 0) / focus.length;
  const distance = r * 3.5;
  const callouts = small
    .map((s) => {
      const [x, y] = s.centroid;
      let dx = x - cx;
      let dy = y - cy;
      const len = Math.hypot(dx, dy) || 1;
      [dx, dy] = len < 1 ? [0, 1] : [dx / len, dy / len];
      return {
        id: s.id,
        from: [x, y] as [number, number],
        x: x + dx * distance,
        y: y + dy * distance,
        r,
      };
    })
    .sort(byCode);
  const called = new Set(small.map((s) => s.id));
  const clear = (options.keepClear ?? []).filter((b) => !called.has(b.id));
  const clamp = (c: Callout) => {
    c.x = Math.min(width - r - 1, Math.max(r + 1, c.x));
    c.y = Math.min(height - r - 1, Math.max(r + 1, c.y));
  };
  // Hit circles (minTarget wide) apart, so a tap lands on one economy only.
  const gap = Math.max(r * 2 + 3, minTarget + 2);
  for (let pass = 0; pass < 60; pass++) {
    let moved = false;
    for (let i = 0; i < callouts.length; i++) {
      for (let j = i + 1; j < callouts.length; j++) {
        const a = callouts[i] as Callout;
        const b = callouts[j] as Callout;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        const [ux, uy] = d < 0.01 ? [0, 1] : [dx / d, dy / d];
        const push = (gap - d) / 2 + 0.01;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    for (const c of callouts) if (pushOff(c, clear, minTarget / 2)) moved = true;
    callouts.forEach(clamp);
    if (!moved) break;
  }
  return callouts.map((c) => ({...c, x: Math.round(c.x * 10) / 10, y: Math.round(c.y * 10) / 10}));
}

/**
 * Moves a circle's hit square (`half` each side of its centre) off any box it meets: the
 * shortest way out that meets no other box, else the shortest; true when it moved.
 */
function pushOff(c: Callout, boxes: readonly Box[], half: number): boolean {
  const square = (x: number, y: number) => ({
    x0: x - half,
    x1: x + half,
    y0: y - half,
    y1: y + half,
  });
  let moved = false;
  for (const b of boxes) {
    if (!meet(square(c.x, c.y), b)) continue;
    const e = 0.01;
    const ways: [number, number][] = [
      [b.x0 - half - e, c.y],
      [b.x1 + half + e, c.y],
      [c.x, b.y0 - half - e],
      [c.x, b.y1 + half + e],
    ];
    ways.sort((p, q) => Math.hypot(p[0] - c.x, p[1] - c.y) - Math.hypot(q[0] - c.x, q[1] - c.y));
    const clear = ways.find(([x, y]) => !boxes.some((o) => meet(square(x, y), o)));
    [c.x, c.y] = clear ?? ways[0] ?? [c.x, c.y];
    moved = true;
  }
  return moved;
}
