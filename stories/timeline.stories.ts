import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/timeline.js';
import {syntheticEvents} from '../test/fixtures/synthetic.js';

/**
 * `<apac-timeline>` draws the bundled meetings, workshops, dialogues and conferences on a true
 * time scale, a lane per forum (or kind, theme, host economy). Events too close to tell apart
 * become a count; click it, or zoom (+ / −, Ctrl or ⌘ with the wheel, or drag along the dates)
 * to spread them out. Arrow keys move through events, Enter opens the detail card.
 * Below 480 px wide it becomes a vertical list.
 */
const meta: Meta = {
  title: 'Charts/Timeline',
  component: 'apac-timeline',
  argTypes: {
    groupBy: {control: 'inline-radio', options: ['forum', 'kind', 'theme', 'economy']},
    orientation: {control: 'inline-radio', options: ['auto', 'horizontal', 'vertical']},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    from: {control: 'text'},
    to: {control: 'text'},
    forum: {control: 'text'},
    kind: {control: 'text'},
    economy: {control: 'text'},
  },
  args: {
    headline: 'Counter-terrorism and transnational-crime meetings, 1997–2025',
    groupBy: 'forum',
    orientation: 'auto',
    theme: 'auto',
    from: '',
    to: '',
    forum: '',
    kind: '',
    economy: '',
  },
  render: (a) =>
    html`<apac-timeline
      headline=${a['headline']}
      group-by=${a['groupBy']}
      orientation=${a['orientation']}
      theme=${a['theme']}
      from=${a['from']}
      to=${a['to']}
      forum=${a['forum']}
      kind=${a['kind']}
      economy=${a['economy']}
    ></apac-timeline>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const ByKind: Story = {args: {groupBy: 'kind', headline: 'Meetings, workshops and more'}};
export const ByTheme: Story = {
  // Only the APEC counter-terrorism groups' events carry a theme in the dataset.
  args: {
    groupBy: 'theme',
    forum: 'APEC CTWG,APEC CTTF',
    headline: 'APEC counter-terrorism meetings and workshops by theme',
  },
};
export const ByEconomy: Story = {args: {groupBy: 'economy', headline: 'Events by host economy'}};
export const Filtered: Story = {
  args: {
    forum: 'AMMTC,AMMTC Plus,SOMTC',
    headline: 'ASEAN ministers and senior officials on transnational crime',
  },
};
export const ZoomedSpan: Story = {
  args: {from: '2015', to: '2016', headline: 'Two years of meetings, 2015–2016'},
};
export const Vertical: Story = {
  args: {
    orientation: 'vertical',
    forum: 'APEC CTWG',
    headline: 'APEC Counter-Terrorism Working Group',
  },
};

export const CustomCSV: Story = {
  name: 'Your data: CSV',
  render: () =>
    html`<apac-timeline
      headline="AMMTC meetings from a CSV file"
      src="./fixtures/ammtc-meetings.csv"
      credit="Rows taken from the apac-viz events dataset"
    ></apac-timeline>`,
};

export const BadData: Story = {
  name: 'Your data: bad rows',
  render: () =>
    html`<apac-timeline
      headline="Bad rows are listed, good ones drawn"
      .data=${{
        events: [
          {
            title: '10th AMMTC',
            start: '2015-09-29',
            city: 'Kuala Lumpur',
            economy: 'Malaysia',
            forum: 'AMMTC',
            citation: 'en.vietnamplus.vn post82412',
          },
          {title: 'No such day', start: '2015-02-30', citation: 'gallery example'},
          {title: 'No source', start: '2016-01-01'},
          {title: '<img src=x onerror=alert(1)>', start: '2016', citation: 'gallery example'},
        ],
      }}
    ></apac-timeline>`,
};

export const Dark: Story = {
  args: {theme: 'dark'},
  decorators: [(story) => html`<div style="background:#15181d;padding:8px">${story()}</div>`],
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width:320px">${story()}</div>`],
};

export const Stress5000: Story = {
  name: '5,000 events (synthetic)',
  render: () =>
    html`<apac-timeline
      headline="5,000 synthetic events"
      subhead="Generated for performance testing; not data"
      .data=${{events: syntheticEvents(5000)}}
    ></apac-timeline>`,
};

/**
 * `highlight` takes event ids, `forum:NAME` or `host:ECONOMY`: here the ASEAN Ministerial Meeting
 * on Transnational Crime's meetings stay strong and the rest are muted.
 */
export const Highlighted: Story = {
  render: () =>
    html`<apac-timeline
      headline="ASEAN ministers on transnational crime (AMMTC)"
      highlight="forum:AMMTC"
    ></apac-timeline>`,
};
