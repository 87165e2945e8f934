// Builds data/asia-pacific.topo.json from world-atlas 10m (Natural Earth 4.1.0).
// Run: npm run data:topology. The output is committed; this script is how to rebuild it.
//
// - 10m, not 110m or 50m: 110m has no Singapore or Hong Kong, and 50m draws Brunei's Temburong,
//   Timor-Leste's Oecusse and Hong Kong with so few points that simplification wipes them out.
// - The file stays small because simplification keeps a fixed share of all points; in the focus
//   economies each arc also keeps its two most telling interior points, so no economy or exclave
//   collapses to a point or a line (from 50m, Singapore was one repeated point and Hong Kong a
//   two-point line).
// - Two 50m features share id "036" (Australia, Ashmore and Cartier Is.); both become AU
//   and are merged, so a keyed join cannot pick the reef instead of the continent.
// - Objects: `economies` (every APEC and ASEAN economy, id = ISO alpha-2) and `context`
//   (the rest of the world's land except Antarctica, for quiet context; id = alpha-2 where
//   Natural Earth gives a code).
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {feature, quantize} from 'topojson-client';
import {topology} from 'topojson-server';
import {geoArea} from 'd3-geo';
import {presimplify, simplify, quantile} from 'topojson-simplify';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');
const world = require('world-atlas/countries-10m.json');
const economies = JSON.parse(
  readFileSync(new URL('../data/economies.json', import.meta.url), 'utf8')
).economies;

/** Share of points kept by Visvalingam simplification, and the grid of the output. */
const KEEP = 0.013;
/** Points of its own each arc of a focus economy keeps whatever its weight (besides its ends). */
const MIN_ARC_POINTS = 2;
const QUANTIZATION = 1e4;
/**
 * Islands smaller than this (steradians; about 600 km²) are dropped, except an economy's largest
 * polygon; Temburong (Brunei) and Oecusse (Timor-Leste, about 815 km²) stay.
 */
const MIN_AREA = 1.5e-5;
const ANTARCTICA = '010';

const focus = new Set(economies.map((e) => e.id));
const byId = new Map();
for (const f of feature(world, world.objects.countries).features) {
  if (f.id === ANTARCTICA) continue;
  const id = f.id ? (iso.numericToAlpha2(f.id) ?? null) : null;
  const key = id ?? `unkeyed-${byId.size}`;
  const polygons = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  const prev = byId.get(key);
  const coordinates = [...(prev ? polygons(prev.geometry) : []), ...polygons(f.geometry)];
  byId.set(key, {
    type: 'Feature',
    id,
    properties: {},
    geometry: {type: 'MultiPolygon', coordinates},
  });
}
// Keep each feature's largest polygon whatever its size (Singapore, Hong Kong, Pacific islands
// must stay drawable); drop the other specks, which are invisible at any supported size.
for (const f of byId.values()) {
  const area = (rings) => geoArea({type: 'Polygon', coordinates: rings});
  const sorted = [...f.geometry.coordinates].sort((a, b) => area(b) - area(a));
  f.geometry.coordinates = sorted.filter((rings, i) => i === 0 || area(rings) >= MIN_AREA);
}
const collection = (keep) => ({
  type: 'FeatureCollection',
  features: [...byId.values()].filter(keep),
});
const inFocus = collection((f) => focus.has(f.id));
const context = collection((f) => !focus.has(f.id));
const missing = [...focus].filter((id) => !inFocus.features.some((f) => f.id === id));
if (missing.length) throw new Error(`world-atlas 10m has no feature for ${missing.join(', ')}`);

let topo = topology({economies: inFocus, context}, 1e6);
topo = presimplify(topo);
const threshold = quantile(topo, KEEP); // the weight that keeps a share KEEP of all points
// In the focus economies' arcs, lift the MIN_ARC_POINTS heaviest interior points of each arc to
// the threshold, so every ring keeps an area.
const focusArcs = new Set();
const collectArcs = (arcs) =>
  arcs.forEach((a) => (Array.isArray(a) ? collectArcs(a) : focusArcs.add(a < 0 ? ~a : a)));
for (const g of topo.objects.economies.geometries) collectArcs(g.arcs);
for (const index of focusArcs) {
  const arc = topo.arcs[index];
  const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
  for (const point of interior.slice(0, MIN_ARC_POINTS)) point[2] = Math.max(point[2], threshold);
}
topo = simplify(topo, threshold);
topo = quantize(topo, QUANTIZATION);
for (const name of Object.keys(topo.objects)) {
  for (const g of topo.objects[name].geometries) {
    delete g.properties;
    if (g.id === null) delete g.id;
  }
}
const out = JSON.stringify(topo);
const file = new URL('../data/asia-pacific.topo.json', import.meta.url);
const before = (() => {
  try {
    return readFileSync(file).length;
  } catch {
    return undefined;
  }
})();
writeFileSync(file, out);
console.log(
  `data/asia-pacific.topo.json: ${inFocus.features.length} economies, ${context.features.length} context features, ${out.length} bytes` +
    (before === undefined ? '' : ` (was ${before})`)
);
