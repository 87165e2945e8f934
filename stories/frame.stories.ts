import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../test/fixtures/test-chart.js';

/**
 * The frame every apac-viz chart is drawn in, shown with a minimal bar chart that exists only
 * for tests and this gallery. Headline, subhead, legend slot, source line, notes, the data
 * table, the error box, the loading state, and light and dark themes all come from the frame.
 */
const meta: Meta = {
  title: 'Core/Frame',
  component: 'apac-test-chart',
  argTypes: {
    headline: {control: 'text'},
    subhead: {control: 'text'},
    credit: {control: 'text'},
    notes: {control: 'text'},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    lang: {control: 'text'},
  },
  args: {
    headline: 'Three test bars',
    subhead: 'A fixture chart showing every part of the shared frame',
    credit: 'Test fixture; see https://example.org/source',
    notes: 'Notes sit under the chart: caveats, method, definitions.',
    theme: 'auto',
    lang: 'en',
  },
  render: (args) =>
    html`<apac-test-chart
      headline=${args['headline']}
      subhead=${args['subhead']}
      credit=${args['credit']}
      notes=${args['notes']}
      theme=${args['theme']}
      lang=${args['lang']}
    ></apac-test-chart>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Dark: Story = {
  args: {theme: 'dark'},
  parameters: {backgrounds: {default: 'dark'}},
  decorators: [(story) => html`<div style="background:#15181d;padding:8px">${story()}</div>`],
};

export const WithLegendSlot: Story = {
  render: (args) =>
    html`<apac-test-chart headline=${args['headline']} credit=${args['credit']}>
      <div slot="legend" style="display:flex;gap:12px;font-size:13px">
        <span
          ><span style="display:inline-block;width:12px;height:12px;background:#0072b2"></span>
          Alpha</span
        >
        <span
          ><span style="display:inline-block;width:12px;height:12px;background:#e69f00"></span>
          Beta</span
        >
        <span
          ><span style="display:inline-block;width:12px;height:12px;background:#009e73"></span>
          Gamma</span
        >
      </div>
    </apac-test-chart>`,
};

export const TableOpen: Story = {
  play: async ({canvasElement}) => {
    const chart = canvasElement.querySelector('apac-test-chart');
    await chart?.updateComplete;
    chart?.shadowRoot?.querySelector<HTMLButtonElement>('button.table-toggle')?.click();
  },
};

export const LoadError: Story = {
  name: 'Error: file not found',
  render: () =>
    html`<apac-test-chart
      headline="A chart whose data is missing"
      src="./fixtures/does-not-exist.json"
    ></apac-test-chart>`,
};

/** A file that does not arrive (the `.invalid` domain never resolves): another try may get it. */
export const Offline: Story = {
  name: 'Error: the network failed (Try again)',
  render: () =>
    html`<apac-test-chart
      headline="A chart whose data did not arrive"
      src="https://data.example.invalid/items.json"
    ></apac-test-chart>`,
};

export const PartlyBadData: Story = {
  name: 'Error: some rows left out',
  render: () =>
    html`<apac-test-chart
      headline="Good rows drawn, bad rows listed"
      .data=${{
        items: [
          {id: 'a', label: 'Kept', value: 4, citation: 'Report, p. 1'},
          {id: 'b', label: 'Negative', value: -3, citation: 'Report, p. 2'},
          {id: 'c', label: 'No source', value: 2},
          {id: 'd', label: 'Also kept', value: 2, citation: 'Report, p. 3'},
        ],
      }}
    ></apac-test-chart>`,
};

export const FromCSV: Story = {
  name: 'Data from a CSV file',
  render: () =>
    html`<apac-test-chart
      headline="Loaded from CSV"
      src="./fixtures/frame-items.csv"
      credit="frame-items.csv"
    ></apac-test-chart>`,
};

export const Loading: Story = {
  render: () => html`<apac-test-chart headline="Waiting for data" stall></apac-test-chart>`,
};
