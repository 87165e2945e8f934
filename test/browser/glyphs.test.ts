/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import {drawn, qa, shown} from './helpers.js';
import '../../src/choropleth.js';
import '../../src/timeline.js';
import '../../src/sankey.js';

/**
 * Signs (arrows, operators, shapes, technical signs, dingbats: U+2190–U+2BFF) typed as text.
 * Few sans-serif faces have them (Linux and Android's Noto Sans has none of "−", "→", "⟲", "▾"):
 * the browser then goes through the chart's whole font list and the system's fonts in the
 * chart's first layout, and draws the sign in whatever face it finds. Charts draw them instead.
 */
const SIGNS = /[\u2190-\u2bff]/u;

/** Each piece of text the reader sees in the chart's first picture that holds a sign. */
function typedSigns(el: Element): string[] {
  const out: string[] = [];
  const root = el.shadowRoot;
  if (!root) return out;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const words = n.textContent ?? '';
    if (!SIGNS.test(words)) continue;
    // The text's own boxes: its element may draw none (a slot's fallback words, in a slot).
    range.selectNodeContents(n);
    if (range.getClientRects().length > 0)
      out.push(`${n.parentElement?.localName}: ${words.trim()}`);
  }
  return out;
}

describe('signs drawn, not typed', () => {
  const charts = [
    ['the map', 'apac-choropleth', html`<apac-choropleth></apac-choropleth>`],
    ['the timeline', 'apac-timeline', html`<apac-timeline></apac-timeline>`],
    ['the Sankey', 'apac-sankey', html`<apac-sankey></apac-sankey>`],
    [
      'the vertical timeline',
      'apac-timeline',
      html`<apac-timeline orientation="vertical"></apac-timeline>`,
    ],
  ] as const;
  for (const [name, tag, template] of charts)
    for (const width of [1280, 375])
      it(`${name} at ${width} px: no sign typed in its first picture`, async () => {
        const el = await drawn<HTMLElement & {updateComplete: Promise<boolean>}>(
          tag,
          template,
          width
        );
        expect(typedSigns(el)).to.deep.equal([]);
      });

  it('a Sankey names its flows in words: the loop left out, a flow highlighted, a flow itself', async () => {
    const citation = 'test';
    const el = await drawn<HTMLElement & {data: unknown; updateComplete: Promise<boolean>}>(
      'apac-sankey',
      html`<apac-sankey
        highlight="link-1"
        .data=${{
          links: [
            {source: 'A', target: 'B', value: 2, citation},
            {source: 'B', target: 'C', value: 2, citation},
            {source: 'C', target: 'A', value: 1, citation},
          ],
        }}
      ></apac-sankey>`,
      800
    );
    expect(typedSigns(el)).to.deep.equal([]);
    expect(shown(qa(el, '.cycle')[0] ?? null)).to.equal(
      'Left out because they close a loop: C to A.'
    );
    expect(shown(qa(el, '.highlighted')[0] ?? null)).to.contain('A to B');
    expect(qa(el, 'g.link').map((l) => l.getAttribute('aria-label'))).to.include('A to B: 2');
  });

  it('the zoom buttons are named by their labels and show a drawn sign', async () => {
    for (const tag of ['apac-choropleth', 'apac-timeline'] as const) {
      const el = await drawn<HTMLElement & {updateComplete: Promise<boolean>}>(
        tag,
        tag === 'apac-timeline'
          ? html`<apac-timeline></apac-timeline>`
          : html`<apac-choropleth></apac-choropleth>`,
        800
      );
      const buttons = qa(el, 'button.control');
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Zoom in',
        'Zoom out',
        'Reset zoom',
      ]);
      for (const b of buttons) {
        expect(b.textContent?.trim(), tag).to.equal('');
        const sign = b.querySelector('svg path')?.getBoundingClientRect();
        expect(sign?.width, `${tag}: the sign is drawn`).to.be.greaterThan(6);
      }
    }
  });
});
