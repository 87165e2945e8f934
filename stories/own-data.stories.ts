import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/index.js';

/**
 * Your own data, as a spreadsheet exports it: CSV or TSV, any header case, units in brackets,
 * thousands separators. One `credit` names the source of every row that has no `citation` of its
 * own. Each chart has a template to start from (rows taken from the bundled dataset, each cited):
 * download it, replace the rows, publish the sheet as CSV and put its URL in `src`.
 */
const meta: Meta = {title: 'Own data'};
export default meta;
type Story = StoryObj;

const download = (chart: string) =>
  html`<p>
    <a href="templates/${chart}.csv" download="apac-viz-${chart}-template.csv"
      >Download the ${chart} template (CSV)</a
    >
  </p>`;

export const MapTemplate: Story = {
  name: 'Map from its template',
  render: () =>
    html`${download('choropleth')}
      <apac-choropleth
        src="templates/choropleth.csv"
        headline="Year joined APEC"
      ></apac-choropleth>`,
};

export const TimelineTemplate: Story = {
  name: 'Timeline from its template',
  render: () =>
    html`${download('timeline')}
      <apac-timeline src="templates/timeline.csv" headline="APEC CTWG workshops"></apac-timeline>`,
};

export const SankeyTemplate: Story = {
  name: 'Sankey from its template',
  render: () =>
    html`${download('sankey')}
      <apac-sankey
        src="templates/sankey.csv"
        headline="Southeast Asia: illicit markets, 2019"
      ></apac-sankey>`,
};
