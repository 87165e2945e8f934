/** The one-file bundle on a static host: one script, three charts, no other request. */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {chartsDrawn, dist, launch, serve, watchErrors} from './harness.js';
import {syntheticEventsCSV} from '../fixtures/synthetic.js';

const page3 = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Three charts</title>
<script type="module" src="./apac-viz.js"></script></head>
<body>
<apac-choropleth headline="Members"></apac-choropleth>
<apac-timeline headline="Meetings"></apac-timeline>
<apac-sankey headline="Flows"></apac-sankey>
</body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('dist/apac-viz.js', () => {
  it('draws all three charts on a static page with no request besides the page and the file', async () => {
    const site = await serve({
      '/index.html': {body: page3},
      '/apac-viz.js': {file: join(dist, 'apac-viz.js')},
    });
    const page = await browser.newPage({viewport: {width: 1000, height: 800}});
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url().replace(site.url, '')));
    await page.goto(`${site.url}/index.html`);
    await chartsDrawn(page, 3);
    await page.waitForTimeout(300);
    // The browser asks for a favicon of its own accord; that is not the library's request.
    expect(requested.filter((u) => u !== '/favicon.ico')).toEqual(['/index.html', '/apac-viz.js']);
    const marks = await page.evaluate(() =>
      ['apac-choropleth', 'apac-timeline', 'apac-sankey'].map(
        (tag) =>
          document
            .querySelector(tag)
            // Bands and dots, or the bars of the Sankey's list view.
            ?.shadowRoot?.querySelectorAll('svg.chart path, svg.chart circle, svg.chart rect')
            .length ?? 0
      )
    );
    expect(
      marks.every((n) => n > 10),
      `marks drawn per chart: ${marks}`
    ).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
    await site.close();
  });

  it('a large file at src is read by dist/apac-viz.worker.js beside the script, or without it on the main thread', async () => {
    // 20,000 rows, 2.1 MB: past the size read in the worker (core/worker-load.ts).
    const csv = syntheticEventsCSV(20_000);
    const page1 = `<!doctype html><html lang="en"><title>t</title>
      <script type="module" src="./vendor/apac-viz.js"></script>
      <apac-timeline src="./events.csv"></apac-timeline>`;
    for (const copied of [true, false]) {
      const site = await serve({
        '/index.html': {body: page1},
        '/events.csv': {body: csv, type: 'text/csv'},
        '/vendor/apac-viz.js': {file: join(dist, 'apac-viz.js')},
        // The page's author copied the worker beside the script, or did not.
        ...(copied ? {'/vendor/apac-viz.worker.js': {file: join(dist, 'apac-viz.worker.js')}} : {}),
      });
      const page = await browser.newPage({viewport: {width: 1000, height: 800}});
      const errors = watchErrors(page);
      await page.addInitScript(() => {
        document.addEventListener('apac-load', (e) => {
          (window as {worker?: unknown}).worker = (
            e as CustomEvent<{worker?: boolean}>
          ).detail.worker;
        });
      });
      await page.goto(`${site.url}/index.html`);
      await chartsDrawn(page, 1);
      const shown = await page.evaluate(
        () =>
          document.querySelector('apac-timeline')?.shadowRoot?.querySelector('.shown')?.textContent
      );
      expect(shown).toMatch(/20,000 events/);
      expect(await page.evaluate(() => (window as {worker?: unknown}).worker === true)).toBe(
        copied
      );
      const requested = site.requests.filter((u) => u !== '/favicon.ico');
      expect(requested).toEqual([
        '/index.html',
        '/vendor/apac-viz.js',
        '/events.csv',
        // Asked for either way; where it is missing the file is read on the main thread.
        '/vendor/apac-viz.worker.js',
      ]);
      // A missing worker is a 404 the browser reports, and nothing else.
      expect(
        errors.filter((e) => !/404|Not Found/i.test(e)),
        errors.join('\n')
      ).toEqual([]);
      await page.close();
      await site.close();
    }
  });

  it('the autoloader (dist/lazy) loads only the code of the charts on the page, also ones added later', async () => {
    const lazy = join(dist, 'lazy');
    const site = await serve(
      Object.fromEntries(
        readdirSync(lazy).map((f) => [`/lazy/${f}`, {file: join(lazy, f)}] as const)
      )
    );
    site.requests.length = 0;
    const page = await browser.newPage({viewport: {width: 800, height: 600}});
    const errors = watchErrors(page);
    await page.route(`${site.url}/index.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-sankey></apac-sankey>',
      })
    );
    await page.goto(`${site.url}/index.html`);
    await chartsDrawn(page, 1);
    const chunks = () =>
      site.requests.map((r) => r.replace(/^\/lazy\//, '').replace(/-[\w-]+\.js$/, ''));
    expect(chunks()).toContain('sankey');
    expect(chunks()).not.toContain('choropleth');
    expect(chunks()).not.toContain('timeline');
    await page.evaluate(() => document.body.append(document.createElement('apac-timeline')));
    await chartsDrawn(page, 2);
    expect(chunks()).toContain('timeline');
    expect(chunks()).not.toContain('choropleth');
    // English pages load no catalogue; a Thai chart loads Thai alone, and draws in Thai.
    expect(
      chunks().filter((c) => ['th', 'ja', 'es', 'id', 'vi', 'ko', 'zh-Hans'].includes(c))
    ).toEqual([]);
    await page.evaluate(() => {
      const el = document.createElement('apac-sankey');
      el.lang = 'th';
      document.body.append(el);
    });
    await chartsDrawn(page, 3);
    expect(chunks()).toContain('th');
    expect(chunks()).not.toContain('ja');
    const toggle = await page.evaluate(
      () =>
        document
          .querySelector('apac-sankey[lang="th"]')
          ?.shadowRoot?.querySelector('button.table-toggle')
          ?.textContent?.trim() ?? ''
    );
    expect(toggle).toBe('แสดงข้อมูลเป็นตาราง');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
    await site.close();
  });

  it('is one ES module with nothing left to import, and the README states its size', () => {
    const code = readFileSync(join(dist, 'apac-viz.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*[{*\w][^;]*from\s*["'`]/);
    expect(code).not.toMatch(/\bimport\(/);
    const readme = readFileSync(join(dist, '..', 'README.md'), 'utf8');
    const stated = /`dist\/apac-viz\.js` is (\d+) kB \((\d+) kB gzip\)/.exec(readme);
    expect(stated, 'README: "`dist/apac-viz.js` is N kB (N kB gzip)"').not.toBe(null);
    const raw = statSync(join(dist, 'apac-viz.js')).size / 1024;
    const gzip = gzipSync(code).length / 1024;
    // Within 5 %: the README is a reader's guide, updated when the size moves noticeably.
    expect(Math.abs(Number(stated?.[1]) - raw) / raw, `raw is ${raw.toFixed(0)} kB`).toBeLessThan(
      0.05
    );
    expect(
      Math.abs(Number(stated?.[2]) - gzip) / gzip,
      `gzip is ${gzip.toFixed(0)} kB`
    ).toBeLessThan(0.05);
  });
});
