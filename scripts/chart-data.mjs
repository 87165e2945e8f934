// A Vite plugin for the autoloader's build (dist/lazy) and the one-file bundle (dist/apac-viz.js,
// which exports the charts, not the dataset): their bundled data carries only what the charts
// read. Each file's own description (and $schema), the economies' citations and those of their
// memberships (the map cites each value from the indicators, which repeat them), and the
// indicators' description and derivation (documentation of the dataset, which no chart shows)
// and their words (names, categories, missing values: the map takes them from the catalogue)
// stay in data/*.json and in the npm package's `apac-viz/data`; a value's citation that is its
// indicator's is written once. About 2 kB gzip less on a map
// page, 1.4 kB on a timeline's, 4 kB on the one file.

/** The bundled dataset's files: each loses its description and $schema. */
const FILES = new Set(['economies.json', 'events.json', 'flows.json', 'indicators.json']);

/** What else is left out, by file: deletes the fields from the parsed file. */
const TRIMS = {
  'economies.json': (file) => {
    for (const e of file.economies) {
      delete e.citation;
      for (const m of e.memberships) {
        delete m.citation;
        delete m.note;
      }
    }
  },
  'indicators.json': (file) => {
    for (const i of file.indicators) {
      delete i.description;
      delete i.derived;
      // The map words a bundled indicator from the catalogue, English included
      // (i18n/data-labels.ts): the English catalogue's name, categories and missing-value words
      // are these, as test/unit/catalogue.test.ts checks, so the data's copy never reaches a
      // reader.
      delete i.label;
      delete i.noValue;
      for (const c of i.categories ?? []) delete c.label;
      // A value citing what its indicator cites says nothing more: the map reads the
      // indicator's citation for it (choropleth-data.ts, withCitations).
      for (const v of i.values) if (v.citation === i.citation) delete v.citation;
    }
  },
};

export function chartData() {
  return {
    name: 'apac-viz:chart-data',
    enforce: 'pre',
    transform(code, id) {
      const name = /[\\/]data[\\/]([\w-]+\.json)$/.exec(id)?.[1];
      if (!name || !FILES.has(name)) return null;
      const file = JSON.parse(code);
      delete file.$schema;
      delete file.description;
      TRIMS[name]?.(file);
      return {code: JSON.stringify(file), map: null};
    },
  };
}
