// A Vite plugin for the autoloader's build (dist/lazy). Without it, a page waits three round
// trips before a chart can draw: the autoloader, then the chart's own chunk, then the chunks that
// chunk imports (Lit and the core, its bundled data), which the browser discovers only once the
// chart's chunk has arrived and been parsed. The plugin writes into the autoloader, for each chart,
// the list of chunks its code imports; the autoloader asks for them (`<link rel="modulepreload">`)
// at the moment it asks for the chart's own, so that they come in the same round trip. It also
// lists the shipped languages' catalogues (chunks the core loads on demand), so that a chart in
// Japanese asks for Japanese beside its code rather than once its code has run, and how the map's
// indicators' chunks are named (each loaded for the indicator a map draws), so that a map
// asks for its indicator beside its code too. The same lists, with each chart's own chunk, go into
// chunks.json beside the autoloader: the embed builder names a chart's files in its snippet as
// preload links, which the browser asks for with the autoloader, a round trip sooner.

import {indicatorFileName, indicatorIds, ONE} from './indicator-modules.mjs';

/** The autoloader's placeholder (src/autoload.ts) the lists replace, in any quotes. */
const PLACEHOLDER = /(["'`])\{"apacPreload":1\}\1/;

/**
 * Every chunk that the chunks named `files` import statically, however deep (`byFile`: the
 * bundle's chunks by file name); `files` themselves only where one imports another.
 */
export function importedBy(byFile, files) {
  const seen = new Set();
  const visit = (file) => {
    for (const dep of byFile.get(file)?.imports ?? []) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  for (const file of files) visit(file);
  return seen;
}

export function preloadChunks() {
  return {
    name: 'apac-viz:preload-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry && c.fileName === 'apac-viz.js');
      if (!entry) return;
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      /** A module's name: src/choropleth.ts → choropleth, src/i18n/locales/zh-Hans.ts → zh-hans. */
      const named = (chunk, folder) =>
        new RegExp(`[\\\\/]${folder}([\\w-]+)\\.ts$`).exec(chunk?.facadeModuleId ?? '')?.[1];
      const charts = {};
      const entries = {};
      for (const file of entry.dynamicImports) {
        const name = named(byFile.get(file), 'src[\\\\/]');
        if (!name) continue;
        charts[name] = [...importedBy(byFile, [file])].sort();
        entries[name] = file;
      }
      const locales = {};
      // The indicators' chunks share one hash: their file name with the id left to the
      // autoloader, and the ids of those with no chunk (the default, with the map's code).
      const file = indicatorFileName().replace('[name]', '{id}');
      const chunked = new Set();
      for (const chunk of chunks) {
        const tag = named(chunk, 'i18n[\\\\/]locales[\\\\/]');
        if (tag) locales[tag.toLowerCase()] = chunk.fileName;
        const indicator = chunk.facadeModuleId?.split(ONE)[1];
        if (!indicator) continue;
        chunked.add(indicator);
        if (chunk.fileName !== file.replace('{id}', indicator))
          this.error(`${chunk.fileName} is not named as the autoloader asks for it (${file})`);
      }
      const indicators = {file, inline: indicatorIds().filter((id) => !chunked.has(id))};
      // What each chart's first picture waits for when its tag asks for it: notes, a link group,
      // sync-url, and the map's own (src/embed/chunk-files.ts AskedFor), each chunk with those it
      // imports, less what the autoloader asks for with the chart anyway (its chunk and list).
      const byName = new Map(chunks.map((c) => [c.name, c.fileName]));
      const asks = {};
      for (const chart of ['choropleth', 'timeline', 'sankey']) {
        const known = new Set([entries[chart], ...(charts[chart] ?? [])]);
        const filesOf = (...names) => {
          const own = names.map((n) => byName.get(n));
          if (own.includes(undefined)) this.error(`no chunk named ${names.join(', ')}`);
          return [...new Set([...own, ...importedBy(byFile, own)])]
            .filter((f) => !known.has(f))
            .sort();
        };
        asks[chart] = {
          notes: filesOf('annotations.templates', `${chart}.annotations`),
          linkGroup: filesOf('link-group-member', 'link-group', `${chart}.link`),
          syncUrl: filesOf('hash-write', `${chart}.hash`),
          // The map's own: the name tags of highlighted or selected economies, the year slider,
          // natural breaks, viridis's colours.
          ...(chart === 'choropleth' && {
            picked: filesOf('choropleth.picked'),
            slider: filesOf('choropleth.slider'),
            jenks: filesOf('jenks'),
            viridis: filesOf('viridis'),
          }),
        };
      }
      if (!PLACEHOLDER.test(entry.code))
        this.error('src/autoload.ts no longer holds the placeholder for the chunks to preload');
      const lists = JSON.stringify({charts, locales, indicators, asks});
      entry.code = entry.code.replace(PLACEHOLDER, () => `'${lists}'`);
      // The same lists beside the autoloader, with each chart's own chunk, for the embed
      // builder's preload links (src/embed/chunk-files.ts).
      this.emitFile({
        type: 'asset',
        fileName: 'chunks.json',
        source: `${JSON.stringify({charts, locales, indicators, asks, entries}, null, 1)}\n`,
      });
    },
  };
}
