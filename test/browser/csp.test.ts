/// <reference types="mocha" />
import {expect, waitUntil} from '@open-wc/testing';

// img-src blob: is what toPNG() needs (it draws the SVG through an image); nothing else does.
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; require-trusted-types-for 'script'";

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('draws and exports all three charts with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:900px';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${POLICY}">
      <script type="module" src="/test/fixtures/csp-page.ts"></script></head>
      <body><apac-choropleth></apac-choropleth><apac-timeline></apac-timeline>
      <apac-sankey lang="th"></apac-sankey></body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & {violations?: string[]}) | null;
      const drawn = () =>
        ['apac-choropleth', 'apac-timeline', 'apac-sankey'].every((tag) =>
          frame.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('svg.chart')
        );
      await waitUntil(drawn, 'the charts did not draw under the policy', {timeout: 8000});
      const sankey = frame.contentDocument?.querySelector('apac-sankey');
      // Its Thai catalogue came as a chunk of its own, under the same policy.
      const toggle = sankey?.shadowRoot?.querySelector('button.table-toggle');
      expect(toggle?.textContent?.trim()).to.equal('แสดงข้อมูลเป็นตาราง');
      const rect = sankey?.shadowRoot?.querySelector('g.node rect') as SVGRectElement;
      // Colours set through styleMap (CSSOM), which the policy allows, not style="" strings.
      expect(win()?.violations).to.deep.equal([]);
      expect(win()?.getComputedStyle(rect).fill).to.not.equal('rgb(0, 0, 0)');
      // Export too: the standalone SVG carries presentation attributes, never inline styles.
      type Exporter = Element & {toSVG(): string; toPNG(scale?: number): Promise<Blob>};
      for (const tag of ['apac-choropleth', 'apac-timeline', 'apac-sankey']) {
        const chart = frame.contentDocument?.querySelector(tag) as Exporter;
        expect(chart.toSVG(), tag).to.not.match(/\sstyle=/);
        expect((await chart.toPNG(1)).type).to.equal('image/png');
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(win()?.violations, 'after export').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('reads a large file at src in the data worker under the policy (worker-src from self)', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:900px';
    // 20,000 rows, 2.1 MB: past the size read in the worker (core/worker-load.ts).
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${POLICY}">
      <script type="module" src="/test/fixtures/csp-page.ts"></script></head>
      <body><apac-timeline src="/generated/events.csv?rows=20000"></apac-timeline></body></html>`;
    document.body.append(frame);
    try {
      const win = () =>
        frame.contentWindow as (Window & {violations?: string[]; loads?: Window['loads']}) | null;
      const chart = () => frame.contentDocument?.querySelector('apac-timeline');
      await waitUntil(
        () => chart()?.shadowRoot?.querySelector('svg.chart'),
        'the timeline did not draw under the policy',
        {timeout: 60_000}
      );
      expect(win()?.loads).to.deep.equal([{tag: 'apac-timeline', source: 'src', worker: true}]);
      expect(chart()?.shadowRoot?.querySelector('.shown')?.textContent).to.match(/20,000 events/);
      expect(win()?.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
