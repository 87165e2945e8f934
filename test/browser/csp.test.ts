/// <reference types="mocha" />
import {expect, waitUntil} from '@open-wc/testing';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('draws all three charts with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:900px';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${POLICY}">
      <script type="module" src="/test/fixtures/csp-page.ts"></script></head>
      <body><apac-choropleth></apac-choropleth><apac-timeline></apac-timeline>
      <apac-sankey></apac-sankey></body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & {violations?: string[]}) | null;
      const drawn = () =>
        ['apac-choropleth', 'apac-timeline', 'apac-sankey'].every((tag) =>
          frame.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('svg.chart')
        );
      await waitUntil(drawn, 'the charts did not draw under the policy', {timeout: 8000});
      const sankey = frame.contentDocument?.querySelector('apac-sankey');
      const rect = sankey?.shadowRoot?.querySelector('g.node rect') as SVGRectElement;
      // Colours set through styleMap (CSSOM), which the policy allows, not style="" strings.
      expect(win()?.violations).to.deep.equal([]);
      expect(win()?.getComputedStyle(rect).fill).to.not.equal('rgb(0, 0, 0)');
    } finally {
      frame.remove();
    }
  });
});
