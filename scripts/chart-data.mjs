// A Vite plugin for the autoloader's build (dist/lazy) and the one-file bundle (dist/apac-viz.js,
// which exports the charts, not the dataset): their bundled data carries only what the charts
// read. Each file's own description (and $schema), and the economies' citations and those of
// their memberships (the map cites each value from the indicators, which repeat them), stay in
// data/*.json and in the npm package's `apac-viz/data`; the indicators as the map gets them
// (scripts/indicator-modules.mjs, which makes the map's indicators modules of their own in every
// build). About 2 kB gzip less on a map page, 1.4 kB on a timeline's, 4 kB on the one file.

import {shipped} from './indicator-modules.mjs';

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
  // Read whole only by the bench's other libraries (bench/scenarios.ts), which get what the map
  // gets.
  'indicators.json': (file) => {
    file.indicators = file.indicators.map(shipped);
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
