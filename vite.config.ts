/// <reference types="vitest/config" />
import {defineConfig, type UserConfig} from 'vite';
import {preloadChunks} from './scripts/preload-chunks.mjs';
import {compileHints} from './scripts/compile-hints.mjs';
import {browserPlugins, DEDUPE, JSON_AS_STRING, sourcePlugins} from './scripts/shipped-build.mjs';
import {ONE, indicatorFileName} from './scripts/indicator-modules.mjs';

/**
 * Library entries (package.json "exports" mirrors these). Charts join this map as they land.
 * Runtime dependencies stay external in the ESM build; `--mode bundle` inlines everything into
 * one self-contained file for `<script type="module" src=…>` embeds.
 */
export const entries = {
  index: 'src/index.ts',
  data: 'src/data.ts',
  core: 'src/core/index.ts',
  choropleth: 'src/choropleth.ts',
  timeline: 'src/timeline.ts',
  sankey: 'src/sankey.ts',
  steps: 'src/steps.ts',
};

const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^topojson-client/, /^valibot/];

/** Chunks of the autoloader named for what they hold (test/e2e/size-budgets.test.ts reads them). */
export const LAZY_GROUPS = [
  {name: 'valibot', test: /[\\/]node_modules[\\/]valibot[\\/]/},
  // The topology's module id has no .json (scripts/pack-topology.mjs ships it packed); the map
  // element ships it projected (scripts/project-topology.mjs), `apac-viz/data` as it is.
  {name: 'data-topology', test: /[\\/]data[\\/]asia-pacific(\.projected)?\.topo(\.json)?$/},
  {name: 'data-events', test: /[\\/]data[\\/]events\.json$/},
  {name: 'data-economies', test: /[\\/]data[\\/]economies\.json$/},
  {name: 'data-flows', test: /[\\/]data[\\/]flows\.json$/},
];

/**
 * Files that go to browsers as they are (the one-file bundle, the autoloader's chunks, the embed
 * page's script): fully minified. Vite keeps whitespace and `#__PURE__` comments in ES library
 * builds so that an app's bundler can tree-shake them, but nobody re-bundles these; that costs
 * about 6 % of their gzip bytes. (The package's ESM entries keep Vite's library defaults.)
 */
const SHIPPED = {minify: true, comments: false} as const;

/** The embed page's script (beside apac-viz.js) and the optional parent-page script. */
const embedBuilds: Record<string, UserConfig['build']> = {
  embed: {
    lib: {entry: 'src/embed/page.ts', formats: ['es'], fileName: () => 'embed.js'},
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    rolldownOptions: {output: SHIPPED},
  },
  // The autoloader: everything inlined as for the bundle, split so each chart loads on demand.
  lazy: {
    lib: {entry: {'apac-viz': 'src/autoload.ts'}, formats: ['es']},
    outDir: 'dist/lazy',
    emptyOutDir: false,
    minify: true,
    // dist/lazy/.vite/manifest.json: which chunks each chart loads (the size budgets read it).
    manifest: true,
    // Named chunks, so the manifest says what a page loads: each bundled data file on its own
    // (a Sankey page loads flows.json only), and valibot, which only the validators of a user's
    // data import (dynamically; see core/lazy-module.ts).
    rolldownOptions: {
      output: {
        codeSplitting: {groups: LAZY_GROUPS},
        // The map's indicators (scripts/indicator-modules.mjs), under one hash.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes(ONE) ? indicatorFileName() : '[name]-[hash].js',
        ...SHIPPED,
      },
    },
  },
  // The command line (`npx apac-viz render …`), for Node; the browser driver stays a dependency.
  cli: {
    lib: {entry: 'src/cli/main.ts', formats: ['es'], fileName: () => 'cli.js'},
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    rolldownOptions: {external: [/^node:/, 'playwright-core']},
  },
  // A classic script, so it can be pasted into any page, module-aware or not.
  'embed-parent': {
    lib: {
      entry: 'src/embed/parent.ts',
      formats: ['iife'],
      name: 'apacVizEmbedParent',
      fileName: () => 'embed-parent.js',
    },
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
  },
};

export default defineConfig(({mode}) => ({
  // Shared with the bench page (scripts/shipped-build.mjs says what each does); the autoloader
  // asks for each chart's chunks beside the chart's own.
  plugins: [
    ...sourcePlugins(),
    ...(mode === 'lazy' || mode === 'bundle' ? browserPlugins() : []),
    ...(mode === 'lazy' ? [preloadChunks(), compileHints()] : []),
  ],
  resolve: {
    // Not in the autoloader's chunks: a Sankey page takes three functions, not d3-array 3 whole.
    dedupe: mode === 'lazy' ? [] : DEDUPE,
    // The one-file bundle carries d3-zoom, and the timeline's layouts of large data, inline
    // rather than in chunks loaded when needed.
    alias:
      mode === 'bundle'
        ? [{find: /^\.\/(zoom-load|large-load)\.js$/, replacement: './$1.inline.js'}]
        : [],
  },
  // The data worker (core/data.worker.ts) is a module worker, a file of its own in every build:
  // under `worker-src 'self'` a page cannot start one from a blob: or data: URL.
  // One name in every build (dist/apac-viz.worker.js, dist/lazy/apac-viz.worker.js), found beside
  // the script that starts it: `base: './'` makes its URL relative to that script, not the page.
  worker: {
    format: 'es',
    rolldownOptions: {output: {entryFileNames: 'apac-viz.worker.js', ...SHIPPED}},
  },
  base: './',
  // Each JSON file as one `JSON.parse("…")` of its text (a default export only): smaller once
  // gzipped than the object literals named exports are written as (the lib build keeps their
  // indentation), and parsed faster; the map's topology chunk 2 kB smaller. The command line
  // keeps named exports: it imports one field of package.json, not the whole file.
  json: mode === 'cli' ? {} : JSON_AS_STRING,
  build:
    embedBuilds[mode] ??
    (mode === 'bundle'
      ? {
          lib: {entry: 'src/index.ts', formats: ['es'], fileName: () => 'apac-viz.js'},
          outDir: 'dist',
          emptyOutDir: false,
          minify: true,
          sourcemap: true,
          // One file: the catalogues other builds load per language (dynamic imports) are
          // inlined, so a page that copies only apac-viz.js still draws in every language.
          rolldownOptions: {output: {codeSplitting: false, ...SHIPPED}},
        }
      : {
          lib: {entry: entries, formats: ['es']},
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          rolldownOptions: {external},
        }),
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    reporters: process.env.CI_JSON ? ['default', 'json'] : ['default'],
    outputFile: {json: '.test-results/vitest.json'},
  },
}));
