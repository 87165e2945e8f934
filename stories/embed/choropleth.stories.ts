import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {indicators} from '../../src/data.js';
import {builder, hostArgs, hostArgTypes, noteArgs, noteArgTypes} from '../embed-builder.js';
import chunkLists from '../chunk-lists.js';

/**
 * Set the chart up with the controls, then copy the code beside it into your article: a script
 * and the `<apac-choropleth>` tag, or an iframe for a CMS that allows no scripts. Attributes left
 * at their defaults are left out of the code.
 */
const meta: Meta = {
  title: 'Embed builder/Choropleth',
  argTypes: {
    headline: {control: 'text'},
    subhead: {control: 'text'},
    indicator: {control: 'select', options: indicators.map((i) => i.id)},
    region: {control: 'inline-radio', options: ['all', 'apec', 'asean', 'asean-plus-three']},
    classification: {
      control: 'select',
      options: ['quantile', 'equal', 'jenks', 'threshold', 'continuous'],
    },
    scheme: {control: 'select', options: ['blues', 'greens', 'purples', 'oranges', 'viridis']},
    'time-slider': {control: 'boolean'},
    highlight: {
      control: 'text',
      description:
        'Economies picked out, the rest muted, with a line saying so: codes or names, comma-separated (KH, LA, MM).',
    },
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    ...noteArgTypes,
    ...hostArgTypes,
  },
  args: {
    headline: 'Who belongs to APEC and ASEAN',
    subhead: '',
    indicator: 'membership',
    region: 'all',
    classification: 'quantile',
    scheme: 'blues',
    'time-slider': false,
    highlight: '',
    theme: 'auto',
    ...noteArgs,
    ...hostArgs,
  },
  render: (args) => builder('choropleth', args, chunkLists),
};
export default meta;

export const Builder: StoryObj = {};
