import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import {attributeNames, manifestArgTypes} from './manifest-arg-types.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [attributeNames(manifest)],
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
    // Each chart's docs table comes from custom-elements.json, one category per kind of API.
    docs: {extractArgTypes: (tag: string) => manifestArgTypes(manifest, tag)},
    layout: 'padded',
  },
};
export default preview;
