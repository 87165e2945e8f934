/**
 * The map's topology decoded (once per topology per page), and where its projection cuts it. Pure.
 */
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, Geometry, Position} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';

export interface DecodedTopology {
  economies: Map<string, Feature<Geometry>>;
  context: Feature<Geometry>[];
  /** A projected topology's sphere outline (pre-project.ts); none in a longitude/latitude one. */
  outline: Feature<Geometry>[];
}

/**
 * A topology the map's projection has already drawn (pre-project.ts): planar, in the coordinates
 * of pacificProjection at `projected.scale`, translated to 0, 0, with an `outline` object; and
 * what each economy measures as projected in the page (`[area, cx, cy, x0, y0, x1, y1]`: its
 * area, the centroid of its largest polygon, its bounds), which the rounding to the file's grid
 * would otherwise move by a fraction of a pixel, and with it a label's place.
 */
export interface ProjectedTopology extends Topology {
  projected: {scale: number; measures: Record<string, number[]>};
}

/** The scale a projected topology is drawn at; undefined for longitude/latitude. */
export const projectedScale = (topology: Topology): number | undefined =>
  (topology as Partial<ProjectedTopology>).projected?.scale;

const decoded = new WeakMap<Topology, DecodedTopology>();

/** Decodes the `economies` and `context` objects once per topology and shares the result. */
export function decodeTopology(topology: Topology): DecodedTopology {
  const cached = decoded.get(topology);
  if (cached) return cached;
  const objects = topology.objects as Record<string, GeometryCollection | undefined>;
  const collection = (name: string): Feature<Geometry>[] => {
    const object = objects[name];
    return object ? (feature(topology, object) as FeatureCollection<Geometry>).features : [];
  };
  const result: DecodedTopology = {
    economies: new Map(collection('economies').map((f) => [String(f.id), f])),
    context: collection('context'),
    outline: collection('outline'),
  };
  decoded.set(topology, result);
  return result;
}

/** The map's central meridian, °E (projection.ts); it is cut at the meridian opposite (30°W). */
export const CENTRE = 150;

/** A longitude, °, within [-180, 180]. */
const wrapped = (l: number) => (Math.abs(l) > 180 ? l - Math.round(l / 360) * 360 : l);

/** A longitude, °, as the projection's rotation turns it: from the centre, in [-180, 180]. */
export const turned = (lon: number): number => wrapped(lon - CENTRE);

/** The longitude, °, that the projection's rotation turned to `l` (turned's inverse). */
export const unturned = (l: number): number => wrapped(l + CENTRE);

/** Whether `points` keep clear of the cut (see clearOfCut); `closed`: the closing edge too. */
function clear(points: readonly Position[], closed: boolean): boolean {
  let before = NaN;
  for (let i = closed ? -1 : 0; i < points.length; i++) {
    const l = turned((points[i < 0 ? points.length - 1 : i] as Position)[0] as number);
    if (!(Math.abs(l) < 179.99) || Math.abs(l - before) >= 179) return false;
    before = l;
  }
  return true;
}

/**
 * Whether a polygon stays clear of the cut: no point within 0.01° of longitude of it and no two
 * successive points (the ring's closing edge included) 179° or more apart, so that no edge
 * crosses it or passes over a pole. The projection's clip (d3's antimeridian clip) passes such a
 * polygon on point for point, after buffering it and testing whether it holds a pole: projected
 * without that clip, it gives the same points for a fraction of the work (reference.ts).
 */
export const clearOfCut = (polygon: readonly Position[][]): boolean =>
  polygon.every((ring) => clear(ring, true));

/** Whether a line stays clear of the cut, as clearOfCut asks of a ring (pre-project.ts). */
export const clearOfLine = (line: readonly Position[]): boolean => clear(line, false);
