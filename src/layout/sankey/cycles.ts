/**
 * Cycles (re-exports, transit loops) make d3-sankey throw "circular link". Before layout, the
 * links that close a cycle are set aside — found by a depth-first walk in input order, so the
 * first links given are kept — and the chart names them. Pure.
 */
import type {SankeyLink, SankeyNode} from '../../schema/sankey-input.js';

export function cutCycles(
  nodes: readonly SankeyNode[],
  links: readonly SankeyLink[]
): {kept: SankeyLink[]; cut: SankeyLink[]} {
  const out = new Map<string, SankeyLink[]>(nodes.map((n) => [n.id, []]));
  for (const l of links) out.get(l.source)?.push(l);
  const state = new Map<string, 'open' | 'done'>();
  const cut = new Set<SankeyLink>();
  // Iterative DFS: a link into a node still open on the stack closes a cycle.
  for (const start of nodes) {
    if (state.has(start.id)) continue;
    const stack: {id: string; next: number}[] = [{id: start.id, next: 0}];
    state.set(start.id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1] as {id: string; next: number};
      const edges = out.get(top.id) ?? [];
      if (top.next >= edges.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const l = edges[top.next++] as SankeyLink;
      const s = state.get(l.target);
      if (s === 'open') cut.add(l);
      else if (!s) {
        state.set(l.target, 'open');
        stack.push({id: l.target, next: 0});
      }
    }
  }
  return {kept: links.filter((l) => !cut.has(l)), cut: links.filter((l) => cut.has(l))};
}

/**
 * Every flow and node on a path through `id` (a node, or a flow: its record's own path when it
 * has one), from an index of the links built once: a hover on a 1,200-link chart walks only the
 * links it meets.
 */
export function pathIndex(
  links: readonly {id: string; source: string; target: string; link: SankeyLink}[]
): (id: string) => Set<string> {
  type L = (typeof links)[number];
  const byId = new Map<string, L>();
  const down = new Map<string, L[]>();
  const up = new Map<string, L[]>();
  const byPath = new Map<string, L[]>();
  const add = (map: Map<string, L[]>, key: string, l: L) => {
    const list = map.get(key);
    if (list) list.push(l);
    else map.set(key, [l]);
  };
  for (const l of links) {
    byId.set(l.id, l);
    add(down, l.source, l);
    add(up, l.target, l);
    if (l.link.path) add(byPath, l.link.path, l);
  }
  return (id) => {
    const found = new Set<string>([id]);
    const walk = (from: string, dir: 'down' | 'up') => {
      const queue = [from];
      const seen = new Set<string>();
      while (queue.length) {
        const n = queue.pop() as string;
        if (seen.has(n)) continue;
        seen.add(n);
        found.add(n);
        for (const l of (dir === 'down' ? down : up).get(n) ?? []) {
          found.add(l.id);
          queue.push(dir === 'down' ? l.target : l.source);
        }
      }
    };
    const link = byId.get(id);
    if (link?.link.path) {
      // One record's halves (a TOCTA flow: origin → crime → destination) form its path.
      for (const l of byPath.get(link.link.path) ?? []) found.add(l.id).add(l.source).add(l.target);
      return found;
    }
    if (link) {
      walk(link.source, 'up');
      walk(link.target, 'down');
      return found;
    }
    walk(id, 'up');
    walk(id, 'down');
    return found;
  };
}

/** Every node and link on a path through `id` (a node, or a link): upstream and downstream. */
export function connected(
  links: readonly {id: string; source: string; target: string; link: SankeyLink}[],
  id: string
): Set<string> {
  return pathIndex(links)(id);
}
