/**
 * Flows that skip a column. d3-sankey draws a flow from a node to one two or more columns on as
 * one curve, which runs straight through whatever nodes stand in the columns between: read as a
 * flow into them. Here each such flow goes through a waypoint in every column it crosses (a
 * node with no name, one flow in and the same flow out), so that d3-sankey makes room for it
 * there as for a node; the chart draws the pieces as one band and names no waypoint. Pure.
 */
import type {SankeyLink, SankeyNode} from '../../schema/sankey-input.js';
import {sankeyCenter, sankeyJustify, sankeyLeft, sankeyRight} from 'd3-sankey';

/** Waypoints' ids begin with a character no data's id has. */
const WAYPOINT = '\u0000';

export const isWaypoint = (id: string): boolean => id.startsWith(WAYPOINT);

export const ALIGNS = {
  left: sankeyLeft,
  right: sankeyRight,
  center: sankeyCenter,
  justify: sankeyJustify,
};
export type NodeAlign = keyof typeof ALIGNS;

/**
 * d3-sankey's aligner for `align`. A node whose flows onward all close a loop (`loopedOut`: they
 * are left out, cycles.ts) is no end of the data's flows: justified as a node with no flow out,
 * heroin in TOCTA's flows with East Asia and the Pacific one node went to the last column, among
 * the destinations, and the phone's list headed it "To". It keeps its depth, as a node with a
 * flow onward does.
 */
export function alignOf(
  align: NodeAlign,
  loopedOut: ReadonlySet<string>
): (node: Parameters<typeof sankeyLeft>[0], columns: number) => number {
  const aligned = ALIGNS[align];
  if (align !== 'justify' || !loopedOut.size) return aligned;
  return (node, columns) =>
    !node.sourceLinks?.length && loopedOut.has((node as {id?: string}).id ?? '')
      ? (node.depth ?? 0)
      : aligned(node, columns);
}

/** What d3-sankey's aligners read of a node. */
interface Ranked {
  id: string;
  depth: number;
  height: number;
  sourceLinks: {target: Ranked}[];
  targetLinks: {source: Ranked}[];
}

/**
 * The column d3-sankey puts each node in, as it works it out (depth: the longest path from a
 * node with no flow in; height: to one with no flow out; then the alignment), without laying the
 * graph out. `links` close no cycle.
 */
export function layersOf(
  nodes: readonly SankeyNode[],
  links: readonly SankeyLink[],
  align: NodeAlign,
  loopedOut: ReadonlySet<string> = new Set()
): Map<string, number> {
  const by = new Map<string, Ranked>(
    nodes.map((n) => [n.id, {id: n.id, depth: 0, height: 0, sourceLinks: [], targetLinks: []}])
  );
  for (const l of links) {
    const [s, t] = [by.get(l.source), by.get(l.target)];
    if (!s || !t) continue;
    s.sourceLinks.push({target: t});
    t.targetLinks.push({source: s});
  }
  const rank = (key: 'depth' | 'height', next: (r: Ranked) => Ranked[]) => {
    let current = new Set(by.values());
    for (let x = 0; current.size && x <= by.size; x++) {
      const after = new Set<Ranked>();
      for (const r of current) {
        r[key] = x;
        for (const n of next(r)) after.add(n);
      }
      current = after;
    }
  };
  rank('depth', (r) => r.sourceLinks.map((l) => l.target));
  rank('height', (r) => r.targetLinks.map((l) => l.source));
  const columns = Math.max(0, ...[...by.values()].map((r) => r.depth)) + 1;
  const layers = new Map<string, number>();
  const aligned = alignOf(align, loopedOut);
  for (const r of by.values()) {
    // The aligners are typed for d3-sankey's laid-out nodes; they read only what Ranked has.
    const at = aligned(r as unknown as Parameters<typeof sankeyLeft>[0], columns);
    layers.set(r.id, Math.max(0, Math.min(columns - 1, Math.floor(at))));
  }
  return layers;
}

/** A flow as d3-sankey is given it: from and to a node or a waypoint. */
export interface Piece {
  source: string;
  target: string;
  link: SankeyLink;
}

export interface Chained {
  pieces: Piece[];
  waypoints: SankeyNode[];
  layers: Map<string, number>;
}

/** The last answer by links (a graph's flows once loops are cut) and alignment: a resize asks again. */
const known = new WeakMap<
  readonly SankeyLink[],
  {align: NodeAlign; chained: Chained | undefined}
>();

/**
 * The flows as pieces, each from one column to the next (`links` in order, a flow's pieces in
 * order), the waypoints they pass, and every node's column; undefined when no flow skips a
 * column (d3-sankey is then given the graph as it is). `links` are `nodes`' flows, unchanged
 * while they are the same array.
 */
export function chainFlows(
  nodes: readonly SankeyNode[],
  links: readonly SankeyLink[],
  align: NodeAlign,
  loopedOut: ReadonlySet<string>
): Chained | undefined {
  const last = known.get(links);
  if (last?.align === align) return last.chained;
  const chained = chain(nodes, links, align, loopedOut);
  known.set(links, {align, chained});
  return chained;
}

function chain(
  nodes: readonly SankeyNode[],
  links: readonly SankeyLink[],
  align: NodeAlign,
  loopedOut: ReadonlySet<string>
): Chained | undefined {
  const layers = layersOf(nodes, links, align, loopedOut);
  const span = (l: SankeyLink) => (layers.get(l.target) ?? 0) - (layers.get(l.source) ?? 0);
  if (!links.some((l) => span(l) > 1)) return undefined;
  const pieces: Piece[] = [];
  const waypoints: SankeyNode[] = [];
  links.forEach((link, i) => {
    let from = link.source;
    for (let k = 1; k < span(link); k++) {
      const id = `${WAYPOINT}${i}:${k}`;
      waypoints.push({id, label: ''});
      layers.set(id, (layers.get(link.source) ?? 0) + k);
      pieces.push({source: from, target: id, link});
      from = id;
    }
    pieces.push({source: from, target: link.target, link});
  });
  return {pieces, waypoints, layers};
}
