// What the builds that ship apac-viz to browsers have in common: the autoloader's and the
// one-file bundle's (vite.config.ts) and the bench page's (scripts/bench-page.mjs), which must
// draw what a page gets. One list, so that a plugin added to the builds reaches the bench too.
import {cssLiterals} from './css-literals.mjs';
import {htmlLiterals} from './html-literals.mjs';
import {packTopologyPlugin} from './pack-topology.mjs';
import {chartData} from './chart-data.mjs';
import {zoomShims} from './zoom-shims.mjs';
import {indicatorModules} from './indicator-modules.mjs';

/**
 * Every build's (the package's ESM entries too): the styles in css`…` literals minified as the
 * code around them, the indentation taken out of html`…` and svg`…` templates (no white space in
 * a drawing that separates no words), the topology shipped packed (arcs and geometries as text),
 * the map's indicators a module each (a map page loads the one it draws).
 */
export const sourcePlugins = () => [
  cssLiterals(),
  htmlLiterals(),
  packTopologyPlugin(),
  indicatorModules(),
];

/**
 * The files that go to browsers as they are, besides: their data carries only the fields the
 * charts read (the dataset whole is `apac-viz/data`, the ESM build), and their d3-zoom none of
 * its animation's packages.
 */
export const browserPlugins = () => [chartData(), zoomShims()];

/**
 * d3-sankey pins d3-array 2 (max, min, sum): the one-file bundle uses the d3-array 3 every other
 * module uses, so it carries it once (the same three functions). The autoloader's build does not:
 * d3-array 3 is one module, so deduplicated it went whole into the chunk every chart loads (1.1
 * kB gzip: the bisectors, ticks and quantiles the map and timeline use); d3-array 2 comes as a
 * file per function, so a Sankey page now loads its three (0.4 kB raw) and the map's and the
 * timeline's pages d3-array 3, each once (a page with a Sankey and a map carries the three twice).
 * The bench page leaves it out too (see bench-page.mjs).
 */
export const DEDUPE = ['d3-array'];

/** Each JSON file as one `JSON.parse("…")` of its text (a default export only). */
export const JSON_AS_STRING = {stringify: true, namedExports: false};
