/**
 * The script of `embed.html`: draws the one chart its URL names, for a CMS that allows only
 * iframes, and tells the parent window its height (see protocol.ts) so the iframe fits.
 * It loads beside `apac-viz.js` and needs no inline script or style.
 */
import type {ReactiveElement} from 'lit';
import {parseEmbedParams, plannedChart, type EmbedAttribute} from './params.js';
import {HEIGHT_MESSAGE, type HeightMessage} from './protocol.js';
import type {Planned} from '../autoload.js';

type ElementClass = typeof ReactiveElement;

/** What a chart observes, read from the element class Lit defines (its attributes and types). */
function attributesOf(tag: string): EmbedAttribute[] {
  const ctor = customElements.get(tag) as ElementClass | undefined;
  if (!ctor) return [];
  const out: EmbedAttribute[] = [];
  for (const [prop, options] of ctor.elementProperties) {
    if (options.attribute === false || options.state) continue;
    const name =
      typeof options.attribute === 'string' ? options.attribute : String(prop).toLowerCase();
    out.push({name, boolean: options.type === Boolean});
  }
  return out;
}

function reportHeight(chart: string, id: string): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = {type: HEIGHT_MESSAGE, height, id, chart};
    // The height is not a secret, and the parent's origin is not known: any origin may read it.
    window.parent.postMessage(message, '*');
    window.parent.postMessage({sentinel: 'amp', type: 'embed-size', height}, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

/**
 * Resolves once the chart `tag` is defined by the `apac-viz.js` beside this page: the one file
 * defines every chart as it loads; the autoloader (dist/lazy) loads a chart's code when its tag is
 * in the page, or when asked (`load`), as here, since the attributes are read from its class
 * before the element is made. The same module the page's own script tag loaded, not a second copy.
 */
async function library(tag: string, planned: Planned): Promise<unknown> {
  const url = new URL('./apac-viz.js', import.meta.url).href;
  const lib = (await import(/* @vite-ignore */ url)) as {
    load?: (tag: string, planned: Planned) => Promise<unknown>;
  };
  return lib.load ? lib.load(tag, planned) : customElements.whenDefined(tag);
}

async function main(): Promise<void> {
  const root = document.querySelector('main') ?? document.body;
  const params = new URLSearchParams(location.search);
  const chart = params.get('chart') ?? '';
  const tag = `apac-${chart}`;
  // Wait for the library when the chart name is one it defines; a wrong name is reported below.
  // What the chart will ask of its first picture (its notes, a link group…) is asked for beside
  // its code.
  if (/^(choropleth|timeline|sankey)$/.test(chart)) await library(tag, plannedChart(params));
  const {request, error, ignored} = parseEmbedParams(params, attributesOf, location.href);
  for (const note of ignored) console.info(`apac-viz embed: ignored parameter ${note}.`);
  if (!request) {
    const p = document.createElement('p');
    p.className = 'embed-error';
    p.setAttribute('role', 'alert');
    p.textContent = `apac-viz: ${error ?? 'nothing to draw'}`;
    root.replaceChildren(p);
    reportHeight(chart, params.get('id') ?? '');
    return;
  }
  if (params.get('theme') === 'auto') {
    // The chart follows the reader's dark mode only where the page says it supports it.
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'light dark';
    document.head.append(meta);
  }
  const el = document.createElement(request.tag);
  for (const [name, value] of request.attributes) el.setAttribute(name, value);
  if (request.annotations) Object.assign(el, {annotations: request.annotations});
  root.replaceChildren(el);
  document.title = el.getAttribute('headline') || document.title;
  reportHeight(request.chart, request.id);
}

void main();
