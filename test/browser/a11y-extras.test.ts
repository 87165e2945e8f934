/// <reference types="mocha" />
/** What axe cannot see: text contrast in the SVG, reflow at 320 px, forced colours, reduced motion. */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, setViewport} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../../src/index.js';
import {q, qa} from './helpers.js';
import {contrast, luminanceOf} from './contrast.js';
import {srgb} from '../../src/core/export-parts.js';

const CHARTS: [string, TemplateResult][] = [
  ['apac-choropleth', html`<apac-choropleth indicator="events-hosted"></apac-choropleth>`],
  ['apac-timeline', html`<apac-timeline forum="APEC CTWG,AMMTC"></apac-timeline>`],
  ['apac-sankey', html`<apac-sankey></apac-sankey>`],
];

async function mount(template: TemplateResult, theme = 'light'): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div data-theme=${theme}>${template}</div>`);
  const el = box.firstElementChild as HTMLElement;
  el.setAttribute('theme', theme);
  await waitUntil(() => q(el, 'svg.chart'), 'did not draw');
  return el;
}

describe('accessibility beyond axe', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', {active: false});
    await emulateMedia({reducedMotion: 'no-preference'});
    await setViewport({width: 800, height: 600});
  });

  for (const [tag, template] of CHARTS) {
    if (tag === 'apac-choropleth') {
      // The map's only SVG text is the economies' names, drawn over fills of any colour on a
      // halo of the page background: each name needs 4.5:1 against its halo.
      for (const theme of ['light', 'dark']) {
        it(`<${tag}> ${theme}: economy names have 4.5:1 contrast with their halo`, async () => {
          const el = await mount(template, theme);
          const names = qa(el, 'svg.chart text.economy-label');
          expect(names.length, 'economy names to check').to.be.greaterThan(3);
          const low = names
            .map((t) => {
              const style = getComputedStyle(t);
              return [
                t.textContent,
                contrast(style.fill, style.stroke),
                style.strokeWidth,
              ] as const;
            })
            .filter(([, ratio, halo]) => ratio < 4.5 || parseFloat(halo) < 2);
          expect(low).to.deep.equal([]);
          expect(qa(el, 'svg.chart text').length, 'no other SVG text').to.equal(names.length);
        });
      }
      it(`<${tag}> dark: its ramp runs lighter with the value, every class 2.9:1 on the background`, async () => {
        // The darkest blue on the dark background was 1.7:1: the economies with the most
        // events (Indonesia, Thailand) read as if they had none.
        const fills = async (theme: string) => {
          const el = await mount(template, theme);
          const bg = getComputedStyle(q(el, '.frame') as Element).backgroundColor;
          // The classes' swatches, lowest first (no data is a swatch of its own, not drawn).
          const swatches = qa(el, 'svg.swatch rect').map((r) => getComputedStyle(r).fill);
          return {bg, swatches};
        };
        const dark = await fills('dark');
        const light = await fills('light');
        expect(dark.swatches.length, 'classes in the legend').to.be.greaterThan(2);
        expect(luminanceOf(dark.swatches.at(-1) ?? '')).to.be.greaterThan(
          luminanceOf(dark.swatches[0] ?? '')
        );
        expect(luminanceOf(light.swatches.at(-1) ?? '')).to.be.lessThan(
          luminanceOf(light.swatches[0] ?? '')
        );
        for (const c of dark.swatches) expect(contrast(c, dark.bg), c).to.be.at.least(2.9);
      });
    } else {
      for (const theme of ['light', 'dark']) {
        it(`<${tag}> ${theme}: SVG text has at least 4.5:1 contrast with the background`, async () => {
          const el = await mount(template, theme);
          const bg = getComputedStyle(q(el, '.frame') as Element).backgroundColor;
          // Text inside a timeline bar is measured against its bar (timeline-bar-text.test.ts).
          const texts = qa(el, 'svg.chart text:not(.inside)').filter((t) => t.textContent?.trim());
          expect(texts.length, 'SVG text to check').to.be.greaterThan(5);
          const low = texts
            .map((t) => [t.textContent, contrast(getComputedStyle(t).fill, bg)] as const)
            .filter(([, ratio]) => ratio < 4.5);
          expect(low).to.deep.equal([]);
        });
      }
    }

    it(`<${tag}> reflows at 320 px without horizontal scrolling`, async () => {
      await setViewport({width: 320, height: 640});
      await mount(template);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it(`<${tag}> keeps its marks outlined in forced-colors mode`, async () => {
      await executeServerCommand('emulate-forced-colors', {active: true});
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await mount(template);
      const mark = q(el, '[data-focus] rect, [data-focus] circle, path[data-focus], g.link path');
      // Outlined in the system's text colour (marks have a stroke in other modes too).
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(mark as Element).stroke).to.equal(canvasText);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`timeline marks are outlined at 3:1 on their lanes, pale categories too (${theme})`, async () => {
      // Okabe–Ito's yellow (SOMTC's lane) is 1.2:1 on white: its marks, and the dashed outline
      // that says an event was only planned, hardly showed. Every lane's colour is in use here.
      await setViewport({width: 1280, height: 900});
      const el = await mount(html`<apac-timeline></apac-timeline>`, theme);
      const frame = getComputedStyle(q(el, '.frame') as Element);
      const backgrounds = [frame.backgroundColor, srgb(frame.getPropertyValue('--_surface'))];
      const marks = qa(el, 'svg.chart :is(.event, .cluster) > :is(circle, rect:not(.row-hit))');
      const dots = qa(el, 'svg.chart > circle, .chips svg.dot circle');
      expect(marks.length, 'marks to check').to.be.greaterThan(60);
      expect(dots.length, 'lane and filter dots to check').to.be.greaterThan(20);
      const low = [...marks, ...dots].flatMap((m) => {
        const stroke = srgb(getComputedStyle(m).stroke);
        const worst = Math.min(...backgrounds.map((b) => contrast(stroke, b)));
        return worst < 3
          ? [
              `${m.closest('[aria-label]')?.getAttribute('aria-label')}: ${stroke} ${worst.toFixed(2)}`,
            ]
          : [];
      });
      expect(low).to.deep.equal([]);
      // The outline keeps its category's colour: SOMTC's yellow marks stay yellow inside.
      const somtc = qa(el, 'svg.chart .event circle').find(
        (c) => getComputedStyle(c).fill === 'rgb(240, 228, 66)'
      );
      expect(somtc, 'a yellow mark').to.not.equal(undefined);
    });
  }

  it('exports colours as sRGB, which SVG readers outside browsers understand', async () => {
    // The page computes lab() for text inside bars and oklch() for marks' outlines.
    const el = await mount(html`<apac-timeline></apac-timeline>`);
    const svg = (el as HTMLElement & {toSVG(): string}).toSVG();
    expect(svg).to.match(/stroke="rgb\(/);
    expect(svg.match(/(?:ok)?(?:lab|lch)\(|color\(/g) ?? []).to.deep.equal([]);
  });

  it('drops transitions when the reader prefers reduced motion', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    const el = await mount(html`<apac-choropleth></apac-choropleth>`);
    const region = q(el, 'path.region.in') as Element;
    expect(getComputedStyle(region).transitionDuration).to.equal('0s');
  });

  for (const theme of ['light', 'dark']) {
    it(`map borders stand out at 3:1 from every fill beside them (${theme})`, async () => {
      const maps = [
        html`<apac-choropleth></apac-choropleth>`,
        html`<apac-choropleth indicator="events-hosted" region="asean"></apac-choropleth>`,
        html`<apac-choropleth
          indicator="events-hosted"
          classification="continuous"
        ></apac-choropleth>`,
        html`<apac-choropleth indicator="acct-in-force-year" scheme="viridis"></apac-choropleth>`,
      ];
      for (const template of maps) {
        const el = await mount(template, theme);
        const casing = q(el, '.borders.casing') as SVGPathElement;
        const line = q(el, '.borders:not(.casing)') as SVGPathElement;
        expect(casing.getAttribute('d')?.length, 'a border path').to.be.greaterThan(100);
        // Drawn over every economy, so no fill hides them.
        const regions = qa(el, 'path.region');
        const last = regions[regions.length - 1] as Element;
        expect(
          last.compareDocumentPosition(casing) & Node.DOCUMENT_POSITION_FOLLOWING
        ).to.not.equal(0);
        const stroke = [getComputedStyle(casing).stroke, getComputedStyle(line).stroke];
        const hatch = getComputedStyle(q(el, '#no-data rect') as Element).fill;
        const fills = new Set([
          getComputedStyle(q(el, '.context') as Element).fill,
          ...qa(el, 'path.region.in').map((r) => {
            const fill = getComputedStyle(r).fill;
            return fill.startsWith('url') ? hatch : fill;
          }),
        ]);
        for (const fill of fills) {
          const best = Math.max(...stroke.map((s) => contrast(s, fill)));
          expect(best, `border ${stroke.join(' / ')} beside ${fill}`).to.be.at.least(3);
        }
      }
    });
  }

  it('makes the text-sized controls a reader taps at least 24 px tall (WCAG 2.5.8)', async () => {
    const short: string[] = [];
    const check = (el: HTMLElement, selector: string) => {
      const found = qa(el, selector);
      expect(found.length, `${el.localName} ${selector}`).to.be.greaterThan(0);
      for (const c of found) {
        const h = c.getBoundingClientRect().height;
        if (h < 23.9) short.push(`${el.localName} ${selector}: ${h.toFixed(1)} px`);
      }
    };
    const map = await mount(html`<apac-choropleth time-slider></apac-choropleth>`);
    await waitUntil(() => q(map, '.slider input'), 'no year slider');
    check(map, 'button.table-toggle');
    check(map, '.slider input');
    const timeline = await mount(html`<apac-timeline style="width: 800px"></apac-timeline>`);
    // The From / To fields come after the first picture.
    await waitUntil(() => qa(timeline, '.range input').length === 2, 'no From / To fields');
    check(timeline, '.range input');
    const phone = await mount(html`<apac-timeline style="width: 360px"></apac-timeline>`);
    await waitUntil(() => q(phone, '.filters summary'), 'no filter button');
    check(phone, '.filters summary');
    expect(short).to.deep.equal([]);
  });

  it('gives each micro-economy callout a 24 px target', async () => {
    const el = await mount(html`<apac-choropleth></apac-choropleth>`);
    const hits = qa(el, '.callout .hit').map((c) => c.getBoundingClientRect());
    expect(hits.length).to.be.at.least(3);
    // 24 px, sub-pixel rounding aside.
    expect(hits.every((r) => r.width >= 23.9 && r.height >= 23.9)).to.equal(true);
  });
});
