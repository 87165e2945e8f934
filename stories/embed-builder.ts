/**
 * The embed builder: the live chart with the attributes set in Controls, and the code to paste
 * (script and tag, or an iframe for a CMS without scripts), each with a Copy button.
 */
import {html, type ReactiveElement, type TemplateResult} from 'lit';
import {until} from 'lit/directives/until.js';
import type {ArgTypes} from '@storybook/web-components-vite';
import {folder, iframeSnippet, preloadFiles, scriptSnippet} from '../src/embed/snippet.js';
import type {ChunkLists} from '../src/embed/chunk-files.js';
import {loadLocale} from '../src/i18n/catalogue.js';
import type {EmbedChart} from '../src/embed/params.js';
import '../src/index.js';
import pkg from '../package.json';

type Args = Record<string, unknown>;

/** Arguments every builder has: where the files are served from. */
export const hostArgTypes: ArgTypes = {
  scriptBase: {
    name: 'script from',
    control: 'text',
    description:
      "Folder that serves apac-viz.js (a CDN, or your own server): dist/lazy/ whole (the default: each chart's own code and data only, the fastest on a phone) or dist/ (one file with everything). On a CDN, keep the version in the address (apac-viz@x.y.z): the article keeps the version it was made with, and unpkg answers an address without one with a redirect first.",
    table: {category: 'Where the files live'},
  },
  embedBase: {
    name: 'embed page from',
    control: 'text',
    description:
      'Folder that serves embed.html, embed.js, embed.css, embed-parent.js and apac-viz.js as text/html and JavaScript: your own site or static host (public CDNs serve HTML as plain text).',
    table: {category: 'Where the files live'},
  },
};
/** Arguments every builder has: one note written on the chart. */
export const noteArgTypes: ArgTypes = {
  noteFor: {
    name: 'note on',
    control: 'text',
    description:
      'What a note points at: an economy (TL), an event id or a date (2015-11), a Sankey node or flow (crime:heroin). Leave empty for no note.',
    table: {category: 'Note on the chart'},
  },
  noteText: {
    name: 'note text',
    control: 'text',
    description: 'The note, shown as text; numbered under the chart below 480 px.',
    table: {category: 'Note on the chart'},
  },
};
export const noteArgs = {noteFor: '', noteText: ''};

/**
 * The code points at this version's files on unpkg, not at `apac-viz/…`: a published article
 * keeps drawing with the version it was made with, and a reader's browser goes straight to the
 * files (unpkg answers an address without a version with a redirect to the latest, one round
 * trip more before the script, which browsers keep for a minute only).
 */
export const hostArgs = {
  scriptBase: `https://unpkg.com/apac-viz@${pkg.version}/dist/lazy/`,
  embedBase: 'https://www.example.org/apac-viz/',
};

const lists = new Map<string, Promise<ChunkLists | undefined>>();

/**
 * The build's lists of the files at `base` (its `chunks.json`), once per address; undefined where
 * there are none to read (the one file's folder, a server that refuses the gallery): the code is
 * then written without preload links.
 */
function chunkLists(base: string): Promise<ChunkLists | undefined> {
  let read = lists.get(base);
  if (!read) {
    const url = new URL('chunks.json', new URL(folder(base), location.href));
    read = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<ChunkLists>) : undefined))
      .then((l) => (l && typeof l.charts === 'object' ? l : undefined))
      .catch(() => undefined);
    lists.set(base, read);
  }
  return read;
}

async function copy(event: Event, text: string): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const status = button.nextElementSibling as HTMLElement;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    // The gallery's frame may not be allowed the clipboard: select the code instead.
    const code = button.parentElement?.querySelector('code');
    if (code) getSelection()?.selectAllChildren(code);
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

function codeBlock(title: string, help: string, code: string, state?: string): TemplateResult {
  return html`<section class="snippet" data-state=${state ?? 'done'}>
    <h3>${title}</h3>
    <p>${help}</p>
    <pre tabindex="0" aria-label=${`${title}: code`}><code>${code}</code></pre>
    <button type="button" @click=${(e: Event) => copy(e, code)}>Copy</button>
    <span role="status"></span>
  </section>`;
}

/** The element's own default for each attribute, read from a fresh instance. */
function defaults(tag: string): Map<string, unknown> {
  const ctor = customElements.get(tag) as typeof ReactiveElement | undefined;
  const fresh = document.createElement(tag) as unknown as Record<PropertyKey, unknown>;
  const out = new Map<string, unknown>();
  for (const [prop, options] of ctor?.elementProperties ?? []) {
    const name =
      typeof options.attribute === 'string' ? options.attribute : String(prop).toLowerCase();
    out.set(name, fresh[prop]);
  }
  return out;
}

/**
 * The builder for `chart`, given the story's args (attribute names as keys, plus the hosts).
 * `built`: the lists of this version's build (dist/lazy/chunks.json beside the gallery), for the
 * code that points at this version on unpkg; another folder's lists are read from that folder.
 */
export function builder(chart: EmbedChart, args: Args, built?: ChunkLists): TemplateResult {
  const tag = `apac-${chart}`;
  const standard = defaults(tag);
  const attributes: Record<string, string | number | boolean | undefined> = {};
  for (const [name, value] of Object.entries(args))
    if (
      !(name in hostArgs) &&
      !(name in noteArgs) &&
      ['string', 'number', 'boolean'].includes(typeof value) &&
      standard.get(name) !== value
    )
      attributes[name] = value as string | number | boolean;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined && value !== false && value !== '')
      el.setAttribute(name, value === true ? '' : String(value));
  const [target, text] = [args['noteFor'], args['noteText']].map((v) =>
    typeof v === 'string' ? v.trim() : ''
  );
  const notes = target && text ? [{target, text}] : [];
  for (const n of notes) {
    const note = document.createElement('apac-note');
    note.setAttribute('for', n.target);
    note.textContent = n.text;
    el.append(note);
  }
  const base = String(args['scriptBase']);
  const scriptBlock = (l: ChunkLists | undefined, state?: string) =>
    codeBlock(
      'Paste into the article',
      l
        ? "One script, the chart's files for the browser to ask for with it (a round trip sooner on a phone; they name this version's files: paste the code again after changing the files you serve), and the tag. Paste it once per chart; the script loads only once."
        : 'One script and the tag. Paste it once per chart; the script loads only once.',
      scriptSnippet({
        chart,
        attributes,
        base,
        notes,
        preload: l ? preloadFiles(l, chart, attributes, notes) : [],
      }),
      state
    );
  const iframe = () => iframeSnippet({chart, attributes, base: String(args['embedBase']), notes});
  const iframeBlock = () =>
    codeBlock(
      'Or as an iframe',
      'For a CMS that removes scripts. The second line sizes the iframe to the chart; without it, set a height.',
      iframe()
    );
  // The iframe's title is the chart's words in its `lang`: shown once that catalogue is in.
  const lang = typeof attributes['lang'] === 'string' ? attributes['lang'] : 'en';
  return html`<div class="embed-builder">
    ${el}
    ${
      base === hostArgs.scriptBase
        ? scriptBlock(built)
        : until(chunkLists(base).then(scriptBlock), scriptBlock(undefined, 'reading'))
    }
    ${until(loadLocale(lang).then(iframeBlock), iframeBlock())}
  </div>`;
}
