/**
 * The map's bundled data, trusted (checked when the dataset is built: test/unit/dataset.test.ts):
 * the economies, the indicators and the projected topology, and the resolver that reads an
 * economy named by code or name.
 */
import type {Topology} from 'topojson-specification';
import economiesFile from '../../../data/economies.json';
import heads, {loaders} from 'apac-viz:indicators';
import topologyFile from '../../../data/asia-pacific.projected.topo.json';
import {LazyModule} from '../../core/lazy-module.js';
import type {EconomyInfo} from '../../layout/choropleth/layout.js';
import {
  createEconomyResolver,
  type EconomyNames,
  type EconomyResolver,
} from '../../schema/economy-key.js';
import type {Indicator} from '../../schema/indicators.js';

export const ECONOMIES = economiesFile.economies as readonly (EconomyInfo & EconomyNames)[];

/** A bundled indicator's id and kind: the rest loads when it is drawn (`bundledIndicator`). */
export type IndicatorHead = Pick<Indicator, 'id' | 'kind'>;

/** The bundled indicators (scripts/indicator-modules.mjs), by id and kind. */
export const INDICATORS = heads as readonly IndicatorHead[];

/**
 * Each bundled indicator whole, a chunk of its own: a map page loads the indicator it draws (the
 * autoloader asks for it beside the map's code), not all eleven. A value that cites what its
 * indicator cites is shipped without a citation and given it here.
 */
const WHOLE = new Map(
  Object.entries(loaders).map(([id, loader]) => {
    const load = async (): Promise<Indicator> => {
      const indicator = (await loader()).default as Indicator;
      const {citation, values} = indicator;
      return {...indicator, values: values.map((v) => (v.citation ? v : {...v, citation}))};
    };
    return [id, new LazyModule(load, `the indicator ${id}`)];
  })
);

/** The bundled indicator `id` whole, once it loads; undefined for no bundled indicator. */
export const bundledIndicator = (id: string): LazyModule<Indicator> | undefined => WHOLE.get(id);

/** The bundled topology, projected when the dataset was built (layout/choropleth/pre-project.ts). */
export const TOPOLOGY = topologyFile as unknown as Topology;

/** Economies by code or name, as own data, notes and `highlight` name them. */
export const resolveEconomy: EconomyResolver = createEconomyResolver(ECONOMIES);
