/**
 * The Sankey's limit: past MAX_LINKS flows or MAX_NODES nodes, bands are too thin to see and
 * labels too many to place, and the layout's cost grows with every link. The chart then draws
 * the largest flows (by the top of their range, as bands are sized) up to both limits, and says
 * what it left out. Pure.
 */
import type {SankeyGraph, SankeyLink} from '../../schema/sankey-input.js';
import {extentOf} from './layout.js';

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
  if (graph.links.length <= maxLinks && graph.nodes.length <= maxNodes) return {graph};
  const order = [...graph.links].sort((a, b) => extentOf(b) - extentOf(a));
  const nodes = new Set<string>();
  const links: SankeyLink[] = [];
  for (const l of order) {
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
