/**
 * The packed package in React 19, Vue 3, Svelte 5 and Angular apps, each a fresh project outside
 * the repository (examples/<framework>), installed and built with its own tools, loaded in
 * Chromium: `data` passed as a property, `selected` as an attribute where the framework lets the
 * app choose, `apac-select` heard and passed back down.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {launch, watchErrors} from './harness.js';
import {installExample, run, script, serveDir, type Example} from './packed.js';
import {exerciseSankeyApp} from './sankey-app.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function load(dir: string, attribute: boolean): Promise<void> {
  const site = await serveDir(dir);
  const page = await browser.newPage({viewport: {width: 900, height: 800}});
  const errors = watchErrors(page);
  try {
    await page.goto(`${site.url}/index.html`);
    await exerciseSankeyApp(page, {attribute});
    expect(errors, errors.join('\n')).toEqual([]);
  } finally {
    await page.close();
    await site.close();
  }
}

const INSTALL = 300_000;

describe('React 19', () => {
  let example: Example;
  beforeAll(async () => {
    example = await installExample('react');
  }, INSTALL);
  afterAll(() => console.log(`[react example] ${example?.timings.join(', ')}`));

  it('npm ls lit: one Lit in the app', async () => {
    const result = await run('npm', ['ls', 'lit', '--all', '--parseable'], example.dir);
    const copies = new Set(result.stdout.split('\n').filter((line) => line.trim()));
    expect([...copies].map((p) => p.slice(example.dir.length))).toEqual(['/node_modules/lit']);
  });

  it('type-checks the tags from apac-viz/jsx, and rejects a wrong prop type', async () => {
    writeFileSync(
      join(example.dir, 'wrong.tsx'),
      `import './jsx.js';
// @ts-expect-error selected is a string
export const wrong = <apac-sankey selected={42}></apac-sankey>;
// @ts-expect-error the apac-select detail has an id, not a name
export const handler = <apac-sankey onapac-select={(e) => e.detail.name}></apac-sankey>;
`
    );
    expect((await script(example, 'typecheck')).code).toBe(0);
  });

  it('builds with Vite and runs in Chromium', async () => {
    await script(example, 'build');
    await load(join(example.dir, 'dist'), false);
  });
});

describe('Vue 3', () => {
  let example: Example;
  beforeAll(async () => {
    example = await installExample('vue');
  }, INSTALL);
  afterAll(() => console.log(`[vue example] ${example?.timings.join(', ')}`));

  it('vue-tsc checks the template against apac-viz/vue, and rejects a wrong prop type', async () => {
    writeFileSync(
      join(example.dir, 'src', 'Wrong.vue'),
      `<script setup lang="ts"></script>
<template>
  <!-- @vue-expect-error selected is a string -->
  <apac-sankey :selected="42"></apac-sankey>
</template>
`
    );
    expect((await script(example, 'typecheck')).code).toBe(0);
  });

  it('builds with Vite and runs in Chromium', async () => {
    await script(example, 'build');
    await load(join(example.dir, 'dist'), true);
  });
});

describe('Svelte 5', () => {
  let example: Example;
  beforeAll(async () => {
    example = await installExample('svelte');
  }, INSTALL);
  afterAll(() => console.log(`[svelte example] ${example?.timings.join(', ')}`));

  it('builds with Vite and runs in Chromium', async () => {
    await script(example, 'build');
    await load(join(example.dir, 'dist'), false);
  });
});

describe('Angular', () => {
  let example: Example;
  beforeAll(async () => {
    example = await installExample('angular');
  }, INSTALL);
  afterAll(() => console.log(`[angular example] ${example?.timings.join(', ')}`));

  it('builds with the Angular CLI and runs in Chromium', async () => {
    await script(example, 'build');
    await load(join(example.dir, 'dist', 'browser'), true);
  }, 180_000);
});
