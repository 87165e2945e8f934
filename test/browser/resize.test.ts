/// <reference types="mocha" />
import {expect, html, oneEvent} from '@open-wc/testing';
import '../../src/choropleth.js';
import {drawn, q} from './helpers.js';

type Chart = HTMLElement & {updateComplete: Promise<boolean>};

/** The chart's part at `sel`; a test failure when it is missing. */
function must<T extends Element = HTMLElement>(el: Element, sel: string): T {
  const found = q<T>(el, sel);
  if (!found) throw new Error(`${el.localName}: no ${sel}`);
  return found;
}

/** The context land's outline on screen, px. */
function line(c: Chart): number {
  const p = must<SVGPathElement>(c, 'path.context');
  return parseFloat(getComputedStyle(p).strokeWidth) * (p.getScreenCTM()?.a ?? NaN);
}

describe('resizing without starting over', () => {
  it('<apac-choropleth> 800 → 640 px: the same paths, drawn smaller; labels keep their size', async () => {
    const el = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      800
    );
    const au = must<SVGPathElement>(el, 'path[data-id="AU"]');
    const d = au.getAttribute('d');
    const before = au.getBoundingClientRect();
    const svgBefore = must(el, 'svg.chart').getBoundingClientRect().height;
    const fontBefore = getComputedStyle(must(el, '.economy-label')).fontSize;
    const lineBefore = line(el);
    const render = oneEvent(el, 'apac-render');
    (el.parentElement as HTMLElement).style.width = '640px';
    await render;
    await el.updateComplete;
    const after = must<SVGPathElement>(el, 'path[data-id="AU"]');
    expect(after, 'the same element').to.equal(au);
    expect(after.getAttribute('d'), 'the same path string').to.equal(d);
    const box = after.getBoundingClientRect();
    expect(box.width / before.width).to.be.closeTo(0.8, 0.02);
    expect(box.height / before.height).to.be.closeTo(0.8, 0.02);
    // Labels and the thin outlines as they were, not scaled down with the paths (where the
    // paths land against a fresh projection: test/unit/map-rescale.test.ts).
    expect(must(el, 'svg.chart').getBoundingClientRect().height / svgBefore).to.be.closeTo(
      0.8,
      0.01
    );
    expect(getComputedStyle(must(el, '.economy-label')).fontSize).to.equal(fontBefore);
    expect(line(el)).to.be.closeTo(lineBefore, 0.005);
  });
});
