/**
 * The bundled topology projected ahead of time (scripts/project-topology.mjs writes it to
 * data/asia-pacific.projected.topo.json, which the map element ships in place of the longitude/
 * latitude one): the reference projection (reference.ts) done once when the dataset is built, so
 * that a page draws the map with no spherical math, only scaling what was projected.
 *
 * The result is a planar TopoJSON in the reference's coordinates (pacificProjection at `scale`,
 * translated to 0, 0), quantized to `grid` steps a pixel, with the same objects and ids:
 * - each arc projected as a line, resampled as the reference resamples (at `precision` px), so a
 *   ring joined from projected arcs is the ring projected (resampling is per segment);
 * - a polygon that crosses the map's cut (clearOfCut) is clipped as the reference clips it and
 *   kept as rings of its own; every economy is clear of it (checked);
 * - an `outline` object: the sphere's outline, as the map's frame draws it;
 * - each economy's measures (area, centroid, bounds) as the page measured them when it projected
 *   them, so that the map is fitted, and its labels and callouts placed, exactly as before.
 * Not shipped to browsers: only the file it writes is. Pure.
 */
import {transform as arcTransform} from 'topojson-client';
import type {Position} from 'geojson';
import type {GeometryCollection, MultiPolygon, Polygon, Topology} from 'topojson-specification';
import {pacificProjection} from './projection.js';
import {clearOfLine, clearOfCut, decodeTopology, type ProjectedTopology} from './topology.js';
import {measureParts, polygonsOf, streamLines, streamParts, streamSphere} from './projected.js';

export interface PreProjectOptions {
  /** The reference scale the coordinates are at. */
  scale: number;
  /** Resampling precision, px at that scale (the runtime's is 0.2). */
  precision: number;
  /** Quantization: integer steps a pixel at that scale. */
  grid: number;
}

/**
 * Five steps a pixel: a point moves at most 0.1 px an axis at the reference scale (0.3 px on the
 * most magnified map, ASEAN's at 800 px, about 2.9× it), finer than the source's own steps
 * (0.075° of longitude, about 0.3 px there). Eight cost 1.1 kB gzip more for no visible change;
 * at four, some names near a coast found other spots than projecting finds, and the map called
 * out other economies (test/unit/pre-projected.test.ts).
 */
export const PRE_PROJECT: PreProjectOptions = {scale: 256, precision: 0.2, grid: 5};

type Rings = number[][];

/** `topology` (quantized, longitude/latitude) projected as the map's reference projects it. */
export function preProject(
  topology: Topology,
  {scale, precision, grid}: PreProjectOptions = PRE_PROJECT
): ProjectedTopology {
  const clipped = pacificProjection().scale(scale).translate([0, 0]).precision(precision);
  const unclipped = pacificProjection()
    .scale(scale)
    .translate([0, 0])
    .precision(precision)
    .preclip((stream) => stream);
  const decode = (arc: Position[]) => {
    const t = arcTransform(topology.transform ?? null);
    return arc.map((p, i) => t(p as [number, number], i > 0) as Position);
  };
  const source = topology.arcs.map(decode);
  const out: Position[][] = [];
  /** Index in `out` of each source arc projected (once, when first used). */
  const projected = new Map<number, number>();
  const arcOf = (i: number): number => {
    const index = i < 0 ? ~i : i;
    let at = projected.get(index);
    if (at === undefined) {
      const line = source[index] ?? [];
      if (!clearOfLine(line)) throw new Error(`pre-project: arc ${index} crosses the cut`);
      // One line in, one out: a line clear of the cut is not cut.
      const [drawn] = streamLines(unclipped, [line]);
      projected.set(index, (at = out.push(drawn ?? []) - 1));
    }
    return i < 0 ? ~at : at;
  };
  const ringOf = (points: Position[]) => out.push(points) - 1;
  const lonLat = (rings: Rings): Position[][] =>
    rings.map((ring) =>
      ring.flatMap((i, k) => {
        const arc = source[i < 0 ? ~i : i] ?? [];
        const points = i < 0 ? [...arc].reverse() : arc;
        return k ? points.slice(1) : points;
      })
    );
  /** A polygon's rings of arcs, projected: the same arcs, or new rings where it is clipped. */
  const polygon = (rings: Rings, mustBeClear: boolean): Rings[] => {
    const coordinates = lonLat(rings);
    if (clearOfCut(coordinates)) return [rings.map((ring) => ring.map(arcOf))];
    if (mustBeClear) throw new Error('pre-project: an economy crosses the cut');
    const [group = []] = streamParts(clipped, [[coordinates]]);
    return group.map((p) => p.map((ring) => [ringOf(ring)]));
  };
  const objects: Record<string, GeometryCollection> = {};
  for (const [name, object] of Object.entries(topology.objects)) {
    if (object.type !== 'GeometryCollection') throw new Error(`pre-project: ${name}?`);
    objects[name] = {
      type: 'GeometryCollection',
      geometries: object.geometries.map((g) => {
        const polygons =
          g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : undefined;
        if (!polygons) throw new Error(`pre-project: cannot project a ${g.type}`);
        const arcs = polygons.flatMap((p) => polygon(p, name === 'economies'));
        return multi(arcs, g.id);
      }),
    };
  }
  // What each economy measures projected in the page (projecting.ts), to a millionth of a px.
  const measures: Record<string, number[]> = {};
  const micro = (n: number) => Math.round(n * 1e6) / 1e6;
  for (const [id, f] of decodeTopology(topology).economies) {
    const polygons = polygonsOf(f.geometry) ?? [];
    const {area, centroid, bounds} = measureParts(
      streamParts(
        unclipped,
        polygons.map((p) => [p])
      )
    );
    measures[id] = [area, ...centroid, ...bounds.flat()].map(micro);
  }
  const sphere = streamSphere(clipped).map((p) => p.map((ring) => [ringOf(ring)]));
  objects['outline'] = {type: 'GeometryCollection', geometries: [multi(sphere, undefined)]};
  return {
    type: 'Topology',
    projected: {scale, measures},
    transform: {scale: [1 / grid, 1 / grid], translate: [0, 0]},
    objects,
    arcs: out.map((arc) => quantize(arc, grid)),
  };
}

const multi = (polygons: Rings[], id: string | number | undefined): Polygon | MultiPolygon => {
  const named = id === undefined ? {} : {id};
  return polygons.length === 1
    ? {type: 'Polygon', arcs: polygons[0] as Rings, ...named}
    : {type: 'MultiPolygon', arcs: polygons, ...named};
};

/**
 * An arc on the grid, delta-encoded as TopoJSON's quantized arcs are; a point that falls on the
 * one before it is dropped (an arc keeps two points).
 */
function quantize(arc: Position[], grid: number): [number, number][] {
  const out: [number, number][] = [];
  let [x0, y0] = [0, 0];
  for (const [i, p] of arc.entries()) {
    const [x, y] = [Math.round((p[0] as number) * grid), Math.round((p[1] as number) * grid)];
    if (i && x === x0 && y === y0 && !(i === arc.length - 1 && out.length < 2)) continue;
    out.push(i ? [x - x0, y - y0] : [x, y]);
    [x0, y0] = [x, y];
  }
  return out;
}
