/** Every word in the reader's language: catalogues chosen by `lang`, names, and layouts that fit. */
import {expect, fixture, html} from '@open-wc/testing';
import {drawn, q, qa, shown, text} from './helpers.js';
import '../../src/index.js';
import type {ApacChart} from '../../src/core/chart-element.js';
import {
  defineLocale,
  SHIPPED_LOCALES,
  type Message,
  type MessageKey,
} from '../../src/i18n/catalogue.js';
import {en} from '../fixtures/english.js';
import {economies} from '../../src/data.js';
import {localEconomyName} from '../../src/schema/economy-names.js';

type Chart = ApacChart<unknown, {width: number; height: number}>;

/** The literal pieces of the English messages a map can show (placeholders taken out). */
function englishPieces(prefixes: string[]): string[] {
  const out = new Set<string>();
  for (const [key, m] of Object.entries(en) as [string, Message][]) {
    if (!prefixes.some((p) => key.startsWith(p))) continue;
    for (const t of typeof m === 'string' ? [m] : Object.values(m))
      for (const piece of t.split(/\{\w+\}/)) {
        const p = piece.replace(/^[\s.,:;()…]+|[\s.,:;()…]+$/g, '');
        // Words as short as "and" or "of" occur in the data's own (English) titles and notes.
        if (p.length >= 3 && !['and', 'the', 'for', 'more'].includes(p)) out.add(p);
      }
  }
  return [...out];
}

/** `piece` in `text` as whole words ("Map" is not in "Mapa"). */
function containsWord(text: string, piece: string): boolean {
  const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
}

/** Everything a reader or a screen reader meets in a chart: text, labels, titles, table. */
async function allWords(el: Chart): Promise<string> {
  q<HTMLButtonElement>(el, 'button.table-toggle')?.click();
  await el.updateComplete;
  const root = el.shadowRoot as ShadowRoot;
  const attrs = [...root.querySelectorAll('[aria-label],[title]')].flatMap((n) => [
    n.getAttribute('aria-label') ?? '',
    n.getAttribute('title') ?? '',
  ]);
  return [root.textContent ?? '', ...attrs].join('\n');
}

describe('the map in every shipped language', () => {
  const pieces = englishPieces([
    'frame.',
    'map.',
    'zoom.',
    'table.',
    'indicator.',
    'category.',
    'select.',
  ]);

  for (const lang of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
    it(`${lang}: no English words of the catalogue, economy names in ${lang}`, async () => {
      const el = await drawn<Chart>(
        'apac-choropleth',
        html`<apac-choropleth lang=${lang} time-slider></apac-choropleth>`,
        900
      );
      // A selection and its announcement, a tooltip, too.
      const region = q<SVGPathElement>(el, 'path[part="region"][data-focus]');
      region?.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      region?.focus();
      await el.updateComplete;
      const words = await allWords(el);
      const english = pieces.filter((p) => containsWord(words, p));
      expect(english, `English left in ${lang}`).to.deep.equal([]);
      const names = qa(el, 'tbody tr').map((tr) => text(tr.children[0] ?? null));
      const cn = economies.find((e) => e.id === 'CN');
      const conventional = cn?.apecName ?? cn?.name ?? '';
      const china = localEconomyName('CN', conventional, lang);
      expect(china).to.not.equal(conventional);
      expect(names).to.include(china);
      expect(names).to.include('Chinese Taipei');
      expect(names).to.include('Hong Kong, China');
    });
  }

  it('en: the English words are there (the check above can fail)', async () => {
    const el = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth lang="en" time-slider></apac-choropleth>`,
      900
    );
    const words = await allWords(el);
    expect(pieces.filter((p) => containsWord(words, p)).length).to.be.greaterThan(10);
  });

  it('follows the page language when the chart has none', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="vi" style="width:800px"><apac-sankey></apac-sankey></div>`
    );
    const el = box.querySelector('apac-sankey') as Chart;
    // Drawn already when the width is known at once (SizeController), else once it is.
    if (!q(el, 'svg.chart'))
      await new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
    await el.updateComplete;
    expect(text(q(el, 'button.table-toggle'))).to.equal('Xem dữ liệu dạng bảng');
  });
});

/** The literal pieces of these English messages (placeholders taken out). */
function piecesOf(keys: MessageKey[]): string[] {
  return keys.flatMap((key) => {
    const m: Message = en[key];
    return (typeof m === 'string' ? [m] : Object.values(m))
      .flatMap((t) => t.split(/\{\w+\}/))
      .map((p) => p.replace(/^[\s.,:;()…“”]+|[\s.,:;()…“”]+$/g, ''))
      .filter((p) => p.length >= 3);
  });
}

// The words main's merge added (selection, status key, the later statement); the whole text
// of these charts also holds the data's own English titles and notes, so only these are checked.
describe('words added with the controllers and the new statuses, in every shipped language', () => {
  const selection = piecesOf(['select.selected', 'select.cleared']);
  const key = piecesOf(['timeline.plannedKey', 'timeline.keyLabel', 'timeline.dateKnown']);
  // "region" alone is also in the statement's own (English) note; its label is '”; region:'.
  const later = [...piecesOf(['sankey.later']).filter((p) => p !== 'region'), '; region'];
  const click = (el: Chart) =>
    q<SVGElement>(el, '[data-focus]')?.dispatchEvent(
      new MouseEvent('click', {bubbles: true, composed: true})
    );

  for (const lang of SHIPPED_LOCALES) {
    const english = lang === 'en';
    it(`${lang}: the timeline's selection and mark key${english ? ' (in English)' : ''}`, async () => {
      const el = await drawn<Chart>(
        'apac-timeline',
        html`<apac-timeline lang=${lang}></apac-timeline>`,
        900
      );
      click(el);
      await el.updateComplete;
      const live = text(q(el, '.live'));
      expect(live).to.not.equal('');
      const words = `${live}\n${shown(q(el, '.legend'))}`;
      const found = [...selection, ...key].filter((p) => containsWord(words, p));
      if (english) expect(found.length).to.be.greaterThan(2);
      else expect(found, `English left in ${lang}`).to.deep.equal([]);
    });

    it(`${lang}: the Sankey's selection and later statement${english ? ' (in English)' : ''}`, async () => {
      const el = await drawn<Chart>(
        'apac-sankey',
        html`<apac-sankey lang=${lang}></apac-sankey>`,
        900
      );
      click(el);
      await el.updateComplete;
      const live = text(q(el, '.live'));
      expect(live).to.not.equal('');
      const words = `${live}\n${text(q(el, '.later'))}`;
      const found = [...selection, ...later].filter((p) => containsWord(words, p));
      if (english) expect(found.length).to.be.greaterThan(2);
      else expect(found, `English left in ${lang}`).to.deep.equal([]);
    });
  }
});

describe("a map's indicator words, loaded with the indicator", () => {
  // A map page carries the words of the indicator it draws, not all eleven's: each indicator's
  // module adds its own English (scripts/indicator-modules.mjs); the other languages'
  // catalogues have them all.
  it('names an indicator and its categories in Japanese, not in English', async () => {
    const ja = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth lang="ja" indicator="fatf-member"></apac-choropleth>`,
      800
    );
    const words = text(q(ja, '.legend'));
    const {ja: catalogue} = await import('../../src/i18n/locales/ja.js');
    expect(words).to.contain(catalogue['indicator.fatf-member']);
    expect(words).to.contain(catalogue['category.fatf-member.member']);
    expect(words).not.to.contain(en['indicator.fatf-member']);
  });

  it("keeps a host's words for an indicator no map has loaded yet", async () => {
    const ignored = defineLocale('fr', {
      'indicator.acct-ratified': 'Convention de l’ASEAN contre le terrorisme : ratifiée',
      'noValue.acct-ratified': 'Pas encore ratifiée',
    });
    expect(ignored).to.deep.equal([]);
    const el = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth lang="fr" indicator="acct-ratified"></apac-choropleth>`,
      800
    );
    expect(text(q(el, '.legend'))).to.contain(
      'Convention de l’ASEAN contre le terrorisme : ratifiée'
    );
  });
});

describe('a host changes the words without a build step', () => {
  it('adds a language with defineLocale, and charts on the page redraw', async () => {
    const el = await drawn<Chart>('apac-sankey', html`<apac-sankey lang="fr"></apac-sankey>`, 800);
    expect(text(q(el, 'button.table-toggle'))).to.equal('Show data as table');
    defineLocale('fr', {'frame.showTable': 'Voir les données en tableau'});
    await el.updateComplete;
    expect(text(q(el, 'button.table-toggle'))).to.equal('Voir les données en tableau');
  });

  it("overrides one chart's words with its messages property", async () => {
    const el = await drawn<Chart>(
      'apac-timeline',
      html`<apac-timeline lang="ja" .messages=${{'frame.showTable': '表を見る'}}></apac-timeline>`,
      800
    );
    expect(text(q(el, 'button.table-toggle'))).to.equal('表を見る');
    expect(text(q(el, '.credit'))).to.match(/^出典：/);
  });
});

/** Elements of the chart that stick out of its box (tables scroll on purpose and are skipped). */
function overflowing(el: Chart): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  const root = el.shadowRoot as ShadowRoot;
  for (const node of root.querySelectorAll<Element>('*')) {
    if (node.closest('.table-wrap, .visually-hidden, defs, clipPath, title, desc')) continue;
    // The SVG clips its own marks (a map runs past its frame); its text must fit, though.
    if (node instanceof SVGElement && !(node instanceof SVGTextElement)) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - 1 || r.right > box.right + 1)
      out.push(
        `${node.localName}.${node.getAttribute('class') ?? ''} "${text(node).slice(0, 40)}" ${Math.round(r.left)}–${Math.round(r.right)}`
      );
  }
  if (el.scrollWidth > el.clientWidth + 1) out.push(`host scrolls: ${el.scrollWidth}`);
  return out;
}

describe('layouts that survive translation at 320 px', () => {
  const charts = [
    ['apac-choropleth', html`<apac-choropleth lang="en-XA" time-slider></apac-choropleth>`],
    ['apac-timeline', html`<apac-timeline lang="en-XA"></apac-timeline>`],
    ['apac-sankey', html`<apac-sankey lang="en-XA"></apac-sankey>`],
  ] as const;
  for (const [tag, template] of charts) {
    it(`${tag} in the pseudo-locale (+40 %) overflows nothing`, async () => {
      const el = await drawn<Chart>(tag, template, 320);
      expect(text(q(el, 'button.table-toggle'))).to.match(/^⟦/);
      expect(overflowing(el)).to.deep.equal([]);
    });
  }

  it('a legend item that wraps keeps its count after its last word, inside the chart', async () => {
    // At 288 px (a 320 px phone, less a page's margins) the pseudo-locale's "(3)" stood apart at
    // the legend's right edge, between the two lines of its label, and was cut off.
    const el = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth lang="en-XA"></apac-choropleth>`,
      288
    );
    const items = qa(el, '.legend-items li');
    const wrapped = items.filter((li) => li.getBoundingClientRect().height > 30);
    expect(wrapped.length, 'an item whose label wraps').to.be.greaterThan(0);
    const right = el.getBoundingClientRect().right;
    for (const li of items) {
      const count = li.querySelector('.count')?.getBoundingClientRect();
      const words = li.querySelector('span:not(.count)')?.getClientRects();
      const last = words?.[words.length - 1];
      expect(Boolean(count && last), text(li)).to.equal(true);
      if (!count || !last) continue;
      expect(count.right, text(li)).to.be.at.most(right + 0.5);
      expect(Math.abs(count.bottom - last.bottom), `${text(li)}: on its last line`).to.be.below(3);
    }
  });

  for (const lang of ['th', 'ja', 'zh-Hans', 'ko']) {
    it(`the timeline in ${lang} breaks its lines without spaces and overflows nothing`, async () => {
      const el = await drawn<Chart>(
        'apac-timeline',
        html`<apac-timeline lang=${lang} orientation="vertical"></apac-timeline>`,
        320
      );
      expect(overflowing(el)).to.deep.equal([]);
      const key = q(el, '.key');
      expect(key?.getBoundingClientRect().width).to.be.at.most(320);
    });
  }
});

describe('a numeric map legend in every shipped language', () => {
  const pieces = englishPieces(['map.', 'indicator.', 'unit.', 'noValue.']);
  /** Events hosted (the dataset's words), and own data with decimals (classes "… to under …"). */
  const legends = async (lang: string) => {
    const values = ['TH', 'VN', 'MY', 'ID', 'PH', 'SG', 'JP', 'AU'].map((economy, i) => ({
      economy,
      value: 0.5 + i * 1.25,
    }));
    const own = {indicator: {label: 'Share', unit: '%', citation: 'test'}, values};
    const hosted = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth lang=${lang} indicator="events-hosted"></apac-choropleth>`,
      600
    );
    const decimals = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth lang=${lang} .data=${own}></apac-choropleth>`,
      600
    );
    // The dataset's note ("Only events held, by host…") is its own words, English in every
    // language and marked so (a screen reader reads it in English): the chart's words are the rest.
    const chartWords = (el: Element) => {
      const legend = q<HTMLElement>(el, '.legend')?.cloneNode(true) as HTMLElement;
      const english = [...legend.querySelectorAll('[lang="en"]')];
      legend.querySelectorAll('[lang="en"]').forEach((n) => n.remove());
      el.shadowRoot?.append(legend);
      const words = shown(legend);
      legend.remove();
      return {words, english: english.map((n) => n.textContent ?? '')};
    };
    return [chartWords(hosted), chartWords(decimals)];
  };
  for (const lang of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
    it(`${lang}: the classes ("… to under …"), the unit and "None in this dataset" in ${lang}`, async () => {
      const [hosted, decimals] = await legends(lang);
      expect(hosted.english).to.deep.equal([
        'Only events held, by host (a virtual meeting counts for its chair): the dataset is not a complete register of meetings.',
      ]);
      expect(decimals.english).to.deep.equal([]);
      for (const {words} of [hosted, decimals]) {
        expect(words).to.not.equal('');
        expect(pieces.filter((p) => containsWord(words, p))).to.deep.equal([]);
      }
    });
  }

  it('en: the English class words are there (the check above can fail)', async () => {
    const [hosted, decimals] = await legends('en');
    expect(hosted.words).to.match(/None in this dataset/);
    expect(decimals.words).to.match(/to under/);
  });
});

describe("the bundled data's own words are marked English in a chart in another language", () => {
  const hover = async (el: Chart, sel: string) => {
    q(el, sel)?.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, composed: true}));
    await el.updateComplete;
    return q(el, '.tooltip');
  };

  it("the timeline's card (title, note) and tooltip; the map's and the Sankey's tooltip notes", async () => {
    // A screen reader reads them with English rules, the chart's words with Japanese (WCAG 3.1.2).
    const timeline = await drawn<Chart & {selected?: string}>(
      'apac-timeline',
      html`<apac-timeline lang="ja" selected="ammtc-10"></apac-timeline>`,
      1280
    );
    expect(q(timeline, '.card-title')?.getAttribute('lang')).to.equal('en');
    expect(text(q(timeline, '.card .note [lang="en"]'))).to.match(/^Dated to the opening ceremony/);
    expect(q(timeline, '.card dt')?.closest('[lang]')).to.equal(null);
    const tip = await hover(timeline, '[data-id="ammtc-1"]');
    expect(tip?.querySelector('.tip-name')?.getAttribute('lang')).to.equal('en');

    // Singapore's year in force, and the heroin flow, each with a note of the dataset's.
    for (const [tag, chart, mark] of [
      [
        'apac-choropleth',
        html`<apac-choropleth lang="ja" indicator="acct-in-force-year"></apac-choropleth>`,
        '[data-id="SG"]',
      ],
      [
        'apac-sankey',
        html`<apac-sankey lang="ja" orientation="horizontal"></apac-sankey>`,
        'g.link[data-id="F03:a"]',
      ],
    ] as const) {
      const tip = await hover(await drawn<Chart>(tag, chart, 1280), mark);
      expect(tip?.querySelector('.tip-note')?.getAttribute('lang'), tag).to.equal('en');
    }
  });

  it('own data: its language is not known, so nothing is marked', async () => {
    const data = {
      indicator: {label: 'Share', citation: 'test'},
      values: [{economy: 'SG', value: 3, note: 'Une note'}],
    };
    const map = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth lang="ja" .data=${data}></apac-choropleth>`,
      1280
    );
    const tip = await hover(map, '[data-id="SG"]');
    expect(text(tip?.querySelector('.tip-note') ?? null)).to.equal('Une note');
    expect(tip?.querySelector('[lang]')).to.equal(null);
  });
});
