import type {StorybookConfig} from '@storybook/web-components-vite';
import {existsSync, readFileSync} from 'node:fs';

/** The build's lists, served in place of stories/chunk-lists.ts where `npm run build` made them. */
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
        enforce: 'pre',
        load: (id: string) =>
          /[\\/]stories[\\/]chunk-lists\.ts$/.test(id) && existsSync(BUILT_LISTS)
            ? `export default ${readFileSync(BUILT_LISTS, 'utf8')};`
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
