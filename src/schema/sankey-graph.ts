/**
 * The graph a Sankey chart draws, and the bundled UNODC estimates as such graphs. No validator:
 * the bundled dataset is checked when it is built (test/unit/dataset.test.ts), so a chart that
 * draws it does not load valibot; a user's data goes through sankey-input.ts first.
 */
import type {FlowsDataset} from './flows.js';

/** Money units used by the sources, and what one unit is in US dollars. */
export const MONEY_UNITS = {'USD bn/yr': 1e9, 'USD m/yr': 1e6} as const;
export type MoneyUnit = keyof typeof MONEY_UNITS;

/** A flow's value in US dollars per year. */
export function toUsd(value: number, u: MoneyUnit): number {
  return value * MONEY_UNITS[u];
}

export interface SankeyNode {
  id: string;
  label: string;
  /** Column or category, for colour (`origin`, `crime`, `destination`…). */
  group?: string | undefined;
  /**
   * The economies (ISO alpha-2) the node stands for, when the data says so; linked charts pick
   * them out. Absent for a region whose economies the source does not list.
   */
  economies?: readonly string[] | undefined;
  /** Where `economies` comes from (own data may leave it to the chart's source). */
  citation?: string | undefined;
}

export interface SankeyLink {
  id: string;
  source: string;
  target: string;
  /** Central estimate; absent when the source gives only a range. */
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  /** The flow's source; empty in own data that leaves it to the chart's source. */
  citation: string;
  note?: string | undefined;
  /** Links that belong to one record (a TOCTA flow's two halves) share a path id. */
  path?: string | undefined;
  /** The year or years the figure is for, as the source gives them ("c. 2010–11"). */
  period?: string | undefined;
}

export interface SankeyGraph {
  /** How values are written: a money unit (normalised to US dollars a year), or any label. */
  unit: string | null;
  /** Multiplier to US dollars a year when `unit` is a money unit; values are already multiplied. */
  usd: boolean;
  nodes: SankeyNode[];
  links: SankeyLink[];
}
/** The bundled TOCTA 2013 flows as a three-column graph: origin → crime → destination, in USD a year. */
export function toctaGraph(flows: FlowsDataset): SankeyGraph {
  const t = flows.tocta2013;
  const nodes = t.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    group: n.column,
    ...(n.economies && {economies: n.economies, citation: n.citation}),
  }));
  const links: SankeyLink[] = t.flows.flatMap((f) => {
    const common = {
      value: toUsd(f.value, f.unit),
      citation: f.citation,
      note: f.note,
      path: f.id,
      period: f.referenceYear,
    };
    return [
      {...common, id: `${f.id}:a`, source: f.origin, target: f.crime},
      {...common, id: `${f.id}:b`, source: f.crime, target: f.destination},
    ];
  });
  return {unit: 'USD a year', usd: true, nodes, links};
}

/** The bundled 2019 Southeast Asia market sizes as geography → market, ranges kept. */
export function sea2019Graph(flows: FlowsDataset): SankeyGraph {
  const markets = flows.sea2019.markets;
  const places = [...new Set(markets.map((m) => m.geography))];
  const nodes: SankeyNode[] = [
    ...places.map((g) => ({id: `geo:${g}`, label: g, group: 'geography'})),
    ...markets.map((m) => ({id: `market:${m.id}`, label: m.crime, group: 'market'})),
  ];
  const usd = (x: number | undefined, u: MoneyUnit) => (x === undefined ? undefined : toUsd(x, u));
  const links = markets.map((m) => ({
    id: m.id,
    source: `geo:${m.geography}`,
    target: `market:${m.id}`,
    value: usd(m.value, m.unit),
    low: usd(m.low, m.unit),
    high: usd(m.high, m.unit),
    citation: m.citation,
    note: m.note,
  }));
  return {unit: 'USD a year', usd: true, nodes, links};
}
