/**
 * The map's bundled data, trusted (checked when the dataset is built: test/unit/dataset.test.ts):
 * the economies, the indicators and the projected topology, and the resolver that reads an
 * economy named by code or name.
 */
import type {Topology} from 'topojson-specification';
import economiesFile from '../../../data/economies.json';
import heads, {first, loaders} from 'apac-viz:indicators';
import topologyFile from '../../../data/asia-pacific.projected.topo.json';
import {LazyModule} from '../../core/lazy-module.js';
import type {ChoroplethLayout, EconomyInfo} from '../../layout/choropleth/layout.js';
import type {Highlighted} from '../../core/highlight-controller.js';
import {
  createEconomyResolver,
  type EconomyNames,
  type EconomyResolver,
} from '../../schema/economy-key.js';
import type {Indicator} from '../../schema/indicators.js';

export const ECONOMIES = economiesFile.economies as readonly (EconomyInfo & EconomyNames)[];

/** A bundled indicator's id and kind: the rest is read when it is drawn (`bundledIndicator`). */
export type IndicatorHead = Pick<Indicator, 'id' | 'kind'>;

/** The bundled indicators (scripts/indicator-modules.mjs), by id and kind. */
export const INDICATORS = heads as readonly IndicatorHead[];

/** A bundled indicator as the map reads it: a value citing what its indicator cites is given it. */
function cited(shipped: unknown): Indicator {
  const indicator = shipped as Indicator;
  const {citation, values} = indicator;
  return {...indicator, values: values.map((v) => (v.citation ? v : {...v, citation}))};
}

/**
 * Each bundled indicator whole: the first of data/indicators.json, the map's default (`indicator`,
 * `membership`), with the map's code, so that such a map draws at once; each other one a chunk
 * of its own, which a map loads when it draws it (the autoloader asks for it beside the map's
 * code), so that a map page does not load all eleven.
 */
const WHOLE = new Map<string, LazyModule<Indicator>>(
  Object.entries(loaders).map(([id, loader]) => [
    id,
    new LazyModule(async () => cited((await loader()).default), `the indicator ${id}`),
  ])
);
const FIRST = cited(first);
WHOLE.set(FIRST.id, LazyModule.of(FIRST, `the indicator ${FIRST.id}`));

/** The bundled indicator `id` whole, once it loads; undefined for no bundled indicator. */
export const bundledIndicator = (id: string): LazyModule<Indicator> | undefined => WHOLE.get(id);

/** What a map draws with no indicator to draw (an unknown name): every economy without a value. */
export const NO_INDICATOR: Indicator = {
  id: 'none',
  label: '',
  unit: null,
  kind: 'numeric',
  citation: '',
  values: [],
};

/** A user's indicator, or the bundled ones (each by id and kind until it is drawn). */
export type MapData = readonly (Indicator | IndicatorHead)[];

/** The indicator `id` names in `data`, or a user's only one; a bundled one maybe not loaded. */
export function headOf(data: MapData, id: string): Indicator | IndicatorHead | undefined {
  return data.length === 1 && data[0]?.id === 'custom' ? data[0] : data.find((i) => i.id === id);
}

/** The chunk that loads a bundled indicator whole (undefined for a user's, whole already). */
export const chunkOf = (indicator: Indicator | IndicatorHead | undefined) =>
  indicator && !('values' in indicator) ? bundledIndicator(indicator.id) : undefined;

/** The bundled topology, projected when the dataset was built (layout/choropleth/pre-project.ts). */
export const TOPOLOGY = topologyFile as unknown as Topology;

/** Economies by code or name, as own data, notes and `highlight` name them. */
export const resolveEconomy: EconomyResolver = createEconomyResolver(ECONOMIES);

/** The economies of `tokens` (by alpha-2, alpha-3 or name) that `layout` draws in focus. */
export function highlightedOn(layout: ChoroplethLayout, tokens: readonly string[]): Highlighted {
  const drawn = new Map(layout.marks.filter((m) => m.inFocus).map((m) => [m.id, m.name]));
  const ids = tokens.map((s) => resolveEconomy(s)).filter((id) => id && drawn.has(id));
  const set = new Set(ids as string[]);
  return {ids: set, names: [...set].map((id) => drawn.get(id) ?? id)};
}
