/**
 * The map's shapes are projected once (layout/choropleth/reference.ts) and then only scaled,
 * translated and clipped to each panel. These check that what is drawn that way is what
 * projecting each shape at the panel's own scale draws, whatever was drawn before.
 */
// The bundled longitude/latitude topology, projected in the page (the element ships it projected).
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {geoPath} from 'd3-geo';
import type {Topology} from 'topojson-specification';
import {economies, topology} from '../../src/data.js';
import {
  areaOf,
  centroidOf,
  contains,
  pathOf,
  polygonsOf,
  streamParts,
} from '../../src/layout/choropleth/projected.js';
import {clearOfCut} from '../../src/layout/choropleth/topology.js';
import {referenceFor} from '../../src/layout/choropleth/reference.js';
import {CONTEXT_LAND, economyAt} from '../../src/layout/choropleth/land-at.js';
import {pacificProjection} from '../../src/layout/choropleth/projection.js';
import {projectOnMap} from '../../src/layout/choropleth/on-map.js';
import {
  computeMapGeometry,
  decodeTopology,
  regionMembers,
  splitAcrossOcean,
  type MapGeometry,
  type Region,
} from '../../src/layout/choropleth/geo.js';

type Point = [number, number];

/** A path's rings or lines as lists of points (a ring closed back to its first point). */
function polylines(d: string): Point[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const points = part
        .replace('Z', '')
        .split('L')
        .map((p) => p.split(',').map(Number) as Point);
      const first = points[0];
      return part.endsWith('Z') && first ? [...points, first] : points;
    });
}

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = dx || dy ? ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy) : 0;
  const u = Math.max(0, Math.min(1, t));
  return Math.hypot(px - (ax + u * dx), py - (ay + u * dy));
}

/**
 * The farthest any point of path `a` lies from the lines of path `b`, up to 1 px (the lines are
 * looked up in 1 px cells around each point: farther than that counts as 1).
 */
function farthest(a: string, b: string): number {
  const cells = new Map<number, [Point, Point][]>();
  const cell = (x: number, y: number) => Math.floor(x) * 100_000 + Math.floor(y);
  for (const l of polylines(b))
    for (let i = 0; i < l.length; i++) {
      const [p, q] = [l[Math.max(0, i - 1)] as Point, l[i] as Point];
      const [x0, x1] = [Math.min(p[0], q[0]), Math.max(p[0], q[0])];
      const [y0, y1] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
      for (let x = Math.floor(x0 - 1); x <= Math.floor(x1 + 1); x++)
        for (let y = Math.floor(y0 - 1); y <= Math.floor(y1 + 1); y++) {
          const key = cell(x, y);
          const list = cells.get(key) ?? [];
          if (!list.length) cells.set(key, list);
          list.push([p, q]);
        }
    }
  let worst = 0;
  for (const line of polylines(a))
    for (const p of line) {
      const near = (cells.get(cell(p[0], p[1])) ?? []).reduce(
        (m, [s, t]) => Math.min(m, segmentDistance(p, s, t)),
        1
      );
      worst = Math.max(worst, near);
    }
  return worst;
}

/**
 * What projecting each shape at each panel's fitted scale and translation, clipped to the panel
 * (d3's geoPath, no reuse), draws for the map `g`: each economy in focus in its own panel, the
 * others and the context land in every panel.
 */
function projectedAgain(g: MapGeometry, region: Region) {
  const {economies: features, context} = decodeTopology(topology);
  const focus = regionMembers(region, economies);
  const focused = [...features.values()].filter((f) => focus.has(String(f.id)));
  const sides = g.frames.length > 1 ? splitAcrossOcean(topology, focused) : [focused];
  const paths = g.frames.map((f) =>
    geoPath(pacificProjection().scale(f.scale).translate(f.translate).clipExtent(f.extent)).digits(
      1
    )
  );
  const economy = (id: string) => {
    const own = sides?.findIndex((s) => s.some((f) => String(f.id) === id)) ?? -1;
    const f = features.get(id);
    if (!f) return '';
    return own >= 0 ? (paths[own]?.(f) ?? '') : paths.map((p) => p(f) ?? '').join('');
  };
  return {
    economy,
    context: paths.map((p) => p({type: 'FeatureCollection', features: context}) ?? '').join(''),
    outline: paths.map((p) => p({type: 'Sphere'}) ?? '').join(''),
  };
}

/** Within half a pixel both ways: the picture is the same to the eye. */
function expectSamePicture(g: MapGeometry, region: Region) {
  const again = projectedAgain(g, region);
  for (const e of g.economies) {
    const d = again.economy(e.id);
    expect(e.d === '', `${e.id} drawn in one and not the other`).toBe(d === '');
    expect(farthest(e.d, d), `${e.id} at ${g.width} px`).toBeLessThan(0.5);
    expect(farthest(d, e.d), `${e.id} at ${g.width} px`).toBeLessThan(0.5);
  }
  expect(farthest(g.context, again.context)).toBeLessThan(0.5);
  expect(farthest(again.context, g.context)).toBeLessThan(0.5);
  expect(farthest(g.outline, again.outline)).toBeLessThan(0.5);
}

describe('the map projected once, drawn at any size', {timeout: 30_000}, () => {
  it('draws at each width what projecting again at that width would (one panel and two)', () => {
    const focus = regionMembers('all', economies);
    // 800 px first (one panel), then the phone's two panels.
    for (const width of [800, 375]) {
      const g = computeMapGeometry(topology, {width, focus});
      expect(g.frames).toHaveLength(width < 560 ? 2 : 1);
      expectSamePicture(g, 'all');
    }
  });

  it('draws a map zoomed in on ASEAN (a finer reference) as projecting again would', () => {
    const g = computeMapGeometry(topology, {width: 800, focus: regionMembers('asean', economies)});
    expect(g.frames[0]?.scale).toBeGreaterThan(512);
    expectSamePicture(g, 'asean');
  });

  it('draws the same map at a width whatever was drawn before it', () => {
    const focus = regionMembers('all', economies);
    const asean = regionMembers('asean', economies);
    for (const width of [1280, 800]) computeMapGeometry(topology, {width, focus});
    computeMapGeometry(topology, {width: 800, focus: asean});
    const after = computeMapGeometry(topology, {width: 375, focus});
    // A copy of the topology shares no cache with it: the map drawn first thing.
    const fresh = computeMapGeometry(structuredClone(topology) as Topology, {width: 375, focus});
    expect(after).toEqual(fresh);
  });

  it('writes and measures the planar shapes as a planar geoPath does', () => {
    const projection = pacificProjection().scale(300).translate([400, 300]);
    const flat = geoPath().digits(1);
    for (const f of decodeTopology(topology).economies.values()) {
      if (f.geometry.type !== 'MultiPolygon') continue;
      const parts = streamParts(
        projection,
        f.geometry.coordinates.map((p) => [p])
      );
      const shape = {type: 'MultiPolygon' as const, coordinates: parts.flat()};
      expect(pathOf(parts.flat(2))).toBe(flat(shape) ?? '');
      expect(areaOf(parts.flat())).toBeCloseTo(flat.area(shape), 6);
      const [x, y] = centroidOf(parts.flat());
      expect(x).toBeCloseTo(flat.centroid(shape)[0], 6);
      expect(y).toBeCloseTo(flat.centroid(shape)[1], 6);
    }
  });

  it('projects a polygon clear of the cut without the clip to the same points', () => {
    const {economies: shapes, context} = decodeTopology(topology);
    const polygons = [...shapes.values(), ...context].flatMap((f) => polygonsOf(f.geometry) ?? []);
    const clear = polygons.filter((p) => clearOfCut(p));
    // Land across 30°W (the cut) is still clipped; everything else is not.
    expect(clear.length).toBeGreaterThan(500);
    expect(clear.length).toBeLessThan(polygons.length);
    for (const scale of [256, 2048]) {
      const clipped = pacificProjection().scale(scale).translate([0, 0]);
      const unclipped = pacificProjection()
        .scale(scale)
        .translate([0, 0])
        .preclip((s) => s);
      const groups = clear.map((p) => [p]);
      expect(streamParts(unclipped, groups)).toEqual(streamParts(clipped, groups));
    }
  });

  it('places a point by longitude and latitude where the fitted projection does', () => {
    const g = computeMapGeometry(topology, {width: 375, focus: regionMembers('all', economies)});
    expect(g.frames).toHaveLength(2);
    let placed = 0;
    for (let lon = -180; lon <= 180; lon += 7.5)
      for (let lat = -60; lat <= 80; lat += 5) {
        const at = projectOnMap(g.frames, [lon, lat]);
        const f = g.frames.find((frame) => {
          const xy = pacificProjection().scale(frame.scale).translate(frame.translate)([lon, lat]);
          const [[x0, y0], [x1, y1]] = frame.extent;
          return xy && xy[0] >= x0 && xy[0] <= x1 && xy[1] >= y0 && xy[1] <= y1;
        });
        const xy = f && pacificProjection().scale(f.scale).translate(f.translate)([lon, lat]);
        expect(at === undefined, `${lon}, ${lat}`).toBe(xy === undefined);
        if (!at || !xy) continue;
        placed++;
        expect(at[0]).toBeCloseTo(xy[0], 6);
        expect(at[1]).toBeCloseTo(xy[1], 6);
      }
    expect(placed).toBeGreaterThan(100);
  });

  it('clips a polygon that crosses the cut', () => {
    const square = (lon: number, lat = 0): [number, number][][] => [
      [
        [lon, lat],
        [lon, lat + 5],
        [lon + 5, lat + 5],
        [lon + 5, lat],
        [lon, lat],
      ],
    ];
    expect(clearOfCut(square(100))).toBe(true);
    expect(clearOfCut(square(-33))).toBe(false);
    expect(clearOfCut(square(-30))).toBe(false);
    // Edges of 179° or more of longitude may pass the cut or a pole.
    const long: [number, number][][] = [
      [
        [-20, 10],
        [160, 10],
        [160, 20],
        [-20, 10],
      ],
    ];
    expect(clearOfCut(long)).toBe(false);
  });
});

describe('which land a point of the map is on', () => {
  /** Every economy's polygons then the context land's, each tested whole: what economyAt answers. */
  function landAtByHand(g: MapGeometry, drawn: ReadonlySet<string>, context: boolean) {
    const reference = referenceFor(topology);
    const lands = [
      ...[...decodeTopology(topology).economies.keys()].map((id) => ({
        id,
        polygons: reference.economy(id)?.parts.flat() ?? [],
      })),
      {id: CONTEXT_LAND, polygons: reference.context.flatMap((shape) => shape.parts.flat())},
    ].filter(({id}) => drawn.has(id) || (context && id === CONTEXT_LAND));
    return (x: number, y: number) => {
      for (const {extent, scale, translate} of g.frames) {
        const [[x0, y0], [x1, y1]] = extent;
        if (x < x0 || x > x1 || y < y0 || y > y1) continue;
        const k = reference.scale / scale;
        const [rx, ry] = [(x - translate[0]) * k, (y - translate[1]) * k];
        const land = lands.find(({polygons}) => contains(polygons, rx, ry));
        if (land) return land.id;
      }
      return undefined;
    };
  }

  it('answers for any point what testing each shape whole answers, coasts and holes included', () => {
    for (const [region, width] of [
      ['all', 1280],
      ['asean', 375],
      ['apec', 320],
    ] as const) {
      const g = computeMapGeometry(topology, {width, focus: regionMembers(region, economies)});
      const ids = g.economies.filter((e) => e.d).map((e) => e.id);
      for (const context of [false, true]) {
        const fast = economyAt(topology, g.frames, ids, context);
        const byHand = landAtByHand(g, new Set(ids), context);
        // Points anywhere on the map, and on the coasts (where a point's row meets edges).
        const coast = g.economies.flatMap((e) =>
          [...e.d.matchAll(/[ML]?(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])
        );
        const near = fc
          .tuple(fc.constantFrom(...coast), fc.double({min: -2, max: 2, noNaN: true}))
          .map(([[x = 0, y = 0], d]) => [x + d, y - d / 3] as const);
        const anywhere = fc.tuple(
          fc.double({min: 0, max: width, noNaN: true}),
          fc.double({min: 0, max: g.height, noNaN: true})
        );
        fc.assert(
          fc.property(fc.oneof(near, anywhere), ([x, y]) => {
            expect(fast(x, y), `${region} at ${width} px, (${x}, ${y})`).toBe(byHand(x, y));
          }),
          {numRuns: 3000, seed: 15}
        );
      }
    }
  });
});
