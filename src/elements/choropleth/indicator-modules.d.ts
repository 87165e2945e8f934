/**
 * The map's bundled indicators as modules (scripts/indicator-modules.mjs makes them from
 * data/indicators.json, which test/unit/dataset.test.ts checks): the id and kind of each, the
 * first whole, and each other one whole apart. Typed in choropleth-data.ts, which reads them.
 */
declare module 'apac-viz:indicators' {
  /** Each indicator's id and kind. */
  const heads: readonly unknown[];
  export default heads;
  /** The first indicator whole: the map's default, shipped with its code. */
  export const first: unknown;
  /** Loads each other indicator whole, by its id. */
  export const loaders: Readonly<Record<string, () => Promise<{default: unknown}>>>;
}

declare module 'apac-viz:indicator/*' {
  const indicator: unknown;
  export default indicator;
}
