/**
 * The floor: plain d3 writing SVG, the least a hand-made chart would do (no legend, table, keyboard
 * or accessibility). A resize draws everything again, re-projecting every coordinate.
 */
import {extent} from 'd3-array';
import {geoEqualEarth, geoPath} from 'd3-geo';
import {sankey, sankeyLinkHorizontal, type SankeyGraph} from 'd3-sankey';
import {scaleBand, scaleOrdinal, scaleUtc} from 'd3-scale';
import {schemeTableau10} from 'd3-scale-chromatic';
import {select} from 'd3-selection';
import {eventData, flowData, kindOf, mapData, type Scenario} from '../scenarios.js';
import {center, frames, until, type Adapter} from '../types.js';

const SVG = 'http://www.w3.org/2000/svg';

function svgIn(root: HTMLElement, width: number, height: number) {
  root.replaceChildren();
  return select(root)
    .append(() => document.createElementNS(SVG, 'svg'))
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`);
}

function drawMap(root: HTMLElement, width: number): void {
  const data = mapData();
  const height = Math.round(width * 0.56);
  const projection = geoEqualEarth()
    .rotate([-150, 0])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      {type: 'FeatureCollection', features: data.economies}
    );
  const path = geoPath(projection);
  const color = scaleOrdinal<string, string>(data.categories, schemeTableau10);
  const svg = svgIn(root, width, height);
  svg
    .append('g')
    .selectAll('path')
    .data(data.context)
    .join('path')
    .attr('d', path)
    .attr('fill', '#e4e6ea');
  svg
    .append('g')
    .selectAll('path')
    .data(data.economies)
    .join('path')
    .attr('d', path)
    .attr('data-id', (d) => d.properties.name)
    .attr('fill', (d) => color(data.values.get(d.properties.name) ?? ''))
    .attr('stroke', '#fff')
    .on('pointerover', function () {
      select(this).attr('stroke', '#000').classed('hover', true);
    })
    .on('pointerout', function () {
      select(this).attr('stroke', '#fff').classed('hover', false);
    });
}

function drawSankey(root: HTMLElement, width: number, stress: boolean): void {
  const data = flowData(stress);
  const height = stress ? 900 : 500;
  type N = {id: string; label: string};
  type L = {source: string; target: string; value: number};
  const layout = sankey<N, L>()
    .nodeId((n) => n.id)
    .extent([
      [1, 1],
      [width - 1, height - 1],
    ]);
  const graph = layout({
    nodes: data.nodes.map((n) => ({...n})),
    links: data.links.map((l) => ({...l})),
  } as SankeyGraph<N, L>);
  const color = scaleOrdinal<string, string>(schemeTableau10);
  const svg = svgIn(root, width, height);
  svg
    .append('g')
    .attr('fill', 'none')
    .selectAll('path')
    .data(graph.links)
    .join('path')
    .attr('d', sankeyLinkHorizontal())
    .attr('stroke', (l) => color((l.source as N).id))
    .attr('stroke-opacity', 0.5)
    .attr('stroke-width', (l) => Math.max(1, l.width ?? 1));
  svg
    .append('g')
    .selectAll('rect')
    .data(graph.nodes)
    .join('rect')
    .attr('class', 'node')
    .attr('x', (n) => n.x0 ?? 0)
    .attr('y', (n) => n.y0 ?? 0)
    .attr('width', (n) => (n.x1 ?? 0) - (n.x0 ?? 0))
    .attr('height', (n) => Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0)))
    .attr('fill', (n) => color(n.id))
    .on('pointerover', function () {
      select(this).classed('hover', true).attr('stroke', '#000');
    });
  svg
    .append('g')
    .attr('font-size', 11)
    .selectAll('text')
    .data(graph.nodes)
    .join('text')
    .attr('x', (n) => ((n.x0 ?? 0) < width / 2 ? (n.x1 ?? 0) + 4 : (n.x0 ?? 0) - 4))
    .attr('y', (n) => ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2)
    .attr('text-anchor', (n) => ((n.x0 ?? 0) < width / 2 ? 'start' : 'end'))
    .text((n) => n.label);
}

function drawTimeline(root: HTMLElement, width: number, stress: boolean): void {
  const {events} = eventData(stress);
  const lanes = [...new Set(events.map((e) => e.lane))];
  const height = Math.max(200, lanes.length * 28 + 40);
  const [lo, hi] = extent(events, (e) => e.date) as [Date, Date];
  const x = scaleUtc()
    .domain([lo, hi])
    .range([120, width - 10]);
  const y = scaleBand()
    .domain(lanes)
    .range([10, height - 30]);
  const color = scaleOrdinal<string, string>(lanes, schemeTableau10);
  const svg = svgIn(root, width, height);
  svg
    .append('g')
    .attr('font-size', 11)
    .selectAll('text')
    .data(lanes)
    .join('text')
    .attr('x', 4)
    .attr('y', (l) => (y(l) ?? 0) + y.bandwidth() / 2)
    .text((l) => l.slice(0, 18));
  svg
    .append('g')
    .selectAll('circle')
    .data(events)
    .join('circle')
    .attr('class', 'event')
    .attr('cx', (e) => x(e.date))
    .attr('cy', (e) => (y(e.lane) ?? 0) + y.bandwidth() / 2)
    .attr('r', 4)
    .attr('fill', (e) => color(e.lane))
    .on('pointerover', function () {
      select(this).classed('hover', true).attr('r', 6);
    });
  svg
    .append('g')
    .attr('transform', `translate(0 ${height - 20})`)
    .attr('font-size', 11)
    .selectAll('text')
    .data(x.ticks(8))
    .join('text')
    .attr('x', (t) => x(t))
    .text((t) => String(t.getUTCFullYear()));
}

export const adapter: Adapter = {
  supports: () => true,
  async draw(root, scenario: Scenario) {
    const kind = kindOf(scenario);
    const stress = scenario.endsWith('stress');
    const draw = (width: number) =>
      kind === 'map'
        ? drawMap(root, width)
        : kind === 'sankey'
          ? drawSankey(root, width, stress)
          : drawTimeline(root, width, stress);
    draw(root.clientWidth);
    await frames();
    const mark = () =>
      root.querySelector(
        kind === 'map' ? 'path[data-id="AU"]' : kind === 'sankey' ? '.node' : '.event'
      );
    return {
      async resize(width) {
        root.style.width = `${width}px`;
        draw(width);
        await frames();
      },
      hoverTarget: () => center(mark()),
      async hovered() {
        await until(root, () => Boolean(root.querySelector('.hover')));
        await frames(1);
      },
    };
  },
};
