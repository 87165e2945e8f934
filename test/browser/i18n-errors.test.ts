/**
 * Error boxes in the reader's language: an own-data file with problems, and one that cannot be
 * read, say so in every shipped locale with no English words of the catalogue.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {text} from './helpers.js';
import '../../src/index.js';
import {SHIPPED_LOCALES, type Message} from '../../src/i18n/catalogue.js';
import {en} from '../fixtures/english.js';

type Chart = HTMLElement & {updateComplete: Promise<boolean>};

/** The literal pieces of the English messages under `prefixes` (placeholders taken out). */
function englishPieces(prefixes: string[]): string[] {
  const out = new Set<string>();
  for (const [key, m] of Object.entries(en) as [string, Message][]) {
    if (!prefixes.some((p) => key.startsWith(p))) continue;
    for (const t of typeof m === 'string' ? [m] : Object.values(m))
      for (const piece of t.split(/\{\w+\}/)) {
        const p = piece.replace(/^[\s.,:;()…"]+|[\s.,:;()…"]+$/g, '');
        if (p.length >= 3) out.add(p);
      }
  }
  return [...out];
}

/** `piece` in `text` as whole words. */
function containsWord(text: string, piece: string): boolean {
  const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
}

/** The chart's error box once it shows, with the problems it lists. */
async function errorBox(template: TemplateResult): Promise<{box: string; items: number}> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:600px">${template}</div>`);
  const el = box.firstElementChild as Chart;
  await waitUntil(() => el.shadowRoot?.querySelector('.error'), 'no error box', {timeout: 8000});
  await el.updateComplete;
  const error = el.shadowRoot?.querySelector('.error')?.cloneNode(true) as Element | undefined;
  const items = error?.querySelectorAll('li').length ?? 0;
  // Paths (`rows[0].value`) are the data's own field names, not the library's words.
  for (const code of error?.querySelectorAll('code') ?? []) code.replaceWith(' · ');
  return {box: text(error ?? null), items};
}

const files = {
  sankey: (lang: string) =>
    html`<apac-sankey
      lang=${lang}
      src="/test/fixtures/own/invalid-flows.csv"
      credit="Ours"
    ></apac-sankey>`,
  timeline: (lang: string) =>
    html`<apac-timeline
      lang=${lang}
      src="/test/fixtures/own/invalid-events.csv"
      credit="Ours"
    ></apac-timeline>`,
  unreadable: (lang: string) =>
    html`<apac-sankey
      lang=${lang}
      src="/test/fixtures/own/invalid.json"
      credit="Ours"
    ></apac-sankey>`,
};

const pieces = englishPieces(['frame.', 'issue.', 'value.', 'load.']);

describe('error boxes in every shipped language', () => {
  for (const lang of SHIPPED_LOCALES.filter((l) => l !== 'en'))
    for (const [name, file] of Object.entries(files))
      it(`${lang}: ${name} file, no English words of the catalogue`, async () => {
        const {box, items} = await errorBox(file(lang));
        expect(items, box).to.be.greaterThan(0);
        const english = pieces.filter((p) => containsWord(box, p));
        expect(english, `English left in ${lang}: ${box}`).to.deep.equal([]);
      });

  it('en: the same boxes hold the English words (the check above can fail)', async () => {
    for (const file of Object.values(files)) {
      const {box} = await errorBox(file('en'));
      expect(pieces.filter((p) => containsWord(box, p)).length, box).to.be.greaterThan(2);
    }
  });

  it('en: problems in a CSV name its rows and columns as a spreadsheet shows them', async () => {
    // `events[0].start` means nothing to someone who made the file in a spreadsheet.
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:600px">${files.timeline('en')}</div>`
    );
    const el = box.firstElementChild as Chart;
    await waitUntil(() => el.shadowRoot?.querySelector('.error li'), 'no error box', {
      timeout: 8000,
    });
    const items = [...(el.shadowRoot?.querySelectorAll('.error li') ?? [])].map((li) => text(li));
    expect(items[0]).to.equal('Row 2, column “start” is not a real calendar date');
    expect(items.join('\n')).to.contain('Row 4, column “economy”');
    expect(el.shadowRoot?.querySelector('.error code')).to.equal(null);
  });
});
