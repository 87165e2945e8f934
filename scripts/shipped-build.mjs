// What the builds that ship apac-viz to browsers have in common: the autoloader's and the
// one-file bundle's (vite.config.ts) and the bench page's (scripts/bench-page.mjs), which must
// draw what a page gets. One list, so that a plugin added to the builds reaches the bench too.
import {cssLiterals} from './css-literals.mjs';
import {htmlLiterals} from './html-literals.mjs';
import {packTopologyPlugin} from './pack-topology.mjs';
import {chartData} from './chart-data.mjs';
import {zoomShims} from './zoom-shims.mjs';

/**
 * Every build's (the package's ESM entries too): the styles in css`…` literals minified as the
 * code around them, the indentation taken out of html`…` and svg`…` templates (no white space in
 * a drawing that separates no words), the topology shipped packed (arcs and geometries as text).
 */
export const sourcePlugins = () => [cssLiterals(), htmlLiterals(), packTopologyPlugin()];

/**
 * The files that go to browsers as they are, besides: their data carries only the fields the
 * charts read (the dataset whole is `apac-viz/data`, the ESM build), and their d3-zoom none of
 * its animation's packages.
 */
export const browserPlugins = () => [chartData(), zoomShims()];

/**
 * d3-sankey pins d3-array 2 (max, min, sum): the builds that inline dependencies use the d3-array
 * 3 every other module uses, so they carry it once (the same three functions). The bench page
 * leaves it out (see bench-page.mjs).
 */
export const DEDUPE = ['d3-array'];

/** Each JSON file as one `JSON.parse("…")` of its text (a default export only). */
export const JSON_AS_STRING = {stringify: true, namedExports: false};
