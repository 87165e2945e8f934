import type {StorybookConfig} from '@storybook/web-components-vite';

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
