/// <reference types="mocha" />
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/choropleth.js';
import '../../src/timeline.js';
import '../../src/sankey.js';
import {dateFields, drawn, q} from './helpers.js';

type Chart = HTMLElement & {updateComplete: Promise<boolean>; resize(): boolean};

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

/** A chart of `tag` drawn in an 800 px box, and how many pictures it draws from then on. */
async function drawnIn800(tag: string, attributes: Record<string, string> = {}) {
  const box = document.createElement('div');
  box.style.width = '800px';
  const chart = box.appendChild(document.createElement(tag) as Chart);
  for (const [name, value] of Object.entries(attributes)) chart.setAttribute(name, value);
  const first = oneEvent(chart, 'apac-render');
  (await fixture<HTMLElement>(html`<section></section>`)).append(box);
  await first;
  await chart.updateComplete;
  let count = 0;
  chart.addEventListener('apac-render', () => count++);
  return {chart, box, renders: () => count};
}

/**
 * `box` narrowed to 640 px by the page, as a page with observers of its own sees it: `seen` is
 * what `read` gives when the page's observer of the box reports (made after the chart's, it
 * reports after it in the same delivery, before the frame is painted); the section around the box
 * is observed too; `errors` collects the page's errors until `stop`.
 */
function narrowedWatched<T>(box: HTMLElement, read: () => T) {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  addEventListener('error', onError);
  const seen = new Promise<T>((resolve) => {
    const page = new ResizeObserver(() => {
      page.disconnect();
      resolve(read());
    });
    page.observe(box);
  });
  const around = new ResizeObserver(() => undefined);
  around.observe(box.parentElement as Element);
  box.style.width = '640px';
  return {
    seen,
    errors,
    stop() {
      removeEventListener('error', onError);
      around.disconnect();
    },
  };
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

  it('<apac-choropleth> 800 → 390 px after an idle moment: two panels, rescaled from the phone side', async () => {
    const el = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      800
    );
    // The page's idle time after the first picture projects the other side of 560 px (375 px).
    await new Promise((r) => requestIdleCallback(r));
    await new Promise((r) => requestIdleCallback(r));
    (el.parentElement as HTMLElement).style.width = '390px';
    expect(el.resize(), 'a new width').to.equal(true);
    await el.updateComplete;
    expect(must(el, 'g.geo').getAttribute('transform')).to.equal(
      `translate(0 0) scale(${390 / 375})`
    );
    // The phone's two panels (APEC: Asia and Oceania above the Americas): taller than wide, as
    // one panel (at most 1.1 times the width) never is.
    const svg = must(el, 'svg.chart').getBoundingClientRect();
    expect(svg.width).to.equal(390);
    expect(svg.height / svg.width).to.be.greaterThan(1.5);
  });

  it('<apac-timeline> 800 → 640 px: the same marks moved, in one render; none once drawn', async () => {
    const el = await drawn<Chart>('apac-timeline', html`<apac-timeline></apac-timeline>`, 800);
    // Its From / To fields come in an update of their own once the page is idle after the first
    // picture (timeline.ts); renders of the chart from then on (the element's own update,
    // counted around it).
    await dateFields(el);
    let renders = 0;
    const host = el as unknown as {update: (changed: unknown) => void};
    const update = host.update.bind(el);
    host.update = (changed) => {
      renders++;
      update(changed);
    };
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await frames();
    await new Promise((r) => setTimeout(r, 50));
    expect(renders, 'renders after the first drawing, with nothing changed').to.equal(0);
    const mark = must<SVGGElement>(el, 'g.event');
    const id = mark.getAttribute('data-id');
    const x = mark.getBoundingClientRect().x;
    const render = oneEvent(el, 'apac-render');
    (el.parentElement as HTMLElement).style.width = '640px';
    await render;
    await el.updateComplete;
    await frames();
    await new Promise((r) => setTimeout(r, 50));
    expect(renders, 'renders for one change of width').to.equal(1);
    const after = must<SVGGElement>(el, `g.event[data-id="${id}"]`);
    expect(after, 'the same element').to.equal(mark);
    expect(after.getBoundingClientRect().x).to.not.equal(x);
    expect(must(el, 'svg.chart').getAttribute('width')).to.equal('640');
  });

  for (const tag of ['apac-choropleth', 'apac-timeline', 'apac-sankey']) {
    it(`<${tag}> resize(): drawn at the new width before it returns, once`, async () => {
      const {chart, box, renders} = await drawnIn800(tag);
      expect(chart.resize(), 'nothing changed').to.equal(false);
      box.style.width = '640px';
      expect(chart.resize(), 'a new width').to.equal(true);
      // In the same task: no observer delivery, no frame has come between.
      expect(renders(), 'apac-render fired').to.equal(1);
      expect(must(chart, 'svg.chart').getAttribute('width')).to.equal('640');
      // The old drawing kept its size only while the width was read: the new one fills the box.
      expect(q(chart, '.measuring'), 'the reading left no trace').to.equal(null);
      expect(must(chart, 'svg.chart').getBoundingClientRect().width).to.equal(640);
      expect(chart.resize(), 'asked again, the same width').to.equal(false);
      // The observer's delivery for the same change draws nothing more.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await new Promise((r) => setTimeout(r, 50));
      expect(renders(), 'renders for one change of width').to.equal(1);
    });
  }

  for (const tag of ['apac-choropleth', 'apac-timeline', 'apac-sankey']) {
    it(`<${tag}> in a box the page narrows: the new picture in the frame that lays the box out, no observer loop`, async () => {
      const {chart, box, renders} = await drawnIn800(tag);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const page = narrowedWatched(box, () => [
        must(chart, 'svg.chart').getAttribute('width'),
        must(chart, '.frame').style.maxHeight,
      ]);
      try {
        const [width, held] = await page.seen;
        expect(width, 'the drawing in the frame that laid out the box').to.equal('640');
        expect(renders(), 'one picture').to.equal(1);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await new Promise((r) => setTimeout(r, 50));
        expect(page.errors, 'errors on the page').to.deep.equal([]);
        expect(held, 'the frame held at its height meanwhile').to.match(/px$/);
        expect(renders(), 'one picture, once the frame is past').to.equal(1);
        const frame = must(chart, '.frame');
        expect([frame.style.minHeight, frame.style.maxHeight], 'the height let go').to.deep.equal([
          '',
          '',
        ]);
        expect(
          chart.getBoundingClientRect().height,
          'the host as tall as its new frame'
        ).to.be.closeTo(frame.getBoundingClientRect().height, 1);
      } finally {
        page.stop();
      }
    });
  }

  it('<apac-choropleth> in a box the page narrows, scaled by a transform: drawn after the delivery, no observer loop', async () => {
    const {chart, box, renders} = await drawnIn800('apac-choropleth');
    const section = box.parentElement as HTMLElement;
    section.style.transform = 'scale(0.5)';
    section.style.transformOrigin = '0 0';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const page = narrowedWatched(box, () => must(chart, 'svg.chart').getAttribute('width'));
    try {
      const inDelivery = await page.seen;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await new Promise((r) => setTimeout(r, 50));
      // Held at its rectangle's height (half its own), the frame shrank in the delivery: a loop.
      expect(page.errors, 'errors on the page').to.deep.equal([]);
      // So it draws as a chart in a height the page gives does, in the task after the delivery.
      expect(inDelivery, 'the old drawing in the frame that laid out the box').to.equal('800');
      expect([must(chart, 'svg.chart').getAttribute('width'), renders()]).to.deep.equal(['640', 1]);
    } finally {
      page.stop();
    }
  });

  it('resize() draws nothing for a chart whose width the page fixed', async () => {
    const {chart, box, renders} = await drawnIn800('apac-sankey', {width: '500'});
    box.style.width = '640px';
    expect(chart.resize(), 'the box changed, the picture did not').to.equal(false);
    expect(renders()).to.equal(0);
    expect(must(chart, 'svg.chart').getAttribute('width')).to.equal('500');
  });

  it('the window resized (a phone turned): every chart on screen redrawn in the first frame at the new size', async () => {
    // A window tall enough for all three, a fourth chart far below it, and one in a height the
    // page gives (whose box a reading lays out twice) above them.
    await setViewport({width: 1000, height: 4000});
    const page = await fixture<HTMLElement>(
      html`<section>
        <apac-sankey class="fill" style="height: 400px"></apac-sankey>
        <apac-choropleth></apac-choropleth><apac-timeline></apac-timeline
        ><apac-sankey></apac-sankey>
        <div style="height: 6000px"></div>
        <apac-sankey></apac-sankey>
      </section>`
    );
    const all = [...page.querySelectorAll<Chart>('apac-choropleth, apac-timeline, apac-sankey')];
    await Promise.all(all.map((c) => (q(c, 'svg.chart') ? null : oneEvent(c, 'apac-render'))));
    await Promise.all(all.map((c) => c.updateComplete));
    const [fill, ...charts] = all as [Chart, ...Chart[]];
    const far = charts.pop() as Chart;
    // The timeline's From / To fields come once the page is idle after its first picture: in,
    // before anything here is counted or watched.
    await dateFields(page.querySelector('apac-timeline') as Chart);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(charts.at(-1)?.getBoundingClientRect().bottom, 'three charts on screen').to.be.below(
      4000
    );
    const renders = charts.map(() => 0);
    charts.forEach((c, i) => c.addEventListener('apac-render', () => renders[i]++));
    let farRenders = 0;
    far.addEventListener('apac-render', () => farRenders++);
    const farWidth = () => must(far, 'svg.chart').getAttribute('width');
    const width = () => charts.map((c) => must(c, 'svg.chart').getAttribute('width') ?? '');
    const before = width();
    // What the frame that follows the window's resize event paints: an observer made in the
    // event reports after that frame's layout, before its paint.
    const firstFrame = new Promise<[string[], string | null]>((resolve) =>
      addEventListener(
        'resize',
        () => {
          const seen = new ResizeObserver(() => {
            seen.disconnect();
            resolve([width(), farWidth()]);
          });
          seen.observe(document.documentElement);
        },
        {once: true}
      )
    );
    try {
      await setViewport({width: 700, height: 4000});
      const [painted, farPainted] = await firstFrame;
      const now = String(Math.floor(page.getBoundingClientRect().width));
      expect(before, 'drawn at the old width').to.not.include(now);
      expect(painted, 'each chart at the new width in the first frame').to.deep.equal(
        charts.map(() => now)
      );
      expect(renders, 'one picture each').to.deep.equal([1, 1, 1]);
      // Off screen, left to its observer: drawn a frame later, in a task of its own.
      expect(farPainted, 'the chart off screen, in the first frame').to.not.equal(now);
      // The observer's delivery for the same change draws nothing more.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await new Promise((r) => setTimeout(r, 50));
      expect(renders, 'one picture each, once the observer has delivered').to.deep.equal([1, 1, 1]);
      expect([farWidth(), farRenders], 'the chart off screen, then').to.deep.equal([now, 1]);
      expect(q(charts[0] as Chart, '.measuring'), 'the reading left no trace').to.equal(null);
      // Only the height (a phone's toolbar hidden by a scroll, many times a scroll): nothing
      // drawn, and nothing in the charts touched, so nothing laid out again.
      // (After a moment: what a chart does once a picture is in comes first.)
      await new Promise((r) => setTimeout(r, 200));
      const touched: string[] = [];
      const watch = new MutationObserver((list) => touched.push(...list.map((m) => m.type)));
      for (const c of [...charts, fill])
        watch.observe(c.shadowRoot as ShadowRoot, {
          subtree: true,
          attributes: true,
          childList: true,
        });
      const resized = new Promise((r) => addEventListener('resize', r, {once: true}));
      await setViewport({width: 700, height: 3900});
      await resized;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      watch.disconnect();
      expect(touched, 'changes in the charts after a new height').to.deep.equal([]);
      expect(renders, 'nothing drawn for a new height').to.deep.equal([1, 1, 1]);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it("the window resized, and the page moving the charts' box as it does: drawn once, at the box's new width", async () => {
    await setViewport({width: 1000, height: 2000});
    const wide = () => innerWidth > 900;
    const page = await fixture<HTMLElement>(
      html`<section style=${`margin-left: ${wide() ? 300 : 0}px`}>
        <apac-timeline></apac-timeline><apac-sankey></apac-sankey>
      </section>`
    );
    const charts = [...page.children] as Chart[];
    await Promise.all(charts.map((c) => (q(c, 'svg.chart') ? null : oneEvent(c, 'apac-render'))));
    await Promise.all(charts.map((c) => c.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The page's own listener, added after the charts' (a framework's window-size hook): it
    // moves their box after the charts' listener has run.
    const move = () => (page.style.marginLeft = `${wide() ? 300 : 0}px`);
    addEventListener('resize', move);
    const widths: string[][] = charts.map(() => []);
    charts.forEach((c, i) =>
      c.addEventListener('apac-render', () =>
        widths[i]?.push(must(c, 'svg.chart').getAttribute('width') ?? '')
      )
    );
    try {
      await setViewport({width: 800, height: 2000});
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await new Promise((r) => setTimeout(r, 50));
      const now = String(Math.floor(page.getBoundingClientRect().width));
      expect(widths, 'each chart drawn once, at the width the page left it').to.deep.equal(
        charts.map(() => [now])
      );
    } finally {
      removeEventListener('resize', move);
      await setViewport({width: 800, height: 600});
    }
  });
});
