// The map's bundled indicators as modules of their own (data/indicators.json stays the one
// source): `apac-viz:indicators`, the id and kind of each, the first (the map's default) whole and
// a loader for each other, and `apac-viz:indicator/<id>`, one indicator whole (its citation,
// note, categories and values). A map page loads the indicator it draws, not all eleven: the
// default with the map's code, each other one a chunk of its own
// (src/elements/choropleth/choropleth-data.ts).
// A Vite plugin for every build, and the same modules served to the browser tests
// (web-test-runner.config.mjs).
//
// Left out, as no chart reads them: each indicator's description and derivation (documentation
// of the dataset). Its words (name, categories, missing value) the map takes from the catalogue
// (i18n/data-labels.ts): each indicator's module adds its own English words to it as it loads
// (`englishWords`), so a map page carries only those of the indicator it draws; the other
// languages' catalogues have them all. A value's citation that is its indicator's is written
// once, on the indicator (choropleth-data.ts gives it back). `apac-viz/data` keeps them all.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const FILE = fileURLToPath(new URL('../data/indicators.json', import.meta.url));
/** The module of every indicator's id and kind. */
export const HEADS = 'apac-viz:indicators';
/** The module of one indicator: its id follows. */
export const ONE = 'apac-viz:indicator/';
/** Vite's mark for a module no file holds (and no other plugin should transform). */
const VIRTUAL = '\0';

/**
 * The file name of an indicator's chunk in the autoloader's build, `indicator-<id>-<hash>.js`,
 * with one hash for all of them (of the data and of this file, which writes them): the
 * autoloader then asks for any indicator knowing only the hash, not a list of names.
 */
export function indicatorFileName() {
  const hash = createHash('sha256')
    .update(readFileSync(FILE))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('base64url')
    .slice(0, 8);
  return `indicator-[name]-${hash}.js`;
}

/** A JSON value as a module's default export: `JSON.parse` of one string, as the builds ship JSON. */
const asModule = (value) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

function indicators() {
  return JSON.parse(readFileSync(FILE, 'utf8')).indicators;
}

/** The ids of the bundled indicators. */
export const indicatorIds = () => indicators().map((i) => i.id);

/** The catalogue's module (src/i18n/catalogue.ts) as the builds resolve it. */
const CATALOGUE = fileURLToPath(new URL('../src/i18n/catalogue.ts', import.meta.url));

/** An indicator's words in English, by catalogue key: the dataset's own (i18n/en-indicators.ts). */
export function englishWords(indicator) {
  const {id, label, noValue, categories = []} = indicator;
  return {
    [`indicator.${id}`]: label,
    ...(noValue !== undefined && {[`noValue.${id}`]: noValue}),
    ...Object.fromEntries(categories.map((c) => [`category.${id}.${c.id}`, c.label])),
  };
}

/**
 * The module's code for `id` (one of the two names above), or undefined for any other;
 * `catalogue`: how the module imports src/i18n/catalogue.ts (the file's path for Vite).
 */
export function indicatorModule(id, catalogue = CATALOGUE) {
  if (id === HEADS) {
    // The first indicator of the file, the map's default, is imported with this module: a map
    // drawing it needs no chunk besides its code's. Each other one has a loader.
    const all = indicators();
    const [first, ...others] = all;
    const loaders = others.map(
      (i) => `${JSON.stringify(i.id)}: () => import(${JSON.stringify(ONE + i.id)})`
    );
    return `${asModule(all.map(({id, kind}) => ({id, kind})))}
export {default as first} from ${JSON.stringify(ONE + first.id)};
export const loaders = {${loaders.join(', ')}};`;
  }
  if (!id.startsWith(ONE)) return undefined;
  const indicator = indicators().find((i) => i.id === id.slice(ONE.length));
  if (!indicator) throw new Error(`indicator-modules: data/indicators.json has no ${id}`);
  return `import {addEnglish} from ${JSON.stringify(catalogue)};
addEnglish(JSON.parse(${JSON.stringify(JSON.stringify(englishWords(indicator)))}), false);
${asModule(shipped(indicator))}`;
}

/** An indicator as the charts get it: without what they do not read (see the top of this file). */
export function shipped(indicator) {
  const {description: _d, derived: _r, label: _l, noValue: _n, ...kept} = indicator;
  return {
    ...kept,
    ...(kept.categories && {categories: kept.categories.map(({label: _c, ...c}) => c)}),
    values: kept.values.map(({citation, ...value}) =>
      citation && citation !== kept.citation ? {...value, citation} : value
    ),
  };
}

export function indicatorModules() {
  return {
    name: 'apac-viz:indicator-modules',
    enforce: 'pre',
    resolveId(source) {
      return source === HEADS || source.startsWith(ONE) ? VIRTUAL + source : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const code = indicatorModule(id.slice(VIRTUAL.length));
      if (code === undefined) return null;
      this.addWatchFile(FILE);
      return {code, map: null};
    },
  };
}
