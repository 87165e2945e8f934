/**
 * d3-sankey's layout of a graph, run once per graph and extent across the flow, and only moved
 * along it for a new extent along (a new width, left to right). d3-sankey places each node in
 * its layer at `x0 + layer * kx` and works out every breadth (node and link y0, y1, width) from
 * the layers, the values and the extent across alone: the extent along never enters them. So a
 * resize of the horizontal chart, which changes only the extent along, takes the breadths as
 * they were and sets x0, x1 as d3-sankey would (the same expressions, so the same bits). Pure.
 */
import {
  sankey,
  type SankeyGraph as D3Graph,
  type SankeyExtraProperties as Extra,
  type SankeyLink as D3Link,
  type SankeyNode as D3Node,
} from 'd3-sankey';
import type {SankeyNode} from '../../schema/sankey-input.js';

/** What d3-sankey is given: the extent along the flow (a0–a1) and across it (c0–c1). */
export interface BreadthOptions<L extends Extra> {
  nodes: readonly SankeyNode[];
  links: () => D3Link<SankeyNode, L>[];
  align: (node: D3Node<SankeyNode, L>, n: number) => number;
  /** Node order within a column: as given (`input`) or d3-sankey's (`auto`). */
  order: 'input' | 'auto';
  nodeWidth: number;
  padding: number;
  a0: number;
  a1: number;
  c0: number;
  c1: number;
}

interface Known<L extends Extra> {
  key: string;
  graph: D3Graph<SankeyNode, L>;
  layers: number;
}

/** The last few layouts by owner (the graph's structure): one per extent across and options. */
const laidOut = new WeakMap<object, Known<Extra>[]>();
const KEPT = 4;

/**
 * d3-sankey's graph for these options, its nodes at `a0`–`a1` along the flow. `owner` stands for
 * the nodes and links (a new graph, language or words is a new owner); the breadths are reused
 * while `align`, `order`, `nodeWidth`, `padding`, `c0` and `c1` are the same. The graph
 * returned is shared: read it before the next call (which moves its nodes).
 */
export function laidOutFlows<L extends Extra>(
  owner: object,
  alignName: string,
  o: BreadthOptions<L>
): D3Graph<SankeyNode, L> {
  const key = [alignName, o.order, o.nodeWidth, o.padding, o.c0, o.c1].join('|');
  const known = (laidOut.get(owner) ?? []) as unknown as Known<L>[];
  let hit = known.find((k) => k.key === key);
  if (!hit) {
    const layout = sankey<SankeyNode, L>()
      .nodeId((n) => n.id)
      .nodeAlign(o.align)
      .nodeWidth(o.nodeWidth)
      .nodePadding(o.padding)
      .extent([
        [o.a0, o.c0],
        [o.a1, o.c1],
      ]);
    if (o.order === 'input') layout.nodeSort(null as unknown as undefined);
    const graph = layout({nodes: o.nodes.map((n) => ({...n})), links: o.links()});
    // d3-sankey's count of layers: the deepest node's depth + 1.
    let deepest = -Infinity;
    for (const n of graph.nodes) deepest = Math.max(deepest, n.depth ?? 0);
    hit = {key, graph, layers: deepest + 1};
    known.unshift(hit);
    known.length = Math.min(known.length, KEPT);
    laidOut.set(owner, known as unknown as Known<Extra>[]);
  }
  // d3-sankey's computeNodeLayers, along the flow only.
  const {graph, layers} = hit;
  const dx = o.nodeWidth;
  const kx = (o.a1 - o.a0 - dx) / (layers - 1);
  for (const node of graph.nodes as (D3Node<SankeyNode, L> & {layer: number})[]) {
    node.x0 = o.a0 + node.layer * kx;
    node.x1 = node.x0 + dx;
  }
  return graph;
}
