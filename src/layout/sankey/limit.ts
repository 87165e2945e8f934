/**
 * The Sankey's limit: past MAX_LINKS flows or MAX_NODES nodes, bands are too thin to see and
 * labels too many to place, and the layout's cost grows with every link. The chart then draws
 * the largest flows (by the top of their range, as bands are sized) up to both limits, and says
 * what it left out. Pure.
 */
import type {SankeyGraph, SankeyLink} from '../../schema/sankey-input.js';
import {extentOf} from './layout.js';
import {finish, STEP_EVERY, type Steps} from '../../schema/steps.js';

export const MAX_LINKS = 150;
export const MAX_NODES = 120;

export interface LimitedGraph {
  graph: SankeyGraph;
  /** Flows and nodes in the whole data, when some were left out; undefined when all are drawn. */
  of?: {links: number; nodes: number};
}

export function largestFlows(
  graph: SankeyGraph,
  maxLinks = MAX_LINKS,
  maxNodes = MAX_NODES
): LimitedGraph {
  return finish(largestFlowsSteps(graph, maxLinks, maxNodes));
}

/** largestFlows as steps, for a file of 20,000 flows picked from while it loads. */
export function* largestFlowsSteps(
  graph: SankeyGraph,
  maxLinks = MAX_LINKS,
  maxNodes = MAX_NODES
): Steps<LimitedGraph> {
  if (graph.links.length <= maxLinks && graph.nodes.length <= maxNodes) return {graph};
  // Each flow's extent once (in slices), then its index sorted by it: the sort's comparisons
  // read numbers instead of working each extent out again.
  const all = graph.links;
  const extents = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) {
    if (i % (STEP_EVERY * 4) === 0 && i > 0) yield (0.5 * i) / all.length;
    extents[i] = extentOf(all[i] as SankeyLink);
  }
  yield 0.5;
  const order = Array.from(all.keys()).sort(
    (a, b) => (extents[b] as number) - (extents[a] as number) || a - b
  );
  yield 0.7;
  const nodes = new Set<string>();
  const links: SankeyLink[] = [];
  for (const i of order) {
    const l = all[i] as SankeyLink;
    if (links.length >= maxLinks) break;
    const added = Number(!nodes.has(l.source)) + Number(!nodes.has(l.target));
    if (nodes.size + added > maxNodes) continue;
    nodes.add(l.source).add(l.target);
    links.push(l);
  }
  // Keep the data's order of nodes and links (node-order="input" draws nodes in it).
  const kept = new Set(links);
  return {
    graph: {
      ...graph,
      nodes: graph.nodes.filter((n) => nodes.has(n.id)),
      links: graph.links.filter((l) => kept.has(l)),
    },
    of: {links: graph.links.length, nodes: graph.nodes.length},
  };
}
