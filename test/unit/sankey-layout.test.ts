import {describe, expect, it} from 'vitest';
import {loadLocale, translator} from '../../src/i18n/catalogue.js';
import {flows} from '../../src/data.js';
import {bandPath} from '../../src/layout/sankey/bands.js';
import {labelBox} from '../../src/layout/sankey/labels.js';
import {connected, cutCycles} from '../../src/layout/sankey/cycles.js';
import {
  computeSankeyLayout,
  hasDrawableFlow,
  linkDisplay,
  type NodeMark,
  type SankeyOptions,
} from '../../src/layout/sankey/layout.js';
import {describeSankey, sankeyNeighbour, sankeyTable} from '../../src/layout/sankey/reading.js';
import {parseCSV} from '../../src/schema/parse.js';
import {largestFlows} from '../../src/layout/sankey/limit.js';
import {sankeyLayoutFor} from '../../src/layout/sankey/list.js';
import {sankeyLegend} from '../../src/layout/sankey/legend.js';
import {runsText} from '../../src/layout/legend.js';
import {joinList} from '../../src/i18n/lists.js';
import {syntheticFlows} from '../fixtures/synthetic.js';
import {
  sea2019Graph,
  toctaGraph,
  validateSankeyInput,
  type SankeyGraph,
} from '../../src/schema/sankey-input.js';

const options: SankeyOptions = {
  width: 600,
  height: 300,
  orientation: 'horizontal',
  nodeOrder: 'input',
  nodeAlign: 'justify',
  lang: 'en-GB',
};

/** A small graph: A → B (10), A → C (5), B → D (10), C → D (0.01). */
function small(): SankeyGraph {
  const link = (source: string, target: string, value: number) => ({
    id: `${source}${target}`,
    source,
    target,
    value,
    citation: 'test',
  });
  return {
    unit: null,
    usd: false,
    nodes: ['A', 'B', 'C', 'D'].map((id) => ({id, label: id})),
    links: [link('A', 'B', 10), link('A', 'C', 5), link('B', 'D', 10), link('C', 'D', 0.01)],
  };
}

describe('sankey input', () => {
  it('reads the bundled TOCTA flows as origin → crime → destination halves, in dollars', () => {
    const g = toctaGraph(flows);
    expect(g.nodes).toHaveLength(23);
    expect(g.links).toHaveLength(26);
    const total = g.links
      .filter((l) => l.id.endsWith(':a'))
      .reduce((n, l) => n + (l.value ?? 0), 0);
    expect(total / 1e9).toBeCloseTo(86.071, 6);
    expect(g.links.find((l) => l.id === 'F09:a')?.value).toBe(192e6);
  });

  it('keeps the 2019 ranges: a low and a high, no invented central value', () => {
    const meth = sea2019Graph(flows).links.find((l) => l.id === 'M01');
    expect([meth?.low, meth?.value, meth?.high]).toEqual([30e9, undefined, 61.4e9]);
  });

  it('infers nodes from CSV links, keeps a link without a citation, lists bad rows by path', () => {
    const rows = parseCSV(
      'source,target,value,low,high,citation\n' +
        'A,B,3,,,x\n' +
        'A,C,-1,,,x\n' +
        'C,C,1,,,x\n' +
        'B,D,5,6,4,x\n' +
        'A,D,,,,x\n' +
        'B,C,2,1,4,\n' +
        'B,E,1,0.5,2,x\n'
    );
    const {value, issues} = validateSankeyInput(rows, 'csv');
    expect(value.links.map((l) => `${l.source}${l.target}`)).toEqual(['AB', 'BC', 'BE']);
    expect(value.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C', 'E']);
    expect(issues.map((i) => i.path)).toEqual([
      'rows[1].value',
      'rows[2].target',
      'rows[3].low',
      'rows[4].value',
    ]);
  });

  it('normalises money units to dollars and checks links against listed nodes', () => {
    const {value, issues} = validateSankeyInput(
      {
        unit: 'USD bn/yr',
        nodes: [{id: 'a', label: 'Alpha'}, {id: 'b'}],
        links: [
          {source: 'a', target: 'b', value: 2.5, citation: 'x'},
          {source: 'a', target: 'zz', value: 1, citation: 'x'},
        ],
      },
      'json'
    );
    expect(value.usd).toBe(true);
    expect(value.links[0]?.value).toBe(2.5e9);
    expect(value.nodes.map((n) => n.label)).toEqual(['Alpha', 'b']);
    expect(issues.map(({path, message}) => ({path, message}))).toEqual([
      {path: 'links[1].target', message: '"zz" is not one of the nodes'},
    ]);
  });
});

/** TOCTA's flows with East Asia and the Pacific one node, origin and destination: loops. */
function eapAsOneNode(): SankeyGraph {
  const g = toctaGraph(flows);
  return {
    ...g,
    nodes: g.nodes.filter((n) => n.id !== 'destination:EAP'),
    links: g.links.map((l) => (l.target === 'destination:EAP' ? {...l, target: 'origin:EAP'} : l)),
  };
}

describe('cycles', () => {
  it('a graph whose only flow above zero closes a loop has nothing to draw (found by fuzzing)', () => {
    const nodes = [
      {id: 'A', label: 'A'},
      {id: 'E', label: 'E'},
    ];
    const links = [
      {id: 'AE', source: 'A', target: 'E', high: 0, citation: 'x'},
      {id: 'EA', source: 'E', target: 'A', high: 1, citation: 'x'},
    ];
    expect(hasDrawableFlow({unit: null, usd: false, nodes, links})).toBe(false);
    expect(
      hasDrawableFlow({unit: null, usd: false, nodes, links: [links[1] as (typeof links)[0]]})
    ).toBe(true);
  });

  it('sets aside the links that close a loop, keeping the first given', () => {
    const g = small();
    g.links.push({id: 'DA', source: 'D', target: 'A', value: 1, citation: 'x'});
    const {kept, cut} = cutCycles(g.nodes, g.links);
    expect(cut.map((l) => l.id)).toEqual(['DA']);
    expect(kept).toHaveLength(4);
    expect(() => computeSankeyLayout(g, options)).not.toThrow();
    expect(computeSankeyLayout(g, options).cut.map((l) => l.id)).toEqual(['DA']);
  });

  it('names the loops TOCTA makes when origin and destination are one region', () => {
    const merged = eapAsOneNode();
    const layout = computeSankeyLayout(merged, {...options, width: 1000, height: undefined});
    expect(layout.cut.map((l) => l.id)).toEqual(['F03:b', 'F04:b', 'F07:b']);
  });

  it('keeps a node whose flows onward close a loop in its column, not among the destinations', () => {
    // With East Asia and the Pacific one node, heroin's flow back into it closes a loop and is
    // left out: justified as a node with no flow out, heroin went to the last column, and the
    // phone's list headed it "To" with Europe and the US.
    const merged = eapAsOneNode();
    const looped = new Set(computeSankeyLayout(merged, options).cut.map((l) => l.source));
    expect(looped.size).toBeGreaterThan(0);
    const bands = computeSankeyLayout(merged, {...options, width: 1000, height: undefined});
    const depth = new Map(bands.nodes.map((n) => [n.id, n.depth]));
    const last = Math.max(...depth.values());
    for (const id of looped) expect(depth.get(id), id).toBe(depth.get('crime:counterfeit-goods'));
    expect(bands.nodes.filter((n) => n.id.startsWith('crime:') && n.depth === last)).toEqual([]);
    // Coloured as the crimes beside them are, not grey as the ends are.
    for (const id of looped)
      expect(bands.nodes.find((n) => n.id === id)?.color, id).toBeGreaterThanOrEqual(0);
    const {list} = sankeyLayoutFor(merged, {...options, orientation: 'auto', width: 288});
    const to = list?.headings.at(-1);
    expect(to?.text).toBe('To');
    const under = list?.rows.filter((r) => to && r.y > to.y).map((r) => r.id);
    expect(under?.length).toBeGreaterThan(0);
    expect(
      under?.filter((id) => looped.has(id)),
      'the list\'s "To"'
    ).toEqual([]);
  });
});

describe('computeSankeyLayout', () => {
  it('sizes nodes by their flows, in input order, and widens what would vanish', () => {
    const layout = computeSankeyLayout(small(), options);
    const node = (id: string) => layout.nodes.find((n) => n.id === id);
    // The first and last columns keep a margin outside the bands for their names.
    const a = node('A');
    const d = node('D');
    expect(a?.anchor).toBe('end');
    expect((a?.labelX ?? 0) < (a?.x ?? 0)).toBe(true);
    expect((a?.labelX ?? 0) - (a?.text.length ?? 0) * 6.6).toBeGreaterThanOrEqual(0);
    expect(d?.anchor).toBe('start');
    expect((d?.labelX ?? 0) > (d?.x ?? 0) + (d?.w ?? 0)).toBe(true);
    expect((d?.labelX ?? 0) + (d?.text.length ?? 0) * 6.6).toBeLessThanOrEqual(600);
    expect((node('B')?.h ?? 0) / (node('C')?.h ?? 1)).toBeCloseTo(2, 1);
    expect((node('B')?.y ?? 0) < (node('C')?.y ?? 0)).toBe(true);
    const tiny = layout.links.find((l) => l.id === 'CD');
    expect(tiny?.widened).toBe(true);
    expect(layout.widened).toBe(true);
    expect(layout.order).toEqual(['A', 'B', 'C', 'D']);
  });

  it('gives finite geometry when a flow is zero', () => {
    const g = small();
    g.links[1] = {...(g.links[1] as SankeyGraph['links'][number]), value: 0};
    const layout = computeSankeyLayout(g, options);
    const numbers = layout.nodes.flatMap((n) => [n.x, n.y, n.w, n.h]);
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(layout.links.every((l) => !l.core.includes('NaN'))).toBe(true);
  });

  it('draws a range as a pale band around a narrower core', () => {
    const layout = computeSankeyLayout(sea2019Graph(flows), {...options, height: undefined});
    const meth = layout.links.find((l) => l.id === 'M01');
    expect(meth?.range).not.toBe('');
    expect(meth?.core).not.toBe(meth?.range);
    expect(meth?.display).toMatch(/^US\$30\s?bn to US\$61\.4\s?bn \(no central estimate\)$/);
    expect(layout.links.find((l) => l.id === 'M02')?.range).toBe('');
    const geo = layout.nodes.find((n) => n.label.startsWith('East and South-East Asia'));
    expect(geo?.display).toMatch(/30.* to .*61\.4/);
  });

  it('lays out top to bottom when vertical', () => {
    const layout = computeSankeyLayout(small(), {
      ...options,
      width: 320,
      height: undefined,
      orientation: 'vertical',
    });
    const node = (id: string) => layout.nodes.find((n) => n.id === id);
    expect((node('A')?.y ?? 0) < (node('B')?.y ?? 0)).toBe(true);
    expect((node('B')?.y ?? 0) < (node('D')?.y ?? 0)).toBe(true);
    expect(layout.nodes.every((n) => n.x >= 0 && n.x + n.w <= 320)).toBe(true);
  });

  it('names the nodes of a vertical Sankey, upward where a name is wider than its node', () => {
    // Across the narrow nodes of a vertical layout only 4 of the 23 TOCTA nodes were named on a
    // phone, and a name wider than its node stood over its neighbours ("East and South-East Asia
    // $1.55B" over four nodes at 1280 px). The first row's names go above it, the last row's
    // below it, and names side by side keep apart (they read as one name's two lines).
    const boxOf = (n: NodeMark) => labelBox(n.lines, n.labelX, n.labelY, n.anchor, n.rotated);
    let upward = 0;
    for (const [graph, least] of [
      [toctaGraph(flows), 10],
      [sea2019Graph(flows), 5],
    ] as const)
      for (const width of [320, 375, 414, 1280]) {
        const layout = computeSankeyLayout(graph, {
          ...options,
          width,
          height: undefined,
          orientation: 'vertical',
        });
        upward += layout.nodes.filter((n) => n.rotated).length;
        const named = layout.nodes.filter((n) => n.lines.length);
        const [first, last] = [
          Math.min(...layout.nodes.map((n) => n.y)),
          Math.max(...layout.nodes.map((n) => n.y + n.h)),
        ];
        expect(named.length, `${width} px`).toBeGreaterThanOrEqual(least);
        const boxes = named.map((n) => ({n, box: boxOf(n)}));
        for (const {n, box} of boxes) {
          const at = `${n.label} at ${width} px`;
          expect(box.x0 >= 0 && box.x1 <= width && box.y0 >= 0, at).toBe(true);
          expect(box.y1, at).toBeLessThanOrEqual(layout.height);
          // Written across only where it is hardly wider than its own node.
          if (!n.rotated) expect(box.x1 - box.x0, at).toBeLessThanOrEqual(n.w + 20);
          if (n.y <= first + 0.5) expect(box.y1, `${at}: above its row`).toBeLessThanOrEqual(n.y);
          if (n.y + n.h >= last - 0.5) expect(box.y0, `${at}: below`).toBeGreaterThanOrEqual(last);
          for (const o of boxes)
            if (o.n !== n)
              expect(
                box.x0 < o.box.x1 && o.box.x0 < box.x1 && box.y0 < o.box.y1 && o.box.y0 < box.y1,
                `${at} meets ${o.n.label}`
              ).toBe(false);
          for (const o of layout.nodes)
            if (o !== n)
              expect(
                box.x0 < o.x + o.w && o.x < box.x1 && box.y0 < o.y + o.h && o.y < box.y1,
                `${at} over ${o.label}`
              ).toBe(false);
        }
      }
    expect(upward, 'names written upward').toBeGreaterThan(12);
    // Room kept for names written upward and not used is given back: SEA 2019 at 1280 px names
    // its first row across it (the room kept above it was 170 px, empty).
    const wide = computeSankeyLayout(sea2019Graph(flows), {
      ...options,
      width: 1280,
      height: undefined,
      orientation: 'vertical',
    });
    const firstRow = Math.min(...wide.nodes.map((n) => n.y));
    expect(wide.nodes.filter((n) => n.y <= firstRow + 0.5).some((n) => n.rotated)).toBe(false);
    expect(firstRow).toBeLessThan(40);
  });

  it('labels nodes, larger first: where some names must be left off, the largest nodes keep theirs', () => {
    // That drawn labels do not overlap is measured in the browser (text-overlap.test.ts).
    const cramped = computeSankeyLayout(toctaGraph(flows), {...options, width: 360, height: 300});
    const bySize = [...cramped.nodes].sort((a, b) => b.total - a.total);
    expect(bySize.filter((n) => !n.text).length, 'names left off at 360 × 300').toBeGreaterThan(2);
    expect(
      bySize
        .slice(0, 12)
        .filter((n) => !n.text)
        .map((n) => n.id),
      'the twelve largest, unnamed'
    ).toEqual([]);
    const roomy = computeSankeyLayout(toctaGraph(flows), {
      ...options,
      width: 1000,
      height: undefined,
    });
    expect(roomy.nodes.find((n) => n.id === 'crime:counterfeit-goods')?.text).toMatch(
      /^Counterfeit goods /
    );
  });

  it('draws a band as a filled ribbon with a curve at mid-distance', () => {
    expect(bandPath([{from: [0, 10], to: [100, 30]}], 4, false)).toBe(
      'M0,8C50,8 50,28 100,28L100,32C50,32 50,12 0,12Z'
    );
    expect(bandPath([{from: [10, 0], to: [30, 100]}], 4, true)).toBe(
      'M8,0C8,50 28,50 28,100L32,100C32,50 12,50 12,0Z'
    );
  });
});

describe('the synthetic stress graph', () => {
  it('is what the stress story and the bench call it: 300 nodes, 1,200 links', () => {
    const graph = validateSankeyInput(syntheticFlows(), 'json').value;
    expect([graph.nodes.length, graph.links.length]).toEqual([300, 1200]);
  });
});

describe('a resize', () => {
  // What a layout keeps from one width to the next (d3-sankey's breadths, the list's words) must
  // never show: each width is laid out as it is for a graph seen for the first time.
  const stress = () => largestFlows(validateSankeyInput(syntheticFlows(), 'json').value).graph;
  const t = translator('en');
  it.each([
    ['TOCTA', () => toctaGraph(flows)],
    ['the stress graph', stress],
  ])('lays %s out at each width as if it were the first', (_, graph) => {
    const seen = graph();
    for (const orientation of ['auto', 'horizontal', 'vertical'] as const)
      for (const [width, height] of [
        [1280, undefined],
        [375, undefined],
        [800, undefined],
        [640, 500],
        [1280, undefined],
        [320, 500],
      ] as const) {
        const o = {...options, width, height, orientation, lang: 'en', t};
        expect(sankeyLayoutFor(seen, o)).toEqual(sankeyLayoutFor(graph(), o));
      }
  });
});

describe('reading', () => {
  const layout = computeSankeyLayout(toctaGraph(flows), {
    ...options,
    width: 1000,
    height: undefined,
  });

  it('lights a TOCTA flow end to end, and every path through a node', () => {
    const lit = connected(layout.links, 'F01:a');
    expect([...lit].sort()).toEqual(
      ['F01:a', 'F01:b', 'crime:counterfeit-goods', 'destination:europe-us', 'origin:EAP'].sort()
    );
    const smuggling = connected(layout.links, 'crime:migrant-smuggling');
    expect(smuggling.has('origin:SWA') && smuggling.has('destination:australia-canada')).toBe(true);
    expect(smuggling.has('crime:heroin')).toBe(false);
  });

  it('moves along a column, across columns, and along a node’s flows', () => {
    const col = layout.nodes
      .filter((n) => n.depth === 1)
      .sort((a, b) => a.y - b.y)
      .map((n) => n.id);
    expect(sankeyNeighbour(layout, col[0] ?? '', 'ArrowDown')).toBe(col[1]);
    expect(sankeyNeighbour(layout, 'origin:EAP', 'ArrowRight')).toMatch(/^crime:/);
    expect(sankeyNeighbour(layout, 'origin:EAP', 'l')).toBe('F01:a');
    expect(sankeyNeighbour(layout, 'F01:a', 'ArrowRight')).toBe('crime:counterfeit-goods');
    expect(sankeyNeighbour(layout, 'F01:a', 'ArrowLeft')).toBe('origin:EAP');
    expect(sankeyNeighbour(layout, 'F01:a', 'l')).toBe('F02:a');
  });

  it('tables every flow with its range, and describes the largest', () => {
    const table = sankeyTable(sea2019Graph(flows), 'Markets');
    expect(table.rows.find((r) => r['to'] === 'Methamphetamine market')).toMatchObject({
      value: undefined,
      low: 30e9,
      high: 61.4e9,
    });
    expect(table.columns.find((c) => c.key === 'value')?.usd).toBe(true);
    expect(describeSankey(layout).description).toMatch(
      /^26 flows between 23 nodes\. The largest: East Asia and the Pacific to Counterfeit goods/
    );
    expect(
      linkDisplay(
        {id: 'x', source: 'a', target: 'b', value: 5, low: 4, high: 6, citation: 'c'},
        {usd: false, unit: 't'},
        'en'
      )
    ).toBe('5 t (range 4 t to 6 t)');
  });

  it("says a range in the chart's language", async () => {
    await loadLocale('ja');
    const t = translator('ja');
    const graph = {usd: false, unit: 't'};
    const link = {id: 'x', source: 'a', target: 'b', low: 4, high: 6, citation: 'c'};
    expect(linkDisplay({...link, value: 5}, graph, 'ja', t)).toBe('5 t（幅 4 t～6 t）');
    expect(linkDisplay(link, graph, 'ja', t)).toBe('4 t～6 t（中央推計値なし）');
  });
});

/** The legend's facts of a graph that is not the bundled report (no stated totals). */
const facts = {
  statedTotal: undefined,
  statedNote: undefined,
  later: [],
  nameOf: (id: string) => id,
  list: (items: string[]) => joinList(items, 'en'),
};

describe('the years the figures are for', () => {
  const t = translator('en');
  const line = (graph: SankeyGraph, width: number) =>
    sankeyLegend(
      sankeyLayoutFor(graph, {...options, width, height: undefined, orientation: 'auto', t}),
      facts,
      t
    )
      .filter((b) => b.type === 'text' && b.role === 'period')
      .map((b) => (b.type === 'text' ? runsText(b.runs) : ''));

  it("say, first in the legend, that TOCTA's estimates are for about 2010–11, not 2013", () => {
    // Twelve flows "c. 2010–11", heroin within the region "2011" (flows.json referenceYear).
    const want = [
      'The figures are for c. 2010–11 and 2011; the data table gives each flow’s year.',
    ];
    for (const width of [320, 1280])
      expect(line(toctaGraph(flows), width), `${width}`).toEqual(want);
    const first = sankeyLegend(
      sankeyLayoutFor(toctaGraph(flows), {...options, width: 1280, height: undefined, t}),
      facts,
      t
    )[0];
    expect(first?.type === 'text' && first.role).toBe('period');
    // With the source's own total (the bundled report's), it opens that paragraph.
    const withTotal = sankeyLegend(
      sankeyLayoutFor(toctaGraph(flows), {...options, width: 1280, height: undefined, t}),
      {...facts, statedTotal: 'nearly USD 90 billion a year (UNODC)'},
      t
    );
    expect(withTotal.filter((b) => b.type === 'text' && b.role === 'period')).toEqual([]);
    const total = withTotal.find((b) => b.type === 'text' && b.role === 'total');
    expect(total?.type === 'text' && runsText(total.runs)).toMatch(
      /^The figures are for c\. 2010–11 and 2011; the data table gives each flow’s year\. The source's own total: nearly USD 90/
    );
    // A graph whose records give no year says nothing of it.
    expect(line(sea2019Graph(flows), 1280)).toEqual([]);
    // One year for every flow: said once, with no word of the table.
    const one = toctaGraph(flows);
    one.links = one.links.map((l) => ({...l, period: '2011'}));
    expect(line(one, 1280)).toEqual(['The figures are for 2011.']);
  });

  it("go into the table, and a flow's tooltip words", () => {
    const table = sankeyTable(toctaGraph(flows), 'Flows', t);
    const column = table.columns.findIndex((c) => c.key === 'period');
    expect(table.columns[column]?.label).toBe('Year');
    expect(new Set(table.rows.map((r) => r['period']))).toEqual(new Set(['c. 2010–11', '2011']));
    expect(sankeyTable(sea2019Graph(flows), 'Markets', t).columns.map((c) => c.key)).not.toContain(
      'period'
    );
    expect(t('sankey.flowPeriod', {period: 'c. 2010–11'})).toBe('Figure for c. 2010–11');
  });
});

describe("the legend's key", () => {
  const t = translator('en');
  const key = (graph: SankeyGraph, width: number, orientation: 'horizontal' | 'list') => {
    const layout = sankeyLayoutFor(graph, {...options, width, height: undefined, orientation, t});
    const block = sankeyLegend(layout, facts, t).find((b) => b.type === 'entries');
    return block?.type === 'entries' ? block.entries.map((e) => e.label) : [];
  };
  /** small(), with A → C given as a range of 3 to 8 around its 5. */
  const ranged = (): SankeyGraph => {
    const g = small();
    return {...g, links: g.links.map((l) => (l.id === 'AC' ? {...l, low: 3, high: 8} : l))};
  };

  /** With a node E whose only flow, A → E, is 0.01: under 2 px of any bar scaled to 15. */
  const tiny = (g: SankeyGraph): SankeyGraph => ({
    ...g,
    nodes: [...g.nodes, {id: 'E', label: 'E'}],
    links: [...g.links, {id: 'AE', source: 'A', target: 'E', value: 0.01, citation: 'test'}],
  });

  it('the phone list keys bars by their length, and says when a bar is drawn longer', () => {
    expect(key(small(), 320, 'list')).toEqual(['Bar length: the estimate']);
    expect(key(tiny(small()), 320, 'list')).toEqual([
      'Bar length: the estimate',
      'Amounts too small to see are drawn longer; the table gives their true values.',
    ]);
    expect(key(ranged(), 320, 'list')).toEqual([
      'Bar length: the estimate (or the low end of a range)',
      'Faint bar: the range, up to the high end',
    ]);
  });

  it('the diagram keys bands by their width', () => {
    expect(key(ranged(), 1280, 'horizontal')).toEqual([
      'Band width: the estimate (or the low end of a range)',
      'Faint band: the range, up to the high end',
      'Flows too small to see are drawn wider; the table gives their true values.',
    ]);
  });
});
