/// <reference types="mocha" />
/**
 * Titles written inside timeline bars: plain text with 4.5:1 contrast on the colour the bar shows
 * (solid, a quarter tint for month/year dates, hollow for planned), with no halo, wholly on the
 * bar and clear of every other mark. Colours are measured as drawn, in light and dark.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/timeline.js';
import type {ApacTimeline} from '../../src/timeline.js';
import {q, qa} from './helpers.js';

/** One lane per palette colour: a long solid bar, a whole-year (fuzzy) bar and a planned bar. */
const FORUMS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'];
const DATA = {
  citation: 'Test rows',
  events: FORUMS.flatMap((forum, i) => [
    {
      title: `${forum} long workshop ${'with a title too long for its bar '.repeat(4)}`,
      start: '2020-01-06',
      end: '2020-06-20',
      forum,
    },
    {title: `${forum} year-long review`, start: '2020', forum},
    {
      title: `${forum} planned series`,
      start: '2020-07-06',
      end: '2020-12-18',
      forum,
      status: i % 2 ? 'planned' : 'held',
    },
  ]),
};

/** A CSS colour as drawn: [r, g, b, a] in 0–1, via a canvas (which reads lab() and the rest). */
const ctx = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
function rgba(color: string): [number, number, number, number] {
  if (!ctx) throw new Error('no canvas');
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return [r / 255, g / 255, b / 255, a / 255];
}
/** `top` at `opacity` over the opaque `under`. */
function over(top: string, opacity: number, under: [number, number, number]) {
  const [r, g, b, a] = rgba(top);
  const k = a * opacity;
  return [r, g, b].map((c, i) => c * k + (under[i] ?? 0) * (1 - k)) as [number, number, number];
}
function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((s) =>
    s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a: readonly number[], b: readonly number[]) => {
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const inside = (a: DOMRect, b: DOMRect) =>
  a.left >= b.left - 0.5 &&
  a.right <= b.right + 0.5 &&
  a.top >= b.top - 0.5 &&
  a.bottom <= b.bottom + 0.5;
const meet = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const theme of ['light', 'dark']) {
  describe(`text inside timeline bars, ${theme}`, () => {
    it('has 4.5:1 contrast on its bar, no halo, and stays on its bar clear of other marks', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width:1280px">
          <apac-timeline theme=${theme} .data=${DATA}></apac-timeline>
        </div>`
      );
      const el = box.firstElementChild as ApacTimeline;
      if (!q(el, 'svg.chart')) await oneEvent(el, 'apac-render');
      await el.updateComplete;
      const page = over(getComputedStyle(q(el, '.frame') as Element).backgroundColor, 1, [1, 1, 1]);
      const bands = qa(el, '.lane-band');
      const marks = qa(el, 'g.event rect.mark, g.event circle.mark, g.cluster rect');
      const labels = qa(el, 'g.event text.label.inside');
      // Every palette colour solid and tinted, and hollow bars.
      expect(labels.length, 'labels inside bars').to.be.at.least(3 * FORUMS.length - 1);
      const problems: string[] = [];
      for (const label of labels) {
        const bar = label.parentElement?.querySelector('rect.mark') as SVGRectElement;
        const box = label.getBoundingClientRect();
        const barBox = bar.getBoundingClientRect();
        // What lies under the bar: the lane's band (a tint on alternate lanes) over the page.
        const band = bands.find((b) => {
          const r = b.getBoundingClientRect();
          return barBox.top >= r.top && barBox.bottom <= r.bottom;
        });
        const bandStyle = band && getComputedStyle(band);
        const under = bandStyle
          ? over(bandStyle.fill, Number(bandStyle.fillOpacity) || 0, page)
          : page;
        const barStyle = getComputedStyle(bar);
        const shown = over(barStyle.fill, Number(barStyle.fillOpacity), under);
        const textStyle = getComputedStyle(label);
        const ink = over(textStyle.fill, Number(textStyle.fillOpacity), shown);
        const name = label.textContent ?? '';
        const r = ratio(ink, shown);
        if (r < 4.5)
          problems.push(`${name}: ${r.toFixed(2)}:1 (${textStyle.fill} on ${barStyle.fill})`);
        if (textStyle.stroke !== 'none' && parseFloat(textStyle.strokeWidth) > 0)
          problems.push(`${name}: halo ${textStyle.stroke} ${textStyle.strokeWidth}`);
        if (!inside(box, barBox))
          problems.push(
            `${name}: runs off its bar ${JSON.stringify([box.left, box.right, box.top, box.bottom, barBox.left, barBox.right, barBox.top, barBox.bottom].map(Math.round))}`
          );
        const hit = marks.find((m) => m !== bar && meet(box, m.getBoundingClientRect()));
        if (hit) problems.push(`${name}: runs into ${hit.parentElement?.getAttribute('data-id')}`);
      }
      expect(problems).to.deep.equal([]);
    });
  });
}
