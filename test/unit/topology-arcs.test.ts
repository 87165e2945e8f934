import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeArcs} from '../../src/layout/choropleth/arcs.js';
import {encodeArcs} from '../../scripts/topology-arcs.mjs';
// Through the builds' plugins, as the charts import it: the arcs arrive as text and are decoded.
import shipped from '../../data/asia-pacific.topo.json';

const file = new URL('../../data/asia-pacific.topo.json', import.meta.url);
const json = JSON.parse(readFileSync(file, 'utf8')) as {arcs: [number, number][][]};

// Any integers a quantized topology could hold (whole first points, deltas after), both signs.
const number = fc.integer({min: -(2 ** 31), max: 2 ** 31});
const arcs = fc.array(fc.array(fc.tuple(number, number), {minLength: 1, maxLength: 12}), {
  maxLength: 12,
});

describe("the topology's arcs as shipped text", () => {
  it('decodes to the arcs it was written from, for any arcs', () => {
    fc.assert(
      fc.property(arcs, (a) => {
        expect(decodeArcs(encodeArcs(a))).toEqual(a);
      })
    );
  });

  it('ships the bundled topology unchanged once decoded, in fewer gzip bytes', () => {
    expect(shipped).toEqual(json);
    const text = encodeArcs(json.arcs);
    expect(gzipSync(text).length).toBeLessThan(0.75 * gzipSync(JSON.stringify(json.arcs)).length);
  });

  it('refuses text that is not arcs, rather than drawing wrong shapes', () => {
    expect(() => decodeArcs('AB*C')).toThrow(/"\*" is not an arc digit/);
    expect(() => decodeArcs('ABC')).toThrow(/ends inside a point/);
    expect(() => decodeArcs('AB.g')).toThrow(/ends inside a point/);
  });
});
