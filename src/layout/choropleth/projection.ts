/**
 * The map's projection: for a longitude/latitude topology projected in the page (projecting.ts)
 * and for the bundled topology when the dataset is built (pre-project.ts). The map element does
 * not load it (its topology comes projected; a note's point is placed by on-map.ts). Pure.
 */
import {geoEqualEarth, type GeoProjection} from 'd3-geo';
import {CENTRE} from './topology.js';

/**
 * Equal Earth centred on 150°E: Asia, Oceania and the Americas on one map, cut in the
 * Atlantic so that Russia, the Aleutians and New Zealand are not split at 180°.
 */
export function pacificProjection(): GeoProjection {
  return geoEqualEarth().rotate([-CENTRE, 0]).precision(0.2);
}
