import fc from 'fast-check';
import {scaleUtc as d3ScaleUtc} from 'd3-scale';
import {describe, expect, it} from 'vitest';
import {scaleUtc} from '../../src/layout/timeline/utc-scale.js';

// From 1900 to 2100, in ms: the years a timeline of meetings could show.
const time = fc.integer({min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1)});
const px = fc.double({min: -2000, max: 4000, noNaN: true});

describe("the timeline's time scale", () => {
  it("places, inverts and ticks exactly as d3-scale's scaleUtc", () => {
    fc.assert(
      fc.property(time, time, px, px, time, fc.integer({min: 1, max: 40}), (a, b, r0, r1, t, n) => {
        const ours = scaleUtc().domain([a, b]).range([r0, r1]);
        const d3 = d3ScaleUtc().domain([a, b]).range([r0, r1]);
        expect(ours(t)).toBe(d3(t));
        expect(ours(new Date(t))).toBe(d3(new Date(t)));
        expect(ours.invert(r0 + (r1 - r0) / 3).getTime()).toBe(
          d3.invert(r0 + (r1 - r0) / 3).getTime()
        );
        expect(ours.ticks(n).map(Number)).toEqual(d3.ticks(n).map(Number));
        expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
        expect(ours.range()).toEqual(d3.range());
      })
    );
  });

  it('copies: a change to the copy leaves the original alone', () => {
    const base = scaleUtc([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 100]);
    const zoomed = base.copy().domain([Date.UTC(2005, 0, 1), Date.UTC(2010, 0, 1)]);
    expect(base(Date.UTC(2005, 0, 1))).toBeCloseTo(50, 1);
    expect(zoomed(Date.UTC(2005, 0, 1))).toBe(0);
    expect(base.domain()[0]?.getUTCFullYear()).toBe(2000);
  });

  it('puts a one-instant domain mid-range, as d3 does', () => {
    const flat = scaleUtc([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 1)], [0, 100]);
    expect(flat(Date.UTC(1990, 0, 1))).toBe(50);
  });
});
