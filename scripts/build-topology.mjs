// Builds data/asia-pacific.topo.json from world-atlas 10m (Natural Earth 4.1.0), offline: both
// packages are devDependencies. Run: npm run data:topology. The output is committed; this script
// is how to rebuild it.
//
// - 10m, not 110m or 50m: 110m has no Singapore or Hong Kong, and 50m draws Brunei's Temburong,
//   Timor-Leste's Oecusse and Hong Kong with so few points that simplification wipes them out.
// - Simplification keeps a fixed share of all points, weighted by spherical area: the map is
//   equal-area, so the points go where the land is large on screen (the tropics), not to the
//   Arctic islands that a lon/lat weight over-rates. In the focus economies each arc also keeps
//   its two most telling interior points, so no economy or exclave collapses to a point or a line
//   (from 50m, Singapore was one repeated point and Hong Kong a two-point line).
// - The context land (every other country, drawn faintly behind the focus) keeps a smaller share
//   of its own points, and only its islands of more than about 4,000 km² besides each country's
//   largest part; every ring it keeps is given points enough to keep an area.
// - Coordinates on a grid of 0.075° of longitude by 0.055° of latitude (a degree of latitude is
//   about 1.35 times as long as one of longitude on the map in the tropics): about 8 km, finer
//   than the simplification, and short numbers once delta-encoded.
// - A ring that has no area on that grid is dropped (it would draw nothing), and so is a speck
//   that the grid turned inside out (it would paint the whole globe).
// - Two 50m features share id "036" (Australia, Ashmore and Cartier Is.); both become AU
//   and are merged, so a keyed join cannot pick the reef instead of the continent.
// - Objects: `economies` (every APEC and ASEAN economy, id = ISO alpha-2) and `context` (the rest
//   of the world's land except Antarctica, as one MultiPolygon of every country's parts: drawn as
//   one quiet path, never joined to data).
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {feature, quantize} from 'topojson-client';
import {topology} from 'topojson-server';
import {geoArea} from 'd3-geo';
import {filter, presimplify, quantile, simplify, sphericalTriangleArea} from 'topojson-simplify';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');
const world = require('world-atlas/countries-10m.json');
const economies = JSON.parse(
  readFileSync(new URL('../data/economies.json', import.meta.url), 'utf8')
).economies;

/** Share of all points kept by Visvalingam simplification (focus economies and their borders). */
const KEEP = 0.013;
/** The share the context land's own arcs keep (coasts and borders touching no economy). */
const KEEP_CONTEXT = 0.003;
/** Points of its own each arc of a focus economy keeps whatever its weight (besides its ends). */
const MIN_ARC_POINTS = 2;
/** Grid of the output, in degrees of longitude and latitude. */
const GRID = [0.075, 0.055];
/**
 * Islands smaller than this (steradians; about 600 km²) are dropped, except an economy's largest
 * polygon; Temburong (Brunei) and Oecusse (Timor-Leste, about 815 km²) stay.
 */
const MIN_AREA = 1.5e-5;
/** The same for the context land (about 4,000 km²), except each country's largest polygon. */
const MIN_AREA_CONTEXT = 1e-4;
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
  const min = focus.has(f.id) ? MIN_AREA : MIN_AREA_CONTEXT;
  const sorted = [...f.geometry.coordinates].sort((a, b) => area(b) - area(a));
  f.geometry.coordinates = sorted.filter((rings, i) => i === 0 || area(rings) >= min);
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
topo = presimplify(topo, sphericalTriangleArea);
const threshold = quantile(topo, KEEP); // the weight that keeps a share KEEP of all points
const contextThreshold = quantile(topo, KEEP_CONTEXT);
const arcsOf = (arcs, out = []) => {
  for (const a of arcs)
    if (Array.isArray(a)) arcsOf(a, out);
    else out.push(a < 0 ? ~a : a);
  return out;
};
// In the focus economies' arcs, lift the MIN_ARC_POINTS heaviest interior points of each arc to
// the threshold, so every ring keeps an area.
const focusArcs = new Set(topo.objects.economies.geometries.flatMap((g) => arcsOf(g.arcs)));
for (const index of focusArcs) {
  const arc = topo.arcs[index];
  const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
  for (const point of interior.slice(0, MIN_ARC_POINTS)) point[2] = Math.max(point[2], threshold);
}
// The context's own arcs keep the points above the context's threshold, but first each context
// ring that would keep fewer than three points (an island, or a small country such as Qatar whose
// borders lose their bends) gets its heaviest points lifted until it has three.
const limit = (index) => (focusArcs.has(index) ? threshold : contextThreshold);
for (const g of topo.objects.context.geometries) {
  for (const polygon of g.type === 'Polygon' ? [g.arcs] : g.arcs) {
    for (const ring of polygon) {
      const points = arcsOf(ring).flatMap((i) =>
        topo.arcs[i].slice(0, -1).map((point) => ({point, min: limit(i)}))
      );
      const kept = () =>
        new Set(points.filter((p) => p.point[2] >= p.min).map((p) => `${p.point[0]},${p.point[1]}`))
          .size;
      const spare = points
        .filter((p) => p.point[2] < p.min)
        .sort((a, b) => b.point[2] - a.point[2]);
      for (let next = spare.shift(); next && kept() < 3; next = spare.shift())
        next.point[2] = next.min;
    }
  }
}
for (const [index, arc] of topo.arcs.entries()) {
  if (focusArcs.has(index)) continue;
  for (const point of arc.slice(1, -1)) if (point[2] < contextThreshold) point[2] = 0;
}
topo = simplify(topo, threshold);
topo = quantize(topo, {scale: GRID, translate: [topo.bbox[0], topo.bbox[1]]});
// Rings with no area on the grid draw nothing, and a ring a grid step or two across can come out
// wound the wrong way, which would paint the whole globe: drop both, and their arcs. (A hole is
// wound the other way: it is measured reversed.)
const ringArea = (ring, hole) => {
  const coordinates = feature(topo, {type: 'Polygon', arcs: [ring]}).geometry.coordinates[0];
  if (hole) coordinates.reverse();
  return coordinates.length < 4 ? 0 : geoArea({type: 'Polygon', coordinates: [coordinates]});
};
const rings = {kept: 0, flat: 0, inverted: 0};
topo = filter(topo, (ring, hole) => {
  const area = ringArea(ring, hole);
  const kind = area === 0 ? 'flat' : area > 2 * Math.PI ? 'inverted' : 'kept';
  rings[kind] += 1;
  return kind === 'kept';
});
const dropped = [...focus].filter(
  (id) => !topo.objects.economies.geometries.some((g) => g.id === id && g.type)
);
if (dropped.length) throw new Error(`no area left for ${dropped.join(', ')}`);
for (const g of topo.objects.economies.geometries) delete g.properties;
// The context as one MultiPolygon: every country's parts, so its borders are still drawn.
topo.objects.context = {
  type: 'GeometryCollection',
  geometries: [
    {
      type: 'MultiPolygon',
      arcs: topo.objects.context.geometries.flatMap((g) =>
        g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []
      ),
    },
  ],
};
delete topo.bbox;
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
  `data/asia-pacific.topo.json: ${inFocus.features.length} economies, ${context.features.length} context countries ` +
    `(${topo.objects.context.geometries[0].arcs.length} parts); rings kept ${rings.kept}, ` +
    `dropped ${rings.flat} flat and ${rings.inverted} inside out; ${out.length} bytes` +
    (before === undefined ? '' : ` (was ${before})`)
);
