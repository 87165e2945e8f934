/**
 * The packed package in a fresh Vite + TypeScript project outside the repository (examples/vite):
 * TypeScript sees the element's properties and events, Vite builds `apac-viz/sankey` and
 * `apac-viz/data`, the page draws in Chromium, and `apac-viz render` without playwright-core says
 * exactly what to install.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {launch, repo, watchErrors} from './harness.js';
import {installExample, run, script, serveDir, type Example} from './packed.js';
import {exerciseSankeyApp} from './sankey-app.js';

let example: Example;
let browser: Browser;
beforeAll(async () => {
  example = await installExample('vite');
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  console.log(`[vite example] ${example?.timings.join(', ')}`);
});

describe('the packed package in a Vite app', () => {
  it('type-checks with skipLibCheck off: the tag is an ApacSankey, apac-select and the JSX props carry their types, wrong uses fail', async () => {
    // Beside the example's own main.ts: uses that only type-check if the types are the element's.
    writeFileSync(
      join(example.dir, 'src', 'typed.ts'),
      `import 'apac-viz/sankey';
import type {ApacSankey} from 'apac-viz/sankey';
const chart: ApacSankey = document.createElement('apac-sankey');
chart.selected = 'crime:heroin';
chart.addEventListener('apac-select', (e) => console.log(e.detail.id.toUpperCase()));
// @ts-expect-error selected is a string
chart.selected = 42;
// @ts-expect-error the detail has an id, not a name
chart.addEventListener('apac-select', (e) => e.detail.name);
// The JSX declarations (checked here with skipLibCheck off, as the whole package is).
import type {CustomElements} from 'apac-viz/jsx';
export const props: CustomElements['apac-sankey'] = {
  selected: 'crime:heroin',
  'onapac-select': (e) => e.detail.id.toUpperCase(),
};
// @ts-expect-error report is one of the bundled reports
export const wrong: CustomElements['apac-sankey'] = {report: 'nope'};
`
    );
    const result = await script(example, 'typecheck');
    expect(result.code).toBe(0);
  });

  it('builds with Vite and draws: data as a property, selected as an attribute, apac-select heard', async () => {
    await script(example, 'build');
    const site = await serveDir(join(example.dir, 'dist'));
    const page = await browser.newPage({viewport: {width: 900, height: 800}});
    const errors = watchErrors(page);
    try {
      await page.goto(`${site.url}/index.html`);
      await exerciseSankeyApp(page, {attribute: true});
      expect(errors, errors.join('\n')).toEqual([]);
    } finally {
      await page.close();
      await site.close();
    }
  });

  it('apac-viz render without playwright-core names the exact package to install', async () => {
    const {peerDependencies} = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      peerDependencies: Record<string, string>;
    };
    const result = await run(
      'npx',
      ['--no-install', 'apac-viz', 'render', 'sankey', '--out', 'flows.svg'],
      example.dir
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('playwright-core, which is not installed');
    expect(result.stderr).toContain(
      `npm install --save-dev playwright-core@"${peerDependencies['playwright-core']}"`
    );
  });
});
