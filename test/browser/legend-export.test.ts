/**
 * The legend is one model, drawn on the page and into toSVG(). These tests hold the two to the
 * same words, counts and colours, and check that the export never reads the page's legend back.
 */
import {expect, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {drawn, q, qa, text} from './helpers.js';
import '../../src/choropleth.js';
import '../../src/sankey.js';
import '../../src/timeline.js';

type Chart = HTMLElement & {updateComplete: Promise<boolean>; toSVG(): string};

const CASES: [string, string, TemplateResult, number][] = [
  ['map, categories', 'apac-choropleth', html`<apac-choropleth></apac-choropleth>`, 800],
  [
    'map, bins with no data',
    'apac-choropleth',
    html`<apac-choropleth indicator="events-hosted"></apac-choropleth>`,
    800,
  ],
  [
    'map, a ramp',
    'apac-choropleth',
    html`<apac-choropleth
      indicator="acct-in-force-year"
      classification="continuous"
    ></apac-choropleth>`,
    800,
  ],
  [
    "map, the indicator's note, on a phone",
    'apac-choropleth',
    html`<apac-choropleth indicator="apg-member"></apac-choropleth>`,
    320,
  ],
  ['Sankey, stated totals', 'apac-sankey', html`<apac-sankey></apac-sankey>`, 1280],
  ['Sankey, ranges', 'apac-sankey', html`<apac-sankey report="sea2019"></apac-sankey>`, 800],
  ['timeline, horizontal', 'apac-timeline', html`<apac-timeline></apac-timeline>`, 800],
  ['timeline, folded', 'apac-timeline', html`<apac-timeline></apac-timeline>`, 320],
];

/** The page legend's words in order, as a reader sees them: controls left out, counts in brackets. */
function pageWords(el: Element): string {
  const legend = q(el, '.legend');
  if (!legend) return '';
  const controls = '.chips, details, .range, .slider, button, input';
  const words: string[] = [];
  for (const block of legend.querySelectorAll('p, .ramp, ul')) {
    if (block.closest(controls)) continue;
    if (block.matches('p')) words.push(text(block));
    else if (block.matches('.ramp')) words.push(...[...block.querySelectorAll('span')].map(text));
    else
      for (const li of block.querySelectorAll(':scope > li')) {
        const count = text(li.querySelector('.count'));
        // The label's words, without the count written inside them.
        const label = [...li.querySelectorAll(':scope > span:not(.count):not(.swatch)')]
          .map((span) => {
            const words = span.cloneNode(true) as Element;
            words.querySelector('.count')?.remove();
            return text(words);
          })
          .join(' ');
        words.push(count ? `${label} (${count})` : text(li));
      }
  }
  return words.join(' ');
}

/** The colours of the page legend's swatches, in order ('no-data' for the hatching). */
function pageSwatches(el: Element): string[] {
  return qa(el, '.legend .swatch').flatMap((s) =>
    s.matches('.no-data')
      ? ['no-data']
      : [...s.querySelectorAll('rect, circle')].map((shape) => getComputedStyle(shape).fill)
  );
}

/** The exported picture's legend: the group between the subhead and the chart. */
function exportedLegend(svgText: string): Element {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const groups = [...doc.documentElement.children].filter((c) => c.localName === 'g');
  const legend = groups[2];
  if (!legend) throw new Error('no legend group in the export');
  return legend;
}

const exportWords = (legend: Element) =>
  [...legend.querySelectorAll('text')]
    .map((t) => t.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const exportSwatches = (legend: Element) =>
  [...legend.querySelectorAll(':scope > svg:not([viewBox]) > *, :scope > rect')].map((s) =>
    s.getAttribute('fill') === 'url(#no-data)' ? 'no-data' : (s.getAttribute('fill') ?? '')
  );

describe('legend export', () => {
  for (const [name, tag, template, width] of CASES) {
    it(`${name}: the export says and shows what the page's legend does`, async () => {
      const el = await drawn<Chart>(tag, template, width);
      const legend = exportedLegend(el.toSVG());
      const words = pageWords(el);
      expect(words.length, 'the page has a legend').to.be.greaterThan(10);
      expect(exportWords(legend)).to.equal(words);
      if (name.includes('note')) expect(words).to.contain('does not prove non-membership');
      expect(exportSwatches(legend)).to.deep.equal(pageSwatches(el));
      // The page writes each count in brackets too (a class "3" and its count 1 read "31").
      for (const count of qa(el, '.legend .count'))
        expect(
          [getComputedStyle(count, '::before').content, getComputedStyle(count, '::after').content],
          text(count)
        ).to.deep.equal(['"("', '")"']);
    });
  }

  it("is drawn from the model: renaming or emptying the page legend's markup changes no byte", async () => {
    const el = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth indicator="events-hosted"></apac-choropleth>`,
      800
    );
    const before = el.toSVG();
    for (const node of qa(el, '.legend *')) node.setAttribute('class', 'renamed');
    expect(el.toSVG()).to.equal(before);
    for (const li of qa(el, '.legend li')) li.setAttribute('hidden', '');
    expect(el.toSVG()).to.equal(before);
  });
});
