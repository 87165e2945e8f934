/**
 * The bench's scenarios, as plain data every library is fed: the same topology and membership
 * values, the same flows, the same events. Stress data is generated (test/fixtures/synthetic.ts).
 */
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, Geometry} from 'geojson';
import type {GeometryCollection} from 'topojson-specification';
import {events, flows, indicators, topology, toctaGraph} from '../src/data.js';
import {
  syntheticEvents,
  syntheticEventsCSV,
  syntheticFlows,
  syntheticFlowsCSV,
} from '../test/fixtures/synthetic.js';

export const SCENARIOS = [
  'map',
  'map-20',
  'sankey',
  'sankey-stress',
  'timeline',
  'timeline-stress',
  'timeline-200k',
  'sankey-20k',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** A large file at `src` (apac-viz only): what its loading costs the page, not a comparison. */
export const isLarge = (s: Scenario) => s === 'timeline-200k' || s === 'sankey-20k';

export const kindOf = (s: Scenario) => s.split('-')[0] as 'map' | 'sankey' | 'timeline';
/** How many charts the scenario puts on the page. */
export const countOf = (s: Scenario) => (s === 'map-20' ? 20 : 1);

export interface MapData {
  economies: Feature<Geometry, {name: string}>[];
  context: Feature<Geometry>[];
  /** Economy id → membership category label. */
  values: Map<string, string>;
  categories: string[];
}

export function mapData(): MapData {
  const objects = topology.objects as Record<string, GeometryCollection>;
  const collection = (name: string) =>
    (feature(topology, objects[name] as GeometryCollection) as FeatureCollection<Geometry>)
      .features;
  // By the categories' ids: the page's data is trimmed as a chart page's is (scripts/chart-data.mjs),
  // which leaves their words to apac-viz's catalogue.
  const membership = indicators.find((i) => i.id === 'membership');
  const ids = (membership?.categories ?? []).map((c) => c.id);
  const values = new Map((membership?.values ?? []).map((v) => [v.economy, String(v.value)]));
  return {
    economies: collection('economies').map((f) => ({
      ...f,
      properties: {name: String(f.id)},
    })),
    context: collection('context'),
    values,
    categories: ids,
  };
}

export interface FlowData {
  nodes: {id: string; label: string}[];
  links: {source: string; target: string; value: number}[];
}

export function flowData(stress: boolean): FlowData {
  if (stress) {
    const links = syntheticFlows().links;
    const ids = [...new Set(links.flatMap((l) => [l.source, l.target]))];
    return {nodes: ids.map((id) => ({id, label: id})), links};
  }
  const g = toctaGraph(flows);
  return {
    nodes: g.nodes.map((n) => ({id: n.id, label: n.label})),
    links: g.links.map((l) => ({source: l.source, target: l.target, value: l.value ?? 0})),
  };
}

export interface EventData {
  events: {id: string; title: string; date: Date; lane: string}[];
}

export function eventData(stress: boolean): EventData {
  const list = stress
    ? syntheticEvents(5000).map((e) => ({...e, lane: e.forum}))
    : events.map((e) => ({id: e.id, title: e.title, start: e.start, lane: e.forum ?? 'Other'}));
  return {
    events: list.map((e) => ({id: e.id, title: e.title, date: new Date(e.start), lane: e.lane})),
  };
}

/** The same synthetic inputs, in the shape the apac-viz elements take as `data`. */
export const apacData = {
  sankeyStress: () => syntheticFlows(),
  timelineStress: () => ({events: syntheticEvents(5000)}),
  /** The large scenarios' files, as a page would point `src` at them. */
  largeFile: (s: Scenario) =>
    s === 'sankey-20k' ? syntheticFlowsCSV(20_000, 25_000) : syntheticEventsCSV(200_000),
};
