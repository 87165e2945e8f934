// A Vite plugin: V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136 and
// later; other engines read a comment) at the top of the chunks a chart's first picture runs.
// V8 otherwise compiles a function's body only when it is first called, on the main thread, in
// the middle of the chart's first layout and render; with the hint it compiles the whole chunk
// as the chunk is streamed in, off the main thread. For the autoloader's chunks only (and the
// bench page's, built the same way): measured on the one-file bundle, compiling all of it (every
// language, the worker's and exports' code) made the page's first picture later, not sooner
// (README, Performance).

import {importedBy} from './preload-chunks.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';

/** The chart modules whose chunks, and the chunks they import, are hinted. */
const CHART = /[\\/]src[\\/](choropleth|timeline|sankey)\.ts$/;
/** Code, not data: a chunk of only JSON (the dataset's files) has no functions to compile. */
const CODE = /\.(ts|js|mjs)$/;
/**
 * Chunks smaller than this are not hinted: what compiling them on first call costs is less than
 * the hint's own bytes are worth (each hint is about 30 bytes of gzip on every page).
 */
const SMALLEST = 4096;

export function compileHints() {
  return {
    name: 'apac-viz:compile-hints',
    apply: 'build',
    enforce: 'post',
    // After Vite's own additions at the top of a chunk (its list of a dynamic import's chunks).
    generateBundle: {order: 'post', handler: hint},
  };
}

/**
 * Hints the chunks of the chart modules and the chunks they import (code, not data), except
 * those another page's code loads too (on the bench page, the other libraries' adapters and
 * the page's own entry: d3-sankey is shared with the plain-d3 floor).
 */
function hint(_options, bundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  /** The chunks `roots` and every chunk they import statically. */
  const closure = (roots) => {
    const files = roots.map((c) => c.fileName);
    return new Set([...files, ...importedBy(byFile, files)]);
  };
  // Our modules: src's, and the map's indicators (scripts/indicator-modules.mjs), of which the
  // default's chunk only points into the map's.
  const ours = (c) => /[\\/]src[\\/]|apac-viz:indicator\//.test(c.facadeModuleId ?? '');
  const foreign = closure(chunks.filter((c) => (c.isEntry || c.isDynamicEntry) && !ours(c)));
  for (const file of closure(chunks.filter((c) => CHART.test(c.facadeModuleId ?? '')))) {
    const chunk = byFile.get(file);
    if (!chunk || foreign.has(file) || chunk.code.length < SMALLEST) continue;
    if (!chunk.moduleIds.some((id) => CODE.test(id))) continue;
    chunk.code = HINT + chunk.code;
    // One line more at the top: the source map's lines move down by one.
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    // The .map file, where it was written from the map before this hook.
    const written = bundle[`${file}.map`];
    if (written?.type === 'asset' && typeof written.source === 'string') {
      const json = JSON.parse(written.source);
      written.source = JSON.stringify({...json, mappings: `;${json.mappings}`});
    }
  }
}
