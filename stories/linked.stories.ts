import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';

/**
 * Charts that work together: give charts the same `link-group` and they share one selection.
 * Pick an economy on the map and the timeline lists the events it hosted ("Showing N of M
 * events"); pick an event and the map picks out its host in that year; drag a date range and
 * the map shows the range's last year; pick a flow destination that names economies (Thailand,
 * Thailand and Cambodia, Australia and Canada) and the map picks them out. Escape, or the same
 * mark again, clears all three. From code: `linkGroup('name')` (see the README).
 */
const meta: Meta = {
  title: 'Charts/Linked',
  args: {group: 'linked-story', selected: ''},
  render: (a) =>
    html`<div style="display:grid;gap:8px">
      <apac-choropleth
        link-group=${a['group']}
        selected=${ifDefined((a['selected'] as string) || undefined)}
        headline="Pick an economy"
        subhead="APEC and ASEAN membership"
      ></apac-choropleth>
      <apac-timeline
        link-group=${a['group']}
        headline="Meetings and workshops"
        subhead="Every event, or those the economy picked on the map hosted"
      ></apac-timeline>
      <apac-sankey
        link-group=${a['group']}
        headline="Illicit flows, about 2010"
        subhead="UNODC estimates, US dollars a year, from origin through crime to destination"
      ></apac-sankey>
    </div>`,
};
export default meta;
type Story = StoryObj;

export const MapTimelineAndFlows: Story = {name: 'Linked: map, timeline and flows'};

/** The map's own `selected` starts the group: the timeline lists Malaysia's meetings. */
export const MalaysiaPicked: Story = {
  name: 'Linked: Malaysia picked',
  args: {group: 'linked-story-my', selected: 'MY'},
};

/** Thailand on the map: both flow destinations that name it (Thailand; Thailand and Cambodia) outlined. */
export const ThailandPicked: Story = {
  name: 'Linked: Thailand picked',
  args: {group: 'linked-story-th', selected: 'TH'},
};
