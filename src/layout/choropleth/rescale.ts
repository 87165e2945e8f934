/**
 * A map resized without projecting it again. When only the width changes and the map keeps its
 * structure (one panel or the same two, its height still following its width), the geometry
 * projected at one width serves every other: its path strings are drawn under `scale(k)` and
 * its centroids, areas and sizes are multiplied, so labels, callouts and the classification are
 * laid out again at the new width in a few milliseconds instead of re-projecting every
 * coordinate (the bulk of a resize: see the Performance section of the README). Pure.
 */
import type {Topology} from 'topojson-specification';
import {
  MAX_HEIGHT,
  PANELS_BELOW,
  computeMapGeometry,
  padFor,
  type GeometryOptions,
  type MapGeometry,
} from './geo.js';

/** A panel may come out this many px taller or shorter than the scaled one and still be reused. */
const SLACK = 1.5;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * `base` (projected at its own width, scale 1) drawn at `width`, when the map's rule gives the
 * same structure there and panels of the scaled heights; undefined when it must be projected.
 */
export function rescaleGeometry(base: MapGeometry, width: number): MapGeometry | undefined {
  const {fit} = base;
  if (fit.given || base.scale !== 1 || !(width > 0)) return undefined;
  // One panel and two panels are different maps; so is either side of the phone width.
  if (base.width < PANELS_BELOW !== width < PANELS_BELOW) return undefined;
  const k = width / base.width;
  const pad = padFor(width, undefined);
  const two = fit.heights.length > 1;
  const heights = fit.aspects.map((a) => {
    const fitted = a * Math.max(1, width - 2 * pad) + 2 * pad;
    return Math.round(
      two
        ? Math.min(width * 0.9, fitted)
        : Math.min(width * 1.1, MAX_HEIGHT, Math.max(width * 0.45, fitted))
    );
  });
  if (heights.some((h, i) => Math.abs(h - (fit.heights[i] ?? 0) * k) > SLACK)) return undefined;
  const height = heights.reduce((a, b) => a + b, 0) + (two ? pad : 0);
  return {
    ...base,
    width,
    height,
    scale: k,
    frames: base.frames.map((f) => ({
      extent: [
        [f.extent[0][0] * k, f.extent[0][1] * k],
        [f.extent[1][0] * k, f.extent[1][1] * k],
      ],
      scale: f.scale * k,
      translate: [f.translate[0] * k, f.translate[1] * k],
    })),
    economies: base.economies.map((e) => ({
      ...e,
      centroid: [round(e.centroid[0] * k), round(e.centroid[1] * k)],
      area: e.area * k * k,
      size: [round(e.size[0] * k), round(e.size[1] * k)],
    })),
  };
}

interface Remembered {
  key: string;
  value: MapGeometry;
  /** The last geometry projected for this focus and padding (scale 1), for rescaling. */
  base: MapGeometry;
  shape: string;
}

const memo = new WeakMap<Topology, Remembered>();

/**
 * computeMapGeometry, remembered per topology for the last width/height/focus asked; a new
 * width for the same focus rescales the last projected geometry when rescaleGeometry can.
 */
export function mapGeometry(topology: Topology, options: GeometryOptions): MapGeometry {
  const shape = `${[...options.focus].sort().join(',')}|${options.padding}`;
  const key = `${options.width}|${options.height}|${shape}`;
  const hit = memo.get(topology);
  if (hit?.key === key) return hit.value;
  const scaled =
    hit?.shape === shape && options.height === undefined && options.padding === undefined
      ? rescaleGeometry(hit.base, options.width)
      : undefined;
  if (scaled && hit) {
    memo.set(topology, {key, value: scaled, base: hit.base, shape});
    return scaled;
  }
  const value = computeMapGeometry(topology, options);
  memo.set(topology, {key, value, base: value, shape});
  return value;
}
