import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {GeometryCollection, Topology} from 'topojson-specification';
import {
  decodeArcs,
  decodeGeometries,
  unpackTopology,
} from '../../src/layout/choropleth/packed-topology.js';
import {encodeArcs, encodeGeometries, packTopology} from '../../scripts/pack-topology.mjs';
// Through the builds' plugins, as the charts import it: packed, then unpacked on import.
import shipped from '../../data/asia-pacific.topo.json';

const file = new URL('../../data/asia-pacific.topo.json', import.meta.url);
const json = JSON.parse(readFileSync(file, 'utf8')) as Topology;

// Any integers a quantized topology could hold (whole first points, deltas after), both signs.
const number = fc.integer({min: -(2 ** 31), max: 2 ** 31});
const arcs = fc.array(fc.array(fc.tuple(number, number), {minLength: 1, maxLength: 12}), {
  maxLength: 12,
});
// Arc indices (negative: the arc reversed, as ~index), in rings, in polygons.
const rings = fc.array(fc.array(fc.integer({min: -5000, max: 5000}), {minLength: 1}), {
  minLength: 1,
  maxLength: 4,
});
const id = fc.option(fc.stringMatching(/^[A-Z0-9]{1,3}$/), {nil: undefined});
const geometry = fc.oneof(
  fc.record({type: fc.constant('Polygon' as const), arcs: rings, id}),
  fc.record({
    type: fc.constant('MultiPolygon' as const),
    arcs: fc.array(rings, {minLength: 1, maxLength: 4}),
    id,
  })
);

describe('the bundled topology as the builds ship it, packed', () => {
  it('unpacks arcs to the arcs they were packed from, for any arcs', () => {
    fc.assert(
      fc.property(arcs, (a) => {
        expect(decodeArcs(encodeArcs(a))).toEqual(a);
      })
    );
  });

  it('unpacks geometries to those they were packed from, for any polygons and multipolygons', () => {
    fc.assert(
      fc.property(fc.array(geometry, {maxLength: 6}), (geometries) => {
        const collection = {type: 'GeometryCollection', geometries} as GeometryCollection;
        expect(decodeGeometries(encodeGeometries(collection))).toEqual(geometries);
      })
    );
  });

  it('ships the bundled topology unchanged once unpacked, in fewer gzip bytes', () => {
    expect(shipped).toEqual(json);
    expect(unpackTopology(packTopology(json))).toEqual(json);
    const gzip = (v: unknown) => gzipSync(JSON.stringify(v)).length;
    expect(gzip(packTopology(json))).toBeLessThan(0.75 * gzip(json));
  });

  it('refuses text that is not a packed topology, rather than drawing wrong shapes', () => {
    expect(() => decodeArcs('AB*C')).toThrow(/"\*" is not a digit/);
    expect(() => decodeArcs('ABC')).toThrow(/ends inside a point/);
    expect(() => decodeArcs('AB.g')).toThrow(/cut short/);
    expect(() => decodeGeometries('XAU:AB')).toThrow(/"XAU" is not a geometry/);
    expect(() => decodeGeometries('PAU:AB;CD')).toThrow(/"PAU" is not a geometry/);
  });

  it('refuses, when building, a topology it cannot pack', () => {
    const point = {type: 'GeometryCollection', geometries: [{type: 'Point', coordinates: [0, 0]}]};
    expect(() => encodeGeometries(point as GeometryCollection)).toThrow(/cannot pack/);
    const named = {type: 'Polygon', arcs: [[0]], properties: {name: 'x'}};
    const withProperties = {type: 'GeometryCollection', geometries: [named]};
    expect(() => encodeGeometries(withProperties as GeometryCollection)).toThrow(/cannot pack/);
    expect(() => packTopology({...json, transform: undefined})).toThrow(/not quantized/);
  });
});
