import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {flows} from '../src/data.js';
import '../src/sankey.js';
import {syntheticFlows} from '../test/fixtures/synthetic.js';

/**
 * `<apac-sankey>` draws illicit flows with their uncertainty: a solid core for the estimate and
 * a pale band for a range. Hover or focus a node or flow to light every path through it; click
 * or Enter pins it, Escape clears. Arrow keys move between nodes, L follows a node's flows.
 */
const meta: Meta = {
  title: 'Charts/Sankey',
  component: 'apac-sankey',
  argTypes: {
    report: {control: 'inline-radio', options: ['tocta2013', 'sea2019']},
    nodeOrder: {control: 'inline-radio', options: ['input', 'auto']},
    nodeAlign: {control: 'inline-radio', options: ['justify', 'left', 'right', 'center']},
    orientation: {control: 'inline-radio', options: ['auto', 'horizontal', 'vertical']},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
  },
  args: {
    headline: 'Illicit flows in East Asia and the Pacific, about 2010',
    subhead: 'UNODC estimates, US dollars a year, from origin through crime to destination',
    report: 'tocta2013',
    nodeOrder: 'input',
    nodeAlign: 'justify',
    orientation: 'auto',
    theme: 'auto',
  },
  render: (a) =>
    html`<apac-sankey
      headline=${a['headline']}
      subhead=${a['subhead']}
      report=${a['report']}
      node-order=${a['nodeOrder']}
      node-align=${a['nodeAlign']}
      orientation=${a['orientation']}
      theme=${a['theme']}
    ></apac-sankey>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Ranges2019: Story = {
  name: '2019 market sizes, with ranges',
  args: {
    report: 'sea2019',
    headline: 'Southeast Asia: illicit market sizes, 2019',
    subhead: 'UNODC; a range where the source gives one',
  },
};

/** TOCTA's flows with origin and destination "East Asia and the Pacific" as one node: loops. */
function looped() {
  const t = flows.tocta2013;
  const label = new Map(t.nodes.map((n) => [n.id, n.label]));
  return {
    unit: 'USD bn/yr',
    links: t.flows
      .filter((f) => f.unit === 'USD bn/yr')
      .flatMap((f) => [
        {
          source: label.get(f.origin),
          target: label.get(f.crime),
          value: f.value,
          citation: f.citation,
        },
        {
          source: label.get(f.crime),
          target: label.get(f.destination),
          value: f.value,
          citation: f.citation,
        },
      ]),
  };
}
export const Cycle: Story = {
  name: 'A loop (origin = destination)',
  render: () =>
    html`<apac-sankey
      headline="When a region is both origin and destination"
      subhead="TOCTA 2013 flows with East Asia and the Pacific as one node"
      .data=${looped()}
    ></apac-sankey>`,
};

export const CustomCSV: Story = {
  name: 'Your data: CSV',
  render: () =>
    html`<apac-sankey
      headline="TOCTA flows from a CSV file"
      subhead="USD billion a year"
      src="./fixtures/tocta-flows.csv"
    ></apac-sankey>`,
};

export const BadData: Story = {
  name: 'Your data: bad rows',
  render: () =>
    html`<apac-sankey
      headline="Bad rows are listed, good ones drawn"
      .data=${{
        unit: 'USD bn/yr',
        citation: 'gallery example, not real data',
        links: [
          {source: 'A', target: 'B', value: 3, citation: 'gallery example'},
          {source: 'B', target: 'C', value: 2, low: 1, high: 4, citation: 'gallery example'},
          {source: 'A', target: 'C', value: -1, citation: 'gallery example'},
          {source: 'C', target: 'C', value: 1, citation: 'gallery example'},
          {source: 'B', target: 'D', value: 5, low: 6, high: 4, citation: 'gallery example'},
          {source: 'A', target: 'D', value: 'lots', citation: 'gallery example'},
        ],
      }}
    ></apac-sankey>`,
};

export const Vertical: Story = {args: {orientation: 'vertical'}};

export const Dark: Story = {
  args: {theme: 'dark'},
  decorators: [(story) => html`<div style="background:#15181d;padding:8px">${story()}</div>`],
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width:320px">${story()}</div>`],
};

export const Stress: Story = {
  name: '300 nodes, 1,200 links (synthetic)',
  render: () =>
    html`<apac-sankey
      headline="300 nodes, 1,200 links"
      subhead="Generated for performance testing; not data"
      .data=${syntheticFlows()}
    ></apac-sankey>`,
};

/** `highlight` takes node or flow ids: the node keeps every flow through it strong. */
export const Highlighted: Story = {
  args: {
    headline: 'Counterfeit goods among the illicit flows, about 2010',
  },
  render: (a) =>
    html`<apac-sankey
      headline=${a['headline']}
      subhead=${a['subhead']}
      highlight="crime:counterfeit-goods"
    ></apac-sankey>`,
};
