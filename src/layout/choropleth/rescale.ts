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

/** What is remembered per topology: the last geometry asked for, and bases to rescale. */
interface Remembered {
  last?: {key: string; value: MapGeometry};
  /**
   * The last geometry projected (scale 1) for each focus and padding, on each side of the phone
   * width (`${shape}|phone` or `${shape}|wide`): one side's cannot be rescaled to the other's.
   */
  bases: Map<string, MapGeometry>;
}

const memo = new WeakMap<Topology, Remembered>();
/** The bases prepareOtherSide projected ahead, which only a redraw rescales (GeometryOptions). */
const ahead = new WeakSet<MapGeometry>();

const shapeOf = (o: GeometryOptions) =>
  `${[...o.focus].sort().join(',')}|${o.padding}|${o.width < PANELS_BELOW ? 'phone' : 'wide'}`;

/** Whether a geometry asked for with `options` may come from a base rescaled. */
const rescalable = (o: GeometryOptions) => o.height === undefined && o.padding === undefined;

function remembered(topology: Topology): Remembered {
  let hit = memo.get(topology);
  if (!hit) memo.set(topology, (hit = {bases: new Map()}));
  return hit;
}

/**
 * computeMapGeometry, remembered per topology for the last width/height/focus asked; a new
 * width for the same focus rescales the last geometry projected on the same side of the phone
 * width when rescaleGeometry can.
 */
export function mapGeometry(topology: Topology, options: GeometryOptions): MapGeometry {
  const shape = shapeOf(options);
  const key = `${options.width}|${options.height}|${shape}`;
  const hit = remembered(topology);
  if (hit.last?.key === key) return hit.last.value;
  let base = rescalable(options) ? hit.bases.get(shape) : undefined;
  if (base && ahead.has(base) && !options.redraw) base = undefined;
  const value =
    (base && rescaleGeometry(base, options.width)) ?? computeMapGeometry(topology, options);
  if (value.scale === 1 && rescalable(options)) hit.bases.set(shape, value);
  hit.last = {key, value};
  return value;
}

/** The widths a base for the other side of the phone width is projected at. */
const OTHER_SIDE = {phone: 800, wide: 375};

/**
 * For a map drawn as `drawn`: a base on the other side of the phone width (at 375 px for a wide
 * map, 800 px for a phone's) projected ahead, unless one is remembered, so that the map crossing
 * it (a phone turned, a window narrowed) is rescaled rather than projected. For the page's idle
 * time after a picture; true when it projected one. Nothing for a height given.
 */
export function prepareOtherSide(topology: Topology, drawn: MapGeometry): boolean {
  if (drawn.fit.given) return false;
  const focus = new Set(drawn.economies.filter((e) => e.inFocus).map((e) => e.id));
  const other = {width: OTHER_SIDE[drawn.width < PANELS_BELOW ? 'phone' : 'wide'], focus};
  const hit = remembered(topology);
  const shape = shapeOf(other);
  if (hit.bases.has(shape)) return false;
  const base = computeMapGeometry(topology, other);
  ahead.add(base);
  hit.bases.set(shape, base);
  return true;
}
