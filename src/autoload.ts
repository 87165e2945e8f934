/**
 * `dist/lazy/apac-viz.js`: the autoloader. Loads the code of a chart only when its tag appears in
 * the page (now or later), so a page with one Sankey does not download the map. Chunks load from
 * the same folder as this file; nothing else is requested.
 */
import type {LinkGroup} from './core/link-group.js';
import {
  askedBy,
  askedFiles,
  catalogueFile,
  indicatorFile,
  type ChunkLists,
} from './embed/chunk-files.js';
const loaders: Record<string, () => Promise<unknown>> = {
  'apac-choropleth': () => import('./choropleth.js'),
  'apac-timeline': () => import('./timeline.js'),
  'apac-sankey': () => import('./sankey.js'),
  // A story's steps load with the wrapper; the chart inside loads by its own tag.
  'apac-steps': () => import('./steps.js'),
};

/**
 * Written here by the build (scripts/preload-chunks.mjs; empty before it): the chunks each chart's
 * code imports (Lit and the core, its bundled data), by module name, the shipped languages'
 * catalogues, by lower-case tag, the indicators' chunks, and those of what a first picture waits
 * for when its tag asks (notes, a link group, sync-url, a map's name tags, year slider, breaks or
 * colours). Asked for beside the chart's own chunk, they arrive in its round trip instead of one
 * or two after it.
 */
const built = JSON.parse('{"apacPreload":1}') as Partial<ChunkLists>;

const preloaded = new Set<string>();

function preload(file: string | undefined): void {
  if (!file || preloaded.has(file)) return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, import.meta.url).href;
  (document.head ?? document.documentElement).append(link);
}

const pending = new Set(Object.keys(loaders));

/**
 * A chart a page will make once its class is in (the embed page): its attributes as they will be
 * (null where absent) and whether it will carry notes.
 */
export interface Planned {
  attribute: (name: string) => string | null;
  notes: boolean;
}

/** Asks for the chunks a first picture of `tag` waits for where its attributes and notes ask. */
const askFor = (tag: string, attribute: (name: string) => string | null, notes: boolean) =>
  askedFiles(built.asks, tag.slice('apac-'.length), askedBy(attribute, notes)).forEach(preload);

/**
 * Loads the code of `tag`, asking beside it for the chunks it imports, the catalogue of its
 * language and what the first pictures of its elements on the page, and `planned`, ask for.
 */
function start(tag: string, planned?: Planned): Promise<unknown> {
  pending.delete(tag);
  // The chart's own chunk first: over HTTP/1.1's six connections a page's later requests wait
  // for one, and this is the largest a picture needs.
  const loaded = loaders[tag]?.().catch((error: unknown) =>
    console.error(`apac-viz: could not load the code for <${tag}>.`, error)
  );
  const chart = tag.slice('apac-'.length);
  for (const file of built.charts?.[chart] ?? []) preload(file);
  const el = document.querySelector(tag);
  const lang =
    planned?.attribute('lang') ||
    (el ?? document.documentElement).closest('[lang]')?.getAttribute('lang') ||
    navigator.language;
  preload(catalogueFile(built.locales ?? {}, lang));
  // What the first picture of each chart with this tag waits for where the tag asks for it:
  // notes, a link group, sync-url, a map's name tags, year slider, breaks or colours.
  for (const one of document.querySelectorAll(tag))
    askFor(tag, (name) => one.getAttribute(name), Boolean(one.querySelector('apac-note')));
  if (planned) askFor(tag, planned.attribute, planned.notes);
  // The bundled indicator each map is set to draw (the default comes with the map's code; not
  // for a map that draws a file of its own), and those a story's steps will set.
  if (tag === 'apac-choropleth')
    for (const named of document.querySelectorAll(
      `${tag}[indicator]:not([src]), apac-step[indicator]`
    ))
      preload(indicatorFile(built.indicators, named.getAttribute('indicator') ?? ''));
  const indicator = planned?.attribute('indicator');
  if (tag === 'apac-choropleth' && indicator && planned?.attribute('src') === null)
    preload(indicatorFile(built.indicators, indicator));
  return loaded ?? Promise.resolve();
}

function scan(): void {
  for (const tag of pending) if (document.querySelector(tag)) void start(tag);
  if (!pending.size) observer.disconnect();
}

const observer = new MutationObserver(scan);
observer.observe(document.documentElement, {childList: true, subtree: true});
scan();

/**
 * Loads the code of chart `tag` (`apac-timeline`) now, as its tag in the page would, and
 * resolves once it is defined: for a page that needs the chart's class before it makes the
 * element (the embed page reads the chart's attributes from it). With `planned`, what that chart
 * will ask of its first picture (its notes, a link group…) is asked for beside its code, as for
 * a tag in the page. A tag it does not load resolves when something else defines it.
 */
export function load(tag: string, planned?: Planned): Promise<unknown> {
  if (pending.has(tag)) return start(tag, planned).then(() => customElements.whenDefined(tag));
  // (Loading already, for a tag in the page: what this chart asks for, still beside its code.)
  if (planned && tag in loaders) askFor(tag, planned.attribute, planned.notes);
  return customElements.whenDefined(tag);
}

/**
 * The page's link group called `name`, once its code is in (a chunk the charts of a group load
 * anyway): the group that `link-group="name"` joins, to select from code or follow the selection.
 * Asynchronous, unlike `linkGroup` of `apac-viz`: this file holds no chart code. Importing
 * `apac-viz` beside the autoloader would bring a second copy whose groups the charts never join.
 */
export const linkGroup = async (name: string): Promise<LinkGroup> =>
  (await import('./core/link-group.js')).linkGroup(name);
