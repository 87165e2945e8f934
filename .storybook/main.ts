import type {StorybookConfig} from '@storybook/web-components-vite';
import {existsSync, readFileSync} from 'node:fs';

const CHUNK_LISTS = 'virtual:apac-viz/chunk-lists';
const BUILT_LISTS = 'dist/lazy/chunks.json';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  staticDirs: [
    {from: '../test/fixtures', to: '/fixtures'},
    {from: '../data/templates', to: '/templates'},
  ],
  viteFinal: async (viteConfig) => {
    // The embed builder's preload links for the code that points at this version on unpkg: the
    // lists of this version's autoloader build (`npm run build`), when it is there.
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'apac-viz:chunk-lists',
        resolveId: (id: string) => (id === CHUNK_LISTS ? `\0${CHUNK_LISTS}` : undefined),
        load: (id: string) =>
          id === `\0${CHUNK_LISTS}`
            ? `export default ${existsSync(BUILT_LISTS) ? readFileSync(BUILT_LISTS, 'utf8') : 'undefined'};`
            : undefined,
      },
    ];
    // Pre-bundle the helper the renderer imports, so only one copy of Lit is loaded.
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      'lit/directive-helpers.js',
    ];
    return viteConfig;
  },
};
export default config;
