import fc from 'fast-check';
import {
  interpolateBlues,
  interpolateGreens,
  interpolateOranges,
  interpolatePurples,
  interpolateViridis,
} from 'd3-scale-chromatic';
import {describe, expect, it} from 'vitest';
import {SCHEMES, rampOf} from '../../src/layout/choropleth/ramps.js';
import {viridis} from '../../src/layout/choropleth/viridis.js';

/** Each scheme's ramp, viridis's colours given as the map gives them once their chunk is in. */
const ramp = (name: (typeof SCHEMES)[number]) => rampOf(name, viridis);

const d3 = {
  blues: interpolateBlues,
  greens: interpolateGreens,
  purples: interpolatePurples,
  oranges: interpolateOranges,
  viridis: (t: number) => interpolateViridis(1 - t),
};

describe("the map's colour ramps", () => {
  it("give d3-scale-chromatic's colour at every t, the ends and beyond them included", () => {
    const t = fc.oneof(
      fc.double({min: -0.5, max: 1.5, noNaN: true}),
      fc.constantFrom(0, 1, 0.125, 0.5, 7 / 8)
    );
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(d3) as (keyof typeof d3)[])), t, (name, at) => {
        expect(ramp(name)(at)).toBe(d3[name](at));
      }),
      {numRuns: 2000}
    );
  });

  it('runs from light to dark, and viridis from yellow to purple', () => {
    expect(ramp('blues')(0)).toBe('rgb(247, 251, 255)');
    expect(ramp('blues')(1)).toBe('rgb(8, 48, 107)');
    expect(ramp('viridis')(0)).toBe('#fde725');
    expect(ramp('viridis')(1)).toBe('#440154');
    // Every one of viridis's 256 colours, not just those a random t happens to hit.
    for (let i = 0; i < 256; i++) expect(ramp('viridis')(i / 256)).toBe(d3.viridis(i / 256));
    // The schemes a map offers are these five; viridis without its chunk draws blues.
    expect([...SCHEMES].sort()).toEqual(Object.keys(d3).sort());
    expect(rampOf('viridis')(0.5)).toBe(ramp('blues')(0.5));
  });
});
