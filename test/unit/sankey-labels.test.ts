import {describe, expect, it} from 'vitest';
import {textWidth} from '../../src/layout/text.js';
import {flows} from '../../src/data.js';
import {bandGrid, boxMeetsBand, paramAt} from '../../src/layout/sankey/collide.js';
import {LINE, labelBox, readsAsBands} from '../../src/layout/sankey/labels.js';
import type {Box} from '../../src/layout/sankey/collide.js';
import {sankeyLegend} from '../../src/layout/sankey/legend.js';
import {runsText} from '../../src/layout/legend.js';
import {loadLocale, translator} from '../../src/i18n/catalogue.js';
import {computeSankeyLayout, type SankeyOptions} from '../../src/layout/sankey/layout.js';
import {largestFlows} from '../../src/layout/sankey/limit.js';
import {structureOf} from '../../src/layout/sankey/structure.js';
import {LIST_MAX, asList, sankeyLayoutFor} from '../../src/layout/sankey/list.js';
import {sea2019Graph, toctaGraph, validateSankeyInput} from '../../src/schema/sankey-input.js';
import {syntheticFlows} from '../fixtures/synthetic.js';
import {SANKEY_1280, rangeGraph} from '../fixtures/sankey.js';

const options: SankeyOptions = SANKEY_1280;

describe('band collisions', () => {
  const band = {
    from: [0, 0] as [number, number],
    to: [100, 100] as [number, number],
    width: 10,
    vertical: false,
  };
  it('finds a box on the curve and misses one beside it', () => {
    // Half way along, the centre line is half way across.
    expect(boxMeetsBand({x0: 45, x1: 55, y0: 45, y1: 55}, band)).toBe(true);
    // Near the start the band is still flat at y 0 ± 5: a box at y 20–30 is clear of it.
    expect(boxMeetsBand({x0: 0, x1: 15, y0: 20, y1: 30}, band)).toBe(false);
    // Outside the band's stretch altogether.
    expect(boxMeetsBand({x0: 120, x1: 130, y0: 95, y1: 105}, band)).toBe(false);
    // The same in the vertical layout, axes swapped.
    const v = {...band, vertical: true};
    expect(boxMeetsBand({x0: 20, x1: 30, y0: 0, y1: 15}, v)).toBe(false);
    expect(boxMeetsBand({x0: 45, x1: 55, y0: 45, y1: 55}, v)).toBe(true);
  });
});

describe('band collisions, quickly', () => {
  // The band's curve as t runs 0 → 1, as collide.ts has it, and its parameter found by 32
  // halvings of [0, 1], as it was before the quicker search.
  const along = (t: number) => 1.5 * t * (1 - t) + t ** 3;
  const halving = (share: number) => {
    let [lo, hi] = [0, 1];
    for (let i = 0; i < 32; i++) {
      const mid = (lo + hi) / 2;
      if (along(mid) < share) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };

  it('finds the curve parameter that 32 halvings find, to the bit', () => {
    let seed = 5;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const shares = [0, 1, 0.5, 1e-12, 1 - 1e-12, 2 ** -33, 0.75, NaN];
    for (let i = 0; i < 5000; i++) shares.push(random());
    for (const [i, share] of shares.entries()) {
      if (i < 200) for (const k of [-1, 0, 1]) shares.push(along((i + k) / 2 ** 32));
      expect(Object.is(paramAt(share), halving(share)), `share ${share}`).toBe(true);
    }
  });

  it('answers as testing every band would, though a band is tried once per box', () => {
    const layout = computeSankeyLayout(toctaGraph(flows), {...options, width: 800});
    const bands = layout.links.map((l) => ({id: l.id, source: l.source, shape: shapeOf(l)}));
    const meets = bandGrid(bands);
    let seed = 9;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n) + 0.5;
    let hits = 0;
    for (let i = 0; i < 2000; i++) {
      const [x, y, w, h] = [random(800), random(600), random(260), random(40)];
      const box = {x0: x, x1: x + w, y0: y, y1: y + h};
      // Every other box counts only the bands that leave one node.
      const counts = (b: (typeof bands)[number]) => i % 2 === 0 || b.source === 'origin:eap';
      const all = bands.some((b) => counts(b) && boxMeetsBand(box, b.shape));
      expect(meets(box, counts), `box ${i}`).toBe(all);
      if (all) hits++;
    }
    expect(hits).toBeGreaterThan(200);
  });
});

describe('Sankey labels', () => {
  it('writes a first or last column’s name and value on one line where the margin kept for it holds them', () => {
    // "A $3B" went on two lines in a margin 5 px wider than it: the room was counted in whole
    // columns (5 of 6.72 px), the label in part columns (5.2).
    const small = validateSankeyInput(
      {
        unit: 'USD bn/yr',
        citation: 'test',
        links: [
          {source: 'A', target: 'B', value: 3, citation: 'test'},
          {source: 'B', target: 'C', value: 2, low: 1, high: 4, citation: 'test'},
        ],
      },
      'json'
    ).value;
    if (!small) throw new Error('the test graph did not validate');
    for (const [graph, widths] of [
      [small, [600, 928, 1280]],
      [toctaGraph(flows), [1280, 1440]],
    ] as const)
      for (const width of widths) {
        const layout = computeSankeyLayout(graph, {...options, width});
        const left = Math.min(...layout.nodes.map((n) => n.x));
        const right = Math.max(...layout.nodes.map((n) => n.x + n.w));
        for (const n of layout.nodes.filter((m) => m.x <= left || m.x + m.w >= right)) {
          const room = n.x <= left ? n.x - 5 : width - (n.x + n.w) - 5;
          if (textWidth(`${n.label} ${n.display}`, 12) <= room)
            expect(n.lines, `${n.label} at ${width} px`).toEqual([`${n.label} ${n.display}`]);
        }
      }
  });

  for (const [name, graph] of [
    ['TOCTA 2013', toctaGraph(flows)],
    ['2019 markets', sea2019Graph(flows)],
  ] as const)
    it(`${name} at 1280 px: every node named with its value, on no band but its own`, () => {
      const layout = computeSankeyLayout(graph, options);
      const shapes = layout.links.map((l) => ({l, shape: shapeOf(l)}));
      for (const n of layout.nodes) {
        expect(n.complete, n.label).toBe(true);
        expect(n.text).toContain(n.label.split(' ')[0] ?? '');
        expect(n.text).toContain(n.display);
        const box = labelBox(n.lines, n.labelX, n.labelY, n.anchor);
        expect(box.x0 >= 0 && box.x1 <= layout.width, n.label).toBe(true);
        for (const {l, shape} of shapes)
          if (l.source !== n.id && l.target !== n.id)
            expect(boxMeetsBand(box, shape), `${n.label} on ${l.id}`).toBe(false);
      }
      const boxes = layout.nodes.map((n) => labelBox(n.lines, n.labelX, n.labelY, n.anchor));
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    });

  it('TOCTA 2013 at 1280 px: middle labels move off their own thin bands where there is room', () => {
    const layout = computeSankeyLayout(toctaGraph(flows), options);
    const onThin = layout.nodes
      .filter((n) => n.lines.length)
      .filter((n) => {
        const box = labelBox(n.lines, n.labelX, n.labelY, n.anchor);
        return layout.links.some(
          (l) =>
            (l.source === n.id || l.target === n.id) &&
            l.thickness < 16 &&
            boxMeetsBand(box, shapeOf(l))
        );
      })
      .map((n) => n.label);
    // Before, seven did, Migrant smuggling and Illegal wildlife among them over crossing bands.
    expect(onThin).not.toContain('Migrant smuggling');
    expect(onThin).not.toContain('Illegal wildlife');
    // Where no place is clear the label stays beside its node (Sex trafficking: its lines meet
    // at its node from both sides).
    expect(onThin.length, onThin.join(', ')).toBeLessThanOrEqual(4);
  });

  it('leaves off names that cannot be placed at 320 px, and says so', () => {
    const layout = computeSankeyLayout(toctaGraph(flows), {...options, width: 320});
    expect(layout.nodes.some((n) => !n.complete)).toBe(true);
  });

  // A vertical TOCTA left 8 of its 23 nodes without a word at 1280 px (11 at 375), a horizontal
  // one 2 or 3 at 800: the reader could not tell which crime a thin node stood for.
  for (const [orientation, unnamedAtMost] of [
    ['vertical', 3],
    ['horizontal', 0],
  ] as const)
    it(`${orientation} TOCTA, 320–1280 px: a node without room for its name gets a number the legend names, read as its own`, () => {
      let keyedAll = 0;
      let unvaluedAll = 0;
      for (let width = 320; width <= 1280; width += 32) {
        const at = `${width} px`;
        const layout = computeSankeyLayout(toctaGraph(flows), {...options, orientation, width});
        const keyed = layout.nodes.filter((n) => n.key).sort((a, b) => a.key - b.key);
        keyedAll += keyed.length;
        // 1, 2, 3… in reading order: row by row (vertical), column by column (horizontal).
        expect(
          keyed.map((n) => n.key),
          at
        ).toEqual(keyed.map((_, i) => i + 1));
        const [along, across] =
          orientation === 'vertical' ? (['y', 'x'] as const) : (['x', 'y'] as const);
        for (const [a, b] of keyed.slice(1).map((n, i) => [keyed[i], n] as const))
          expect(a[along] < b[along] || (a[along] === b[along] && a[across] < b[across])).toBe(
            true
          );
        const boxes = layout.nodes.map((n) =>
          labelBox(n.lines, n.labelX, n.labelY, n.anchor, n.rotated)
        );
        for (const n of keyed) {
          const who = `${n.key} (${n.label}) at ${at}`;
          expect(n.lines).toEqual([String(n.key)]);
          const box = labelBox(n.lines, n.labelX, n.labelY, n.anchor);
          expect(box.x0 >= 0 && box.x1 <= layout.width && box.y0 >= 0, who).toBe(true);
          // Read as its own node's: the nearest node by far, or straight over or under it with
          // no node of its row over or under the number (the "9" level with two nodes did not).
          const node = (o: typeof n) => ({x0: o.x, x1: o.x + o.w, y0: o.y, y1: o.y + o.h});
          const mine = gapBetween(box, node(n));
          expect(mine, who).toBeLessThanOrEqual(LINE);
          const others = layout.nodes.filter((o) => o !== n);
          const nearest = Math.min(...others.map((o) => gapBetween(box, node(o))));
          const straight =
            orientation === 'vertical' &&
            Math.abs((box.x0 + box.x1) / 2 - (n.x + n.w / 2)) < 1 &&
            !others.some((o) => o.y === n.y && o.x < box.x1 + 2 && box.x0 - 2 < o.x + o.w);
          expect(straight || nearest >= Math.max(2 * mine, mine + 4), who).toBe(true);
          for (const [i, o] of layout.nodes.entries()) {
            if (o === n) continue;
            const other = boxes[i];
            if (o.lines.length && other)
              expect(overlap(box, other), `${who} on ${o.label}`).toBe(false);
            expect(overlap(box, node(o)), `${who} on ${o.label}`).toBe(false);
          }
        }
        const nameless = layout.nodes.filter((n) => !n.lines.length);
        expect(nameless.length, at).toBeLessThanOrEqual(unnamedAtMost);
        const legend = sankeyLegend(layout, FACTS, translator('en'));
        const said = legend.find((b) => b.type === 'text' && b.role === 'numbered');
        const line = said?.type === 'text' ? runsText(said.runs) : '';
        if (keyed.length) expect(line, at).toMatch(/^Numbered on the chart: 1 /);
        for (const n of keyed) expect(line).toContain(`${n.key} ${n.label} ${n.display}`);
        // Named without its value (no room for both): the value is in the legend.
        const unvalued = layout.nodes.filter((n) => n.lines.length && !n.complete && !n.key);
        unvaluedAll += unvalued.length;
        for (const n of unvalued) {
          expect(n.lines, at).toEqual([n.label]);
          expect(line, at).toContain(`Values the chart has no room for: `);
          expect(line, at).toContain(`${n.label} ${n.display}`);
        }
        if (nameless.length)
          expect(line, at).toContain(
            `${nameless.length} node${nameless.length > 1 ? 's are' : ' is'} not named on the chart`
          );
      }
      expect(keyedAll).toBeGreaterThan(50);
      expect(unvaluedAll, 'names without their values over the sweep').toBeGreaterThan(0);
    });

  it('says nothing of numbers or nameless nodes in the list, whose rows name every node', () => {
    const list = sankeyLayoutFor(toctaGraph(flows), {...options, width: 375, orientation: 'auto'});
    expect(list.orientation).toBe('list');
    const legend = sankeyLegend(list, FACTS, translator('en'));
    expect(legend.filter((b) => b.type === 'text' && b.role === 'numbered')).toEqual([]);
  });
});

const FACTS = {
  statedTotal: undefined,
  statedNote: undefined,
  later: [],
  nameOf: (id: string) => id,
  list: (items: string[]) => items.join(', '),
};
const gapBetween = (a: Box, b: Box) =>
  Math.hypot(Math.max(0, b.x0 - a.x1, a.x0 - b.x1), Math.max(0, b.y0 - a.y1, a.y0 - b.y1));
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// The band's shape as layout.ts builds it, read back from its core path's end points.
function shapeOf(l: {core: string; range: string; thickness: number}) {
  const d = l.range || l.core;
  const nums = (d.match(/-?[\d.]+/g) ?? []).map(Number);
  const [x0, y0a, , , , , x1, y1a, , y1b] = nums;
  const y0b = nums.at(-1) ?? 0;
  return {
    from: [x0 ?? 0, ((y0a ?? 0) + y0b) / 2] as [number, number],
    to: [x1 ?? 0, ((y1a ?? 0) + (y1b ?? 0)) / 2] as [number, number],
    width: Math.abs(y0b - (y0a ?? 0)),
    vertical: false,
  };
}

describe('values on bands', () => {
  it('writes a band’s value only where it fits between the band’s two nodes', () => {
    // A → B → C with a range on B → C: at 414 px the story's "$2B (range $1B to $4B)" ran over
    // both nodes' bars, cut at each end.
    const graph = rangeGraph();
    for (const width of [300, 382, 414, 600, 1280]) {
      const layout = computeSankeyLayout(graph, {...options, width});
      const node = (id: string) => layout.nodes.find((n) => n.id === id);
      for (const l of layout.links.filter((b) => b.text)) {
        const [a, b] = [node(l.source), node(l.target)];
        const run = (b?.x ?? 0) - ((a?.x ?? 0) + (a?.w ?? 0));
        expect(textWidth(l.text, 11) + 8, `${l.text} at ${width} px`).toBeLessThanOrEqual(run);
      }
    }
    // Where there is room, it is written.
    const wide = computeSankeyLayout(graph, {...options, width: 1280});
    expect(wide.links.find((l) => l.source === 'B')?.text).toBe('$2B (range $1B to $4B)');
  });

  it('says a node’s range with its flows’ central estimates first, where every flow has one', () => {
    // "C $1B to $4B" stood beside its one flow, "$2B (range $1B to $4B)": the estimate dropped.
    const display = (graph: NonNullable<ReturnType<typeof rangeGraph>>, id: string) =>
      computeSankeyLayout(graph, options).nodes.find((n) => n.id === id)?.display;
    const graph = rangeGraph();
    if (!graph) throw new Error('the range graph did not validate');
    expect(display(graph, 'C')).toBe('$3B (range $2B to $5B)');
    expect(display(graph, 'B')).toBe('$3B');
    // UNODC gives no central estimate for the 2019 methamphetamine market: the range alone.
    const sea = sea2019Graph(flows);
    const ranged = computeSankeyLayout(sea, options).nodes.filter((n) =>
      n.display.includes(' to ')
    );
    expect(ranged.map((n) => n.display)).toEqual(['$30B to $61.4B', '$30B to $61.4B']);
  });

  it('does not repeat on a band the value its node’s label already gives', () => {
    // TOCTA's one band into "Heroin $16.3B" said "$16.3B" again, in both orientations (each of
    // its crimes but migrant smuggling is one record). A band that is part of its nodes' values
    // keeps its own (the test above).
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const layout = computeSankeyLayout(toctaGraph(flows), {...options, orientation});
      const named = new Map(layout.nodes.filter((n) => n.complete).map((n) => [n.id, n.display]));
      expect(named.get('crime:heroin'), orientation).toBe('$16.3B');
      for (const l of layout.links.filter((b) => b.text)) {
        expect([named.get(l.source), named.get(l.target)], `${l.id} ${orientation}`).not.toContain(
          l.text
        );
      }
    }
  });
});

describe('a numbered node', () => {
  it('has its value in the key only, never again on a band beside its number', () => {
    // At 343 px forced horizontal (the story's chart on a 375 px phone), "$15B" stood on the band
    // into Methamphetamines beside its 3, read as a value of no node: the key says
    // "3 Methamphetamines $15B".
    let numbered = 0;
    for (const width of [343, 382, 414, 640, 800])
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const layout = computeSankeyLayout(toctaGraph(flows), {...options, width, orientation});
        const keyed = new Map(layout.nodes.filter((n) => n.key).map((n) => [n.id, n.display]));
        numbered += keyed.size;
        for (const l of layout.links.filter((b) => b.text))
          expect(
            [keyed.get(l.source), keyed.get(l.target)],
            `${l.id} at ${width} px ${orientation}`
          ).not.toContain(l.text);
      }
    expect(numbered, 'numbered nodes over these layouts').toBeGreaterThan(10);
  });
});

describe('Sankey list view', () => {
  it('gives every node a row with its name and value, rows apart and text inside 320 px', () => {
    const layout = asList(computeSankeyLayout(toctaGraph(flows), {...options, width: 320}));
    const list = layout.list;
    expect(list?.rows.length).toBe(layout.nodes.length);
    expect(list?.headings.map((h) => h.text)).toEqual(['From', 'Through', 'To']);
    const rows = list?.rows ?? [];
    for (const [i, r] of rows.entries()) {
      const n = layout.nodes.find((x) => x.id === r.id);
      expect(r.name.join(' ')).toBe(n?.label);
      expect(r.value).toBe(n?.display);
      expect(r.h).toBeGreaterThanOrEqual(24);
      const next = rows[i + 1];
      if (next) expect(r.y + r.h).toBeLessThanOrEqual(next.y);
      // Within the layouts' one width estimate (layout/text.ts: narrow letters count less); the
      // drawn boxes are measured against the chart's edge by test/browser/sankey-phone.test.ts.
      const widest = Math.max(...r.name.map((t) => textWidth(t, 12)));
      expect(r.valueLine ? widest : widest + 10 + textWidth(r.value, 12)).toBeLessThanOrEqual(320);
      for (const v of r.via) expect(textWidth(v, 11)).toBeLessThanOrEqual(320);
      expect(r.barW).toBeLessThanOrEqual(r.highW);
      // A block, not a tick: the smallest amounts ($33M against $80.2B) were 2 px, faint in dark.
      expect(r.barW, r.id).toBeGreaterThanOrEqual(4);
    }
    expect(list?.lengthened).toBe(true);
    const smuggling = rows.find((r) => r.id === 'crime:migrant-smuggling');
    expect(smuggling?.via.join(' ')).toMatch(/^from .*Greater Mekong Sub-region.* to /);
    // Ranked: the largest crime first.
    expect(rows.find((r) => r.id.startsWith('crime:'))?.id).toBe('crime:counterfeit-goods');
    expect(layout.links.every((l) => l.core === '')).toBe(true);
  });

  it("says how much comes in and goes out where a node's flows do not balance", async () => {
    // B → C → B closes a loop: C → B is left out, so B has $2B in and $5B out; D balances.
    const graph = validateSankeyInput(
      {
        unit: 'USD bn/yr',
        links: [
          {source: 'A', target: 'B', value: 2, citation: 't'},
          {source: 'B', target: 'C', value: 5, citation: 't'},
          {source: 'C', target: 'B', value: 3, citation: 't'},
          {source: 'C', target: 'D', value: 4, citation: 't'},
          {source: 'D', target: 'E', value: 4, citation: 't'},
        ],
      },
      'json'
    ).value;
    if (!graph) throw new Error('the graph did not validate');
    const list = sankeyLayoutFor(graph, {...options, width: 320, orientation: 'list'}).list;
    const row = (id: string) => list?.rows.find((r) => r.id === id);
    expect(row('B')?.value).toBe('$5B');
    expect(row('B')?.via).toEqual(['$2B from A', '$5B to C']);
    expect(row('D')?.via).toEqual(['from C', 'to E']);
    await loadLocale('ja');
    const ja = translator('ja');
    const inJapanese = sankeyLayoutFor(graph, {
      ...options,
      lang: 'ja',
      t: ja,
      width: 320,
      orientation: 'list',
    }).list;
    expect(inJapanese?.rows.find((r) => r.id === 'B')?.via).toEqual(['Aから$20億', 'Cへ$50億']);
  });

  it('keeps a row readable as one on a wide chart: no wider than LIST_MAX', () => {
    // At 1,248 px a name and its amount stood 1,100 px apart.
    const wide = asList(computeSankeyLayout(toctaGraph(flows), {...options, width: 1248}));
    expect(wide.list?.width).toBe(LIST_MAX);
    for (const r of wide.list?.rows ?? []) expect(r.highW).toBeLessThanOrEqual(LIST_MAX);
    for (const n of wide.nodes) expect(n.x + n.w).toBeLessThanOrEqual(LIST_MAX);
    const phone = asList(computeSankeyLayout(toctaGraph(flows), {...options, width: 320}));
    expect(phone.list?.width).toBe(320);
  });
});

describe('Sankey list decided early', () => {
  const stress = largestFlows(
    validateSankeyInput(syntheticFlows(), 'json').value ?? toctaGraph(flows)
  );
  const graphs = [
    ['TOCTA 2013', toctaGraph(flows)],
    ['2019 markets', sea2019Graph(flows)],
    ['300 nodes, 1,200 flows (the largest drawn)', stress.graph],
  ] as const;

  // What the chart drew before: every label placed, then the list if more than crowdedMost nodes
  // were left without their name and value.
  const everyLabelPlaced = (graph: (typeof graphs)[number][1], width: number) => {
    const layout = computeSankeyLayout(graph, {...options, width});
    return readsAsBands(layout.nodes)
      ? layout
      : asList(layout, options.t, structureOf(graph, options.lang, options.t));
  };

  for (const [name, graph] of graphs)
    it(`${name}: the same bands or list as placing every label first, at every width`, () => {
      const drawn = [];
      for (const width of [320, 375, 414, 640, 800, 1000, 1280, 1440]) {
        const layout = sankeyLayoutFor(graph, {...options, width, orientation: 'auto'});
        expect(layout, `${width} px`).toEqual(everyLabelPlaced(graph, width));
        drawn.push(layout.list ? 'list' : 'bands');
      }
      // Both kinds are checked: TOCTA is drawn as bands from 1000 px, the 2019 markets from 375;
      // all three as the list at 320.
      if (name !== graphs[2][0]) expect(drawn).toContain('bands');
      expect(drawn[0]).toBe('list');
    });

  it('draws the bands with one node in ten, two at most, numbered or its value in the line', () => {
    const at = (graph: ReturnType<typeof toctaGraph>, width: number) => {
      const layout = sankeyLayoutFor(graph, {...options, width, orientation: 'auto'});
      const crowded = layout.nodes.filter((n) => !n.complete);
      return [layout.orientation, crowded.map((n) => `${n.key || 'value'} ${n.label}`)];
    };
    const tocta = toctaGraph(flows);
    // 23 nodes: two may go without their name and value beside them.
    expect(at(tocta, 980)).toEqual(['horizontal', ['1 Illegal ozone-depleting substances']]);
    expect(at(tocta, 920)).toEqual([
      'horizontal',
      ['value Illegal wildlife', '1 Illegal ozone-depleting substances'],
    ]);
    expect(at(tocta, 900)[0]).toBe('list');
    // 5 nodes: none (at 320 px one would be numbered).
    expect(at(sea2019Graph(flows), 320)[0]).toBe('list');
    expect(at(sea2019Graph(flows), 375)).toEqual(['horizontal', []]);
  });

  it('the list asked for is the list of the chart with its labels placed', () => {
    for (const width of [320, 800, 1280]) {
      const graph = toctaGraph(flows);
      const layout = sankeyLayoutFor(graph, {...options, width, orientation: 'list'});
      expect(layout).toEqual(asList(computeSankeyLayout(graph, {...options, width})));
    }
  });

  it('says the flows in the language asked for, after another language was laid out', () => {
    const graph = toctaGraph(flows);
    const words = (lang: string) =>
      computeSankeyLayout(graph, {...options, lang}).nodes.map((n) => n.display);
    const english = words('en');
    expect(words('de')).not.toEqual(english);
    expect(words('en')).toEqual(english);
  });
});
