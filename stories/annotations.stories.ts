import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/index.js';

/**
 * Notes written on a chart in plain HTML: `<apac-note for="…">text</apac-note>` as a child of
 * any chart. On a wide screen each note is a box with a line to what it points at, placed clear
 * of the marks and labels; below 480 px the notes become numbered markers, listed under the chart.
 * Every note here says what the bundled records say. The Sankey heads its columns from its
 * `columns` attribute.
 */
const meta: Meta = {
  title: 'Storytelling/Annotations',
  argTypes: {theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']}},
  args: {theme: 'auto'},
};
export default meta;
type Story = StoryObj;

export const Map: Story = {
  render: (a) =>
    html`<apac-choropleth
      headline="ASEAN's newest member"
      subhead="Notes on the map"
      theme=${a['theme']}
      ><apac-note for="TL">Admitted to ASEAN as its 11th member, 26 October 2025</apac-note
      ><apac-note for="MY"
        >Hosted the 47th ASEAN Summit in Kuala Lumpur, 26–28 October 2025</apac-note
      ></apac-choropleth
    >`,
};

export const Timeline: Story = {
  render: (a) =>
    html`<apac-timeline
      headline="Ministers on transnational crime"
      subhead="Notes on events and on a span of days"
      theme=${a['theme']}
      ><apac-note for="ammtc-1"
        >1st ASEAN Conference on Transnational Crime, December 1997</apac-note
      ><apac-note for="ammtc-10"
        >Kuala Lumpur Declaration: the AMMTC meets every year from 2015</apac-note
      ><apac-note from="2015-09-29" to="2015-10-02" show="desktop"
        >The 10th AMMTC and its meetings with partners, Kuala Lumpur</apac-note
      ></apac-timeline
    >`,
};

export const Sankey: Story = {
  render: (a) =>
    html`<apac-sankey
      headline="Illicit flows in East Asia and the Pacific, about 2010"
      subhead="UNODC estimates, US dollars a year"
      columns="Origin|Crime|Destination"
      theme=${a['theme']}
      ><apac-note for=${'origin:EAP->crime:counterfeit-goods'}
        >The largest flow: counterfeit goods, US$24.4 billion a year</apac-note
      ><apac-note for="crime:heroin"
        >Heroin: US$16.3 billion a year, within the region</apac-note
      ></apac-sankey
    >`,
};
