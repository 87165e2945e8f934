// The bundled longitude/latitude topology, projected in the page (the element ships it projected).
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import {economies, indicators, topology} from '../../src/data.js';
import {computeChoroplethLayout} from '../../src/layout/choropleth/layout.js';
import {placeCallouts} from '../../src/layout/choropleth/callouts.js';
import {geoCentroid} from 'd3-geo';
import {
  REGIONS,
  computeMapGeometry,
  decodeTopology,
  regionMembers,
  splitAcrossOcean,
} from '../../src/layout/choropleth/geo.js';
import {placeMapLabels} from '../../src/layout/choropleth/labels.js';
import {economyAt} from '../../src/layout/choropleth/land-at.js';

/** The membership map of every region at each of `widths`. */
function* membershipMaps(widths: readonly number[]) {
  const ind = indicators.find((i) => i.id === 'membership');
  if (!ind) throw new Error('membership');
  for (const region of REGIONS)
    for (const width of widths) {
      const options = {width, height: undefined, region, year: undefined, lang: 'en'} as const;
      const layout = computeChoroplethLayout(topology, economies, ind, {
        ...options,
        method: 'quantile',
      });
      yield {region, width, layout};
    }
}

describe('the map on a phone', () => {
  it('splits APEC across the Pacific, and leaves ASEAN whole', () => {
    const features = (region: 'apec' | 'asean') => {
      const focus = regionMembers(region, economies);
      return [...decodeTopology(topology).economies.values()].filter((f) =>
        focus.has(String(f.id))
      );
    };
    const sides = splitAcrossOcean(topology, features('apec'));
    const ids = sides?.map((s) => s.map((f) => String(f.id)).sort());
    expect(ids?.[1]).to.deep.equal(['CA', 'CL', 'MX', 'PE', 'US']);
    expect(ids?.[0]).to.include.members(['AU', 'CN', 'RU', 'TH']);
    expect(splitAcrossOcean(topology, features('asean'))).toBe(undefined);
  });

  it("cuts every region where its economies' spherical centroids are 60° or more apart", () => {
    for (const region of REGIONS) {
      const focus = regionMembers(region, economies);
      const features = [...decodeTopology(topology).economies.values()].filter((f) =>
        focus.has(String(f.id))
      );
      // The widest gap of 60° or more between spherical centroids, around 150°E.
      const at = new Map(features.map((f) => [f, ((geoCentroid(f)[0] - 150 + 540) % 360) - 180]));
      const sorted = [...features].sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
      const gaps = sorted
        .slice(1)
        .map((f, i) => (at.get(f) ?? 0) - (at.get(sorted[i] as (typeof features)[number]) ?? 0));
      const widest = Math.max(60, ...gaps);
      const cut = gaps.lastIndexOf(widest) + 1;
      const ids = (list: typeof features) => list.map((f) => String(f.id)).sort();
      const expected = cut > 0 ? [ids(sorted.slice(0, cut)), ids(sorted.slice(cut))] : undefined;
      const sides = splitAcrossOcean(topology, features);
      expect(sides?.map(ids), region).toEqual(expected);
    }
  });

  it('draws in each panel only the borders of economies that panel frames (no stray strokes)', () => {
    const focus = regionMembers('apec', economies);
    const g = computeMapGeometry(topology, {width: 320, focus});
    const points = (d: string) =>
      [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const boxes = g.economies
      .filter((e) => e.inFocus && e.d)
      .map((e) => {
        const p = points(e.d);
        const xs = p.map(([x]) => x ?? 0);
        const ys = p.map(([, y]) => y ?? 0);
        return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      });
    // Every border point lies on (the box of) an economy in focus drawn where the point is.
    const stray = points(g.borders).filter(
      ([x = 0, y = 0]) =>
        !boxes.some(
          ([x0 = 0, y0 = 0, x1 = 0, y1 = 0]) =>
            x >= x0 - 2 && x <= x1 + 2 && y >= y0 - 2 && y <= y1 + 2
        )
    );
    expect(stray).toEqual([]);
  });

  it('stacks the two sides at 320 px and keeps one frame at 1280 px', () => {
    const focus = regionMembers('apec', economies);
    const at = (width: number) => {
      const g = computeMapGeometry(topology, {width, focus});
      return (id: string) => g.economies.find((e) => e.id === id);
    };
    const phone = at(320);
    expect(phone('CL')?.centroid[1]).toBeGreaterThan((phone('AU')?.centroid[1] ?? 0) + 50);
    // Larger than in one frame across the ocean (the 1280 px frame brought down to 320 px).
    const one = computeMapGeometry(topology, {width: 1280, focus});
    const oneAU = ((one.economies.find((x) => x.id === 'AU')?.size[0] ?? 0) * 320) / 1280;
    expect(phone('AU')?.size[0]).toBeGreaterThan(oneAU * 1.3);
    const desk = at(1280);
    expect(desk('CL')?.centroid[0]).toBeGreaterThan(desk('AU')?.centroid[0] ?? 0);
  });

  it('gives the economies in focus narrower or shorter than 24 px a 24 px target, targets apart', () => {
    const focus = regionMembers('all', economies);
    const g = computeMapGeometry(topology, {width: 320, focus});
    const callouts = placeCallouts(g.economies, {width: 320, height: g.height});
    const called = new Set(callouts.map((c) => c.id));
    // Each but one drawn large enough to see whose target would crowd another's (its shape is
    // its target then; the test below).
    for (const e of g.economies.filter((x) => x.inFocus))
      if (Math.min(...e.size) < 24 && e.area < 40) expect(called.has(e.id), e.id).toBe(true);
    // Circles a tap apart; a target on an economy's own shape (under the land and the circles)
    // has its centre outside the circles' targets.
    for (const [i, a] of callouts.entries())
      for (const b of callouts.slice(i + 1))
        if (!a.inPlace || !b.inPlace)
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id}/${b.id}`).toBeGreaterThanOrEqual(
            a.inPlace || b.inPlace ? 12 : 24
          );
  });

  it('puts no circle on land, its own economy’s aside: neither another economy’s nor a country’s out of the data', () => {
    // Korea's circle sat on Mongolia at 320 px, its name written across Mongolia and Kazakhstan
    // (land of no economy in the data, which counted as open water).
    let circles = 0;
    for (const {region, width, layout} of membershipMaps([320, 375, 414, 600, 800, 1280])) {
      const drawn = layout.geometry.economies.filter((e) => e.d).map((e) => e.id);
      const landAt = economyAt(topology, layout.geometry.frames, drawn, true);
      for (const c of layout.callouts) {
        circles++;
        const around = [0, 1, 2, 3, 4, 5, 6, 7].map((i): [number, number] => [
          c.x + c.r * Math.cos((i * Math.PI) / 4),
          c.y + c.r * Math.sin((i * Math.PI) / 4),
        ]);
        const covered = [[c.x, c.y] as [number, number], ...around]
          .map(([x, y]) => landAt(x, y))
          .filter((id) => id !== undefined && id !== c.id);
        expect(covered, `${region} ${width} ${c.id}`).toEqual([]);
      }
    }
    expect(circles).toBeGreaterThan(100);
  });

  it('keeps a circle near its economy, or draws none where the economy can be seen', () => {
    // Malaysia's circle went south of Java at 414 px, its leader across Indonesia. A circle is
    // now within 5 radii of its economy, or on a micro-economy (found only by its circle); an
    // economy drawn large enough to see whose circle could only go farther has none, its touch
    // target on its own shape.
    const ind = indicators.find((i) => i.id === 'membership');
    if (!ind) throw new Error('membership');
    let inPlace = 0;
    for (const {region, width, layout} of membershipMaps([320, 375, 398, 414, 600, 800])) {
      const area = new Map(layout.geometry.economies.map((e) => [e.id, e.area]));
      for (const c of layout.callouts) {
        const reach = Math.hypot(c.x - c.from[0], c.y - c.from[1]) / c.r;
        if (reach > 5.01)
          expect(
            area.get(c.id) ?? 0,
            `${region} ${width} ${c.id}: ${reach.toFixed(1)} radii`
          ).toBeLessThan(40);
      }
      inPlace += layout.targets.length;
      for (const t of layout.targets) expect(area.get(t.id), t.id).toBeGreaterThanOrEqual(40);
    }
    expect(inPlace, 'touch targets on economies’ own shapes').toBeGreaterThan(0);
    // Unseen, a target on a shape keeps no other economy's name off it (Indonesia's, at 320 px).
    const phone = computeChoroplethLayout(topology, economies, ind, {
      width: 320,
      height: undefined,
      region: 'all',
      year: undefined,
      lang: 'en',
      method: 'quantile',
    });
    expect(phone.targets.length).toBeGreaterThan(0);
    expect(phone.labels.map((l) => l.id)).toContain('ID');
  });

  it('names an economy only where the name fits, and never two names on one spot', () => {
    const e = (id: string, name: string, x: number, w: number, area: number) => ({
      id,
      name,
      centroid: [x, 50] as [number, number],
      size: [w, 40] as [number, number],
      area,
    });
    const labels = placeMapLabels(
      [
        e('A', 'Alpha', 50, 80, 10),
        e('B', 'Bravo', 60, 80, 20),
        e('C', 'Charlie land', 200, 30, 30),
      ],
      [],
      {width: 400, height: 100}
    );
    // B is larger and goes first; A would sit on it at its centre, so it takes the next of its
    // spots clear of it, two lines up (one line up, the letters would touch); C's name is wider
    // than C.
    expect(labels.map((l) => [l.id, l.x, l.y])).to.deep.equal([
      ['B', 60, 54],
      ['A', 50, 28],
    ]);
  });

  it('names called-out economies beside their circles, clear of names, circles, leaders and the zoom buttons', () => {
    const e = (id: string, name: string, x: number, y: number, w: number, area: number) => ({
      id,
      name,
      centroid: [x, y] as [number, number],
      size: [w, 40] as [number, number],
      area,
    });
    const callout = (id: string, from: [number, number], x: number, y: number) => ({
      id,
      from,
      x,
      y,
      r: 6,
    });
    const width = 400;
    const callouts = [
      callout('D', [290, 90], 300, 60),
      callout('E', [340, 90], 330, 60),
      callout('F', [120, 150], 120, 120),
    ];
    const labels = placeMapLabels(
      [
        e('B', 'Bravo', 120, 50, 120, 900),
        e('D', 'Delta', 290, 90, 2, 1),
        e('E', 'Echo', 340, 90, 2, 1),
        e('F', 'Foxtrot', 120, 150, 2, 1),
      ],
      callouts,
      {width, height: 200}
    );
    expect(labels.map((l) => l.id).sort()).toEqual(['B', 'D', 'E', 'F']);
    const box = (l: {x: number; y: number; text: string}) => {
      const w = l.text.length * 6.4;
      return {x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y - 10, y1: l.y + 2};
    };
    const meet = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const boxes = labels.map(box);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(meet(a, b)).toBe(false);
      for (const c of callouts)
        expect(meet(a, {x0: c.x - 12, x1: c.x + 12, y0: c.y - 12, y1: c.y + 12})).toBe(false);
      expect(meet(a, {x0: width - 40, x1: width, y0: 0, y1: 100}), 'under the zoom buttons').toBe(
        false
      );
    }
  });
});
