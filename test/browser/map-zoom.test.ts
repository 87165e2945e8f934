/// <reference types="mocha" />
import {expect, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {q, qa, shown, text} from './helpers.js';
import {atWidth} from './phone-helpers.js';
import '../../src/choropleth.js';
import type {ApacChoropleth} from '../../src/choropleth.js';
import type {ChoroplethLayout} from '../../src/layout/choropleth/layout.js';
import {ZOOM_STEP, type ZoomController} from '../../src/core/zoom-controller.js';

type Inside = {layout: ChoroplethLayout; zoom: ZoomController};
const inside = (el: ApacChoropleth) => el as unknown as Inside;

/** What the map writes for each economy it names or numbers: id → text. */
const written = (el: ApacChoropleth) =>
  new Map(qa(el, 'text.economy-label').map((t) => [t.getAttribute('data-of') ?? '', text(t)]));

/** The on-screen heights of the names and numbers, and the diameters of the circles, px. */
const sizes = (el: ApacChoropleth) => ({
  text: qa(el, 'text.economy-label').map((t) => Math.round(t.getBoundingClientRect().height)),
  circles: qa(el, 'circle[part~="callout"]').map(
    (c) => Math.round(c.getBoundingClientRect().width * 10) / 10
  ),
});

/** The map of the whole region in a window `width` px wide, drawn. */
const mapAt = (width: number, after = html``) =>
  atWidth<ApacChoropleth>(
    'apac-choropleth',
    html`<apac-choropleth></apac-choropleth>${after}`,
    width
  );

/**
 * A Ctrl+wheel of `deltaY` (in `deltaMode`'s units) over the map, at `across` of its width and
 * halfway down: a trackpad's pinch sends small ones, a mouse's notch 100 px or 3 lines.
 */
function ctrlWheel(el: ApacChoropleth, deltaY: number, deltaMode = 0, across = 1 / 2): void {
  const svg = q(el, 'svg.chart') as SVGSVGElement;
  const r = svg.getBoundingClientRect();
  svg.dispatchEvent(
    new WheelEvent('wheel', {
      ...{deltaY, deltaMode, ctrlKey: true, bubbles: true, cancelable: true},
      ...{clientX: r.left + r.width * across, clientY: r.top + r.height / 2},
    })
  );
}

/** The view centred on `id`'s centroid, `k` times the map: what a reader's pinch there gives. */
function onto(el: ApacChoropleth, id: string, k: number) {
  const {layout} = inside(el);
  const [cx = 0, cy = 0] = layout.marks.find((m) => m.id === id)?.centroid ?? [];
  return {k, x: layout.width / 2 - cx * k, y: layout.height / 2 - cy * k};
}

describe('<apac-choropleth> zoomed in', () => {
  it('keeps its names, numbers and circles their size, and names the economies it had numbered', async () => {
    // Before, the names and circles were scaled with the land: at 2.25 times a phone's map,
    // "Indonesia" stood 30 px tall and ran off the map, and Cambodia and Lao PDR stayed numbers.
    const el = await mapAt(375);
    const before = {sizes: sizes(el), written: written(el)};
    expect([before.written.get('KH'), before.written.get('LA')]).to.satisfy((w: unknown[]) =>
      w.every((t) => t === undefined || /^\d+$/.test(String(t)))
    );
    const {k, x, y} = onto(el, 'KH', 5);
    inside(el).zoom.transformTo(k, x, y);
    await el.updateComplete;
    const after = {sizes: sizes(el), written: written(el)};
    const all = (xs: number[]) => [...new Set(xs)].sort();
    expect(all(after.sizes.text), 'names and numbers, px tall').to.deep.equal(
      all(before.sizes.text)
    );
    for (const d of after.sizes.circles) expect(d).to.be.oneOf(before.sizes.circles);
    expect([after.written.get('KH'), after.written.get('LA')]).to.deep.equal([
      'Cambodia',
      'Lao PDR',
    ]);
    // The legend names the numbers the view writes, and only those.
    const numbers = [...after.written].filter(([, t]) => /^\d+$/.test(t));
    const key = shown(q(el, 'p.numbered'));
    for (const [id, n] of numbers) {
      const name = inside(el).layout.marks.find((m) => m.id === id)?.name ?? id;
      expect(key, `${id}'s number`).to.contain(`${n} ${name}`);
    }
    expect((key.match(/\d+ /g) ?? []).length).to.equal(numbers.length);
    // Every name is inside the map's box (written for the view, not the whole map).
    const box = (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
    for (const t of qa(el, 'text.economy-label')) {
      const r = t.getBoundingClientRect();
      expect(r.left >= box.left - 1 && r.right <= box.right + 1, text(t)).to.equal(true);
    }
  });

  it('follows a pinch or a wheel with the drawing, and writes the names again once it stops', async () => {
    const el = await mapAt(800);
    const wheel = () => ctrlWheel(el, -25, 0, 1 / 3);
    wheel();
    // d3-zoom loads on the first gesture, which it then replays.
    await waitUntil(() => inside(el).zoom.current.k > 1, 'the map did not zoom');
    wheel();
    await el.updateComplete;
    // While the wheel turns, the last picture is scaled with it…
    expect(inside(el).layout.view, 'the layout of the whole').to.equal(undefined);
    expect(q(el, 'g.zoom')?.getAttribute('transform')).to.match(/scale\((?!1\))/);
    // …and once it stops, the map is laid out for the view, names their own size again.
    await waitUntil(() => inside(el).layout.view, 'the map was not laid out again');
    await el.updateComplete;
    expect(inside(el).layout.view?.k).to.equal(inside(el).zoom.current.k);
    expect(q(el, 'g.zoom')?.getAttribute('transform')).to.equal('translate(0 0) scale(1)');
  });

  it('zooms about the middle of what the screen shows of a map taller than it', async () => {
    // A phone's map of the whole region is two panels, Asia over the Americas, taller than the
    // screen. The + button zoomed about the middle of the whole: the sea between the panels.
    const el = await mapAt(375, html`<div style="height: 1200px"></div>`);
    const svg = q(el, 'svg.chart') as SVGSVGElement;
    const {height} = svg.getBoundingClientRect();
    expect(height, 'the map is taller than the window').to.be.greaterThan(innerHeight / 2);
    // The window, 400 px tall, shows the map's top 400 px (the Asian panel).
    await setViewport({width: 375, height: 400});
    scrollTo(0, scrollY + svg.getBoundingClientRect().top);
    const box = svg.getBoundingClientRect();
    const middle = [box.width / 2, (Math.min(box.bottom, innerHeight) - box.top) / 2];
    (q(el, 'button[aria-label="Zoom in"]') as HTMLButtonElement).click();
    await waitUntil(() => inside(el).zoom.current.k > 1, 'the map did not zoom');
    // The point of the map at the middle of what shows stays there (the viewBox is the box).
    const {k, x, y} = inside(el).zoom.current;
    expect(k).to.be.closeTo(1.5, 1e-9);
    expect(x).to.be.closeTo((middle[0] ?? 0) * (1 - k), 0.5);
    expect(y).to.be.closeTo((middle[1] ?? 0) * (1 - k), 0.5);
    expect(middle[1]).to.be.closeTo(200, 1);
    scrollTo(0, 0);
  });

  it('keeps keyboard focus on the economy when zooming draws it as another element', async () => {
    const el = await mapAt(375);
    // Zoomed in onto an economy a phone's map calls out with a circle, its shape is its mark.
    const zoom = inside(el).zoom;
    let tried = 0;
    for (const {id} of inside(el).layout.callouts) {
      zoom.reset();
      await el.updateComplete;
      (q(el, `circle[data-focus="${id}"]`) as SVGElement).focus();
      const {k, x, y} = onto(el, id, 5);
      zoom.transformTo(k, x, y);
      await el.updateComplete;
      if (q(el, `circle[data-focus="${id}"]`)) continue;
      tried++;
      const active = el.shadowRoot?.activeElement;
      expect(active?.tagName, id).to.equal('path');
      expect(active?.getAttribute('data-focus'), id).to.equal(id);
    }
    expect(tried).to.be.greaterThan(0);
  });

  it('does not move up or down the page as the zoom changes the numbers in its key', async () => {
    // The key ("Numbered on the map: …") is the view's; as it lost or gained lines the map moved
    // 16–56 px under the reader's fingers just as a pinch ended.
    const el = await mapAt(375);
    const top = () => (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect().top;
    const key = () => shown(q(el, 'p.numbered'));
    const [before, keyBefore] = [top(), key()];
    const keys = new Set([keyBefore]);
    for (const [id, k] of [
      ['KH', 5],
      ['AU', 2],
      ['PH', 3],
    ] as const) {
      const {x, y} = onto(el, id, k);
      inside(el).zoom.transformTo(k, x, y);
      await el.updateComplete;
      keys.add(key());
      expect(top(), `×${k} on ${id}`).to.be.closeTo(before, 0.5);
    }
    expect(keys.size, 'the key changed with the view').to.be.greaterThan(1);
    inside(el).zoom.reset();
    await el.updateComplete;
    expect([top(), key()]).to.deep.equal([before, keyBefore]);
  });

  it("moves a focused economy's tooltip with the zoom, and hides it once the economy is off the view", async () => {
    const el = await mapAt(1280);
    const tip = () => {
      const t = q(el, '.tooltip') as HTMLElement;
      return t.hidden ? undefined : t.getBoundingClientRect();
    };
    // The gap from Malaysia's middle on the screen to its tooltip, px.
    const gap = () => {
      const [t, svg] = [tip(), (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect()];
      const [cx = 0, cy = 0] = inside(el).layout.marks.find((m) => m.id === 'MY')?.centroid ?? [];
      const [px, py] = [svg.left + cx, svg.top + cy];
      const out = (a: number, b0: number, b1: number) => Math.max(0, b0 - a, a - b1);
      return t && Math.hypot(out(px, t.left, t.right), out(py, t.top, t.bottom));
    };
    (q(el, '[data-focus="MY"]') as SVGGraphicsElement).focus();
    await el.updateComplete;
    expect(gap(), "Malaysia's tooltip").to.be.lessThan(40);
    // Zoomed onto Malaysia: its tooltip beside it, where it is now.
    const {x, y} = onto(el, 'MY', 3);
    inside(el).zoom.transformTo(3, x, y);
    await el.updateComplete;
    expect(gap(), 'after the zoom').to.be.lessThan(40);
    // Panned 160 px: the tooltip moves with it.
    inside(el).zoom.transformTo(3, x + 160, y);
    await el.updateComplete;
    expect(gap(), 'after a pan').to.be.lessThan(40);
    // Zoomed onto the United States: Malaysia is off the view, and its tooltip goes.
    const away = onto(el, 'US', 4);
    inside(el).zoom.transformTo(4, away.x, away.y);
    await el.updateComplete;
    expect(tip()).to.equal(undefined);
  });

  it('pans a zoomed view to the economy the keyboard moves to off it', async () => {
    const el = await mapAt(1280);
    const {x, y} = onto(el, 'KH', 5);
    inside(el).zoom.transformTo(5, x, y);
    await el.updateComplete;
    const start = q(el, '[data-focus="KH"]') as SVGGraphicsElement;
    start.focus();
    // End: the last economy west to east, in the Americas, off a view of Cambodia.
    start.dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true, composed: true}));
    await el.updateComplete;
    const id = el.shadowRoot?.activeElement?.getAttribute('data-focus') ?? '';
    expect(id).to.not.be.oneOf(['', 'KH']);
    const {layout} = inside(el);
    const [cx = -1, cy = -1] = layout.marks.find((m) => m.id === id)?.centroid ?? [];
    expect(
      cx >= 0 && cy >= 0 && cx <= layout.width && cy <= layout.height,
      `${id} in view`
    ).to.equal(true);
    expect(inside(el).zoom.current.k, 'at the same zoom').to.equal(5);
    expect((q(el, '.tooltip') as HTMLElement).hidden, `${id}'s tooltip`).to.equal(false);
  });

  it("zooms one step for a mouse's Ctrl+wheel notch, a little for a pinch's small moves", async () => {
    // d3-zoom's default zoomed a notch (100 px) about 4 times and two notches to the most, 12.
    const el = await mapAt(800);
    const wheel = (deltaY: number, deltaMode = 0) => ctrlWheel(el, deltaY, deltaMode);
    const k = () => inside(el).zoom.current.k;
    wheel(-100);
    await waitUntil(() => k() > 1, 'the map did not zoom');
    // One step, as the + button's.
    expect(k()).to.be.closeTo(ZOOM_STEP, 1e-9);
    wheel(-3, 1); // a notch counted in lines (Firefox)
    expect(k()).to.be.closeTo(ZOOM_STEP ** 2, 1e-9);
    wheel(100);
    expect(k()).to.be.closeTo(ZOOM_STEP, 1e-9);
    // A trackpad's pinch: many small moves, each as d3-zoom has it (×10 with Ctrl).
    wheel(-4);
    expect(k()).to.be.closeTo(ZOOM_STEP * 2 ** 0.08, 1e-9);
  });
});
