/**
 * Flows that skip a column (layout/sankey/chains.ts): d3-sankey's own columns, and bands that go
 * round the nodes in the columns they cross instead of through them.
 */
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {sankey} from 'd3-sankey';
import {ALIGNS, layersOf, type NodeAlign} from '../../src/layout/sankey/chains.js';
import {computeSankeyLayout, type SankeyLayout} from '../../src/layout/sankey/layout.js';
import {sankeyLayoutFor} from '../../src/layout/sankey/list.js';
import {validateSankeyInput} from '../../src/schema/sankey-input.js';
import {across, paramAt} from '../../src/layout/sankey/collide.js';
import {SANKEY_1280} from '../fixtures/sankey.js';

const graphOf = (links: [string, string, number][]) =>
  validateSankeyInput(
    {
      unit: 'USD bn/yr',
      links: links.map(([source, target, value]) => ({source, target, value, citation: 't'})),
    },
    'json'
  ).value;

/**
 * Origins A, B; crimes X (large), Y; destinations P, Q, R; A → Q straight, skipping the crimes'
 * column, with X between its ends; R reached only from an origin (B → R), so only the
 * destinations' column (d3-sankey's justified alignment) puts it two columns on.
 */
const skipping = () =>
  graphOf([
    ['A', 'X', 10],
    ['B', 'X', 8],
    ['B', 'Y', 2],
    ['X', 'P', 12],
    ['X', 'Q', 6],
    ['Y', 'Q', 2],
    ['A', 'Q', 3],
    ['B', 'R', 1],
  ]);

/** Where a band's centre line is across the flow at `a` along it, or undefined off its pieces. */
function centreAt(l: SankeyLayout['links'][number], a: number): number | undefined {
  for (const s of l.shapes) {
    const [A, C] = s.vertical ? [1, 0] : [0, 1];
    const [fa, ta] = [s.from[A] as number, s.to[A] as number];
    if (a < Math.min(fa, ta) || a > Math.max(fa, ta)) continue;
    const [fc, tc] = [s.from[C] as number, s.to[C] as number];
    return fc + (tc - fc) * across(paramAt((a - fa) / (ta - fa || 1)));
  }
  return undefined;
}

/** Bands that pass through a node bar other than their own ends: [band, node]. */
function through(layout: SankeyLayout): string[] {
  const out: string[] = [];
  const vertical = layout.orientation === 'vertical';
  for (const l of layout.links)
    for (const n of layout.nodes) {
      if (n.id === l.source || n.id === l.target) continue;
      const [a0, a1, c0, c1] = vertical
        ? [n.y, n.y + n.h, n.x, n.x + n.w]
        : [n.x, n.x + n.w, n.y, n.y + n.h];
      for (let a = a0; a <= a1; a += 2) {
        const c = centreAt(l, a);
        if (c === undefined) continue;
        const h = l.shape.width / 2;
        if (c + h > c0 + 0.5 && c - h < c1 - 0.5) {
          out.push(`${l.source}→${l.target} through ${n.id}`);
          break;
        }
      }
    }
  return out;
}

describe('layersOf', () => {
  it("is d3-sankey's own column for every node, for every alignment", () => {
    const node = fc.integer({min: 0, max: 9});
    fc.assert(
      fc.property(
        fc.array(fc.tuple(node, node), {minLength: 1, maxLength: 25}),
        fc.constantFrom<NodeAlign>('justify', 'left', 'right', 'center'),
        (pairs, align) => {
          // Forward only (a < b), so no flow closes a loop.
          const links = pairs
            .filter(([a, b]) => a < b)
            .map(([a, b], i) => ({id: `l${i}`, source: `n${a}`, target: `n${b}`, citation: ''}));
          if (!links.length) return;
          const ids = [...new Set(links.flatMap((l) => [l.source, l.target]))];
          const nodes = ids.map((id) => ({id, label: id}));
          const laid = sankey<{id: string}, object>()
            .nodeId((n) => n.id)
            .nodeAlign(ALIGNS[align])({
            nodes: nodes.map((n) => ({...n})),
            links: links.map((l) => ({source: l.source, target: l.target, value: 1})),
          });
          const mine = layersOf(nodes, links, align);
          for (const n of laid.nodes as ({id: string} & {layer: number})[])
            expect(mine.get(n.id), `${n.id} (${align})`).toBe(n.layer);
        }
      ),
      {numRuns: 200}
    );
  });
});

describe('a flow that skips a column', () => {
  it('goes round the nodes of the columns it crosses, at every orientation and width', () => {
    for (const orientation of ['horizontal', 'vertical'] as const)
      for (const width of [640, 960, 1280]) {
        const layout = computeSankeyLayout(skipping(), {...SANKEY_1280, orientation, width});
        expect(through(layout), `${orientation} ${width} px`).toEqual([]);
      }
  });

  it('is one band from its source to its target, named as one, with no waypoint drawn', () => {
    const layout = computeSankeyLayout(skipping(), SANKEY_1280);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['A', 'B', 'P', 'Q', 'R', 'X', 'Y']);
    expect(layout.order).toHaveLength(7);
    const skip = layout.links.filter((l) => l.source === 'A' && l.target === 'Q');
    expect(skip).toHaveLength(1);
    const band = skip[0] as SankeyLayout['links'][number];
    // Two curves and the run across the crimes' column between them.
    expect(band.shapes).toHaveLength(3);
    expect(band.core.match(/M/g)).toHaveLength(1);
    expect(band.core.match(/Z/g)).toHaveLength(1);
    expect(layout.links).toHaveLength(8);
    // Q and R in the last column, with P, and of its depth: the destinations' heading stands
    // over all three, and the keyboard reaches them as one column.
    const [p, q, r] = ['P', 'Q', 'R'].map((id) => layout.nodes.find((n) => n.id === id));
    expect([q?.x, r?.x]).toEqual([p?.x, p?.x]);
    expect([q?.depth, r?.depth]).toEqual([p?.depth, p?.depth]);
  });

  it("lists its target under the column it is drawn in: R under 'To', not 'Through'", () => {
    const layout = sankeyLayoutFor(skipping(), {...SANKEY_1280, width: 320, orientation: 'list'});
    expect(layout.list?.headings.map((h) => h.text)).toEqual(['From', 'Through', 'To']);
    const to = layout.list?.headings.at(-1)?.y ?? Infinity;
    const under = layout.list?.rows.filter((r) => r.y > to).map((r) => r.id);
    expect(under?.sort()).toEqual(['P', 'Q', 'R']);
  });

  it('leaves a graph with no such flow as d3-sankey draws it', () => {
    const plain = graphOf([
      ['A', 'X', 10],
      ['X', 'P', 10],
    ]);
    const layout = computeSankeyLayout(plain, SANKEY_1280);
    expect(layout.links.every((l) => l.shapes.length === 1 && l.shapes[0] === l.shape)).toBe(true);
  });
});
