// The bundled longitude/latitude topology, projected in the page (the element ships it projected).
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import {economies, topology} from '../../src/data.js';
import {computeMapGeometry, regionMembers} from '../../src/layout/choropleth/geo.js';
import {mapGeometry, rescaleGeometry} from '../../src/layout/choropleth/rescale.js';

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

  it('mapGeometry rescales from the last projection for the same focus', () => {
    const all = regionMembers('all', economies);
    const a = mapGeometry(topology, {width: 900, focus: all});
    const b = mapGeometry(topology, {width: 700, focus: all});
    expect(a.scale).toBe(1);
    expect(b.context).toBe(a.context);
    expect(b.scale).toBeCloseTo(700 / 900, 6);
    // Scaled from the projection, not from a scaled copy.
    expect(mapGeometry(topology, {width: 800, focus: all}).scale).toBeCloseTo(800 / 900, 6);
  });
});
