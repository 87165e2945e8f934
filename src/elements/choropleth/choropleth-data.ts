/**
 * The map's bundled data, trusted (checked when the dataset is built: test/unit/dataset.test.ts):
 * the economies, the indicators and the projected topology, and the resolver that reads an
 * economy named by code or name.
 */
import type {Topology} from 'topojson-specification';
import economiesFile from '../../../data/economies.json';
import indicatorsFile from '../../../data/indicators.json';
import topologyFile from '../../../data/asia-pacific.projected.topo.json';
import type {EconomyInfo} from '../../layout/choropleth/layout.js';
import {
  createEconomyResolver,
  type EconomyNames,
  type EconomyResolver,
} from '../../schema/economy-key.js';
import type {Indicator} from '../../schema/indicators.js';

export const ECONOMIES = economiesFile.economies as readonly (EconomyInfo & EconomyNames)[];

/**
 * The indicator with a citation on each value: the data a page loads writes a value's citation
 * that is its indicator's once, on the indicator (scripts/chart-data.mjs).
 */
function withCitations(indicator: Indicator): Indicator {
  const {citation, values} = indicator;
  return values.every((v) => v.citation)
    ? indicator
    : {...indicator, values: values.map((v) => (v.citation ? v : {...v, citation}))};
}

export const INDICATORS = (indicatorsFile.indicators as unknown as readonly Indicator[]).map(
  withCitations
);

/** The bundled topology, projected when the dataset was built (layout/choropleth/pre-project.ts). */
export const TOPOLOGY = topologyFile as unknown as Topology;

/** Economies by code or name, as own data, notes and `highlight` name them. */
export const resolveEconomy: EconomyResolver = createEconomyResolver(ECONOMIES);
