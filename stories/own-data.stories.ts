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

// In the page's font and text colour (light or dark), not the browser's serif and link blue.
const download = (chart: string) =>
  html`<p style="font: 0.9rem system-ui, sans-serif">
    <a
      href="templates/${chart}.csv"
      download="apac-viz-${chart}-template.csv"
      style="color: inherit"
      >Download the ${chart} template (CSV)</a
    >
  </p>`;

export const MapTemplate: Story = {
  name: 'Map from its template',
  render: () =>
    html`${download('choropleth')}
      <apac-choropleth
        src="templates/choropleth.csv"
        headline="When each economy joined APEC"
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
