import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {builder, hostArgs, hostArgTypes, noteArgs, noteArgTypes} from '../embed-builder.js';
import chunkLists from '../chunk-lists.js';

/**
 * Set the chart up with the controls, then copy the code beside it into your article: a script
 * and the `<apac-sankey>` tag, or an iframe for a CMS that allows no scripts. Attributes left
 * at their defaults are left out of the code.
 */
const meta: Meta = {
  title: 'Embed builder/Sankey',
  argTypes: {
    headline: {control: 'text'},
    subhead: {control: 'text'},
    report: {control: 'inline-radio', options: ['tocta2013', 'sea2019']},
    'node-align': {control: 'inline-radio', options: ['justify', 'left', 'right', 'center']},
    orientation: {control: 'inline-radio', options: ['auto', 'horizontal', 'vertical']},
    highlight: {
      control: 'text',
      description:
        'Nodes or flows picked out, the rest muted: ids, comma-separated (crime:counterfeit-goods).',
    },
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    ...noteArgTypes,
    ...hostArgTypes,
  },
  args: {
    headline: 'Illicit flows in East Asia and the Pacific',
    subhead: 'UNODC estimates, US dollars a year',
    report: 'tocta2013',
    'node-align': 'justify',
    orientation: 'auto',
    highlight: '',
    theme: 'auto',
    ...noteArgs,
    ...hostArgs,
  },
  render: (args) => builder('sankey', args, chunkLists),
};
export default meta;

export const Builder: StoryObj = {};
