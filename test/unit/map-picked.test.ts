import {describe, expect, it} from 'vitest';
import {REGIONS} from '../../src/layout/choropleth/geo.js';
import {namedOnMap} from '../../src/layout/choropleth/layout.js';
import {meet} from '../../src/layout/choropleth/labels.js';
import {cross, pickedTag, pickedTags} from '../../src/layout/choropleth/picked.js';
import {through, type Segment} from '../../src/layout/choropleth/label-spots.js';
import {economyAt} from '../../src/layout/choropleth/land-at.js';
import {textWidth} from '../../src/layout/text.js';
import {membershipMap as layoutAt, topology} from './membership-map.js';

describe('the tag naming a picked economy the map leaves unnamed', () => {
  /** Every phone's width a map is drawn at (less the page's margins), and three wider. */
  const WIDTHS = [...Array.from({length: 41}, (_, i) => 280 + i * 4), 640, 960, 1280];
  for (const region of REGIONS)
    it(`${region}, 280 to 1280 px: on the map, clear of circles, over no name it does not hide`, () => {
      for (const width of WIDTHS) {
        const layout = layoutAt(region, width);
        const named = namedOnMap(layout);
        for (const m of layout.marks.filter((x) => x.inFocus)) {
          const tag = pickedTag(layout, m.id);
          if (named.has(m.id)) {
            expect(tag, `${m.id} is named on the map`).toBe(undefined);
            continue;
          }
          expect(tag?.text, m.id).toBe(m.name);
          if (!tag) continue;
          const {box} = tag;
          expect(box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= layout.height).toBe(
            true
          );
          const circles = layout.callouts.filter(
            (c) =>
              c.id !== m.id &&
              !c.inPlace &&
              meet(box, {x0: c.x - c.r, x1: c.x + c.r, y0: c.y - c.r, y1: c.y + c.r})
          );
          expect(
            circles.map((c) => c.id),
            `circles under ${m.id}'s tag`
          ).toEqual([]);
          const under = layout.labels.filter((l) => {
            const w = textWidth(l.text, 11, true) / 2;
            return meet(box, {x0: l.x - w, x1: l.x + w, y0: l.y - 11, y1: l.y + 3});
          });
          expect(
            under.filter((l) => !tag.hides.includes(l.id)).map((l) => l.id),
            `names under ${m.id}'s tag left showing`
          ).toEqual([]);
          // Off the economy it names by a leader only where it stands off.
          const circle = layout.callouts.find((c) => c.id === m.id && !c.inPlace);
          const [ax, ay] = circle ? [circle.x, circle.y] : m.centroid;
          const gap = Math.hypot(
            Math.max(box.x0 - ax, 0, ax - box.x1),
            Math.max(box.y0 - ay, 0, ay - box.y1)
          );
          if (tag.leader) expect(gap, `${m.id}'s leader`).toBeGreaterThan((circle?.r ?? 0) + 8);
          else expect(gap, `${m.id}'s tag beside it`).toBeLessThan((circle?.r ?? 0) + 12);
          // It hides a name only where no spot within 60 px of the economy is free: one at most
          // (and its own economy's number, which it replaces).
          expect(tag.hides.includes(m.id)).toBe(layout.numbered.includes(m.id));
          // (A neighbour's number may give way too: numbers crowd where names have no room.)
          const others = tag.hides.filter((h) => h !== m.id && !layout.numbered.includes(h));
          expect(others.length, `${m.id} at ${width} px hides`).toBeLessThanOrEqual(1);
        }
      }
    });

  it("on a phone, runs its leader across at most one of the map's other leader lines", () => {
    for (const width of [288, 304, 320, 343, 359, 375, 382, 398, 414]) {
      const layout = layoutAt('all', width);
      for (const m of layout.marks) {
        const leader = pickedTag(layout, m.id)?.leader;
        if (!leader) continue;
        const others = [
          ...layout.callouts.flatMap((c): Segment[] =>
            c.inPlace || c.id === m.id ? [] : [[c.from[0], c.from[1], c.x, c.y]]
          ),
          ...layout.labels.flatMap((l) => (l.leader ? [l.leader] : [])),
        ];
        const crossed = others.filter((o) => cross(leader, o)).length;
        expect(crossed, `${m.id} at ${width} px`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('hides no name on the maps of ASEAN and ASEAN Plus Three, where names have room', () => {
    for (const region of ['asean', 'asean-plus-three'] as const)
      for (const width of [280, 320, 375, 414, 640, 1280]) {
        const layout = layoutAt(region, width);
        // (Beside the tagged economy's own number, which its tag replaces.)
        const hidden = layout.marks.flatMap((m) =>
          (pickedTag(layout, m.id)?.hides ?? []).filter((id) => id !== m.id)
        );
        expect(hidden, `${region} at ${width} px`).toEqual([]);
      }
  });

  it('is not drawn for nothing picked, or for an economy out of focus', () => {
    const layout = layoutAt('asean', 375);
    expect(pickedTag(layout, undefined)).toBe(undefined);
    expect(layout.marks.find((m) => m.id === 'AU')?.inFocus).toBe(false);
    expect(pickedTag(layout, 'AU')).toBe(undefined);
  });
});

describe('the tags naming the economies a highlight points at', () => {
  // The Mekong story's highlight: on the whole region's map Lao PDR and Myanmar have no room for
  // a name, and a tag beside one lay on the other's land (read as its name).
  const MEKONG = ['KH', 'LA', 'MM', 'TH', 'VN'];
  const box = (c: {x: number; y: number; r: number}) => ({
    x0: c.x - c.r,
    x1: c.x + c.r,
    y0: c.y - c.r,
    y1: c.y + c.r,
  });
  // The scroll-driven story's first step: Indonesia's name was hidden by Malaysia's tag at 320 px.
  const FOUNDERS = ['ID', 'MY', 'PH', 'SG', 'TH'];
  for (const [story, ids] of [
    ['Mekong', MEKONG],
    ["ASEAN's founders", FOUNDERS],
  ] as const)
    for (const region of REGIONS)
      it(`${story}, ${region}, 280 to 1280 px and the stories' widths: each is named, on the map or in a tag, no tag lies on another's tag, name or land or on a circle, and no two tags' leaders cross`, () => {
        // The stories' maps at 320, 375 and 414 px first (drawn fresh, as on a page), then others.
        for (const width of [288, 304, 343, 382, 280, 320, 375, 414, 640, 960, 1280]) {
          const layout = layoutAt(region, width);
          const inFocus = ids.filter((id) => layout.marks.some((m) => m.id === id && m.inFocus));
          const landAt = economyAt(topology, layout.geometry.frames, inFocus);
          const tags = pickedTags(layout, inFocus, landAt);
          const named = [...layout.labels.map((l) => l.id), ...tags.map((t) => t.id)];
          const at = `${story}, ${region} at ${width} px`;
          expect(
            inFocus.filter((id) => !named.includes(id)),
            `${at}: unnamed`
          ).toEqual([]);
          expect(
            tags.map((t) => t.text),
            at
          ).toEqual(tags.map((t) => layout.marks.find((m) => m.id === t.id)?.name));
          for (const [i, t] of tags.entries()) {
            // Two leaders crossed lead the eye from each name to the other's economy (the
            // Mekong story at 304 and 320 px, ASEAN's founders at 640, until tags kept apart).
            const crossing = tags
              .slice(i + 1)
              .filter((o) => t.leader && o.leader && cross(t.leader, o.leader));
            expect(
              crossing.map((o) => o.id),
              `${at}: leaders crossing ${t.id}'s`
            ).toEqual([]);
            const others = tags.slice(i + 1).filter((o) => meet(o.box, t.box));
            expect(
              others.map((o) => o.id),
              `${at}: tags over ${t.id}'s`
            ).toEqual([]);
            // A leader through another tag reads as that tag's (on the whole region's map, the
            // Mekong story at 288, 304 and 640 px and ASEAN's founders at 288, while the tags were
            // placed one after another).
            const leader = t.leader;
            expect(
              tags.filter((o) => o !== t && leader && through(o.box, leader)).map((o) => o.id),
              `${at}: tags ${t.id}'s leader runs through`
            ).toEqual([]);
            // Nor does one run across the map, to its corner: Cambodia's at 375 px ran 132 px, Viet
            // Nam's at 320 px 121 px (the longest now, Lao PDR's at 304 px, 114 px).
            const length = leader ? Math.hypot(leader[2] - leader[0], leader[3] - leader[1]) : 0;
            expect(length, `${at}: ${t.id}'s leader, px`).toBeLessThan(116);
            expect(
              t.hides.filter((id) => id !== t.id && ids.includes(id)),
              `${at}: highlighted names ${t.id}'s tag hides`
            ).toEqual([]);
            // Off the other highlighted economies' land, read at every 2 px of the tag.
            const points: [number, number][] = [];
            for (let y = t.box.y0 + 2; y <= t.box.y1 - 2; y += 2)
              for (let x = t.box.x0 + 2; x <= t.box.x1 - 2; x += 2) points.push([x, y]);
            const onOthers = points.filter(([x, y]) => ![undefined, t.id].includes(landAt(x, y)));
            expect(
              onOthers.length / points.length,
              `${at}: ${t.id}'s tag on other tagged land`
            ).toBeLessThan(0.1);
            const circles = layout.callouts.filter(
              (c) => !c.inPlace && c.id !== t.id && meet(t.box, box(c))
            );
            expect(
              circles.map((c) => c.id),
              `${at}: circles under ${t.id}'s tag`
            ).toEqual([]);
          }
        }
      });

  it('puts the highlighted economies first and the pick after them, once each', () => {
    // (Tagged where the map writes no name: a number names no economy, the legend does.)
    const layout = layoutAt('all', 1280);
    const named = namedOnMap(layout);
    const unnamed = MEKONG.filter((id) => !named.has(id));
    expect(unnamed.length).toBeGreaterThan(0);
    const ids = pickedTags(layout, [...unnamed, 'SG', unnamed[0] as string]).map((t) => t.id);
    expect(ids).toEqual([...unnamed, 'SG'].filter((id) => !named.has(id)));
  });
});
