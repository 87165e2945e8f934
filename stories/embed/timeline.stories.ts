import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {builder, hostArgs, hostArgTypes, noteArgs, noteArgTypes} from '../embed-builder.js';
import chunkLists from '../chunk-lists.js';

/**
 * Set the chart up with the controls, then copy the code beside it into your article: a script
 * and the `<apac-timeline>` tag, or an iframe for a CMS that allows no scripts. Attributes left
 * at their defaults are left out of the code.
 */
const meta: Meta = {
  title: 'Embed builder/Timeline',
  argTypes: {
    headline: {control: 'text'},
    subhead: {control: 'text'},
    'group-by': {control: 'inline-radio', options: ['forum', 'kind', 'theme', 'economy']},
    from: {control: 'text', description: 'YYYY, YYYY-MM or YYYY-MM-DD'},
    to: {control: 'text', description: 'YYYY, YYYY-MM or YYYY-MM-DD'},
    forum: {control: 'text', description: 'Comma-separated, e.g. AMMTC,SOMTC'},
    economy: {control: 'text', description: 'Host economies, by code or name'},
    orientation: {control: 'inline-radio', options: ['auto', 'horizontal', 'vertical']},
    highlight: {
      control: 'text',
      description:
        'Events picked out, the rest muted: event ids, forum:NAME or host:ECONOMY, comma-separated (forum:AMMTC).',
    },
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    ...noteArgTypes,
    ...hostArgTypes,
  },
  args: {
    headline: 'Meetings on terrorism and transnational crime',
    subhead: '',
    'group-by': 'forum',
    from: '2010',
    to: '',
    forum: '',
    economy: '',
    orientation: 'auto',
    highlight: '',
    theme: 'auto',
    ...noteArgs,
    ...hostArgs,
  },
  render: (args) => builder('timeline', args, chunkLists),
};
export default meta;

export const Builder: StoryObj = {};
