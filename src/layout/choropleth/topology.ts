/**
 * The map's topology decoded (once per topology per page) and its projection. Pure.
 */
import {geoEqualEarth, type GeoProjection} from 'd3-geo';
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, Geometry} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';

export interface DecodedTopology {
  economies: Map<string, Feature<Geometry>>;
  context: Feature<Geometry>[];
}

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
  };
  decoded.set(topology, result);
  return result;
}

/**
 * Equal Earth centred on 150°E: Asia, Oceania and the Americas on one map, cut in the
 * Atlantic so that Russia, the Aleutians and New Zealand are not split at 180°.
 */
export function pacificProjection(): GeoProjection {
  return geoEqualEarth().rotate([-150, 0]).precision(0.2);
}
