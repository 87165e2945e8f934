/**
 * A shape as a projection draws it, computed once. geoPath(projection) projects, resamples and
 * clips a shape again for each thing asked of it (its path, area, centroid, bounds): four or five
 * passes per economy, about a quarter of a map's layout (measured in Node). Here the projection's output
 * stream is recorded as planar polygons, one list per polygon of the shape; a planar geoPath
 * replays exactly those points to its path writer and measures, so the results are the same.
 */
import {geoStream, type GeoPath, type GeoProjection} from 'd3-geo';
import type {Feature, Geometry, MultiPolygon, Position} from 'geojson';

/** The projected polygons of each polygon of `geometry` (clipping may cut one into several). */
export type ProjectedParts = Position[][][][];

/** `geometry`'s polygons as `projection` streams them; undefined for a shape that is not polygons. */
export function projectParts(
  projection: GeoProjection,
  geometry: Geometry
): ProjectedParts | undefined {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : undefined;
  if (!polygons) return undefined;
  return polygons.map((coordinates) => {
    const out: Position[][][] = [];
    let rings: Position[][] | undefined;
    let ring: Position[] | undefined;
    const sink = projection.stream({
      polygonStart: () => (rings = []),
      polygonEnd: () => {
        if (rings) out.push(rings);
        rings = undefined;
      },
      lineStart: () => (ring = []),
      lineEnd: () => {
        // GeoJSON rings repeat their first point, which the replay drops again.
        if (ring?.[0]) ring.push(ring[0]);
        if (ring) rings?.push(ring);
        ring = undefined;
      },
      point: (x, y) => ring?.push([x, y]),
      sphere: () => undefined,
    });
    geoStream({type: 'Polygon', coordinates}, sink);
    return out;
  });
}

/** Projected polygons as one planar MultiPolygon, for a geoPath with no projection. */
export const planarShape = (polygons: Position[][][]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: polygons,
});

/** The largest polygon of a feature by projected area (the feature itself unless a MultiPolygon). */
export function largestPart(f: Feature<Geometry>, path: GeoPath): Feature<Geometry> {
  if (f.geometry.type !== 'MultiPolygon') return f;
  let best = f;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const part: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: {type: 'Polygon', coordinates},
    };
    const a = path.area(part);
    if (a > bestArea) [best, bestArea] = [part, a];
  }
  return best;
}

/** The projected polygon with the largest area, as largestPart picks it. */
export function largestProjected(parts: ProjectedParts, flat: GeoPath): MultiPolygon {
  let best = planarShape([]);
  let bestArea = -1;
  for (const part of parts) {
    const shape = planarShape(part);
    const a = flat.area(shape);
    if (a > bestArea) [best, bestArea] = [shape, a];
  }
  return best;
}
