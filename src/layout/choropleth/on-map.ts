/**
 * A point given by longitude and latitude placed on a drawn map (a note's `lon,lat`), as
 * pacificProjection (projection.ts) fitted to each panel places it, from Equal Earth's formula:
 * a point needs no resampling or clipping, so the page loads none of d3's projection code. Pure.
 */
import {geoEqualEarthRaw} from 'd3-geo';
import type {MapFrame} from './geo.js';
import {turned, unturned} from './topology.js';

const RADIANS = Math.PI / 180;

/**
 * The longitude and latitude, °, at a point of the map's projection at `scale`, translated to
 * 0, 0 (a reference's coordinates: reference.ts); undefined off the map.
 */
export function lonLatAt([x, y]: [number, number], scale: number): [number, number] | undefined {
  const raw = geoEqualEarthRaw.invert?.(x / scale, -y / scale);
  return raw && [unturned(raw[0] / RADIANS), raw[1] / RADIANS];
}

/**
 * Where longitude/latitude `point` is drawn on the map: projected as its panel's projection was
 * fitted; undefined when it falls outside every panel.
 */
export function projectOnMap(
  frames: readonly MapFrame[],
  [lon, lat]: [number, number]
): [number, number] | undefined {
  const [x, y] = geoEqualEarthRaw(turned(lon) * RADIANS, lat * RADIANS);
  for (const f of frames) {
    const xy: [number, number] = [f.translate[0] + x * f.scale, f.translate[1] - y * f.scale];
    const [[x0, y0], [x1, y1]] = f.extent;
    if (xy[0] >= x0 && xy[0] <= x1 && xy[1] >= y0 && xy[1] <= y1) return xy;
  }
  return undefined;
}
