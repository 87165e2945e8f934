/** Observable Plot (SVG). It has no Sankey mark; a resize draws the chart again. */
import * as Plot from '@observablehq/plot';
import {eventData, kindOf, mapData, type Scenario} from '../scenarios.js';
import {center, frames, until, type Adapter} from '../types.js';

function plot(scenario: Scenario, width: number): SVGSVGElement | HTMLElement {
  if (kindOf(scenario) === 'map') {
    const data = mapData();
    return Plot.plot({
      width,
      height: Math.round(width * 0.56),
      projection: {
        type: 'equal-earth',
        rotate: [-150, 0],
        domain: {type: 'FeatureCollection', features: data.economies},
      },
      color: {domain: data.categories},
      marks: [
        Plot.geo(data.context, {fill: '#e4e6ea'}),
        Plot.geo(data.economies, {
          fill: (f: {properties: {name: string}}) => data.values.get(f.properties.name) ?? '',
          stroke: '#fff',
          tip: true,
          title: (f: {properties: {name: string}}) => f.properties.name,
        }),
      ],
    });
  }
  const {events} = eventData(scenario.endsWith('stress'));
  return Plot.plot({
    width,
    marginLeft: 120,
    marks: [Plot.dot(events, {x: 'date', y: 'lane', fill: 'lane', title: 'title', tip: true})],
  });
}

export const adapter: Adapter = {
  supports: (s) => kindOf(s) !== 'sankey',
  async draw(root, scenario) {
    root.replaceChildren(plot(scenario, root.clientWidth));
    await frames();
    return {
      async resize(width) {
        root.style.width = `${width}px`;
        root.replaceChildren(plot(scenario, width));
        await frames();
      },
      // Plot gives the paths no ids: the economies are the second geo layer, in data order.
      hoverTarget() {
        if (kindOf(scenario) !== 'map')
          return center(root.querySelector('g[aria-label="dot"] circle'));
        const index = mapData().economies.findIndex((f) => f.properties.name === 'AU');
        const layer = root.querySelectorAll('g[aria-label="geo"]')[1];
        return center(layer?.querySelectorAll('path')[index]);
      },
      async hovered() {
        await until(root, () => Boolean(root.querySelector('g[aria-label="tip"] path')));
        await frames(1);
      },
    };
  },
};
