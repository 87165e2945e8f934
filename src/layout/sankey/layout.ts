/**
 * The Sankey chart's layout. Phases: (1) cut the links that close a cycle, so d3-sankey never
 * throws, and name them; (2) lay out copies with d3-sankey (it mutates its input), sizing each
 * link by the top of its range; (3) turn nodes and links into bands — a solid core for the
 * central estimate (or the low end), a translucent band for the range, a minimum width for
 * tiny flows — transposed for the vertical layout; (4) place labels without collisions. Pure.
 */
import type {ColumnHeading} from './columns.js';
import {paletteIndex} from '../palette.js';
import {sankey, type SankeyLink as D3Link, type SankeyNode as D3Node} from 'd3-sankey';
import type {SankeyGraph, SankeyLink, SankeyNode} from '../../schema/sankey-input.js';
import type {Translate} from '../../i18n/catalogue.js';
import {bandPath} from './bands.js';
import type {ListView} from './list.js';
import {crowdedMost, labelBands, placeLabels, readsAsBands, type Band} from './labels.js';
import type {BandShape, Box} from './collide.js';
import {coreOf, extentOf, structureOf} from './structure.js';
import {cutCycles} from './cycles.js';
import {laidOutFlows} from './breadths.js';
import {alignOf, chainFlows, isWaypoint, type NodeAlign} from './chains.js';

export {coreOf, extentOf, formatAmount, linkDisplay, nodeFigures} from './structure.js';
import '../../i18n/en-sankey.js';

export {ALIGNS, type NodeAlign} from './chains.js';
export type SankeyOrientation = 'horizontal' | 'vertical' | 'list';

export interface SankeyOptions {
  width: number;
  height: number | undefined;
  orientation: SankeyOrientation;
  nodeOrder: 'input' | 'auto';
  nodeAlign: NodeAlign;
  lang: string;
  /** The chart's words (ranges of values); English when not given. */
  t?: Translate;
  /** Narrowest a flow is drawn, px. Default 1.5. */
  minWidth?: number;
  /** Room kept above the bands (horizontal), px: for column headings. Default 0. */
  top?: number;
  /**
   * Which labels to place. `all` (default). `untilCrowded`: up to the node past crowdedMost
   * whose name and value find no place (labels.ts); when the layout does not read as bands
   * (readsAsBands), the bands are left undrawn (no paths, no values on them): the layout is for
   * the list (list.ts). `none`: no labels, no bands: for the list.
   */
  labels?: 'all' | 'untilCrowded' | 'none';
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
  /** The label as one string, or '' when it would collide with a larger node's. */
  text: string;
  /** The label's lines; the first baseline is at labelY, the next LINE px below. */
  lines: string[];
  /** Name and value both written. */
  complete: boolean;
  /** A name that found no place: the number written in its stead, which the legend names; else 0. */
  key: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
  /** Written upward, turned a quarter to the left about (labelX, labelY) (vertical layouts). */
  rotated: boolean;
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
  /**
   * The band's centre line and drawn width (the wider of core and range); for a flow that skips
   * a column, its longest piece (`shapes` has them all).
   */
  shape: BandShape;
  /** The band's pieces in order: `[shape]`, or a skipping flow's curves and the runs between. */
  shapes: BandShape[];
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
  /** The rows of the list view (orientation `list`). */
  list?: ListView;
  /** Headings over the node columns (the Sankey's `columns` attribute; columns.ts). */
  columns?: ColumnHeading[];
}

type N = D3Node<SankeyNode, LinkDatum>;
type LinkDatum = {link: SankeyLink};
type L = D3Link<SankeyNode, LinkDatum>;

/**
 * Whether anything can be drawn: a flow above zero among those kept once loops are cut (a graph
 * whose only positive flow closes a loop has nothing left to size the bands by).
 */
export function hasDrawableFlow(graph: SankeyGraph): boolean {
  return cutCycles(graph.nodes, graph.links).kept.some((l) => extentOf(l) > 0);
}

/**
 * A vertical Sankey whose height it chose keeps of the room above its first row and below its
 * last only what the names written there take (and its usual 24 px): everything moves up by the
 * room unused above; returns the height to take off.
 */
function trimRoom(marks: NodeMark[], bands: Band[], placed: Box[], height: number): number {
  const nodes0 = Math.min(...marks.map((m) => m.y));
  const nodes1 = Math.max(...marks.map((m) => m.y + m.h));
  const up = Math.floor(Math.max(0, Math.min(nodes0 - 24, ...placed.map((b) => b.y0 - 8))));
  const down = Math.floor(
    Math.max(0, Math.min(height - nodes1 - 24, ...placed.map((b) => height - b.y1 - 8)))
  );
  for (const m of marks) {
    m.y -= up;
    m.labelY -= up;
  }
  for (const b of bands) {
    for (const p of b.shapes) {
      p.from[1] -= up;
      p.to[1] -= up;
    }
    b.mid[1] -= up;
  }
  return up + down;
}

/** The longest a name written upward above or below a vertical Sankey's nodes may be, px. */
const UPWARD = 170;
const LABEL_GAP = 5;

export function computeSankeyLayout(graph: SankeyGraph, o: SankeyOptions): SankeyLayout {
  const structure = structureOf(graph, o.lang, o.t);
  const {kept, cut, columns, figures, displays, largest, ...edges} = structure;
  const vertical = o.orientation === 'vertical';
  const perColumn = Math.max(1, ...columns.values());
  const width = o.width;
  // Vertical: above the first row and below the last, room for names written upward where they
  // do not fit across their node (a narrow one), up to UPWARD px (wrapped beyond that); the
  // height the chart chooses grows by it, a height given keeps at least half for the flows.
  const upward = (widest: number, of: number) =>
    vertical ? Math.min(UPWARD, of / 4, widest + LABEL_GAP) : 0;
  const [top, bottom] = [edges.sourceLabel, edges.sinkLabel].map((w) =>
    upward(w, o.height ?? Infinity)
  ) as [number, number];
  // Room for a label per node: a line of text between nodes, and as much again for the flows.
  const height =
    o.height ??
    (vertical
      ? Math.max(360, columns.size * 160) + top + bottom
      : Math.min(1400, Math.max(300, perColumn * 46 + 80)));
  // Horizontal: the first and last columns' names go in margins outside the bands, up to 30%
  // of the width each (wrapped beyond that).
  const edge = (widest: number) => Math.min(width * 0.3, widest);
  // d3-sankey lays out left to right; the vertical layout runs it in swapped space.
  // At least 60 px each way, so that margins never turn the extent inside out.
  const [along, across] = (vertical ? [height, width] : [width, height]).map((x) =>
    Math.max(60, x)
  ) as [number, number];
  // d3-sankey's scale is size / total (`largest`: sizes relative to the largest keep it finite
  // for subnormal and huge values alike). Display uses the true values.
  const margin = vertical
    ? {a0: 24 + top, a1: 24 + bottom, c0: 4, c1: 4}
    : {a0: 4 + edge(edges.sourceLabel), a1: 4 + edge(edges.sinkLabel), c0: 8 + (o.top ?? 0), c1: 8};
  if (along - margin.a0 - margin.a1 < 40) margin.a0 = margin.a1 = 4;
  // Flows that skip a column go through a waypoint in each column between (chains.ts), in the
  // columns d3-sankey would give their ends.
  const loopedOut = new Set(cut.map((l) => l.source));
  const chained = chainFlows(graph.nodes, kept, o.nodeAlign, loopedOut);
  const layout = sankey<SankeyNode, LinkDatum>()
    .nodeId((n) => n.id)
    .nodeAlign(chained ? (n) => chained.layers.get(n.id) ?? 0 : alignOf(o.nodeAlign, loopedOut))
    .nodeWidth(vertical ? 10 : 12)
    .nodePadding(Math.max(2, Math.min(vertical ? 12 : 30, (across / perColumn) * 0.6)))
    .extent([
      [margin.a0, margin.c0],
      [along - margin.a1, across - margin.c1],
    ]);
  if (o.nodeOrder === 'input') layout.nodeSort(null as unknown as undefined);
  const g = laidOutFlows(structure, o.nodeAlign + o.nodeOrder, layout, () => ({
    nodes: [...graph.nodes, ...(chained?.waypoints ?? [])].map((n) => ({...n})),
    links: (
      chained?.pieces ?? kept.map((l) => ({source: l.source, target: l.target, link: l}))
    ).map((p) => ({...p, value: extentOf(p.link) / largest})),
  }));
  const nodes = (g.nodes as N[]).filter((n) => !isWaypoint(n.id));
  // (A node whose flows onward close a loop is coloured as a middle one: it stands among them.)
  const middle = nodes.filter(
    (n) => n.targetLinks?.length && (n.sourceLinks?.length || loopedOut.has(n.id))
  );
  const colorOf = new Map<string, number>();
  (middle.length ? middle : nodes.filter((n) => !n.sourceLinks?.length)).forEach((n, i) =>
    colorOf.set(n.id, paletteIndex(i))
  );
  const minWidth = o.minWidth ?? 1.5;
  const pt = (a: number, c: number): [number, number] => (vertical ? [c, a] : [a, c]);
  const bands: Band[] = [];
  // Each flow's pieces: one, or a skipping flow's, one after another (chains.ts).
  const runs: L[][] = [];
  for (const l of g.links as L[]) {
    const run = runs[runs.length - 1];
    if (run?.[0]?.link === l.link) run.push(l);
    else runs.push([l]);
  }
  const links = runs.map((run): LinkMark => {
    const [first, last] = [run[0], run[run.length - 1]] as [L, L];
    const s = first.source as N;
    const t = last.target as N;
    const full = first.width ?? 0;
    const datum = first.link;
    const extent = extentOf(datum) || 1;
    const trueCore = full * (coreOf(datum) / extent);
    const core = Math.max(minWidth, trueCore);
    const hasRange = datum.low !== undefined || datum.high !== undefined;
    const width = hasRange ? Math.max(core, full) : core;
    const shapes: BandShape[] = [];
    for (const [k, p] of run.entries()) {
      const [a, b] = [p.source as N, p.target as N];
      // Across a waypoint, straight on.
      if (k)
        shapes.push({
          from: pt(a.x0 ?? 0, p.y0 ?? 0),
          to: pt(a.x1 ?? 0, p.y0 ?? 0),
          width,
          vertical,
        });
      shapes.push({from: pt(a.x1 ?? 0, p.y0 ?? 0), to: pt(b.x0 ?? 0, p.y1 ?? 0), width, vertical});
    }
    const reach = ({from, to}: BandShape) => Math.hypot(to[0] - from[0], to[1] - from[1]);
    const shape = shapes.reduce((a, b) => (reach(b) > reach(a) ? b : a));
    const display = displays.get(datum) ?? '';
    const mid: [number, number] = [
      (shape.from[0] + shape.to[0]) / 2,
      (shape.from[1] + shape.to[1]) / 2,
    ];
    bands.push({
      id: datum.id,
      source: s.id,
      target: t.id,
      shape,
      shapes,
      thickness: core,
      mid,
      display,
      path: datum.path,
      text: '',
    });
    return {
      id: datum.id,
      source: s.id,
      target: t.id,
      link: datum,
      // Drawn once the labels are placed, unless the list is drawn instead.
      core: '',
      range: '',
      display,
      color: colorOf.get(s.targetLinks?.length ? s.id : t.id) ?? 0,
      widened: trueCore < minWidth,
      mid,
      shape,
      shapes,
      thickness: core,
      text: '',
    };
  });
  const marks = nodes.map((n): NodeMark => {
    // Every node at least 2 px thick, so the smallest stays visible and can be pointed at.
    const c1 = Math.max(n.y1 ?? 0, (n.y0 ?? 0) + 2);
    const [x, y] = pt(n.x0 ?? 0, n.y0 ?? 0);
    const [x2, y2] = pt(n.x1 ?? 0, c1);
    const fig = figures.get(n.id) ?? {total: 0, display: ''};
    return {
      id: n.id,
      label: n.label,
      group: n.group,
      x,
      y,
      w: x2 - x,
      h: y2 - y,
      depth: n.depth ?? 0,
      total: fig.total,
      display: fig.display,
      color: colorOf.get(n.id) ?? -1,
      text: '',
      lines: [],
      complete: false,
      key: 0,
      labelX: 0,
      labelY: 0,
      anchor: 'start',
      rotated: false,
    };
  });
  const result = {
    width,
    height,
    orientation: o.orientation,
    nodes: marks,
    links,
    cut,
    widened: links.some((l) => l.widened),
    order: [...marks]
      .sort((a, b) => a.depth - b.depth || (vertical ? a.x - b.x : a.y - b.y))
      .map((m) => m.id),
  };
  const labels = o.labels ?? 'all';
  if (labels === 'none') return result;
  const frame = {width, height, vertical, upward: Math.max(top, bottom, UPWARD / 2)};
  const placed = placeLabels(
    marks,
    bands,
    frame,
    labels === 'untilCrowded' ? crowdedMost(marks.length) : Infinity
  );
  for (const m of marks) m.text = m.lines.join(' ');
  if (labels === 'untilCrowded' && !readsAsBands(marks)) return result;
  labelBands(bands, placed, frame, marks);
  if (vertical && o.height === undefined) result.height -= trimRoom(marks, bands, placed, height);
  links.forEach((l, i) => {
    const band = bands[i] as Band;
    l.text = band.text;
    l.core = bandPath(band.shapes, l.thickness, vertical);
    l.range =
      l.link.low !== undefined || l.link.high !== undefined
        ? bandPath(band.shapes, band.shape.width, vertical)
        : '';
  });
  return result;
}
