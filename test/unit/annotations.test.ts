/**
 * Placement of notes (layout/annotations.ts), without a DOM: boxes clear of each other, of every
 * target and of targets' labels, inside the chart; markers below 480 px; `show` per width; ids
 * stable and unique.
 */
import {describe, expect, it} from 'vitest';
import {
  noteLetter,
  markersAt,
  notesShownAt,
  placeNotes,
  readNotes,
  type NoteSpec,
  type NoteTarget,
  type Rect,
} from '../../src/layout/annotations.js';
import {flows} from '../../src/data.js';
import {
  bandRects,
  sankeyNoteObstacles,
  sankeyNoteTarget,
} from '../../src/elements/sankey/sankey.annotations.js';
import {computeSankeyLayout, type SankeyLayout} from '../../src/layout/sankey/layout.js';
import {COLUMN_HEAD} from '../../src/layout/sankey/columns.js';
import {withColumns} from '../../src/elements/sankey/sankey.columns.js';
import {toctaGraph} from '../../src/schema/sankey-input.js';
import {sankeyLayoutFor} from '../../src/layout/sankey/list.js';
import {textBox, textWidth} from '../../src/layout/text.js';
import {SANKEY_1280, rangeGraph} from '../fixtures/sankey.js';
import {translator} from '../../src/i18n/catalogue.js';
import '../../src/i18n/en-sankey.js';

const english = translator('en');

const meets = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const spec = (id: string, text: string): NoteSpec => ({
  id,
  target: id,
  from: '',
  to: '',
  text,
  show: 'all',
});

/** Six targets in a row with labels under them, and marks all around. */
function crowd(width: number): {note: NoteSpec; target: NoteTarget}[] {
  return Array.from({length: 6}, (_, i) => {
    const x = 40 + i * ((width - 80) / 5);
    return {
      note: spec(`n${i}`, `Note number ${i + 1}, long enough to wrap over two or three lines`),
      target: {x, y: 150, name: `T${i}`, label: {x: x - 20, y: 156, w: 40, h: 14}},
    };
  });
}

describe('readNotes', () => {
  it('keeps notes with text, defaults show to all, and makes ids unique from the target', () => {
    const notes = readNotes([
      {target: 'MM', text: '  First  note '},
      {target: 'MM', text: 'Second'},
      {id: 'mine', text: 'Third', show: 'phone'},
      {target: 'TH', text: '   '},
      null,
      'text',
      {target: 'TH', text: 'Bad show', show: 'tablet'},
    ]);
    expect(notes.map((n) => [n.id, n.text, n.show])).toEqual([
      ['note-MM', 'First note', 'all'],
      ['note-MM-2', 'Second', 'all'],
      ['mine', 'Third', 'phone'],
      ['note-TH', 'Bad show', 'all'],
    ]);
  });

  it('a date range names its id from both ends', () => {
    expect(readNotes([{from: '2015-09-29', to: '2015-10-02', text: 'x'}])[0]?.id).toBe(
      'note-2015-09-29-2015-10-02'
    );
  });
});

describe('notes per width', () => {
  const notes = readNotes([
    {target: 'a', text: 'all'},
    {target: 'b', text: 'desktop', show: 'desktop'},
    {target: 'c', text: 'phone', show: 'phone'},
  ]);
  it('desktop notes from 480 px, phone notes below', () => {
    expect(markersAt(479)).toBe(true);
    expect(markersAt(480)).toBe(false);
    expect(notesShownAt(notes, 1280).map((n) => n.text)).toEqual(['all', 'desktop']);
    expect(notesShownAt(notes, 320).map((n) => n.text)).toEqual(['all', 'phone']);
  });
});

describe('placeNotes', () => {
  for (const width of [1280, 600]) {
    it(`at ${width} px: boxes apart, clear of targets and labels, inside the chart`, () => {
      const notes = crowd(width);
      const placed = placeNotes({width, height: 400, notes, obstacles: {marks: [], labels: []}});
      const boxes = placed.notes.flatMap((n) => (n.box ? [n.box] : []));
      expect(boxes.length).toBe(6);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(meets(a, b)).toBe(false)));
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(width);
        for (const {target} of notes) {
          expect(meets(box, {x: target.x - 4, y: target.y - 4, w: 8, h: 8})).toBe(false);
          if (target.label) expect(meets(box, target.label)).toBe(false);
        }
      }
    });
  }

  it('wraps text to lines, each line on its own baseline, and connects the box to its target', () => {
    const [n] = placeNotes({
      width: 1000,
      height: 400,
      notes: crowd(1000).slice(0, 1),
      obstacles: {marks: [], labels: []},
    }).notes;
    expect(n?.lines.length).toBeGreaterThan(1);
    // Lettered as its marker and the list would be.
    expect(n?.lines.join(' ')).toBe(`A. ${n?.text}`);
    expect(n?.baselines.length).toBe(n?.lines.length);
    const [, , x2, y2] = n?.connector ?? [];
    expect(Math.hypot((x2 ?? 0) - 40, (y2 ?? 0) - 150)).toBeLessThan(4);
  });

  it('avoids the marks it would hide when there is a free place', () => {
    const target = {x: 500, y: 200, name: 't'};
    // Marks everywhere except below-left of the target.
    const obstacles: Rect[] = [
      {x: 0, y: 0, w: 1000, h: 190},
      {x: 510, y: 190, w: 490, h: 210},
    ];
    const [n] = placeNotes({
      width: 1000,
      height: 400,
      notes: [{note: spec('a', 'A short note'), target}],
      obstacles: {marks: obstacles, labels: []},
    }).notes;
    expect(n?.box).toBeDefined();
    for (const o of obstacles) expect(meets(n?.box as Rect, o)).toBe(false);
  });

  it('never covers a name or value the chart writes, even where that is the nearest place', () => {
    const target = {x: 500, y: 200, name: 't'};
    // Written text all round the target but below-left, far off: the note goes there.
    const labels: Rect[] = [
      {x: 0, y: 0, w: 1000, h: 190},
      {x: 510, y: 190, w: 490, h: 210},
    ];
    const place = (obstacles: Rect[]) =>
      placeNotes({
        width: 1000,
        height: 400,
        notes: [{note: spec('a', 'A short note'), target}],
        obstacles: {marks: [], labels: obstacles},
      }).notes[0]?.box as Rect;
    // (Without the text, the note would sit over it: the nearest place.)
    expect(labels.some((o) => meets(place([]), o))).toBe(true);
    const box = place(labels);
    expect(box).toBeDefined();
    expect(labels.filter((o) => meets(box, o))).toEqual([]);
  });

  it('below 480 px every note is a numbered marker, listed in order, markers apart', () => {
    const placed = placeNotes({
      width: 320,
      height: 400,
      notes: crowd(320),
      obstacles: {marks: [], labels: []},
    });
    expect(placed.notes.every((n) => n.marker && !n.box)).toBe(true);
    expect(placed.listed.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const circles = placed.notes.map((n) => {
      const m = n.marker as {x: number; y: number; r: number};
      return {x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r};
    });
    circles.forEach((a, i) => circles.slice(i + 1).forEach((b) => expect(meets(a, b)).toBe(false)));
  });

  it('a note with no room left falls back to a numbered marker in the list', () => {
    const notes = Array.from({length: 8}, (_, i) => ({
      note: spec(`n${i}`, 'A note far too long to fit anywhere in such a small chart at all'),
      target: {x: 250 + (i % 4) * 10, y: 30 + Math.floor(i / 4) * 10, name: `t${i}`},
    }));
    const placed = placeNotes({width: 500, height: 60, notes, obstacles: {marks: [], labels: []}});
    expect(placed.listed.length).toBeGreaterThan(0);
    expect(placed.listed.every((n) => n.marker)).toBe(true);
  });
});

/** The notes story's two notes on a Sankey layout, placed; and what they avoid. */
function storyNotes(layout: SankeyLayout) {
  const notes = [
    spec(
      'origin:EAP->crime:counterfeit-goods',
      'The largest flow: counterfeit goods, US$24.4 billion a year'
    ),
    spec('crime:heroin', 'Heroin: US$16.3 billion a year, within the region'),
  ].map((note) => ({note, target: sankeyNoteTarget(layout, note, english) as NoteTarget}));
  const obstacles = sankeyNoteObstacles(layout);
  return {
    obstacles,
    placed: placeNotes({width: layout.width, height: layout.height, notes, obstacles}),
  };
}

/** The notes story's Sankey at `width`: TOCTA with its column headings. */
const storyLayout = (width: number) =>
  withColumns(
    computeSankeyLayout(toctaGraph(flows), {...SANKEY_1280, width, top: COLUMN_HEAD}),
    'Origin|Crime|Destination'
  );

describe('notes on the Sankey', () => {
  // The notes story: at 1280 px both notes sat on the bands beside their targets (the largest
  // flow's box over its own band and the heroin flow's over two others), with open room near.
  const layout = computeSankeyLayout(toctaGraph(flows), SANKEY_1280);
  const {placed} = storyNotes(layout);
  const area = (a: Rect, b: Rect) =>
    Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
    Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

  it('at 1280 px, the two notes hide together less than a quarter of one box of the flows', () => {
    // Before, 0.18 and 1.18 of a box (flows under flows counted each): now 0 and 0.16.
    let hidden = 0;
    for (const n of placed.notes) {
      const box = n.box as Rect;
      expect(box, n.text).toBeDefined();
      const under = layout.links
        .flatMap((l) => bandRects(l.shape))
        .reduce((sum, b) => sum + area(box, b), 0);
      hidden += under / (box.w * box.h);
    }
    expect(hidden).toBeLessThan(0.25);
  });

  it('never covers a value written on a band', () => {
    const small = computeSankeyLayout(rangeGraph(), SANKEY_1280);
    const written = small.links.filter((l) => l.text);
    expect(written.map((l) => l.text)).toContain('$2B (range $1B to $4B)');
    const obstacles = sankeyNoteObstacles(small);
    // Each value written on a band is an obstacle…
    const values = obstacles.labels.filter((b) =>
      written.some((l) => meets(b, {x: l.mid[0] - 1, y: l.mid[1] - 1, w: 2, h: 2}))
    );
    expect(values.length).toBeGreaterThanOrEqual(written.length);
    // …which a note on that very band, wanting to sit beside it, keeps clear of.
    const notes = written.map((l) => {
      const note = spec(
        `${l.source}->${l.target}`,
        `A note on this flow, long enough to want a box of some size`
      );
      return {note, target: sankeyNoteTarget(small, note, english) as NoteTarget};
    });
    // (The bands left out of the obstacles: a note is kept off them anyway, and the values are
    // on them; what is checked here is that a value is never covered, bands or not.)
    const placed = placeNotes({
      width: small.width,
      height: small.height,
      notes,
      obstacles: {...obstacles, marks: []},
    });
    expect(placed.notes.length).toBe(written.length);
    for (const n of placed.notes)
      expect(
        values.filter((b) => meets(n.box as Rect, b)),
        `note ${n.number} over a value`
      ).toEqual([]);
  });
});

describe('connectors', () => {
  it('do not strike through a label where another place is free: the notes story, 960–1280 px', () => {
    // At 1248 px the heroin note's connector ran through "Methamphetamines $15B"; at 960 px, kept
    // off the nodes, it did again (a struck label weighed half a box).
    for (const width of [960, 1024, 1152, 1248, 1280]) {
      const layout = storyLayout(width);
      const {placed, obstacles} = storyNotes(layout);
      for (const n of placed.notes) {
        expect(n.connector, `note ${n.number}'s connector at ${width} px`).toBeDefined();
        const [x1, y1, x2, y2] = n.connector ?? [0, 0, 0, 0];
        for (let i = 0; i <= 100; i++) {
          const [x, y] = [x1 + ((x2 - x1) * i) / 100, y1 + ((y2 - y1) * i) / 100];
          const struck = obstacles.labels.find(
            (b) => x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h
          );
          expect(struck, `note ${n.number} at ${width} px`).toBeUndefined();
        }
      }
    }
  });
});

describe('notes and the nodes', () => {
  it('keep off every node bar where another place is free: the notes story, 960–1280 px', () => {
    // At 960 px the heroin note's box covered the top of "Europe and US"'s bar.
    for (const width of [960, 1024, 1152, 1248, 1280]) {
      const layout = storyLayout(width);
      const {placed} = storyNotes(layout);
      for (const n of placed.notes) {
        const box = n.box as Rect;
        expect(box, `note ${n.number} at ${width} px has a box`).toBeDefined();
        const covered = layout.nodes.filter((d) => meets(box, {x: d.x, y: d.y, w: d.w, h: d.h}));
        expect(
          covered.map((d) => d.label),
          `note ${n.number} at ${width} px`
        ).toEqual([]);
      }
    }
  });

  it('in the ranked list, never cover a section heading, a bar or a "from / to" line', () => {
    // At 900 px the story's first note sat on "CRIME", the heading its target's row is under;
    // kept off it, on the row's bar and its "from … / to …" lines.
    const layout = sankeyLayoutFor(toctaGraph(flows), {
      ...SANKEY_1280,
      width: 860,
      orientation: 'auto',
    });
    expect(layout.list?.headings.map((h) => h.text)).toEqual(['From', 'Through', 'To']);
    const {placed} = storyNotes(layout);
    const headings = (layout.list?.headings ?? []).map((h) => ({
      x: 0,
      y: h.y - 12,
      w: textWidth(h.text.toUpperCase(), 12, true),
      h: 15,
    }));
    const rows = layout.list?.rows ?? [];
    const bars = rows.map((r) => ({x: 0, y: r.barY, w: Math.max(r.barW, r.highW), h: 8}));
    const via = rows.flatMap((r) =>
      r.via.map((line, i) => textBox(line, 0, r.barY + 23 + i * 14, 11, 'start'))
    );
    for (const n of placed.notes) {
      const box = n.box as Rect;
      expect(box, `note ${n.number}`).toBeDefined();
      for (const [what, rects] of Object.entries({headings, bars, via}))
        expect(
          rects.filter((h) => meets(box, h)),
          `note ${n.number} over ${what}`
        ).toEqual([]);
    }
  });
});

describe('bandRects', () => {
  it('covers every point of a band, in rectangles hardly larger than the band', () => {
    for (const vertical of [false, true]) {
      const band = {
        from: [0, 0] as [number, number],
        to: [300, 120] as [number, number],
        width: 10,
        vertical,
      };
      const boxes = bandRects(band);
      // Points across the band at 200 places along it (the curve as layout/sankey/collide.ts has it).
      for (let i = 0; i <= 200; i++) {
        const t = i / 200;
        // Along the flow: x (y when vertical); across it: y (x).
        const along = (vertical ? 120 : 300) * (1.5 * t * (1 - t) + t ** 3);
        const c = (vertical ? 300 : 120) * (3 * t ** 2 - 2 * t ** 3);
        for (const d of [-4.9, 0, 4.9]) {
          const [x, y] = vertical ? [c + d, along] : [along, c + d];
          expect(
            boxes.some((b) => b.x <= x && x <= b.x + b.w && b.y <= y && y <= b.y + b.h),
            `${t} ${d}`
          ).toBe(true);
        }
      }
      const total = boxes.reduce((s, b) => s + b.w * b.h, 0);
      // The band's area is about its length times 10; slices on the slope add some.
      expect(total).toBeLessThan(2 * 10 * Math.hypot(300, 120));
    }
  });
});

describe('noteLetter', () => {
  it('letters notes A to Z, then AA, AB, … as columns of a spreadsheet are', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(noteLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
