/**
 * The Sankey's phone view: when the bands cannot carry every name and value legibly (about
 * 23 nodes in 320 px), the same flows as a ranked list, one stage after another ("From",
 * "Through", "To"). Each node is a row: its name and value in full, a bar on one scale for the
 * whole chart (a pale extension up to the high end of a range), and for a node in the middle the
 * nodes its flows come from and go to. Every word is on its own line, so nothing overlaps. Pure.
 */
import {translator, type Translate} from '../../i18n/catalogue.js';
import {columnsIn, textWidth, wrapText} from '../text.js';
import {
  computeSankeyLayout,
  extentOf,
  type NodeMark,
  type SankeyLayout,
  type SankeyOptions,
  type SankeyOrientation,
} from './layout.js';
import type {SankeyGraph, SankeyLink} from '../../schema/sankey-input.js';
import {flowsAt, structureOf, type SankeyStructure} from './structure.js';
import {readsAsBands} from './labels.js';
import '../../i18n/en-sankey.js';

const LINE = 16;
const SMALL_LINE = 14;
/** Names and values are 12 px, the partner lines under them 11 px. */
const NAME_PX = 12;
const SMALL_PX = 11;
const BAR = 8;
/**
 * The shortest bar drawn, so that a small amount still shows (the legend then says so): a block
 * half as long as it is tall (at 2 px, $33M beside $80.2B was a tick, faint in the dark theme).
 */
const MIN_BAR = 4;

/** A bar's length for `amount` at `unit` px per unit: at least MIN_BAR. */
export const barWidth = (amount: number, unit: number): number => Math.max(MIN_BAR, amount * unit);

export interface ListRow {
  id: string;
  /** Top of the row and its height: the whole row is the tap target. */
  y: number;
  h: number;
  name: string[];
  value: string;
  /** The value on its own line under the name (when name and value do not fit one line). */
  valueLine: boolean;
  /** Bar: top, width of the estimate, width up to the high end (= width without a range). */
  barY: number;
  barW: number;
  highW: number;
  /** "From …" / "To …" lines, muted. */
  via: string[];
  color: number;
}

/** The baseline of a row's first "from …" line: 4 px under its 8 px bar, 11 px text. */
export const viaBaseline = (r: ListRow): number => r.barY + 8 + 4 + 11;

export interface ListHeading {
  text: string;
  y: number;
}

export interface ListView {
  rows: ListRow[];
  headings: ListHeading[];
  height: number;
  /** Node ids in reading order: the keyboard's order. */
  order: string[];
  /** Some bar is drawn longer than its amount (at least 2 px, to be seen): the legend says so. */
  lengthened: boolean;
  /** How wide its rows are: the chart's width, up to LIST_MAX. */
  width: number;
  /** Px of bar per unit of amount: every row's bar is on this one scale. */
  unit: number;
}

/**
 * The widest the list's rows are drawn, px: on a wide chart (a graph too deep for its width)
 * a name and its amount 1,200 px apart could not be read as one row.
 */
export const LIST_MAX = 720;

/** Names of the nodes at the other end of `links`, largest first, cut to `max` and "N more". */
function partners(
  links: readonly SankeyLink[],
  end: 'source' | 'target',
  names: ReadonlyMap<string, string>,
  max: number,
  t: Translate
): string {
  const seen = new Map<string, number>();
  for (const l of links) seen.set(l[end], (seen.get(l[end]) ?? 0) + extentOf(l));
  const ids = [...seen.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => names.get(id) ?? id);
  const shown = ids.slice(0, max);
  const more = ids.length - shown.length;
  const list = shown.join(', ');
  return more ? t('sankey.andMore', {names: list, count: more}) : list;
}

/**
 * The list for `marks` (from the horizontal layout: depth, totals, colours) and the flows kept.
 * `t` gives the stages' names (From, Through, To) and the partner lines in the chart's language.
 * `known`: the graph's structure (structure.ts): each node's partner lines by id (`said`), as
 * written for these marks and flows at any width (filled here where missing), so that a resize
 * does not write them again, and its flows in and out apart where they differ (`figures`).
 */
export function sankeyList(
  marks: readonly NodeMark[],
  links: readonly SankeyLink[],
  chartWidth: number,
  t: Translate = translator('en'),
  known: Partial<Pick<SankeyStructure, 'said' | 'figures'>> = {}
): ListView {
  const {said = new Map<string, string[]>(), figures} = known;
  const width = Math.min(chartWidth, LIST_MAX);
  const names = new Map(marks.map((m) => [m.id, m.label]));
  const depths = [...new Set(marks.map((m) => m.depth))].sort((a, b) => a - b);
  const ends = flowsAt(links);
  const flows = (id: string) => ends.get(id) ?? {ins: [], outs: []};
  const high = (m: NodeMark) => {
    const {ins, outs} = flows(m.id);
    const sum = (ls: SankeyLink[]) => ls.reduce((n, l) => n + extentOf(l), 0);
    return Math.max(sum(ins), sum(outs));
  };
  const scale = Math.max(0, ...marks.map(high)) || 1;
  const rows: ListRow[] = [];
  const headings: ListHeading[] = [];
  let y = 0;
  for (const [i, depth] of depths.entries()) {
    // Several middle columns are numbered, so two "Through" headings are told apart.
    const middle =
      depths.length > 3
        ? t('sankey.throughOf', {index: i, count: depths.length - 2})
        : t('sankey.through');
    const stage = i === 0 ? t('sankey.from') : i === depths.length - 1 ? t('sankey.to') : middle;
    headings.push({text: stage, y: y + 14});
    y += 24;
    const column = marks.filter((m) => m.depth === depth).sort((a, b) => b.total - a.total);
    for (const m of column) {
      const valueW = textWidth(m.display, NAME_PX);
      const valueLine = valueW > width * 0.45;
      const nameChars = columnsIn(valueLine ? width : width - valueW - 10, NAME_PX);
      const name = wrapText(m.label, Math.max(8, nameChars));
      const {ins, outs} = flows(m.id);
      const chars = columnsIn(width, SMALL_PX);
      // A node whose flows in and out differ says how much is which: its value is the larger,
      // and "$80.2B / from Illegal e-waste" read as $80.2B from e-waste where $3.75B came in.
      const sides = figures?.get(m.id)?.sides;
      const lines = said.get(m.id) ?? [
        ins.length && (outs.length || depths.length > 2)
          ? t(sides ? 'sankey.amountFrom' : 'sankey.fromNames', {
              amount: sides?.ins ?? '',
              names: partners(ins, 'source', names, 3, t),
            })
          : '',
        outs.length && (ins.length || depths.length === 2)
          ? t(sides ? 'sankey.amountTo' : 'sankey.toNames', {
              amount: sides?.outs ?? '',
              names: partners(outs, 'target', names, 3, t),
            })
          : '',
      ];
      said.set(m.id, lines);
      const via = lines.filter((l) => l).flatMap((l) => wrapText(l, chars));
      const textH = (name.length + (valueLine ? 1 : 0)) * LINE;
      const barY = y + textH + 2;
      const h = textH + 2 + BAR + 4 + via.length * SMALL_LINE + 8;
      const top = high(m);
      rows.push({
        id: m.id,
        y,
        h: Math.max(28, h),
        name,
        value: m.display,
        valueLine,
        barY,
        barW: barWidth(m.total, width / scale),
        highW: barWidth(top, width / scale),
        via,
        color: m.color,
      });
      y += Math.max(28, h);
    }
    y += 8;
  }
  const lengthened = marks.some((m) => (width * m.total) / scale < MIN_BAR);
  return {
    rows,
    headings,
    height: y,
    order: rows.map((r) => r.id),
    lengthened,
    width,
    unit: width / scale,
  };
}

/**
 * The layout an `orientation` asks for. `auto`: left to right where the nodes' names and values
 * find a place, all but up to crowdedMost of them (numbered, or their values in the legend's line;
 * labels.ts), else the list — decided at the node past those, before the rest are placed and the
 * bands drawn, since the list draws neither. `list`: no labels placed.
 */
export function sankeyLayoutFor(
  graph: SankeyGraph,
  o: Omit<SankeyOptions, 'orientation' | 'labels'> & {orientation: SankeyOrientation | 'auto'}
): SankeyLayout {
  const {orientation} = o;
  const list = orientation === 'list';
  const labels = list ? 'none' : 'untilCrowded';
  if (orientation === 'horizontal' || orientation === 'vertical')
    return computeSankeyLayout(graph, {...o, orientation});
  const layout = computeSankeyLayout(graph, {...o, orientation: 'horizontal', labels});
  if (!list && readsAsBands(layout.nodes)) return layout;
  // The partner lines are the graph's (its structure's): written once, not at each width.
  return asList(layout, o.t, structureOf(graph, o.lang, o.t));
}

/**
 * `layout` (any orientation) redrawn as the list: nodes become rows, their band labels dropped;
 * flows are kept, undrawn.
 */
export function asList(
  layout: SankeyLayout,
  t?: Translate,
  known?: Partial<Pick<SankeyStructure, 'said' | 'figures'>>
): SankeyLayout {
  const links = layout.links.map((l) => l.link);
  const list = sankeyList(layout.nodes, links, layout.width, t, known);
  const rows = new Map(list.rows.map((r) => [r.id, r]));
  return {
    ...layout,
    orientation: 'list',
    height: list.height,
    list,
    order: list.order,
    nodes: layout.nodes.map((n) => {
      const r = rows.get(n.id);
      const [x, y, w, h] = [0, r?.y ?? 0, list.width, r?.h ?? 0];
      // A row carries its own words: no label beside a band.
      return {
        ...n,
        x,
        y,
        w,
        h,
        complete: true,
        key: 0,
        lines: [],
        text: '',
        labelX: 0,
        labelY: 0,
        anchor: 'start' as const,
      };
    }),
    // A crowded layout's flows are undrawn already: kept as they are, not copied.
    links: layout.links.map((l) =>
      l.core || l.range || l.text ? {...l, core: '', range: '', text: ''} : l
    ),
  };
}
