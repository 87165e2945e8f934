/**
 * d3-sankey's layout of a graph, made once per graph and extent across the flow, and only moved
 * along it for a new extent along (a new width, left to right). d3-sankey places each node in
 * its layer at `x0 + layer * kx` and works out every breadth (node and link y0, y1, width) from
 * the layers, the values and the extent across alone: the extent along never enters them. So a
 * resize of the horizontal chart, which changes only the extent along, takes the breadths as
 * they were and sets x0, x1 as d3-sankey would (the same expressions, so the same bits). Pure.
 */
import type {
  SankeyExtraProperties as Extra,
  SankeyGraph as D3Graph,
  SankeyLayout as D3Layout,
} from 'd3-sankey';
import type {SankeyNode} from '../../schema/sankey-input.js';

/** The last layout by owner (the graph's structure), with the options it was made for. */
const laidOut = new WeakMap<object, {key: string; graph: D3Graph<SankeyNode, Extra>}>();

/**
 * What `layout` makes of `input()`, its nodes moved to its extent along the flow. `owner` stands
 * for the nodes and links (a new graph, language or words is a new owner) and `options` for the
 * alignment and order `layout` was set to: while they, its node width and padding and its extent
 * across are the same, the last graph made is moved rather than made again. The graph is
 * shared: read it before the next call (which moves its nodes).
 */
export function laidOutFlows<L extends Extra>(
  owner: object,
  options: string,
  layout: D3Layout<D3Graph<SankeyNode, L>, SankeyNode, L>,
  input: () => D3Graph<SankeyNode, L>
): D3Graph<SankeyNode, L> {
  const [[x0, y0], [x1, y1]] = layout.extent();
  const dx = layout.nodeWidth();
  const key = [options, dx, layout.nodePadding(), y0, y1].join('|');
  let known = laidOut.get(owner);
  if (known?.key !== key) laidOut.set(owner, (known = {key, graph: layout(input())}));
  const graph = known.graph as D3Graph<SankeyNode, L>;
  // d3-sankey's computeNodeLayers, along the flow only (layers: the deepest node's depth + 1).
  const kx = (x1 - x0 - dx) / Math.max(...graph.nodes.map((n) => n.depth ?? 0));
  for (const node of graph.nodes as (D3Graph<SankeyNode, L>['nodes'][number] & {layer: number})[]) {
    node.x0 = x0 + node.layer * kx;
    node.x1 = node.x0 + dx;
  }
  return graph;
}
