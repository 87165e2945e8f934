import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {indicators} from '../src/data.js';
import '../src/choropleth.js';

const INDICATOR_IDS = indicators.map((i) => i.id);

/**
 * `<apac-choropleth>` draws an APEC / ASEAN map from the bundled indicators or your own data.
 * Micro-economies (Singapore; Hong Kong, China; Brunei Darussalam, and any too small at the
 * current size) get a callout circle. Arrow keys move between economies, Enter selects,
 * Shift+arrows pan, + and − zoom; Ctrl or ⌘ with the wheel zooms.
 */
const meta: Meta = {
  title: 'Charts/Choropleth',
  component: 'apac-choropleth',
  argTypes: {
    indicator: {control: 'select', options: INDICATOR_IDS},
    region: {control: 'inline-radio', options: ['all', 'apec', 'asean', 'asean-plus-three']},
    classification: {
      control: 'select',
      options: ['quantile', 'equal', 'jenks', 'threshold', 'continuous'],
    },
    scheme: {control: 'select', options: ['blues', 'greens', 'purples', 'oranges', 'viridis']},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    year: {control: 'number'},
    timeSlider: {control: 'boolean'},
  },
  args: {
    headline: 'APEC and ASEAN membership',
    indicator: 'membership',
    region: 'all',
    classification: 'quantile',
    scheme: 'blues',
    theme: 'auto',
    timeSlider: false,
  },
  render: (a) =>
    html`<apac-choropleth
      headline=${a['headline']}
      indicator=${a['indicator']}
      region=${a['region']}
      classification=${a['classification']}
      scheme=${a['scheme']}
      theme=${a['theme']}
      year=${a['year'] ?? ''}
      ?time-slider=${a['timeSlider']}
    ></apac-choropleth>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () => html`<apac-choropleth headline="APEC and ASEAN membership"></apac-choropleth>`,
};

export const EventsHosted: Story = {
  args: {
    indicator: 'events-hosted',
    headline: 'Meetings hosted, in this dataset',
    classification: 'jenks',
  },
};
export const AcctInForce: Story = {
  args: {
    indicator: 'acct-in-force-year',
    headline: 'ASEAN Convention on Counter Terrorism: year in force',
    region: 'asean',
  },
};
export const ApgMember: Story = {
  args: {indicator: 'apg-member', headline: 'Listed as APG members'},
};
export const FatfMember: Story = {
  args: {indicator: 'fatf-member', headline: 'Listed as FATF members in 2019 or earlier'},
};
export const AbtcParticipation: Story = {
  args: {indicator: 'abtc-participation', headline: 'APEC Business Travel Card', region: 'apec'},
};
export const AseanJoinYear: Story = {
  args: {indicator: 'asean-join-year', headline: 'Year joined ASEAN', region: 'asean'},
};
export const AcctRatified: Story = {
  args: {
    indicator: 'acct-ratified',
    headline: 'ASEAN Convention on Counter Terrorism: ratified',
    region: 'asean',
  },
};
export const ActipRatified: Story = {
  args: {
    indicator: 'actip-ratified',
    headline: 'Trafficking in Persons convention: first six ratifications',
    region: 'asean',
  },
};
export const ApiFeasibility: Story = {
  args: {
    indicator: 'api-feasibility-study',
    headline: 'Advance Passenger Information feasibility studies',
    region: 'apec',
  },
};
export const Continuous: Story = {
  args: {
    indicator: 'events-hosted',
    classification: 'continuous',
    scheme: 'viridis',
    headline: 'Meetings hosted (continuous scale)',
  },
};
export const ApecJoinYear: Story = {
  args: {indicator: 'apec-join-year', headline: 'Year joined APEC', region: 'apec'},
};
export const AseanRegion: Story = {args: {region: 'asean', headline: 'ASEAN member states'}};
export const AseanPlusThree: Story = {
  args: {region: 'asean-plus-three', headline: 'ASEAN Plus Three'},
};
export const ApecRegion: Story = {args: {region: 'apec', headline: 'APEC economies'}};
export const YearSlider: Story = {
  args: {timeSlider: true, year: 1995, headline: 'Membership over time'},
};

export const CustomCSV: Story = {
  name: 'Your data: CSV',
  render: () =>
    html`<apac-choropleth
      headline="APEC join years from a CSV file"
      src="./fixtures/apec-join-years.csv"
      credit="Global Affairs Canada, History and Membership of APEC"
    ></apac-choropleth>`,
};

export const BadData: Story = {
  name: 'Your data: bad rows',
  render: () =>
    html`<apac-choropleth
      headline="Bad rows are listed, good ones drawn"
      .data=${{
        indicator: {
          label: 'Example values',
          unit: null,
          citation: 'Gallery example, not real data',
        },
        values: [
          {economy: 'Singapore', value: 3},
          {economy: 'Narnia', value: 2},
          {economy: 'MY', value: 'lots'},
          {economy: 'TH'},
        ],
      }}
    ></apac-choropleth>`,
};

export const Dark: Story = {
  args: {theme: 'dark', indicator: 'events-hosted', headline: 'Meetings hosted, in this dataset'},
  decorators: [(story) => html`<div style="background:#15181d;padding:8px">${story()}</div>`],
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width:320px">${story()}</div>`],
};

/**
 * `highlight` picks out what the story is about (codes or names, comma-separated) and mutes the
 * rest, with a line saying so; hover and click still work on every economy.
 */
export const Highlighted: Story = {
  render: () =>
    html`<apac-choropleth
      headline="The Mekong economies in APEC and ASEAN"
      highlight="KH, LA, MM, TH, VN"
    ></apac-choropleth>`,
};
