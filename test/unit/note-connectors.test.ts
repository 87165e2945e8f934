/**
 * Notes' connectors parted under labels (layout/annotations.ts connectorPath), without a DOM: the
 * line stops at a name's box and goes on after it, except where the name takes in an end.
 */
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import {connectorPath, placeNotes, type NoteSpec, type Rect} from '../../src/layout/annotations.js';
import {economies, indicators, resolveEconomy, topology} from '../../src/data.js';
import {
  computeChoroplethLayout,
  type ChoroplethLayout,
} from '../../src/layout/choropleth/layout.js';
import {economyAt} from '../../src/layout/choropleth/land-at.js';
import {
  mapNoteObstacles,
  mapNoteTarget,
} from '../../src/elements/choropleth/choropleth.annotations.js';

/** The drawn pieces of path data "M x,y L x,y …" as segments. */
function pieces(d: string): [number, number, number, number][] {
  return [...d.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map(
    (m) => m.slice(1).map(Number) as [number, number, number, number]
  );
}

/** Whether a drawn piece runs through the box (sampled every half pixel). */
function through([x1, y1, x2, y2]: number[], b: Rect): boolean {
  const n = Math.max(1, Math.ceil(Math.hypot((x2 ?? 0) - (x1 ?? 0), (y2 ?? 0) - (y1 ?? 0)) * 2));
  for (let i = 0; i <= n; i++) {
    const x = (x1 ?? 0) + (((x2 ?? 0) - (x1 ?? 0)) * i) / n;
    const y = (y1 ?? 0) + (((y2 ?? 0) - (y1 ?? 0)) * i) / n;
    if (x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h) return true;
  }
  return false;
}

describe('connectorPath', () => {
  it('parts the line at a label it passes under, one pixel clear of its box', () => {
    const label = {x: 40, y: -5, w: 20, h: 10};
    expect(connectorPath([0, 0, 100, 0], [label])).toBe('M0,0L39,0M61,0L100,0');
    // Slanted, through two labels: three pieces, none in a box.
    const labels = [
      {x: 30, y: 3, w: 15, h: 12},
      {x: 70, y: 22, w: 10, h: 12},
    ];
    const d = connectorPath([0, -10, 100, 40], labels);
    expect(pieces(d)).toHaveLength(3);
    for (const p of pieces(d)) for (const b of labels) expect(through(p, b)).toBe(false);
  });

  it('keeps the line whole where a label takes in an end, and where it passes none', () => {
    expect(connectorPath([0, 0, 100, 0], [{x: 90, y: -5, w: 30, h: 10}])).toBe('M0,0L100,0');
    expect(connectorPath([0, 0, 100, 0], [{x: -10, y: -5, w: 12, h: 10}])).toBe('M0,0L100,0');
    expect(connectorPath([0, 0, 100, 0], [{x: 40, y: 5, w: 20, h: 10}])).toBe('M0,0L100,0');
  });
});

/** The Storybook story's notes on the annotated map. */
const STORY_NOTES: NoteSpec[] = [
  {id: 'a', target: 'TL', from: '', to: '', show: 'all', text: 'Admitted to ASEAN'},
  {id: 'b', target: 'MY', from: '', to: '', show: 'all', text: 'Hosted the 47th ASEAN Summit'},
];

/**
 * The whole region's membership map at `width`, and the story's notes placed on it (with the
 * land of its economies kept from the markers, by `land`, where given).
 */
function annotatedMap(
  width: number,
  land?: (layout: ChoroplethLayout) => (x: number, y: number) => string | undefined
) {
  const membership = indicators.find((i) => i.id === 'membership');
  if (!membership) throw new Error('no membership indicator');
  const layout = computeChoroplethLayout(topology, economies, membership, {
    width,
    height: undefined,
    region: 'all',
    year: undefined,
    lang: 'en',
    method: 'quantile',
  });
  const landAt = land?.(layout);
  const obstacles = mapNoteObstacles(layout, landAt);
  const notes = STORY_NOTES.map((note) => {
    const target = mapNoteTarget(layout, note, resolveEconomy);
    if (!target) throw new Error(`${note.target} not on the map`);
    return {note, target};
  });
  return {
    layout,
    obstacles,
    landAt,
    placed: placeNotes({width: layout.width, height: layout.height, notes, obstacles}),
  };
}

describe("the annotated map's connectors", () => {
  it('strike no economy name through, at the widths of the phone and desktop stories', () => {
    // At 343 px (a 375 px phone less the page's margin) Malaysia's marker had no spot whose
    // connector missed a name: it ran through "Indonesia"; at 1248 px its box's connector ran
    // through "Malaysia".
    let parted = 0;
    // The story's phone and desktop, and widths where B's connector passes under a name (700 px).
    for (const width of [343, 1248, 288, 382, 768, 700]) {
      const {layout, obstacles, placed} = annotatedMap(width);
      for (const n of placed.notes) {
        const d = n.connectorPath ?? '';
        if (pieces(d).length > 1) parted++;
        for (const p of pieces(d))
          for (const [k, b] of [
            ...obstacles.labels,
            ...(n.target.label ? [n.target.label] : []),
          ].entries())
            expect(
              through(p, b),
              `${n.id}'s connector at ${width} px through "${layout.labels[k]?.text ?? 'its own name'}"`
            ).toBe(false);
      }
    }
    expect(parted, 'connectors parted under a name').toBeGreaterThan(0);
  });
});

describe("the annotated map's markers", () => {
  it("sit on no other economy's land at phone widths", () => {
    // At 358 px (a 390 px phone less the page's margin) Timor-Leste's A sat on Australia's
    // coast; at other widths Malaysia's B sat on China's, Indonesia's or the Philippines' land.
    const land = (layout: ChoroplethLayout) =>
      economyAt(
        topology,
        layout.geometry.frames,
        layout.marks.map((m) => m.id)
      );
    const misplaced: string[] = [];
    for (let width = 288; width <= 470; width += 2) {
      const {placed, landAt} = annotatedMap(width, land);
      for (const n of placed.notes) {
        expect(n.marker, `${n.id} at ${width} px`).toBeDefined();
        const on = n.marker && landAt?.(n.marker.x, n.marker.y);
        if (on && on !== n.target.id) misplaced.push(`${n.id} on ${on} at ${width} px`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it("keep a few pixels off another economy's number at phone widths", () => {
    // At 320 px Malaysia's B sat 2 px from Chinese Taipei's 7, and read as a note about it.
    const beside: string[] = [];
    for (let width = 288; width <= 470; width += 2) {
      const {layout, obstacles, placed} = annotatedMap(width);
      for (const n of placed.notes) {
        const m = n.marker;
        if (!m) continue;
        for (const [i, l] of layout.labels.entries()) {
          const b = obstacles.labels[i];
          if (!b || !layout.numbered.includes(l.id) || l.id === n.target.id) continue;
          // Edge to edge: the marker's circle to the number's box.
          const dx = Math.max(b.x - m.x, 0, m.x - (b.x + b.w));
          const dy = Math.max(b.y - m.y, 0, m.y - (b.y + b.h));
          const gap = Math.hypot(dx, dy) - m.r;
          if (gap < 4)
            beside.push(`${n.id} ${gap.toFixed(1)} px from ${l.id}'s ${l.text} at ${width} px`);
        }
      }
    }
    expect(beside).toEqual([]);
  });
});

describe("a note's marker and its own economy's number", () => {
  it("may stand by its own number, where another economy's number keeps it off", () => {
    // A numbered economy's note (its target its circle) was kept off its own number too.
    const note: NoteSpec = {id: 'a', target: 'HK', from: '', to: '', show: 'all', text: 'A'};
    const target = {x: 100, y: 100, name: 'Hong Kong, China', id: 'HK'};
    const number = {x: 110, y: 80, w: 8, h: 14};
    // How far the marker stands from the number, edge to edge.
    const gapWith = (id: string) => {
      // Its circle, and a number beside it, by the spot right of the circle a marker takes first.
      const obstacles = {
        marks: [],
        labels: [],
        tokens: [
          {x: 95, y: 95, w: 10, h: 10},
          {...number, id},
        ],
      };
      const [placed] = placeNotes({
        width: 320,
        height: 240,
        notes: [{note, target}],
        obstacles,
      }).notes;
      const m = placed?.marker;
      if (!m) return -1;
      const dx = Math.max(number.x - m.x, 0, m.x - (number.x + number.w));
      const dy = Math.max(number.y - m.y, 0, m.y - (number.y + number.h));
      return Math.hypot(dx, dy) - m.r;
    };
    expect(gapWith('TW'), "another economy's number").toBeGreaterThanOrEqual(6);
    expect(gapWith('HK'), 'its own').toBeLessThan(6);
  });
});
