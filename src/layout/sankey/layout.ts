/**
 * The Sankey chart's layout. Phases: (1) cut the links that close a cycle, so d3-sankey never
 * throws, and name them; (2) lay out copies with d3-sankey (it mutates its input), sizing each
 * link by the top of its range; (3) turn nodes and links into bands — a solid core for the
 * central estimate (or the low end), a translucent band for the range, a minimum width for
 * tiny flows — transposed for the vertical layout; (4) place labels without collisions. Pure.
 */
import {paletteIndex} from '../palette.js';
import {
  sankey,
  sankeyCenter,
  sankeyJustify,
  sankeyLeft,
  sankeyRight,
  type SankeyGraph as D3Graph,
  type SankeyLink as D3Link,
  type SankeyNode as D3Node,
} from 'd3-sankey';
import type {SankeyGraph, SankeyLink, SankeyNode} from '../../schema/sankey-input.js';
import {formatNumber, formatUsd} from '../format.js';
import {bandPath} from './bands.js';
import {cutCycles} from './cycles.js';

export const ALIGNS = {
  left: sankeyLeft,
  right: sankeyRight,
  center: sankeyCenter,
  justify: sankeyJustify,
};
export type NodeAlign = keyof typeof ALIGNS;
export type SankeyOrientation = 'horizontal' | 'vertical';

export interface SankeyOptions {
  width: number;
  height: number | undefined;
  orientation: SankeyOrientation;
  nodeOrder: 'input' | 'auto';
  nodeAlign: NodeAlign;
  lang: string;
  /** Narrowest a flow is drawn, px. Default 1.5. */
  minWidth?: number;
}

export interface NodeMark {
  id: string;
  label: string;
  group: string | undefined;
  /** Rectangle on the page. */
  x: number;
  y: number;
  w: number;
  h: number;
  depth: number;
  /** Larger of flows in and out, in the graph's unit. */
  total: number;
  display: string;
  /** Index into the categorical colours, or -1 for the neutral colour of end nodes. */
  color: number;
  /** The label, or '' when it would collide with a larger node's. */
  text: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LinkMark {
  id: string;
  source: string;
  target: string;
  link: SankeyLink;
  /** The solid core: the central estimate, or the low end when there is none. */
  core: string;
  /** The translucent band up to the high end; '' without a range. */
  range: string;
  /** What the reader is told: "US$24.4 billion" or "US$30–61.4 billion". */
  display: string;
  color: number;
  /** Drawn wider than its value so it stays visible. */
  widened: boolean;
  mid: [number, number];
  /** Drawn width of the core, px. */
  thickness: number;
  /** The value written on the band where there is room; '' otherwise. */
  text: string;
}

export interface SankeyLayout {
  width: number;
  height: number;
  orientation: SankeyOrientation;
  nodes: NodeMark[];
  links: LinkMark[];
  /** Links left out because they close a cycle. */
  cut: SankeyLink[];
  widened: boolean;
  /** Node ids by column then position: the keyboard's order. */
  order: string[];
}

type N = D3Node<SankeyNode, LinkDatum>;
type LinkDatum = {link: SankeyLink};
type L = D3Link<SankeyNode, LinkDatum>;

/** The amount a link is sized by: the top of its range, else its value. */
export const extentOf = (l: SankeyLink) => l.high ?? l.value ?? l.low ?? 0;

/**
 * Whether anything can be drawn: a flow above zero among those kept once loops are cut (a graph
 * whose only positive flow closes a loop has nothing left to size the bands by).
 */
export function hasDrawableFlow(graph: SankeyGraph): boolean {
  return cutCycles(graph.nodes, graph.links).kept.some((l) => extentOf(l) > 0);
}
/** The amount its solid core shows: the central estimate, else the low end. */
export const coreOf = (l: SankeyLink) => l.value ?? l.low ?? 0;

export function formatAmount(
  x: number,
  graph: Pick<SankeyGraph, 'usd' | 'unit'>,
  lang: string
): string {
  return graph.usd
    ? formatUsd(x, lang)
    : `${formatNumber(x, lang)}${graph.unit ? ` ${graph.unit}` : ''}`;
}

/** "US$24.4 billion", or with a range "US$30 billion (range 30–61.4 billion, no central estimate)". */
export function linkDisplay(
  l: SankeyLink,
  graph: Pick<SankeyGraph, 'usd' | 'unit'>,
  lang: string
): string {
  const f = (x: number) => formatAmount(x, graph, lang);
  if (l.low === undefined && l.high === undefined) return f(l.value ?? 0);
  const range = `${l.low !== undefined ? f(l.low) : '?'} to ${l.high !== undefined ? f(l.high) : '?'}`;
  return l.value !== undefined
    ? `${f(l.value)} (range ${range})`
    : `${range} (no central estimate)`;
}

export function computeSankeyLayout(graph: SankeyGraph, o: SankeyOptions): SankeyLayout {
  const {kept, cut} = cutCycles(graph.nodes, graph.links);
  const vertical = o.orientation === 'vertical';
  const columns = countColumns(graph.nodes, kept);
  const perColumn = Math.max(1, ...[...columns.values()]);
  const width = o.width;
  // Room for a label per node: 14 px between nodes, and as much again for the flows themselves.
  const height =
    o.height ??
    (vertical
      ? Math.max(360, columns.size * 160)
      : Math.min(1200, Math.max(300, perColumn * 30 + 80)));
  // d3-sankey lays out left to right; the vertical layout runs it in swapped space.
  // At least 60 px each way, so that margins never turn the extent inside out.
  const [along, across] = (vertical ? [height, width] : [width, height]).map((x) =>
    Math.max(60, x)
  ) as [number, number];
  // d3-sankey's scale is size / total: sizes relative to the largest keep it finite for
  // subnormal and huge values alike. Display uses the true values.
  const largest = Math.max(0, ...kept.map(extentOf)) || 1;
  const margin = vertical ? {a0: 24, a1: 24, c0: 4, c1: 4} : {a0: 4, a1: 4, c0: 8, c1: 8};
  const layout = sankey<SankeyNode, LinkDatum>()
    .nodeId((n) => n.id)
    .nodeAlign(ALIGNS[o.nodeAlign])
    .nodeWidth(vertical ? 10 : 12)
    .nodePadding(Math.max(2, Math.min(vertical ? 12 : 14, (across / perColumn) * 0.45)))
    .extent([
      [margin.a0, margin.c0],
      [along - margin.a1, across - margin.c1],
    ]);
  if (o.nodeOrder === 'input') layout.nodeSort(null as unknown as undefined);
  const g: D3Graph<SankeyNode, LinkDatum> = layout({
    nodes: graph.nodes.map((n) => ({...n})),
    links: kept.map((l) => ({
      source: l.source,
      target: l.target,
      value: extentOf(l) / largest,
      link: l,
    })),
  });
  const nodes = g.nodes as N[];
  const middle = nodes.filter((n) => n.sourceLinks?.length && n.targetLinks?.length);
  const colorOf = new Map<string, number>();
  (middle.length ? middle : nodes.filter((n) => !n.sourceLinks?.length)).forEach((n, i) =>
    colorOf.set(n.id, paletteIndex(i))
  );
  const minWidth = o.minWidth ?? 1.5;
  const pt = (a: number, c: number): [number, number] => (vertical ? [c, a] : [a, c]);
  const links = (g.links as L[]).map((l): LinkMark => {
    const s = l.source as N;
    const t = l.target as N;
    const full = l.width ?? 0;
    const datum = l.link;
    const extent = extentOf(datum) || 1;
    const trueCore = full * (coreOf(datum) / extent);
    const core = Math.max(minWidth, trueCore);
    const hasRange = datum.low !== undefined || datum.high !== undefined;
    const from = pt(s.x1 ?? 0, l.y0 ?? 0);
    const to = pt(t.x0 ?? 0, l.y1 ?? 0);
    return {
      id: datum.id,
      source: s.id,
      target: t.id,
      link: datum,
      core: bandPath(from, to, core, vertical),
      range: hasRange ? bandPath(from, to, Math.max(core, full), vertical) : '',
      display: linkDisplay(datum, graph, o.lang),
      color: colorOf.get(s.targetLinks?.length ? s.id : t.id) ?? 0,
      widened: trueCore < minWidth,
      mid: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2],
      thickness: core,
      text: '',
    };
  });
  const marks = nodes.map((n): NodeMark => {
    // Every node at least 2 px thick, so the smallest stays visible and can be pointed at.
    const c1 = Math.max(n.y1 ?? 0, (n.y0 ?? 0) + 2);
    const [x, y] = pt(n.x0 ?? 0, n.y0 ?? 0);
    const [x2, y2] = pt(n.x1 ?? 0, c1);
    const side =
      sum(n.sourceLinks, coreOf) >= sum(n.targetLinks, coreOf) ? n.sourceLinks : n.targetLinks;
    const total = sum(side, coreOf);
    const [low, high] = [sum(side, (l) => l.low ?? l.value ?? 0), sum(side, extentOf)];
    return {
      id: n.id,
      label: n.label,
      group: n.group,
      x,
      y,
      w: x2 - x,
      h: y2 - y,
      depth: n.depth ?? 0,
      total,
      display:
        low === high
          ? formatAmount(total, graph, o.lang)
          : `${formatAmount(low, graph, o.lang)} to ${formatAmount(high, graph, o.lang)}`,
      color: colorOf.get(n.id) ?? -1,
      text: '',
      labelX: 0,
      labelY: 0,
      anchor: 'start',
    };
  });
  const placed = placeLabels(marks, {width, height, vertical});
  labelLinks(links, placed, vertical);
  const order = [...marks]
    .sort((a, b) => a.depth - b.depth || (vertical ? a.x - b.x : a.y - b.y))
    .map((m) => m.id);
  return {
    width,
    height,
    orientation: o.orientation,
    nodes: marks,
    links,
    cut,
    widened: links.some((l) => l.widened),
    order,
  };
}

function sum(links: readonly L[] | undefined, of: (l: SankeyLink) => number): number {
  return (links ?? []).reduce((n, l) => n + of(l.link), 0);
}

/** How many nodes fall in each column (by longest path from a source), to size the chart. */
function countColumns(
  nodes: readonly SankeyNode[],
  links: readonly SankeyLink[]
): Map<number, number> {
  const depth = new Map(nodes.map((n) => [n.id, 0]));
  for (let pass = 0; pass < nodes.length; pass++) {
    let changed = false;
    for (const l of links) {
      const next = (depth.get(l.source) ?? 0) + 1;
      if (next <= (depth.get(l.target) ?? 0)) continue;
      depth.set(l.target, next);
      changed = true;
    }
    if (!changed) break;
  }
  const counts = new Map<number, number>();
  for (const d of depth.values()) counts.set(d, (counts.get(d) ?? 0) + 1);
  return counts;
}

const LINE = 14;
const CHAR = 6.6;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const clashes = (box: Box, placed: readonly Box[]) =>
  placed.some((p) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1);

/**
 * Values written on the bands thick enough to hold them, widest first, clear of other labels;
 * once per record (a TOCTA flow's two halves carry one value).
 */
function labelLinks(links: LinkMark[], placed: Box[], vertical: boolean): void {
  const done = new Set<string>();
  for (const l of [...links].sort((a, b) => b.thickness - a.thickness)) {
    if (l.link.path && done.has(l.link.path)) continue;
    const w = l.display.length * 6;
    const fits = vertical ? l.thickness >= w + 8 : l.thickness >= LINE;
    if (!fits) continue;
    const [x, y] = l.mid;
    const box = {x0: x - w / 2, x1: x + w / 2, y0: y - LINE / 2, y1: y + LINE / 2};
    if (clashes(box, placed)) continue;
    l.text = l.display;
    placed.push(box);
    if (l.link.path) done.add(l.link.path);
  }
}

/**
 * Labels beside nodes (horizontal: outside edge columns face inwards; vertical: under each node),
 * larger nodes first; a label that would overlap one already placed is left off (the node still
 * names itself to screen readers and in the tooltip and table).
 */
function placeLabels(
  marks: NodeMark[],
  {width, height, vertical}: {width: number; height: number; vertical: boolean}
): Box[] {
  const placed: Box[] = [];
  const boxFor = (m: NodeMark, text: string) => {
    const w = text.length * CHAR;
    if (vertical) {
      m.anchor = 'middle';
      m.labelX = Math.min(width - w / 2, Math.max(w / 2, m.x + m.w / 2));
      m.labelY = m.y + m.h + LINE;
      return {
        x0: m.labelX - w / 2,
        x1: m.labelX + w / 2,
        y0: m.labelY - LINE + 3,
        y1: m.labelY + 3,
      };
    }
    const right = m.x + m.w / 2 < width / 2;
    m.anchor = right ? 'start' : 'end';
    m.labelX = right ? m.x + m.w + 6 : m.x - 6;
    m.labelY = m.y + m.h / 2 + 4;
    const [x0, x1] = right ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
    return {x0, x1, y0: m.labelY - LINE + 3, y1: m.labelY + 3};
  };
  for (const m of [...marks].sort((a, b) => b.total - a.total)) {
    // The name and total if they fit, else the name alone, else nothing.
    for (const text of [`${m.label} ${m.display}`, m.label]) {
      const box = boxFor(m, text);
      if (clashes(box, placed) || box.y1 > height + 4 || box.x0 < -2 || box.x1 > width + 2)
        continue;
      m.text = text;
      placed.push(box);
      break;
    }
  }
  return placed;
}
