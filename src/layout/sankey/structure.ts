/**
 * What the Sankey's layout takes from its graph alone, whatever the width: the links kept once
 * loops are cut, how many nodes each column holds, each node's total and each flow's words, the
 * widest name and value of the first and last columns. Worked out once per graph, language and
 * words (`structureOf`), so that a change of width lays the chart out again without them. Pure.
 */
import type {SankeyGraph, SankeyLink, SankeyNode} from '../../schema/sankey-input.js';
import {formatNumber, formatUsd} from '../format.js';
import {catalogueVersion, translator, type Translate} from '../../i18n/catalogue.js';
import {cutCycles} from './cycles.js';
import {oneLineWidth} from './labels.js';
import '../../i18n/en-sankey.js';

/** The amount a link is sized by: the top of its range, else its value. */
export const extentOf = (l: SankeyLink) => l.high ?? l.value ?? l.low ?? 0;

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

/**
 * "US$24.4 billion", or with a range "US$24.4 billion (range US$20 billion to US$30 billion)",
 * "US$30 billion to US$61.4 billion (no central estimate)", in the words of `t`.
 */
export function linkDisplay(
  l: SankeyLink,
  graph: Pick<SankeyGraph, 'usd' | 'unit'>,
  lang: string,
  t: Translate = translator('en')
): string {
  const f = (x: number) => formatAmount(x, graph, lang);
  if (l.low === undefined && l.high === undefined) return f(l.value ?? 0);
  const range = t('sankey.range', {
    low: l.low !== undefined ? f(l.low) : '?',
    high: l.high !== undefined ? f(l.high) : '?',
  });
  return l.value !== undefined
    ? t('sankey.valueRange', {value: f(l.value), range})
    : t('sankey.rangeOnly', {range});
}

export interface SankeyStructure {
  kept: SankeyLink[];
  /** Links left out because they close a cycle. */
  cut: SankeyLink[];
  /** Nodes by column (longest path from a source). */
  columns: Map<number, number>;
  figures: Map<string, NodeFigure>;
  /** Each kept link's words (linkDisplay). */
  displays: Map<SankeyLink, string>;
  /** The widest one-line label (+ 6 px) of the nodes no kept flow enters, and of those it leaves. */
  sourceLabel: number;
  sinkLabel: number;
  /** The largest extent of a kept link, 1 when none is above 0. */
  largest: number;
  /** The list's partner lines by node id, written by the list at its first width (list.ts). */
  said: Map<string, string[]>;
}

const structures = new WeakMap<SankeyGraph, SankeyStructure & {of: unknown[]}>();

/**
 * The graph's structure for `lang` and `t`, worked out on the first call and kept until the
 * language, the words or a catalogue change (a translator made before its catalogue arrived
 * says the words that arrived).
 */
export function structureOf(graph: SankeyGraph, lang: string, t?: Translate): SankeyStructure {
  const of = [lang, t, catalogueVersion()];
  let known = structures.get(graph);
  if (!known?.of.every((x, i) => x === of[i]))
    structures.set(graph, (known = {...workOut(graph, lang, t), of}));
  return known;
}

function workOut(graph: SankeyGraph, lang: string, t: Translate | undefined): SankeyStructure {
  const {kept, cut} = cutCycles(graph.nodes, graph.links);
  const figures = nodeFigures(graph, kept, lang, t);
  const labelWidth = (id: string, label: string) =>
    oneLineWidth(label, figures.get(id)?.display ?? '') + 6;
  const entered = new Set(kept.map((l) => l.target));
  const left = new Set(kept.map((l) => l.source));
  const widest = (ends: Set<string>) =>
    Math.max(
      0,
      ...graph.nodes.filter((n) => !ends.has(n.id)).map((n) => labelWidth(n.id, n.label))
    );
  return {
    kept,
    cut,
    columns: countColumns(graph.nodes, kept),
    figures,
    displays: new Map(kept.map((l) => [l, linkDisplay(l, graph, lang, t)])),
    sourceLabel: widest(entered),
    sinkLabel: widest(left),
    largest: Math.max(0, ...kept.map(extentOf)) || 1,
    said: new Map(),
  };
}

/** A node's total and how it reads; its flows in and out apart where the two read differently. */
export interface NodeFigure {
  total: number;
  display: string;
  /**
   * What its flows in and out add up to, each as `display` reads, where a node has both and they
   * differ (a loop cut, or flows that do not balance): the list then says which is which.
   */
  sides?: {ins: string; outs: string};
}

/**
 * Each node's total (the larger of its flows in and out, by central estimate) and how it reads:
 * "US$80.2 billion", or a range "US$30 billion to US$61.4 billion".
 */
export function nodeFigures(
  graph: SankeyGraph,
  kept: readonly SankeyLink[],
  lang: string,
  t: Translate = translator('en')
): Map<string, NodeFigure> {
  const out = new Map<string, NodeFigure>();
  const ends = flowsAt(kept);
  const f = (x: number) => formatAmount(x, graph, lang);
  /** A side's sums: central estimates (else low ends), low ends, high ends. */
  const sums = (side: SankeyLink[]) => ({
    core: total(side, coreOf),
    low: total(side, (l) => l.low ?? l.value ?? 0),
    high: total(side, extentOf),
    estimated: side.every((l) => l.value !== undefined),
  });
  // A range with the central estimates' sum first where every flow has one, as its flows read
  // ("C $1B to $4B" beside a flow of "$2B (range $1B to $4B)" dropped the estimate).
  const reading = ({core, low, high, estimated}: ReturnType<typeof sums>) => {
    if (low === high) return f(core);
    const range = t('sankey.range', {low: f(low), high: f(high)});
    return estimated ? t('sankey.valueRange', {value: f(core), range}) : range;
  };
  for (const n of graph.nodes) {
    const flows = ends.get(n.id);
    const [ins, outs] = [sums(flows?.ins ?? []), sums(flows?.outs ?? [])];
    const side = outs.core >= ins.core ? outs : ins;
    const figure: NodeFigure = {total: side.core, display: reading(side)};
    // Both sides written only where their sums differ (most nodes balance: no words to write).
    const differ = ins.core !== outs.core || ins.low !== outs.low || ins.high !== outs.high;
    if (flows?.ins.length && flows.outs.length && differ) {
      const sides = {ins: reading(ins), outs: reading(outs)};
      if (sides.ins !== sides.outs) figure.sides = sides;
    }
    out.set(n.id, figure);
  }
  return out;
}

/** Each node's flows in and out, in the order given: one pass, not two per node. */
export function flowsAt(
  links: readonly SankeyLink[]
): Map<string, {ins: SankeyLink[]; outs: SankeyLink[]}> {
  const ends = new Map<string, {ins: SankeyLink[]; outs: SankeyLink[]}>();
  const at = (id: string) => {
    let e = ends.get(id);
    if (!e) ends.set(id, (e = {ins: [], outs: []}));
    return e;
  };
  for (const l of links) {
    at(l.source).outs.push(l);
    at(l.target).ins.push(l);
  }
  return ends;
}

const total = (links: readonly SankeyLink[], of: (l: SankeyLink) => number) =>
  links.reduce((n, l) => n + of(l), 0);

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
