/** apac-viz: the elements, as a page would use them. */
import {apacData, kindOf, type Scenario} from '../scenarios.js';
import {center, frames, until, type Adapter} from '../types.js';

type Chart = HTMLElement & {data: unknown};

const load = {
  map: () => import('../../src/choropleth.js'),
  sankey: () => import('../../src/sankey.js'),
  timeline: () => import('../../src/timeline.js'),
};
const TAG = {map: 'apac-choropleth', sankey: 'apac-sankey', timeline: 'apac-timeline'};
const MARK = {map: 'path[data-id="AU"]', sankey: '.node rect', timeline: '[data-focus]'};

const rendered = (el: Element) =>
  new Promise<void>((resolve) => el.addEventListener('apac-render', () => resolve(), {once: true}));

export const adapter: Adapter = {
  supports: () => true,
  async draw(root, scenario: Scenario) {
    const kind = kindOf(scenario);
    await load[kind]();
    const el = document.createElement(TAG[kind]) as Chart;
    if (scenario === 'sankey-stress') el.data = apacData.sankeyStress();
    if (scenario === 'timeline-stress') el.data = apacData.timelineStress();
    const drawn = rendered(el);
    root.append(el);
    await drawn;
    await frames();
    const tip = () => el.shadowRoot?.querySelector('.tooltip:not([hidden])');
    return {
      async resize(width) {
        const again = rendered(el);
        root.style.width = `${width}px`;
        await again;
        await frames();
      },
      hoverTarget: () => center(el.shadowRoot?.querySelector(MARK[kind])),
      async hovered() {
        await until(el.shadowRoot as ShadowRoot, () => Boolean(tip()));
        await frames(1);
      },
    };
  },
};
