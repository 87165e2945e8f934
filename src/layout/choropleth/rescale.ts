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
  PANELS_BELOW,
  computeMapGeometry,
  focusAspects,
  padFor,
  panelHeight,
  type GeometryOptions,
  type MapGeometry,
} from './geo.js';

/** A panel may come out this many px taller or shorter than the scaled one and still be reused. */
const SLACK = 1.5;

const round = (n: number) => Math.round(n * 10) / 10;

/** Each panel's height at `width` for a focus of these aspects, as computeMapGeometry fits it. */
function heightsAt(aspects: readonly number[], width: number): number[] {
  const pad = padFor(width);
  return aspects.map((a) =>
    Math.round(panelHeight(a * Math.max(1, width - 2 * pad) + 2 * pad, width, aspects.length > 1))
  );
}

/** Whether panels of `heights` are those of `from` scaled by `k`, give or take SLACK. */
const scaled = (heights: number[], from: readonly number[], k: number) =>
  heights.every((h, i) => Math.abs(h - (from[i] ?? 0) * k) <= SLACK);

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
  const heights = heightsAt(fit.aspects, width);
  if (!scaled(heights, fit.heights, k)) return undefined;
  const two = heights.length > 1;
  const height = heights.reduce((a, b) => a + b, 0) + (two ? padFor(width) : 0);
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

/** What is remembered per topology, for each focus and side of the phone width. */
interface Remembered {
  /**
   * The last geometry asked for, by focus and side: maps of two regions drawn in turn (a story's
   * step, a new language) each find theirs.
   */
  last: Map<string, {key: string; value: MapGeometry}>;
  /**
   * The base for each focus on each side of the phone width (`${focus}|phone` or
   * `${focus}|wide`): projected at that side's BASE_WIDTH. One side's cannot be rescaled to the
   * other's.
   */
  bases: Map<string, MapGeometry>;
}

const memo = new WeakMap<Topology, Remembered>();

/**
 * The width each side of the phone width is projected at to be rescaled to the others: one
 * width a side, so that a map drawn at a width is the same map (the same names in the same
 * places) whichever width the page drew before it, another map's or its own, or projected ahead.
 * Rescaled from a base of its own, a map's names at 343 px differed after a 288 px layout in a
 * quarter to two fifths of the widths tried (the 'all' and 'apec' maps, measured in stop 55).
 */
const BASE_WIDTH = {phone: 375, wide: 800};

const sideOf = (width: number) => (width < PANELS_BELOW ? 'phone' : 'wide');

const shapeOf = (o: GeometryOptions) => `${[...o.focus].sort().join(',')}|${sideOf(o.width)}`;

function remembered(topology: Topology): Remembered {
  let hit = memo.get(topology);
  if (!hit) memo.set(topology, (hit = {last: new Map(), bases: new Map()}));
  return hit;
}

/**
 * Whether `focus` at `width` is its base at `from` rescaled (rescaleGeometry's rule), told from
 * the focus's bounds before anything is projected.
 */
function rescales(
  topology: Topology,
  focus: ReadonlySet<string>,
  from: number,
  width: number
): boolean {
  const aspects = focusAspects(topology, focus, from);
  return scaled(heightsAt(aspects, width), heightsAt(aspects, from), width / from);
}

/**
 * The base for `options`' focus and side of the phone width, projected unless remembered, or
 * undefined where a geometry at `options.width` is not that base rescaled.
 */
function baseFor(topology: Topology, options: GeometryOptions): MapGeometry | undefined {
  const hit = remembered(topology);
  const shape = shapeOf(options);
  const width = BASE_WIDTH[sideOf(options.width)];
  let base = hit.bases.get(shape);
  if (!base) {
    if (!rescales(topology, options.focus, width, options.width)) return undefined;
    base = computeMapGeometry(topology, {width, focus: options.focus});
    hit.bases.set(shape, base);
  }
  return base;
}

/**
 * computeMapGeometry, remembered per topology for the last width/height asked for each focus:
 * a width with neither a height nor a padding given is its side's base rescaled (BASE_WIDTH)
 * wherever rescaleGeometry allows, and projected only where it does not (ASEAN's maps from the
 * phone width up, held at the 640 px cap; APEC's from 974 px).
 */
export function mapGeometry(topology: Topology, options: GeometryOptions): MapGeometry {
  const shape = shapeOf(options);
  const key = `${options.width}|${options.height}|${options.padding}`;
  const hit = remembered(topology);
  const last = hit.last.get(shape);
  if (last?.key === key) return last.value;
  const base =
    options.height === undefined && options.padding === undefined
      ? baseFor(topology, options)
      : undefined;
  const value =
    (base && (base.width === options.width ? base : rescaleGeometry(base, options.width))) ??
    computeMapGeometry(topology, options);
  hit.last.set(shape, {key, value});
  return value;
}

/**
 * For a map drawn as `drawn`: the base on the other side of the phone width projected ahead,
 * unless remembered or of no use there (a width a tenth narrower is not it rescaled), so that
 * the map crossing it (a phone turned, a window narrowed) is rescaled rather than projected.
 * For the page's idle time after a picture; true when it projected one. Nothing for a height
 * given.
 */
export function prepareOtherSide(topology: Topology, drawn: MapGeometry): boolean {
  if (drawn.fit.given) return false;
  const focus = new Set(drawn.economies.filter((e) => e.inFocus).map((e) => e.id));
  const width = BASE_WIDTH[sideOf(drawn.width) === 'phone' ? 'wide' : 'phone'];
  const hit = remembered(topology);
  const shape = shapeOf({width, focus});
  if (hit.bases.has(shape) || !rescales(topology, focus, width, Math.round(width * 0.9)))
    return false;
  hit.bases.set(shape, computeMapGeometry(topology, {width, focus}));
  return true;
}
