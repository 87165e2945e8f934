/** Vega-Lite compiled to Vega (canvas, Vega's default renderer). It has no Sankey mark. */
import {compile, type TopLevelSpec} from 'vega-lite';
import {View, parse} from 'vega';
import {eventData, kindOf, mapData, type Scenario} from '../scenarios.js';
import {frames, type Adapter} from '../types.js';

interface Item {
  datum?: {properties?: {name?: string}};
  bounds?: {x1: number; y1: number; x2: number; y2: number};
  items?: Item[];
}

/** The first scenegraph item whose datum passes `test` (canvas: there is no DOM to query). */
function findItem(node: Item, test: (d: NonNullable<Item['datum']>) => boolean): Item | undefined {
  if (node.datum && test(node.datum) && node.bounds) return node;
  for (const child of node.items ?? []) {
    const hit = findItem(child, test);
    if (hit) return hit;
  }
  return undefined;
}

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
    mark: {type: 'point', filled: true},
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
    let shown: (() => void) | undefined;
    const view = new View(parse(compile(spec(scenario, root.clientWidth)).spec), {
      renderer: 'canvas',
      container: root,
      hover: true,
    });
    // Hover feedback is the tooltip: Vega calls its handler when the pointer reaches a mark.
    view.tooltip((_handler: unknown, _event: unknown, _item: unknown, value: unknown) => {
      if (value !== undefined && value !== null) shown?.();
    });
    await view.runAsync();
    await frames();
    return {
      async resize(width) {
        root.style.width = `${width}px`;
        await view.width(width).runAsync();
        await frames();
      },
      hoverTarget() {
        const r = root.querySelector('canvas')?.getBoundingClientRect();
        if (!r) return null;
        const [ox, oy] = view.origin();
        if (kindOf(scenario) !== 'map') {
          // A point at the first event's date in its lane, through the chart's own scales.
          const first = eventData(scenario.endsWith('stress')).events[0];
          const x = view.scale('x') as (v: Date) => number;
          const y = view.scale('y') as (v: string) => number;
          return first ? {x: r.x + ox + x(first.date), y: r.y + oy + y(first.lane)} : null;
        }
        // vega's types describe scenegraph() as a Scene; at run time it is the graph with a root.
        const graph = view.scenegraph() as unknown as {root: Item};
        const b = findItem(graph.root, (d) => d.properties?.name === 'AU')?.bounds;
        return b ? {x: r.x + ox + (b.x1 + b.x2) / 2, y: r.y + oy + (b.y1 + b.y2) / 2} : null;
      },
      async hovered() {
        await new Promise<void>((resolve) => (shown = resolve));
        await frames(1);
      },
    };
  },
};
