/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import {q, qa} from './helpers.js';
import {
  PHONES,
  SCHEMES,
  atWidth,
  chartTexts,
  overlappingTexts,
  sidewaysScroll,
} from './phone-helpers.js';
import '../../src/choropleth.js';
import type {ApacChoropleth} from '../../src/choropleth.js';
import type {ChoroplethLayout} from '../../src/layout/choropleth/layout.js';

const layoutOf = (el: ApacChoropleth) => (el as unknown as {layout: ChoroplethLayout}).layout;

/** Economies in focus whose largest hit target (shape or callout) is under 24 × 24 px. */
function smallTargets(el: ApacChoropleth): string[] {
  return layoutOf(el)
    .marks.filter((m) => m.inFocus)
    .filter((m) => {
      const sizes = qa(el, `[data-id="${m.id}"]`).map((t) => {
        const r = t.getBoundingClientRect();
        return Math.min(r.width, r.height);
      });
      // (Sub-pixel rounding aside.)
      return Math.max(0, ...sizes) < 23.9;
    })
    .map((m) => m.id);
}

describe('<apac-choropleth> on a phone and at desktop width', () => {
  for (const region of ['all', 'apec', 'asean'])
    for (const width of [...PHONES, 1280])
      for (const theme of SCHEMES)
        it(`region ${region} at ${width} px, ${theme}: 24 px targets, names apart`, async () => {
          const el = await atWidth<ApacChoropleth>(
            'apac-choropleth',
            html`<apac-choropleth region=${region} theme=${theme}></apac-choropleth>`,
            width
          );
          const svg = q(el, 'svg.chart') as SVGSVGElement;
          expect(svg.getBoundingClientRect().width, 'drawn at its layout width').to.be.closeTo(
            layoutOf(el).width,
            1
          );
          expect(smallTargets(el), 'economies under 24 px').to.deep.equal([]);
          expect(overlappingTexts(chartTexts(el)), 'text on text').to.deep.equal([]);
          expect(sidewaysScroll(), 'page scrolls sideways').to.equal(0);
        });

  it('on a phone frames APEC as two panels, each side of the Pacific filling the width', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth region="apec"></apac-choropleth>`,
      320
    );
    const box = (id: string) =>
      (q(el, `path[data-id="${id}"]`) as SVGPathElement).getBoundingClientRect();
    // The Americas are drawn below Asia, not beside it across the ocean.
    expect(box('CL').top).to.be.above(box('AU').bottom);
    expect(box('TH').height).to.be.above(20);
  });

  it('names the economies that have room, larger first', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      1280
    );
    const names = chartTexts(el, 'svg.chart text.economy-label').map((t) => t.text);
    expect(names).to.include.members(['Australia', 'Russia', 'Canada', 'United States']);
  });
});
