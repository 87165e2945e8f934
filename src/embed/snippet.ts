/**
 * Ready-to-paste embed code for a chart and its attributes: a script and a tag, or an iframe of
 * the embed page with the optional parent script. Pure; used by the gallery's embed builder.
 */
import {addEnglish, isMessageKey, translator} from '../i18n/catalogue.js';
import {enIndicators} from '../i18n/en-indicators.js';
import {askedBy, askedFiles, catalogueFile, indicatorFile, type ChunkLists} from './chunk-files.js';
import {EMBED_CHARTS, type EmbedChart} from './params.js';
import '../i18n/en-map.js';
import '../i18n/en-sankey.js';
import '../i18n/en-timeline.js';

// The builder names any indicator, loaded by a map or not (a map page gets only its own words).
addEnglish(enIndicators, false);

export interface SnippetOptions {
  chart: EmbedChart;
  /** Attribute name → value; `true` for a boolean attribute that is on; empty and false are left out. */
  attributes: Record<string, string | number | boolean | undefined>;
  /** Folder the library's files are served from, e.g. `https://unpkg.com/apac-viz/dist/`. */
  base: string;
  /** Notes on the chart: `<apac-note>` children in the tag, the `annotations` parameter in the iframe. */
  notes?: readonly SnippetNote[];
  /** Files of `base` to name as preload links after the script (see `preloadFiles`). */
  preload?: readonly string[];
}

/** A note as the builder writes it: what it points at (`for`) and its text. */
export interface SnippetNote {
  target: string;
  text: string;
}

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `base` as a folder address, ending in `/`. */
export const folder = (base: string) => (base.endsWith('/') ? base : `${base}/`);

function kept(attributes: SnippetOptions['attributes']): [string, string | true][] {
  return Object.entries(attributes).flatMap(([name, value]) =>
    value === undefined || value === false || value === ''
      ? []
      : [[name, value === true ? true : String(value)] as [string, string | true]]
  );
}

/**
 * The files of the autoloader's folder that a page with this chart asks for once the autoloader
 * has run (the chart's code and bundled data, the catalogue of its `lang`, a map's `indicator`,
 * and what its first picture waits for: its notes' placement, a link group, `sync-url`, a map's
 * name tags, year slider, natural breaks or viridis), from the build's `chunks.json` (`lists`).
 * Named in the snippet as preload links, they are asked for with the autoloader instead of a
 * round trip after it. The names are those of one build: right for the version in the script's
 * address, and for files served as they were built.
 */
export function preloadFiles(
  lists: ChunkLists,
  chart: EmbedChart,
  attributes: SnippetOptions['attributes'],
  notes: readonly SnippetNote[] = []
): string[] {
  // An attribute as the tag will carry it (kept: empty and false ones left out; true bare).
  const carried = new Map(kept(attributes));
  const attribute = (name: string) => {
    const value = carried.get(name);
    return value === undefined ? null : value === true ? '' : value;
  };
  const text = (name: string) => attribute(name)?.trim() ?? '';
  const files = [lists.entries?.[chart], ...(lists.charts[chart] ?? [])];
  if (text('lang')) files.push(catalogueFile(lists.locales, text('lang')));
  // A map that draws a file of its own draws none of the bundled indicators.
  if (chart === 'choropleth' && text('indicator') && !text('src'))
    files.push(indicatorFile(lists.indicators, text('indicator')));
  files.push(...askedFiles(lists.asks, chart, askedBy(attribute, notes.length > 0)));
  return [...new Set(files.filter((f): f is string => Boolean(f)))];
}

/**
 * `<script type="module" src=…>`, the preload links of `preload`, and the element with its
 * attributes.
 */
export function scriptSnippet({
  chart,
  attributes,
  base,
  notes = [],
  preload = [],
}: SnippetOptions): string {
  const tag = EMBED_CHARTS[chart];
  const attrs = kept(attributes).map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttr(value)}"`
  );
  const open =
    attrs.length > 2 ? `<${tag}\n  ${attrs.join('\n  ')}\n>` : `<${[tag, ...attrs].join(' ')}>`;
  const children = notes.map(
    (n) => `\n  <apac-note for="${escapeAttr(n.target)}">${escapeText(n.text)}</apac-note>`
  );
  const body = children.length ? `${children.join('')}\n` : '';
  const links = preload.map(
    (file) => `<link rel="modulepreload" href="${escapeAttr(`${folder(base)}${file}`)}">\n`
  );
  return `<script type="module" src="${escapeAttr(`${folder(base)}apac-viz.js`)}"></script>\n${links.join('')}${open}${body}</${tag}>`;
}

/**
 * What the chart is, in its `lang`: the iframe's title when there is no headline. English until
 * that language's catalogue is loaded (`await loadLocale(lang)` first).
 */
function defaultTitle(chart: EmbedChart, attributes: SnippetOptions['attributes']): string {
  const t = translator(typeof attributes['lang'] === 'string' ? attributes['lang'] : 'en');
  if (chart === 'timeline') return t('timeline.title');
  if (chart === 'sankey') return t('sankey.title');
  const id = typeof attributes['indicator'] === 'string' ? attributes['indicator'] : 'membership';
  const key = `indicator.${id}`;
  return t('map.title', {indicator: isMessageKey(key) ? t(key) : id});
}

/** An iframe of `embed.html` with the attributes as URL parameters, and the parent script. */
export function iframeSnippet({chart, attributes, base, notes = []}: SnippetOptions): string {
  const params = new URLSearchParams([['chart', chart]]);
  for (const [name, value] of kept(attributes)) params.set(name, value === true ? 'true' : value);
  if (notes.length) params.set('annotations', JSON.stringify(notes));
  const title =
    typeof attributes['headline'] === 'string' && attributes['headline']
      ? attributes['headline']
      : defaultTitle(chart, attributes);
  const src = `${folder(base)}embed.html?${params}`;
  return [
    `<iframe title="${escapeAttr(title)}" src="${escapeAttr(src)}"`,
    `  width="100%" height="600" loading="lazy" frameborder="0"></iframe>`,
    `<script src="${escapeAttr(`${folder(base)}embed-parent.js`)}" defer></script>`,
  ].join('\n');
}
