// The map as a reader zooms it: laid out again in the view's own pixels (zoomed-view.ts).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {ChoroplethLayout} from '../../src/layout/choropleth/layout.js';
import {CONTROLS, labelBox} from '../../src/layout/choropleth/labels.js';
import {mapNoteTarget} from '../../src/elements/choropleth/choropleth.annotations.js';
import {resolveEconomy} from '../../src/data.js';
import type {NoteSpec} from '../../src/layout/annotations.js';
import {pickedTags} from '../../src/layout/choropleth/picked.js';
import {meet} from '../../src/layout/choropleth/label-spots.js';
import {inked} from '../../src/layout/choropleth/on-shape.js';
import {between, type MapView} from '../../src/layout/choropleth/zoomed.js';
import * as zoomed from '../../src/layout/choropleth/zoomed-view.js';
import {membershipMap} from './membership-map.js';

const layoutOf = (region: 'all' | 'apec', width: number, view?: MapView) =>
  membershipMap(region, width, {view, zoomed});

/** The view `k` times the map, centred on `id` (as a reader's pinch there gives). */
function onto(whole: ChoroplethLayout, id: string, k: number, down = 1 / 2): MapView {
  const [cx = 0, cy = 0] = whole.marks.find((m) => m.id === id)?.centroid ?? [];
  return {k, x: whole.width / 2 - cx * k, y: whole.height * down - cy * k};
}

const inBox = (l: ChoroplethLayout, [x, y]: readonly [number, number]) =>
  x >= 0 && y >= 0 && x <= l.width && y <= l.height;

describe('a map zoomed in', () => {
  it("is laid out in the view's pixels: its names inside it and apart, for the economies in it", () => {
    let named = 0;
    for (const region of ['all', 'apec'] as const)
      for (const width of [320, 375, 414, 800])
        for (const [id, k, down] of [
          ['KH', 3, 1 / 2],
          ['KH', 3, 1 / 3],
          ['PH', 2, 1 / 2],
          ['ID', 5, 1 / 2],
          ['AU', 1.5, 1 / 2],
        ] as const) {
          const whole = layoutOf(region, width);
          const view = onto(whole, id, k, down);
          const l = layoutOf(region, width, view);
          const at = `${region} at ${width} px, ×${k} on ${id} (${down.toFixed(2)} down)`;
          expect(l.view, at).toEqual(view);
          // The same box as the whole map: the view is the map's box.
          expect([l.width, l.height], at).toEqual([whole.width, whole.height]);
          const boxes = l.labels.map((n) => ({id: n.id, box: inked(labelBox(n))}));
          // (A pixel's give at the top: a name's box there reaches into its halo.)
          for (const {id: of, box} of boxes)
            expect(box.x0 >= 0 && box.x1 <= l.width && box.y0 >= -1, `${at}: ${of}`).toBe(true);
          for (const [i, a] of boxes.entries())
            for (const b of boxes.slice(i + 1))
              expect(meet(a.box, b.box), `${at}: ${a.id} over ${b.id}`).toBe(false);
          // Circles inside it, clear of the zoom buttons' corner (they went under them).
          for (const c of l.callouts) {
            expect(inBox(l, [c.x, c.y]), `${at}: ${c.id}`).toBe(true);
            const under = c.x > l.width - CONTROLS[0] - c.r && c.y < CONTROLS[1] + c.r;
            expect(under, `${at}: ${c.id}'s circle under the zoom buttons`).toBe(false);
          }
          // Nothing written for an economy off the view, and the key's numbers are those drawn.
          const off = new Set(l.marks.filter((m) => !inBox(l, m.centroid)).map((m) => m.id));
          for (const n of [...l.labels, ...l.callouts, ...l.targets])
            expect(off.has(n.id), `${at}: ${n.id} is off the view`).toBe(false);
          for (const n of l.numbered)
            expect(
              boxes.map((b) => b.id),
              at
            ).toContain(n);
          named += l.labels.length - l.numbered.length;
        }
    expect(named).toBeGreaterThan(0);
  });

  it('names the economies of mainland South-East Asia on a phone, zoomed onto them', () => {
    // On the whole map at 320–414 px, Cambodia and Lao PDR are numbers or nothing (their land
    // a few pixels across); five times as large, each is named (at three times, numbered).
    for (const region of ['all', 'apec'] as const)
      for (const width of [320, 343, 375, 414]) {
        const whole = layoutOf(region, width);
        const l = layoutOf(region, width, onto(whole, 'TH', 5));
        const text = new Map(l.labels.map((n) => [n.id, n.text]));
        const at = `${region} at ${width} px`;
        for (const m of l.marks.filter((m) => m.inFocus && inBox(l, m.centroid)))
          if (['TH', 'VN', 'MM', 'MY', 'KH', 'LA'].includes(m.id))
            expect(text.get(m.id), `${m.id}, ${at}`).toBe(m.name);
        if (region === 'all')
          expect([text.get('KH'), text.get('LA')], at).toEqual(['Cambodia', 'Lao PDR']);
      }
  });

  it('marks an economy partly in the view at the part that shows', () => {
    // China's centroid is off a view of Indonesia four times the map; its mark (its tooltip,
    // its tag, its name) goes on the part of its land in the view.
    const whole = layoutOf('all', 375);
    const view = onto(whole, 'ID', 4);
    const l = layoutOf('all', 375, view);
    expect(l.view).toEqual(view);
    const [cx = 0, cy = 0] = whole.marks.find((m) => m.id === 'CN')?.centroid ?? [];
    expect(inBox(l, [cx * view.k + view.x, cy * view.k + view.y])).toBe(false);
    const china = l.marks.find((m) => m.id === 'CN');
    expect(china && inBox(l, china.centroid)).toBe(true);
    expect(l.labels.some((n) => n.id === 'CN')).toBe(true);
    // Australia's centroid is inside a view of the Java Sea three times APEC's map at 1280 px,
    // by its bottom edge, with most of what shows of it above: its name goes there, not on the
    // edge.
    const apec = layoutOf('apec', 1280);
    const [mx = 0, my = 0] = apec.marks.find((m) => m.id === 'MY')?.centroid ?? [];
    const java = layoutOf('apec', 1280, {k: 3, x: 640 - mx * 3, y: apec.height / 3 - my * 3});
    const name = java.labels.find((n) => n.id === 'AU');
    expect(name?.text).toBe('Australia');
    expect(java.height - (name?.y ?? java.height)).toBeGreaterThan(24);
  });

  it('names in tags only the highlighted and picked economies that show in the view', () => {
    // Zoomed in, a story's tags for economies off the view drew their leaders off the map's edge
    // (Myanmar's, cut there, seemed to point at Borneo).
    const whole = layoutOf('all', 375);
    const l = layoutOf('all', 375, onto(whole, 'KH', 3));
    const ids = ['KH', 'LA', 'PH', 'BN', 'HK', 'PG', 'TW'];
    const centroid = (id: string) => l.marks.find((m) => m.id === id)?.centroid ?? [-1, -1];
    const off = ids.filter((id) => !inBox(l, centroid(id)));
    const tagged = (layout: ChoroplethLayout) => pickedTags(layout, ids).map((t) => t.id);
    expect(tagged(whole).filter((id) => off.includes(id)).length).toBeGreaterThan(0);
    expect(tagged(l).length).toBeGreaterThan(0);
    for (const id of tagged(l)) expect(off, id).not.toContain(id);
  });

  it("names an economy partly in the view in its own panel, on a phone's two", () => {
    // Zoomed in once on a phone, "Russia" went beside Alaska, in the Americas' panel, where its
    // Chukotka lies undrawn.
    let checked = 0;
    for (const width of [320, 343, 375, 414])
      for (const k of [1.5, 2.25])
        for (const y of [150, 300, 450]) {
          const whole = layoutOf('all', width);
          const panel = (p: readonly [number, number]) =>
            whole.geometry.frames.findIndex(
              ({extent: [[x0, y0], [x1, y1]]}) =>
                p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1
            );
          const view = {k, x: (width / 2) * (1 - k), y: y * (1 - k)};
          const l = layoutOf('all', width, view);
          for (const n of l.labels) {
            const home = panel(whole.marks.find((m) => m.id === n.id)?.centroid ?? [0, 0]);
            // Where the name is on the map not zoomed (its baseline, 4 px below its middle).
            const at = panel([(n.x - view.x) / k, (n.y - 4 - view.y) / k]);
            expect(at, `${n.id} (${n.text}) at ${width} px, ×${k} about y ${y}`).toBe(home);
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(100);
  });

  it('lists a note on an economy off the view below the chart, not drawn off the map', () => {
    const whole = layoutOf('all', 375);
    const note: NoteSpec = {
      id: 'a',
      target: 'TL',
      from: '',
      to: '',
      show: 'all',
      text: 'Admitted to ASEAN',
    };
    expect(mapNoteTarget(whole, note, resolveEconomy)).toBeDefined();
    expect(mapNoteTarget(layoutOf('all', 375, onto(whole, 'KH', 5)), note, resolveEconomy)).toBe(
      undefined
    );
    // A point given by longitude and latitude off the view too (Dili).
    const dili = {...note, target: '125.57,-8.56', text: 'Dili'};
    expect(mapNoteTarget(whole, dili, resolveEconomy)).toBeDefined();
    expect(mapNoteTarget(layoutOf('all', 375, onto(whole, 'KH', 5)), dili, resolveEconomy)).toBe(
      undefined
    );
  });

  it('is the same layout for the same view of the same map (a year stepped)', () => {
    const whole = layoutOf('all', 375);
    const view = onto(whole, 'KH', 2);
    const [a, b] = [layoutOf('all', 375, view), layoutOf('all', 375, {...view})];
    expect(b.geometry).toBe(a.geometry);
    expect(b.labels).toEqual(a.labels);
  });

  it('draws, while a pinch goes on, the last layout moved as the fingers move it', () => {
    // between(from, to) applied after `from` is `to`: the picture laid out for one view and
    // moved by it sits where the view shown puts the map.
    const view = fc.record({
      k: fc.double({min: 1, max: 12, noNaN: true}),
      x: fc.double({min: -5000, max: 5000, noNaN: true}),
      y: fc.double({min: -5000, max: 5000, noNaN: true}),
    });
    const apply = ({k, x, y}: MapView, [px, py]: [number, number]): [number, number] => [
      px * k + x,
      py * k + y,
    ];
    fc.assert(
      fc.property(
        view,
        view,
        fc.tuple(
          fc.double({min: 0, max: 1000, noNaN: true}),
          fc.double({min: 0, max: 1000, noNaN: true})
        ),
        (from, to, p) => {
          const [ax, ay] = apply(between(from, to), apply(from, p));
          const [bx, by] = apply(to, p);
          expect(ax).toBeCloseTo(bx, 6);
          expect(ay).toBeCloseTo(by, 6);
        }
      )
    );
    expect(between(undefined, {k: 2, x: 1, y: 3})).toEqual({k: 2, x: 1, y: 3});
  });
});
