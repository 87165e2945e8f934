/**
 * Which economy's land a point of a map lies on, for keeping names, numbers, callout circles and
 * tags off other land: the reference's polygons (reference.ts) filed in a grid of square cells,
 * each polygon's edges by the grid's rows, so a point is tested against the few edges that can
 * cross it. Exact: the answers are those of testing each shape whole (`contains`). Pure.
 */
import type {Position} from 'geojson';
import type {Topology} from 'topojson-specification';
import type {MapFrame} from './geo.js';
import {decodeTopology} from './topology.js';
import {ringBounds, type Bounds, type ProjectedParts} from './projected.js';
import {referenceFor, type Reference} from './reference.js';

/** A polygon of an economy, and its outer ring's box, for point tests. */
interface LandPolygon {
  id: string;
  polygon: Position[][];
  box: Bounds;
  /** Its edges by the grid's row, made on its first point test (see edgesByRow). */
  rows?: Map<number, number[]>;
}

/** Every economy's polygons filed in a grid of square cells over the reference. */
interface LandGrid {
  x0: number;
  y0: number;
  cols: number;
  cells: LandPolygon[][];
}

const CELL = 16;
const grids = new WeakMap<Reference, LandGrid>();

/**
 * The reference's land grid, made once (a reference lasts the page): a point test reads the
 * polygons of one cell, not an archipelago's every island. Made during a map's first layout,
 * before the code is warm: indexed loops, no destructuring, no copies (the default map's first
 * drawing spent 5.3 ms making it with them, 4.4 without, in the bench page).
 */
function landGrid(reference: Reference, ids: readonly string[]): LandGrid {
  let grid = grids.get(reference);
  if (grid) return grid;
  const polygons: LandPolygon[] = [];
  const file = (id: string, parts: ProjectedParts) => {
    for (let g = 0; g < parts.length; g++) {
      const group = parts[g] as Position[][][];
      for (let i = 0; i < group.length; i++) {
        const polygon = group[i] as Position[][];
        polygons.push({id, polygon, box: ringBounds(polygon[0] ?? [])});
      }
    }
  };
  // The economies first, then the context land (simplified: 2,400 points in all): where the two
  // overlap at a coast, a point is the economy's.
  for (const id of ids) {
    const shape = reference.economy(id);
    if (shape) file(id, shape.parts);
  }
  for (const shape of reference.context) file(CONTEXT_LAND, shape.parts);
  let [x0, y0, x1] = [Infinity, Infinity, -Infinity];
  for (let i = 0; i < polygons.length; i++) {
    const box = (polygons[i] as LandPolygon).box;
    x0 = Math.min(x0, box[0][0]);
    y0 = Math.min(y0, box[0][1]);
    x1 = Math.max(x1, box[1][0]);
  }
  const cols = Math.ceil((x1 - x0) / CELL) + 1;
  grid = {x0, y0, cols, cells: []};
  const {cells} = grid;
  for (let i = 0; i < polygons.length; i++) {
    const p = polygons[i] as LandPolygon;
    const box = p.box;
    const left = Math.floor((box[0][0] - x0) / CELL);
    const right = Math.floor((box[1][0] - x0) / CELL);
    const bottom = Math.floor((box[1][1] - y0) / CELL);
    for (let y = Math.floor((box[0][1] - y0) / CELL); y <= bottom; y++)
      for (let x = left; x <= right; x++) (cells[y * cols + x] ??= []).push(p);
  }
  grids.set(reference, grid);
  return grid;
}

/**
 * A polygon's edges filed by the land grid's rows (from `y0`, CELL high), each edge in every row
 * its height meets, as x and y of its two ends: a point's test reads the edges of its own row
 * only. The default map's layout tests some 4,500 points, mostly near coasts; tested against
 * whole polygons they read 370,000 edges at 800 px and 270,000 more at 375.
 */
function edgesByRow(polygon: readonly Position[][], y0: number): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  for (const ring of polygon)
    // Indexed, no destructuring: made once per polygon, mostly before the code is warm.
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const p = ring[i] as Position;
      const q = ring[j] as Position;
      const yi = p[1] as number;
      const yj = q[1] as number;
      const last = Math.floor((Math.max(yi, yj) - y0) / CELL);
      for (let row = Math.floor((Math.min(yi, yj) - y0) / CELL); row <= last; row++) {
        let edges = rows.get(row);
        if (!edges) rows.set(row, (edges = []));
        edges.push(p[0] as number, yi, q[0] as number, yj);
      }
    }
  return rows;
}

/**
 * Whether (x, y) is inside the polygon whose edges on its row are `edges`: the even-odd rule of
 * `contains` (projected.ts), with the same arithmetic, over the only edges that can cross y.
 */
function inside(edges: readonly number[] | undefined, x: number, y: number): boolean {
  let odd = false;
  if (edges)
    for (let e = 0; e < edges.length; e += 4) {
      const xi = edges[e] as number;
      const yi = edges[e + 1] as number;
      const yj = edges[e + 3] as number;
      if (yi > y === yj > y) continue;
      if (x < (((edges[e + 2] as number) - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

/** What `economyAt` answers, when asked to, for land of no economy in the data (Mongolia…). */
export const CONTEXT_LAND = '(context)';

/**
 * Which of the economies `ids` covers a point of a map drawn in `frames` (its panels), tested
 * against their shapes as projected (the reference's polygons), not against boxes; undefined at
 * sea, outside every panel and on context land (or, with `context`, CONTEXT_LAND there). For
 * keeping names and callout circles off other land.
 */
export function economyAt(
  topology: Topology,
  frames: readonly MapFrame[],
  ids: readonly string[],
  context = false
): (x: number, y: number) => string | undefined {
  // The least reference (a projected topology's only one): coasts to a fraction of a pixel, and
  // the same polygons whether the topology came projected or is projected here.
  const reference = referenceFor(topology);
  const drawn = new Set(ids);
  const panels = frames.map(({extent, scale, translate}) => ({
    extent,
    k: reference.scale / scale,
    translate,
  }));
  let grid: LandGrid | undefined;
  return (x, y) => {
    for (const {extent, k, translate} of panels) {
      if (x < extent[0][0] || x > extent[1][0] || y < extent[0][1] || y > extent[1][1]) continue;
      const rx = (x - translate[0]) * k;
      const ry = (y - translate[1]) * k;
      grid ??= landGrid(reference, [...decodeTopology(topology).economies.keys()]);
      const col = Math.floor((rx - grid.x0) / CELL);
      const row = Math.floor((ry - grid.y0) / CELL);
      const cell =
        (col >= 0 && col < grid.cols && row >= 0 && grid.cells[row * grid.cols + col]) || [];
      for (const land of cell) {
        const {id, box} = land;
        if (
          (drawn.has(id) || (context && id === CONTEXT_LAND)) &&
          rx >= box[0][0] &&
          rx <= box[1][0] &&
          ry >= box[0][1] &&
          ry <= box[1][1] &&
          inside((land.rows ??= edgesByRow(land.polygon, grid.y0)).get(row), rx, ry)
        )
          return id;
      }
    }
    return undefined;
  };
}
