/** Apache ECharts (canvas, its default renderer), with the same projection and data. */
import * as echarts from 'echarts';
import {geoCentroid, geoEqualEarth} from 'd3-geo';
import {schemeTableau10} from 'd3-scale-chromatic';
import {eventData, flowData, kindOf, mapData, type Scenario} from '../scenarios.js';
import {frames, type Adapter} from '../types.js';

function option(scenario: Scenario): {
  option: echarts.EChartsOption;
  point: (c: echarts.ECharts) => number[] | null;
  height: number;
} {
  const kind = kindOf(scenario);
  const stress = scenario.endsWith('stress');
  if (kind === 'map') {
    const data = mapData();
    if (!echarts.getMap('apac'))
      echarts.registerMap('apac', {
        type: 'FeatureCollection',
        features: [
          ...data.context.map((f, i) => ({...f, properties: {name: `context-${i}`}})),
          ...data.economies,
        ],
      } as Parameters<typeof echarts.registerMap>[1]);
    const projection = geoEqualEarth().rotate([-150, 0]);
    const color = new Map(data.categories.map((c, i) => [c, schemeTableau10[i] as string]));
    const au = data.economies.find((f) => f.properties.name === 'AU');
    return {
      height: 0.56,
      option: {
        tooltip: {trigger: 'item'},
        series: [
          {
            type: 'map',
            map: 'apac',
            projection: {
              project: (p: number[]) => projection(p as [number, number]) ?? [0, 0],
              unproject: (p: number[]) => projection.invert?.(p as [number, number]) ?? [0, 0],
            },
            itemStyle: {areaColor: '#e4e6ea', borderColor: '#fff'},
            data: data.economies.map((f) => ({
              name: f.properties.name,
              itemStyle: {areaColor: color.get(data.values.get(f.properties.name) ?? '')},
            })),
          },
        ],
      },
      point: (c) => (au ? c.convertToPixel({seriesIndex: 0}, geoCentroid(au)) : null),
    };
  }
  if (kind === 'sankey') {
    const data = flowData(stress);
    return {
      height: stress ? 900 : 500,
      option: {
        tooltip: {trigger: 'item'},
        series: [
          {
            type: 'sankey',
            data: data.nodes.map((n) => ({name: n.id})),
            links: data.links,
            label: {show: true},
          },
        ],
      },
      point: (c) => {
        // Node positions are not in the public API; read the laid-out graph of the series.
        const model = (
          c as unknown as {
            getModel(): {
              getSeriesByIndex(i: number): {
                getGraph(): {
                  getNodeByIndex(i: number): {
                    getLayout(): {x: number; y: number; dx: number; dy: number};
                  };
                };
              };
            };
          }
        ).getModel();
        const l = model.getSeriesByIndex(0).getGraph().getNodeByIndex(0).getLayout();
        return [l.x + l.dx / 2, l.y + l.dy / 2];
      },
    };
  }
  const {events} = eventData(stress);
  const lanes = [...new Set(events.map((e) => e.lane))];
  const first = events[0];
  return {
    height: Math.max(200, lanes.length * 28 + 40),
    option: {
      tooltip: {trigger: 'item'},
      grid: {left: 120},
      xAxis: {type: 'time'},
      yAxis: {type: 'category', data: lanes},
      series: [
        {type: 'scatter', symbolSize: 8, data: events.map((e) => [e.date, e.lane, e.title])},
      ],
    },
    point: (c) =>
      first ? c.convertToPixel({seriesIndex: 0}, [first.date.getTime(), first.lane]) : null,
  };
}

const once = (chart: echarts.ECharts, event: string) =>
  new Promise<void>((resolve) => {
    const handler = () => {
      chart.off(event, handler);
      resolve();
    };
    chart.on(event, handler);
  });

export const adapter: Adapter = {
  supports: () => true,
  async draw(root, scenario) {
    const {option: opt, point, height} = option(scenario);
    root.style.height = `${height < 1 ? Math.round(root.clientWidth * height) : height}px`;
    const chart = echarts.init(root, null, {renderer: 'canvas'});
    const finished = once(chart, 'finished');
    chart.setOption(opt);
    await finished;
    await frames();
    return {
      async resize(width) {
        root.style.width = `${width}px`;
        if (height < 1) root.style.height = `${Math.round(width * height)}px`;
        const done = once(chart, 'finished');
        chart.resize();
        await done;
        await frames();
      },
      hoverTarget() {
        const p = point(chart);
        const r = root.getBoundingClientRect();
        return p ? {x: r.x + (p[0] ?? 0), y: r.y + (p[1] ?? 0)} : null;
      },
      async hovered() {
        await once(chart, 'mouseover');
        // ECharts paints the emphasis in its next render pass.
        await Promise.race([once(chart, 'rendered'), frames(2)]);
        await frames(1);
      },
    };
  },
};
