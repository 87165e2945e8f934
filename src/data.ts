/**
 * `apac-viz/data`: the bundled dataset, typed, with its validators. Kept out of the chart
 * entries so that importing a chart does not ship every file of the dataset.
 *
 * Every record carries a `citation`; see data/SOURCES.md for the sources and contradictions.
 */
import economiesFile from '../data/economies.json';
import eventsFile from '../data/events.json';
import indicatorsFile from '../data/indicators.json';
import flowsFile from '../data/flows.json';
import topologyFile from '../data/asia-pacific.topo.json';
import type {Topology} from 'topojson-specification';
import {createEconomyResolver, type EconomyResolver} from './schema/economy-key.js';
import type {Economy} from './schema/economies.js';
import type {TimelineEvent} from './schema/events.js';
import type {Indicator} from './schema/indicators.js';
import type {FlowsDataset} from './schema/flows.js';

export * from './schema/index.js';

/** The 21 APEC economies and 11 ASEAN member states (25 records), keyed by ISO alpha-2. */
export const economies = economiesFile.economies as readonly Economy[];
/** Meetings, workshops, dialogues, conferences and milestones, each with its citation. */
export const events = eventsFile.events as readonly TimelineEvent[];
/** Per-economy indicators for the choropleth. */
export const indicators = indicatorsFile.indicators as readonly Indicator[];
/** UNODC illicit-flow estimates (TOCTA 2013 flows; 2019 Southeast Asia markets). */
export const flows = flowsFile as FlowsDataset;
/** Quantized TopoJSON: objects `economies` (id = alpha-2) and `context` (neighbouring land). */
export const topology = topologyFile as unknown as Topology;

/** Resolves alpha-2/alpha-3/numeric codes and official or common names to an alpha-2 key. */
export const resolveEconomy: EconomyResolver = createEconomyResolver(economies);
