/** Vega-Lite compiled to Vega (canvas, Vega's default renderer). It has no Sankey mark. */
import {compile, type TopLevelSpec} from 'vega-lite';
import {View, parse} from 'vega';
import {eventData, kindOf, mapData, type Scenario} from '../scenarios.js';
import {frames, type Adapter} from '../types.js';

function spec(scenario: Scenario, width: number): TopLevelSpec {
  if (kindOf(scenario) === 'map') {
    const data = mapData();
    const economies = data.economies.map((f) => ({
      ...f,
      properties: {...f.properties, category: data.values.get(f.properties.name) ?? ''},
    }));
    return {
      width,
      height: Math.round(width * 0.56),
      projection: {type: 'equalEarth', rotate: [-150, 0, 0]},
      layer: [
        {data: {values: data.context}, mark: {type: 'geoshape', fill: '#e4e6ea'}},
        {
          data: {values: economies},
          mark: {type: 'geoshape', stroke: '#fff'},
          encoding: {
            color: {field: 'properties.category', type: 'nominal'},
            tooltip: {field: 'properties.name'},
          },
        },
      ],
    } as TopLevelSpec;
  }
  const {events} = eventData(scenario.endsWith('stress'));
  return {
    width,
    data: {values: events.map((e) => ({date: e.date.toISOString(), lane: e.lane, title: e.title}))},
    mark: 'point',
    encoding: {
      x: {field: 'date', type: 'temporal'},
      y: {field: 'lane', type: 'nominal'},
      color: {field: 'lane', type: 'nominal', legend: null},
      tooltip: {field: 'title'},
    },
  } as TopLevelSpec;
}

export const adapter: Adapter = {
  supports: (s) => kindOf(s) !== 'sankey',
  async draw(root, scenario) {
    const view = new View(parse(compile(spec(scenario, root.clientWidth)).spec), {
      renderer: 'canvas',
      container: root,
      hover: true,
    });
    await view.runAsync();
    await frames();
    return {
      async resize(width) {
        root.style.width = `${width}px`;
        await view.width(width).runAsync();
        await frames();
      },
      hoverTarget: () => null,
      hovered: async () => undefined,
    };
  },
};
