/** The membership map as the element draws it (its shipped, projected topology), for layout tests. */
import type {Topology} from 'topojson-specification';
import {economies, indicators} from '../../src/data.js';
// The topology the map element draws: projected when the dataset is built, packed by the build.
import shipped from '../../data/asia-pacific.projected.topo.json';
import type {Region} from '../../src/layout/choropleth/geo.js';
import {
  computeChoroplethLayout,
  type ChoroplethOptions,
} from '../../src/layout/choropleth/layout.js';

export const topology = shipped as unknown as Topology;
const membership = indicators.find((i) => i.id === 'membership');

/** The membership map of `region` at `width` px, English, with `more` options. */
export function membershipMap(
  region: Region,
  width: number,
  more: Partial<ChoroplethOptions> = {}
) {
  if (!membership) throw new Error('membership');
  return computeChoroplethLayout(topology, economies, membership, {
    width,
    height: undefined,
    region,
    year: undefined,
    lang: 'en',
    method: 'quantile',
    ...more,
  });
}
