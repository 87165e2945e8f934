// The bundled longitude/latitude topology, projected in the page (the element ships it projected).
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import type {Topology} from 'topojson-specification';
import {economies, indicators, topology} from '../../src/data.js';
import {
  REGIONS,
  computeMapGeometry,
  regionMembers,
  type Region,
} from '../../src/layout/choropleth/geo.js';
import {computeChoroplethLayout, namedOnMap} from '../../src/layout/choropleth/layout.js';
import {
  mapGeometry,
  prepareOtherSide,
  rescaleGeometry,
} from '../../src/layout/choropleth/rescale.js';

const focus = regionMembers('apec', economies);
const byId = (g: {economies: {id: string; centroid: [number, number]}[]}) =>
  new Map(g.economies.map((e) => [e.id, e.centroid]));

describe('resizing a map without projecting it again', () => {
  it('800 → 640 px: the same paths drawn scaled, where projecting again would put them', () => {
    const base = computeMapGeometry(topology, {width: 800, focus});
    const scaled = rescaleGeometry(base, 640);
    expect(scaled).toBeDefined();
    const fresh = computeMapGeometry(topology, {width: 640, focus});
    expect(scaled?.scale).toBeCloseTo(0.8, 6);
    expect(scaled?.economies[0]?.d).toBe(base.economies[0]?.d);
    expect(Math.abs((scaled?.height ?? 0) - fresh.height)).toBeLessThanOrEqual(1.5);
    const a = byId(scaled ?? base);
    // Every centroid within 2 px of where a fresh projection puts it (padding rounds apart).
    for (const [id, c] of byId(fresh)) {
      const s = a.get(id) ?? [NaN, NaN];
      expect(Math.hypot(s[0] - c[0], s[1] - c[1]), id).toBeLessThan(2);
    }
  });

  it('a new layout where the structure changes or the height was given', () => {
    // Below 560 px APEC is two panels: projected again.
    expect(rescaleGeometry(computeMapGeometry(topology, {width: 800, focus}), 375)).toBeUndefined();
    const given = computeMapGeometry(topology, {width: 800, height: 400, focus});
    expect(rescaleGeometry(given, 640)).toBeUndefined();
    // Phone to phone keeps the two panels.
    const phone = rescaleGeometry(computeMapGeometry(topology, {width: 414, focus}), 375);
    expect(phone?.fit.heights).toHaveLength(2);
  });

  it("mapGeometry draws each width of a side from that side's base (800 px wide)", () => {
    const all = regionMembers('all', economies);
    const t = structuredClone(topology) as Topology;
    const a = mapGeometry(t, {width: 900, focus: all});
    const b = mapGeometry(t, {width: 700, focus: all});
    expect(a.scale).toBeCloseTo(900 / 800, 6);
    expect(b.context).toBe(a.context);
    expect(b.scale).toBeCloseTo(700 / 800, 6);
    // The base itself, not a scaled copy.
    const base = mapGeometry(t, {width: 800, focus: all});
    expect(base.scale).toBe(1);
    expect(base.context).toBe(a.context);
  });

  it('a map prepared ahead crosses the phone width both ways by rescaling', () => {
    // APEC: two panels below 560 px (ASEAN's height at 800 px is the 640 px cap's, which a new
    // width projects again).
    const t = structuredClone(topology) as Topology;
    const wide = mapGeometry(t, {width: 820, focus});
    // Projects the phone's side (at 375 px) once; a second call finds it remembered.
    expect(prepareOtherSide(t, wide)).toBe(true);
    expect(prepareOtherSide(t, mapGeometry(t, {width: 700, focus}))).toBe(false);
    const phone = mapGeometry(t, {width: 390, focus});
    expect(phone.scale).toBeCloseTo(390 / 375, 6);
    const fresh = computeMapGeometry(t, {width: 390, focus});
    expect(phone.fit.heights).toHaveLength(fresh.fit.heights.length);
    expect(Math.abs(phone.height - fresh.height)).toBeLessThanOrEqual(1.5);
    // And back: the wide side's base (800 px) is still there to rescale.
    const back = mapGeometry(t, {width: 820, focus});
    expect(back.scale).toBeCloseTo(820 / 800, 6);
    expect(back.context).toBe(wide.context);
    // A height given is drawn as asked: nothing to prepare.
    const given = computeMapGeometry(t, {width: 820, height: 500, focus});
    expect(prepareOtherSide(t, given)).toBe(false);
  });

  it("projects only where a width cannot be rescaled from its side's base", () => {
    const t = structuredClone(topology) as Topology;
    // ASEAN is 1.1 times as tall as wide: above 582 px its height is the 640 px cap's, which
    // no other width's scales to. Nothing is projected at 800 px for it.
    const asean = regionMembers('asean', economies);
    const capped = mapGeometry(t, {width: 700, focus: asean});
    expect([capped.scale, capped.height]).toEqual([1, 640]);
    expect(mapGeometry(t, {width: 680, focus: asean}).scale).toBe(1);
    // (Only the last is kept: 700 px after 680 is projected again.)
    const again = mapGeometry(t, {width: 700, focus: asean});
    expect(again).not.toBe(capped);
    // Below the cap, on a phone, a width is the 375 px base scaled.
    const phone = mapGeometry(t, {width: 414, focus: asean});
    expect(phone.scale).toBeCloseTo(414 / 375, 6);
    // So a phone's ASEAN map projects no 800 px base ahead: no wide width could use it.
    expect(prepareOtherSide(t, phone)).toBe(false);
    // Two maps projected at their own width, drawn in turn (a story's step, a new language),
    // each keep theirs.
    const apec = mapGeometry(t, {width: 1200, focus});
    expect(apec.scale).toBe(1);
    expect(mapGeometry(t, {width: 700, focus: asean})).toBe(again);
    expect(mapGeometry(t, {width: 1200, focus})).toBe(apec);
  });
});

describe("a map's names do not depend on what the page drew before", () => {
  const indicator = indicators.find((i) => i.id === 'membership');
  if (!indicator) throw new Error('membership');
  /** What a reader sees named and numbered, and where the names go. */
  const names = (on: Topology, width: number, region: Region, height?: number) => {
    const layout = computeChoroplethLayout(on, economies, indicator, {
      width,
      height,
      region,
      year: undefined,
      lang: 'en',
      method: 'quantile',
    });
    return {
      named: [...namedOnMap(layout)].sort(),
      numbered: [...layout.numbered].sort(),
      at: layout.labels.map((l) => `${l.id} ${l.x.toFixed(1)},${l.y.toFixed(1)}`),
    };
  };
  // Widths after which a map drawn afresh named other economies when it rescaled the earlier
  // projection (measured with each earlier layout a base of its own).
  const cases: [Region, number, number][] = [
    ['all', 288, 343],
    ['all', 250, 290],
    ['all', 319, 359],
    ['apec', 296, 336],
    ['apec', 422, 382],
    ['apec', 411, 451],
    ['all', 900, 700],
    ['apec', 375, 520],
  ];

  it.each(cases)('%s at %i px, then at %i px: as drawn alone', (region, before, width) => {
    const alone = names(structuredClone(topology) as Topology, width, region);
    const page = structuredClone(topology) as Topology;
    names(page, before, region);
    expect(names(page, width, region)).toEqual(alone);
  });

  it('the same after the other side was projected ahead in idle time', () => {
    const alone = names(structuredClone(topology) as Topology, 414, 'apec');
    const page = structuredClone(topology) as Topology;
    const wide = mapGeometry(page, {width: 820, focus});
    expect(prepareOtherSide(page, wide)).toBe(true);
    expect(names(page, 414, 'apec')).toEqual(alone);
  });

  it('the same after any page history: other widths, regions and heights drawn before', () => {
    const region = fc.constantFrom(...REGIONS);
    const width = fc.integer({min: 260, max: 1300});
    const drawn = fc.record({region, width, height: fc.option(fc.integer({min: 200, max: 700}))});
    fc.assert(
      fc.property(fc.array(drawn, {minLength: 1, maxLength: 3}), region, width, (before, r, w) => {
        const page = structuredClone(topology) as Topology;
        for (const b of before) names(page, b.width, b.region, b.height ?? undefined);
        expect(names(page, w, r)).toEqual(names(structuredClone(topology) as Topology, w, r));
      }),
      {numRuns: 15}
    );
  });
});
