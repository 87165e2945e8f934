/**
 * The map element ships the bundled topology projected when the dataset is built
 * (data/asia-pacific.projected.topo.json, layout/choropleth/pre-project.ts). These check that the
 * file is what the projection makes of the bundled topology today, that its shapes are the ones
 * the reference projection draws at run time (within the file's rounding), and that a map drawn
 * from it is the map drawn by projecting.
 */
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {mesh} from 'topojson-client';
import type {Position} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';
import {economies, indicators} from '../../src/data.js';
import {computeChoroplethLayout} from '../../src/layout/choropleth/layout.js';
import {decodeTopology, type MapGeometry} from '../../src/layout/choropleth/geo.js';
import {PRE_PROJECT, preProject} from '../../src/layout/choropleth/pre-project.js';
import {Reference, referenceFor} from '../../src/layout/choropleth/reference.js';
import {ProjectingReference} from '../../src/layout/choropleth/projecting.js';
import {projectedScale} from '../../src/layout/choropleth/topology.js';
// Through the builds' plugins, as the map element imports it: packed, then unpacked on import.
import shipped from '../../data/asia-pacific.projected.topo.json';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as Topology;
const lonLat = read('asia-pacific.topo.json');
const projected = read('asia-pacific.projected.topo.json');

/** Half a grid step on each axis: the most rounding moves a point, px at the reference scale. */
const ROUNDING = Math.SQRT1_2 / PRE_PROJECT.grid + 1e-9;

const numbers = (d: string) => (d.match(/-?[\d.]+/g) ?? []).map(Number);

/** The farthest a point of `a` lies from the nearest point of `b`. */
function farthestPoint(a: readonly Position[], b: readonly Position[]): number {
  let worst = 0;
  for (const [x, y] of a as [number, number][]) {
    let near = Infinity;
    for (const [u, v] of b as [number, number][]) near = Math.min(near, Math.hypot(x - u, y - v));
    worst = Math.max(worst, near);
  }
  return worst;
}

/** Same rings, point for point within the rounding (a point rounded onto the one before it is dropped). */
function expectSameRings(drawn: Position[][], runtime: Position[][], what: string) {
  expect(drawn.length, `${what}: rings`).toBe(runtime.length);
  for (const [i, ring] of runtime.entries()) {
    const other = drawn[i] ?? [];
    expect(other.length, `${what}: ring ${i}`).toBeGreaterThan(ring.length * 0.9);
    expect(farthestPoint(other, ring), `${what}: ring ${i}`).toBeLessThanOrEqual(ROUNDING);
    expect(farthestPoint(ring, other), `${what}: ring ${i}`).toBeLessThanOrEqual(ROUNDING);
  }
}

describe('the bundled topology, projected when the dataset is built', {timeout: 30_000}, () => {
  it('is what the reference projection makes of the bundled topology (npm run data:projected)', () => {
    expect(projected).toEqual(preProject(lonLat));
    expect(shipped).toEqual(projected);
    expect(projectedScale(projected)).toBe(256);
    expect(projectedScale(lonLat)).toBeUndefined();
  });

  it('holds every economy and context shape as the runtime projection draws it', () => {
    // Copies, so that neither shares a cache with the maps drawn in other tests.
    const runtime = new ProjectingReference(256, structuredClone(lonLat));
    const ahead = referenceFor(structuredClone(projected), 777);
    expect(ahead.scale).toBe(256);
    const ids = [...decodeTopology(lonLat).economies.keys()];
    expect(ids).toHaveLength(25);
    expect([...decodeTopology(projected).economies.keys()]).toEqual(ids);
    for (const id of ids) {
      const a = ahead.economy(id);
      const b = runtime.economy(id);
      expect(a?.parts.length, id).toBe(b?.parts.length);
      expectSameRings(a?.rings ?? [], b?.rings ?? [], id);
      const [ab, bb] = [a?.bounds.flat() ?? [], b?.bounds.flat() ?? []];
      for (const [k, n] of bb.entries())
        expect(Math.abs((ab[k] ?? NaN) - n), `${id}: bounds`).toBeLessThanOrEqual(ROUNDING);
      expect(Math.abs((ahead.longitude(id) ?? NaN) - (runtime.longitude(id) ?? NaN))).toBeLessThan(
        0.05
      );
    }
    // The context land: a shape per polygon (a polygon clipped at the cut may become several).
    const context = (r: Reference) => r.context.flatMap((s) => s.parts.flat());
    const [a, b] = [context(ahead), context(runtime)];
    expect(a.length).toBe(b.length);
    expect(a.length).toBeGreaterThan(200);
    for (const [i, polygon] of b.entries()) expectSameRings(a[i] ?? [], polygon, `context ${i}`);
    expectSameRings(ahead.sphere.rings, runtime.sphere.rings, 'the outline');
  });

  it('holds the borders as the runtime projection draws them', () => {
    const lines = (t: Topology, r: Reference) => {
      const objects = t.objects as Record<string, GeometryCollection>;
      const land: GeometryCollection = {
        type: 'GeometryCollection',
        geometries: [
          ...(objects['economies']?.geometries ?? []),
          ...(objects['context']?.geometries ?? []),
        ],
      };
      return r.lines(mesh(t, land, (x, y) => x !== y));
    };
    const [a, b] = [
      lines(projected, new Reference(256, projected)),
      lines(lonLat, new ProjectingReference(256, lonLat)),
    ];
    expect(a.length).toBe(b.length);
    for (const [i, line] of b.entries()) {
      expect(farthestPoint(a[i] ?? [], line), `border ${i}`).toBeLessThanOrEqual(ROUNDING);
      expect(farthestPoint(line, a[i] ?? []), `border ${i}`).toBeLessThanOrEqual(ROUNDING);
    }
  });

  it('draws the map as projecting draws it: the same fit, labels and callouts, paths to a fraction of a pixel', () => {
    const membership = indicators.find((i) => i.id === 'membership');
    if (!membership) throw new Error('membership indicator missing');
    const differ: string[] = [];
    const grounds: string[] = [];
    for (const region of ['all', 'apec', 'asean', 'asean-plus-three'] as const) {
      for (const width of [320, 375, 414, 640, 768, 800, 1280, 1600]) {
        const options = {width, height: undefined, region, year: undefined, lang: 'en'} as const;
        const layout = (t: Topology) =>
          computeChoroplethLayout(t, economies, membership, {...options, method: 'quantile'});
        const a = layout(projected);
        const b = layout(lonLat);
        const at = `${region} at ${width} px`;
        expect(a.height, at).toBe(b.height);
        // Fitted to the bounds as measured (to a millionth of a pixel in the file).
        const fine = (frames: MapGeometry['frames']) =>
          JSON.stringify(frames, (_, v: unknown) =>
            typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v
          );
        expect(fine(a.geometry.frames), at).toBe(fine(b.geometry.frames));
        // Circles and names are placed off other economies' land, tested on each one's own
        // polygons: where a spot tried falls within a fraction of a pixel of a coast, the two
        // may choose differently (both off land). The same economies are called out everywhere,
        // and nearly every layout is the same to the tenth of a pixel.
        expect(
          a.callouts.map((c) => c.id),
          at
        ).toEqual(b.callouts.map((c) => c.id));
        // (A name's ground follows how much of it lies on other land, at a coast's fraction of
        // a pixel too: counted apart.)
        const placed = (l: typeof a) => [
          l.labels.map(({plate: _plate, ...rest}) => rest),
          l.callouts,
        ];
        if (JSON.stringify(placed(a)) !== JSON.stringify(placed(b))) differ.push(at);
        else if (JSON.stringify(a.labels) !== JSON.stringify(b.labels)) grounds.push(at);
        expect(a.order, at).toEqual(b.order);
        for (const [i, e] of b.geometry.economies.entries()) {
          const other = a.geometry.economies[i];
          expect(other?.id).toBe(e.id);
          expect(Boolean(other?.d), `${e.id} drawn in one only, ${at}`).toBe(Boolean(e.d));
          // (An economy out of focus may show as a sliver at the edge, measured as clipped.)
          if (!e.d || !e.inFocus) continue;
          expect([other?.centroid, other?.size], `${e.id}, ${at}`).toEqual([e.centroid, e.size]);
          expect(other?.area).toBeCloseTo(e.area, 3);
          // Drawn at or under the reference scale, the same points within a quarter pixel.
          if (a.geometry.frames.some((f) => f.scale > 256)) continue;
          const [p, q] = [numbers(other?.d ?? ''), numbers(e.d)];
          expect(p.length, `${e.id}, ${at}`).toBe(q.length);
          const worst = Math.max(...q.map((n, k) => Math.abs(n - (p[k] ?? NaN))));
          expect(worst, `${e.id}, ${at}`).toBeLessThan(0.25);
        }
      }
    }
    // (Names written off a coast start from its points found every 6 px: a coast a fraction of a
    // pixel off may be found a step away, New Zealand's at 640 px. Four differed before them, six
    // with them, when each map here was drawn after the one before it; nine since a map's layout
    // no longer depends on the widths drawn before it (rescale.ts), each width drawn from its
    // side's base.)
    expect(differ.length, differ.join('; ')).toBeLessThanOrEqual(9);
    // (One name at a fifth on other land in one and just under in the other: APEC at 414 px.)
    expect(
      grounds.length,
      `names placed alike, one on a ground: ${grounds.join('; ')}`
    ).toBeLessThanOrEqual(1);
  });

  it("is all of the map the element's code imports: no projection, no longitude/latitude topology", () => {
    // Every module src/choropleth.ts reaches, statically or by a dynamic import() of a chunk.
    const root = fileURLToPath(new URL('../../src/choropleth.ts', import.meta.url));
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!file.endsWith('.ts')) return;
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g))
        visit(resolve(dirname(file), (spec ?? '').replace(/\.js$/, '.ts')));
    };
    visit(root);
    const reached = [...seen].map((f) => f.split('/src/').pop() ?? f);
    expect(reached).toContain('elements/choropleth/choropleth.ts');
    expect(reached).toContain('layout/choropleth/reference.ts');
    expect(reached.some((f) => f.endsWith('data/asia-pacific.projected.topo.json'))).toBe(true);
    for (const never of ['projection.ts', 'projecting.ts', 'pre-project.ts'])
      expect(reached).not.toContain(`layout/choropleth/${never}`);
    expect(reached.some((f) => f.endsWith('data/asia-pacific.topo.json'))).toBe(false);
  });
});
