import {defineConfig} from 'vitest/config';

/**
 * End-to-end tests: the built dist/ in headless Chromium, the CLI, the examples, and the packed
 * package installed into fresh Vite, React, Vue, Svelte and Angular projects. After `npm run build`.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Packs the built package once per run for the tests that install it (test/e2e/packed.ts).
    globalSetup: ['test/e2e/pack.setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: process.env.CI_JSON ? ['default', 'json'] : ['default'],
    outputFile: {json: '.test-results/e2e.json'},
  },
});
