// The bundled longitude/latitude topology, projected in the page (the element ships it projected).
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import {economies, topology} from '../../src/data.js';
import {computeMapGeometry, regionMembers} from '../../src/layout/choropleth/geo.js';
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

  it('a map prepared ahead crosses the phone width both ways by rescaling', () => {
    // APEC: two panels below 560 px (ASEAN's height at 800 px is the 640 px cap's, which a new
    // width projects again).
    const wide = mapGeometry(topology, {width: 820, focus});
    // Projects the phone's side (at 375 px) once; a second call finds it remembered.
    expect(prepareOtherSide(topology, wide)).toBe(true);
    expect(prepareOtherSide(topology, mapGeometry(topology, {width: 700, focus}))).toBe(false);
    const phone = mapGeometry(topology, {width: 390, focus, redraw: true});
    expect(phone.scale).toBeCloseTo(390 / 375, 6);
    const fresh = computeMapGeometry(topology, {width: 390, focus});
    expect(phone.fit.heights).toHaveLength(fresh.fit.heights.length);
    expect(Math.abs(phone.height - fresh.height)).toBeLessThanOrEqual(1.5);
    // And back: the wide side's projection is still there to rescale.
    const back = mapGeometry(topology, {width: 800, focus, redraw: true});
    expect(back.scale).toBeCloseTo(800 / 820, 6);
    expect(back.context).toBe(wide.context);
    // Another map's first picture at 414 px is projected, not rescaled from the 375 px one made
    // ahead: what it names does not depend on whether the page was idle before it.
    expect(mapGeometry(topology, {width: 414, focus}).scale).toBe(1);
    // A height given is drawn as asked: nothing to prepare.
    const given = computeMapGeometry(topology, {width: 820, height: 500, focus});
    expect(prepareOtherSide(topology, given)).toBe(false);
  });
});
