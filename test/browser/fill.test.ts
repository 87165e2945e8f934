/// <reference types="mocha" />
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import {q} from './helpers.js';
import {events} from '../../src/data.js';

type Chart = HTMLElement & {updateComplete: Promise<boolean>};

/** The chart's part at `sel`; a test failure when it is missing. */
function must<T extends Element = HTMLElement>(el: Element, sel: string): T {
  const found = q<T>(el, sel);
  if (!found) throw new Error(`${el.localName}: no ${sel}`);
  return found;
}
/**
 * Each chart as it can be drawn in the box: the bundled map; a timeline whose rows fit (ten
 * bundled events; all of them need more rows than 540 px hold, see below); the drawn Sankey
 * (`auto` makes a list of the bundled report at 960 px, since one name finds no place).
 */
const CHARTS: [string, (el: Chart) => void][] = [
  ['apac-choropleth', () => {}],
  ['apac-timeline', (el) => Object.assign(el, {data: events.slice(0, 10)})],
  ['apac-sankey', (el) => el.setAttribute('orientation', 'horizontal')],
];
const HEADLINE = 'A headline long enough to take a line';

/** Mounts `tag` in a box `w` × `h` px set by CSS (no `height` attribute); resolves once drawn. */
async function inBox(
  tag: string,
  w: number,
  h: number,
  setup: (el: Chart) => void = () => {}
): Promise<{box: HTMLElement; el: Chart}> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width:${w}px;height:${h}px;display:flex;flex-direction:column"></div>`
  );
  const el = document.createElement(tag) as Chart;
  el.setAttribute('headline', HEADLINE);
  el.setAttribute('subhead', 'A subhead');
  el.style.flex = '1 1 auto';
  setup(el);
  const render = oneEvent(el, 'apac-render');
  box.append(el);
  await render;
  // The first drawing brings the legend, which takes its share of the box: one more layout.
  await new Promise((r) => setTimeout(r, 100));
  await el.updateComplete;
  return {box, el};
}

/** What the frame leaves for the drawing: the box less padding and every part but the plot. */
function boxLessFrame(el: Chart, boxHeight: number): number {
  const frame = must<HTMLElement>(el, '.frame');
  const style = getComputedStyle(frame);
  let rest = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  for (const part of frame.children) {
    if (part.classList.contains('plot')) continue;
    const s = getComputedStyle(part);
    if (s.display === 'none' || s.position === 'absolute') continue;
    rest +=
      part.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
  }
  return boxHeight - rest;
}

const svgHeight = (el: Chart) => must(el, 'svg.chart').getBoundingClientRect().height;

describe('a chart fills the box the page gives it', () => {
  for (const [tag, setup] of CHARTS) {
    it(`<${tag}> in a 960 × 540 box by CSS: the drawing is the box less its frame (±5 %), inside the box`, async () => {
      const {box, el} = await inBox(tag, 960, 540, setup);
      const room = boxLessFrame(el, 540);
      const drawn = svgHeight(el);
      expect(room, 'room left for the drawing').to.be.above(200);
      expect(Math.abs(drawn - room) / room, `drawn ${drawn} px for ${room} px`).to.be.below(0.05);
      // Nothing spills out of the box or hides in it: the footer's bottom is inside it.
      const footer = must(el, '.footer').getBoundingClientRect();
      expect(footer.bottom).to.be.at.most(box.getBoundingClientRect().bottom + 1);
      expect(must(el, 'svg.chart').getBoundingClientRect().bottom).to.be.at.most(footer.top + 1);
    });

    it(`<${tag}>: a box that changes height is followed; with no height the chart picks its own`, async () => {
      const {box, el} = await inBox(tag, 960, 540, setup);
      const tall = svgHeight(el);
      box.style.height = '720px';
      await waitUntil(() => svgHeight(el) > tall + 100, 'did not grow with the box');
      expect(Math.abs(svgHeight(el) - boxLessFrame(el, 720)) / boxLessFrame(el, 720)).to.be.below(
        0.05
      );
      // An auto height: the chart's own rule, the same as a chart in a plain block.
      const plain = await fixture<HTMLDivElement>(html`<div style="width:960px"></div>`);
      const other = document.createElement(tag) as Chart;
      other.setAttribute('headline', HEADLINE);
      other.setAttribute('subhead', 'A subhead');
      setup(other);
      const drawnOther = oneEvent(other, 'apac-render');
      plain.append(other);
      await drawnOther;
      box.style.height = '';
      el.style.flex = '';
      await waitUntil(
        () => Math.abs(svgHeight(el) - svgHeight(other)) < 1,
        `auto height: ${svgHeight(el)} px, a chart in a plain block ${svgHeight(other)} px`
      );
      expect(must(el, '.frame').classList.contains('fill')).to.equal(false);
    });
  }

  for (const tag of ['apac-timeline', 'apac-sankey'])
    it(`<${tag}> with more rows than the box holds: they scroll inside the plot, nothing spills`, async () => {
      const {box, el} = await inBox(tag, 960, 540);
      const plot = must<HTMLElement>(el, '.plot');
      expect(plot.classList.contains('scrolls')).to.equal(true);
      expect(plot.scrollHeight).to.be.above(plot.clientHeight);
      expect(Math.abs(plot.clientHeight - boxLessFrame(el, 540))).to.be.below(2);
      const footer = must(el, '.footer').getBoundingClientRect();
      expect(footer.bottom).to.be.at.most(box.getBoundingClientRect().bottom + 1);
      expect(plot.getBoundingClientRect().bottom).to.be.at.most(footer.top + 1);
    });

  for (const [tag] of CHARTS)
    it(`<${tag}> in a 320 × 640 phone box: inside the box, the drawing filling it or scrolling in it`, async () => {
      const {box, el} = await inBox(tag, 320, 640);
      const frame = must<HTMLElement>(el, '.frame');
      const plot = must<HTMLElement>(el, '.plot');
      const footer = must(el, '.footer').getBoundingClientRect();
      expect(frame.getBoundingClientRect().bottom).to.be.at.most(
        box.getBoundingClientRect().bottom + 1
      );
      expect(plot.getBoundingClientRect().bottom).to.be.at.most(footer.top + 1);
      if (frame.scrollHeight > frame.clientHeight + 1) {
        // A legend too long for the box: the least drawing, and the frame scrolls.
        expect(plot.clientHeight).to.be.closeTo(160, 1);
        return;
      }
      expect(footer.bottom).to.be.at.most(box.getBoundingClientRect().bottom + 1);
      const room = boxLessFrame(el, 640);
      if (plot.classList.contains('scrolls')) expect(plot.scrollHeight).to.be.above(room);
      else
        expect(Math.abs(svgHeight(el) - room) / room, `${svgHeight(el)} for ${room}`).to.be.below(
          0.05
        );
    });

  for (const [tag] of CHARTS)
    it(`<${tag}> in a box by CSS settles: no drawing after the legend has taken its share`, async () => {
      // A legend whose words depend on the drawing (the map's numbered circles, tried at stop
      // 37) can change the room it leaves, and so the drawing, and so the legend: the map drew
      // 121 times in two seconds, 263 and 283 px tall by turns, in a 320 × 640 box.
      for (const [w, h] of [
        [320, 640],
        [375, 540],
        [414, 800],
      ] as const) {
        const {el} = await inBox(tag, w, h);
        let more = 0;
        const count = () => more++;
        el.addEventListener('apac-render', count);
        await new Promise((r) => setTimeout(r, 300));
        el.removeEventListener('apac-render', count);
        expect(more, `${w} × ${h}: drawings after it settled`).to.equal(0);
      }
    });

  it('a legend that loses words in a box of fixed height gives their room back to the drawing', async () => {
    // The legend keeps its tallest height while the box stays (so a legend that follows the
    // drawing settles), but not past words the page took away.
    const {el} = await inBox('apac-choropleth', 320, 640);
    const before = svgHeight(el);
    el.setAttribute('highlight', 'Thailand, Viet Nam');
    await waitUntil(() => svgHeight(el) < before - 10, 'the highlight line took no room');
    el.removeAttribute('highlight');
    await waitUntil(() => Math.abs(svgHeight(el) - before) < 2, 'the room was not given back');
  });

  it('a box too short for the frame and the least drawing: the frame scrolls, nothing overlaps or spills', async () => {
    // The Sankey's long legend at 320 px leaves less than 160 px of a 540 px box.
    const {box, el} = await inBox('apac-sankey', 320, 540, (x) =>
      x.setAttribute('orientation', 'horizontal')
    );
    const frame = must<HTMLElement>(el, '.frame');
    expect(frame.scrollHeight).to.be.above(frame.clientHeight);
    // What follows the box on the page is not covered by the chart's overflow.
    const after = document.createElement('div');
    after.style.height = '300px';
    box.after(after);
    const below = box.getBoundingClientRect();
    expect(document.elementFromPoint(below.left + 20, below.bottom + 10)).to.equal(after);
    expect(frame.getBoundingClientRect().bottom).to.be.at.most(
      box.getBoundingClientRect().bottom + 1
    );
    expect(svgHeight(el)).to.be.at.least(159);
    const footer = must(el, '.footer').getBoundingClientRect();
    expect(must(el, 'svg.chart').getBoundingClientRect().bottom).to.be.at.most(footer.top + 1);
  });

  it('a `height` attribute still fixes the drawing height inside a box', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:960px;height:540px">
        <apac-sankey height="300" orientation="horizontal" style="height:100%"></apac-sankey>
      </div>`
    );
    const el = box.firstElementChild as Chart;
    if (!q(el, 'svg.chart')) await oneEvent(el, 'apac-render');
    await el.updateComplete;
    expect(Math.round(svgHeight(el))).to.equal(300);
  });
});
