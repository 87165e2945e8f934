import {defineConfig} from 'vitest/config';

/** End-to-end tests: the built dist/ in headless Chromium, the CLI, the examples. After `npm run build`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: process.env.CI_JSON ? ['default', 'json'] : ['default'],
    outputFile: {json: '.test-results/e2e.json'},
  },
});
