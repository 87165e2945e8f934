/**
 * apac-viz: the elements, as a page would use them. The chart's module is loaded in `setup`, as
 * every other library's code is before `draw` (bench/page.ts: render is timed with the code
 * loaded); the chart's bundled data, which the element loads itself, is part of its render.
 */
import {apacData, isLarge, kindOf, type Scenario} from '../scenarios.js';
import {center, frames, until, type Adapter} from '../types.js';

type Chart = HTMLElement & {data: unknown; resize(): boolean};

const load = {
  map: () => import('../../src/choropleth.js'),
  sankey: () => import('../../src/sankey.js'),
  timeline: () => import('../../src/timeline.js'),
};
const TAG = {map: 'apac-choropleth', sankey: 'apac-sankey', timeline: 'apac-timeline'};
const MARK = {map: 'path[data-id="AU"]', sankey: '.node rect', timeline: '[data-focus]'};

const rendered = (el: Element) =>
  new Promise<void>((resolve) => el.addEventListener('apac-render', () => resolve(), {once: true}));

/**
 * Asked later: whether the page is then in the rendering of the first frame after this call,
 * past its animation callbacks and before the task that follows its paint (where a
 * ResizeObserver delivers), so that this frame's paint shows what was drawn.
 */
function inFrameRendering(): () => boolean {
  let rendering = false;
  requestAnimationFrame(() => {
    rendering = true;
    setTimeout(() => (rendering = false));
  });
  return () => rendering;
}

let largeUrl = '';

export const adapter: Adapter = {
  supports: () => true,
  async setup(scenario) {
    await load[kindOf(scenario)]();
    if (!isLarge(scenario)) return;
    const type = 'text/csv';
    largeUrl = URL.createObjectURL(new Blob([apacData.largeFile(scenario)], {type}));
  },
  async draw(root, scenario: Scenario) {
    const kind = kindOf(scenario);
    const el = document.createElement(TAG[kind]) as Chart;
    if (scenario === 'sankey-stress') el.data = apacData.sankeyStress();
    if (scenario === 'timeline-stress') el.data = apacData.timelineStress();
    if (isLarge(scenario)) el.setAttribute('src', largeUrl);
    const drawn = rendered(el);
    root.append(el);
    await drawn;
    await frames();
    const tip = () => el.shadowRoot?.querySelector('.tooltip:not([hidden])');
    return {
      async resize(width, observed) {
        const again = rendered(el);
        const rendering = inFrameRendering();
        root.style.width = `${width}px`;
        // Told, as the floor and ECharts are; else left to its ResizeObserver.
        if (!observed) el.resize();
        await again;
        // Painted once the frame after the one that paints it begins, as for every library: two
        // frames after a drawing in a task; one after a drawing in a frame's rendering (its
        // ResizeObserver's delivery, after the frame's animation callbacks, before its paint).
        await frames(rendering() ? 1 : 2);
      },
      hoverTarget: () => center(el.shadowRoot?.querySelector(MARK[kind])),
      async hovered() {
        await until(el.shadowRoot as ShadowRoot, () => Boolean(tip()));
        await frames(1);
      },
    };
  },
};
