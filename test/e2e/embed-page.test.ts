/** dist/embed.html: one chart from URL parameters in an iframe that fits its content. */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {dist, launch, serve, watchErrors, type Served} from './harness.js';

let browser: Browser;
let site: Served;
beforeAll(async () => {
  browser = await launch();
  site = await serve({
    ...Object.fromEntries(
      ['apac-viz.js', 'embed.html', 'embed.js', 'embed.css', 'embed-parent.js'].map((f) => [
        `/${f}`,
        {file: join(dist, f)},
      ])
    ),
    '/data/flows.csv': {body: 'source,target,value,citation\nA,B,10,Test\nB,C,4,Test\n'},
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A parent article with the iframe (150 px high to start) and, optionally, the parent script. */
function article(query: string, parentScript = true): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
${parentScript ? '<script src="/embed-parent.js"></script>' : ''}</head>
<body><p>Before.</p>
<iframe id="f" title="Chart" src="/embed.html?${query}" width="600" height="150"></iframe>
<p>After.</p></body></html>`;
}

async function open(
  query: string,
  parentScript = true
): Promise<{page: Page; errors: string[]; notes: string[]}> {
  const page = await browser.newPage({viewport: {width: 800, height: 700}});
  const errors = watchErrors(page);
  const notes: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'info') notes.push(m.text());
  });
  await page.route(`${site.url}/article.html`, (route) =>
    route.fulfill({contentType: 'text/html', body: article(query, parentScript)})
  );
  await page.goto(`${site.url}/article.html`);
  return {page, errors, notes};
}

/** The iframe's height and its content's height, once the chart inside has drawn. */
async function fit(page: Page) {
  const frame = page.frameLocator('#f');
  await frame.locator('svg.chart').first().waitFor({timeout: 20_000});
  await page.waitForFunction(() => {
    const f = document.querySelector<HTMLIFrameElement>('#f');
    const doc = f?.contentDocument?.documentElement;
    return f && doc && Math.abs(f.clientHeight - doc.scrollHeight) <= 1 && f.clientHeight > 200;
  });
  return page.evaluate(() => {
    const f = document.querySelector<HTMLIFrameElement>('#f') as HTMLIFrameElement;
    const doc = f.contentDocument?.documentElement as HTMLElement;
    return {
      iframe: f.clientHeight,
      content: doc.scrollHeight,
      scrolls: doc.scrollHeight > doc.clientHeight,
    };
  });
}

describe('dist/embed.html', () => {
  it('draws the chart named in the URL with its attributes and fits the iframe to it', async () => {
    const {page, errors} = await open(
      'chart=sankey&headline=Illicit%20flows&report=sea2019&id=flows-1'
    );
    const size = await fit(page);
    expect(size.scrolls).toBe(false);
    const inside = await page
      .frameLocator('#f')
      .locator('apac-sankey')
      .evaluate((el) => ({
        headline: el.getAttribute('headline'),
        report: el.getAttribute('report'),
        text: el.shadowRoot?.querySelector('.headline')?.textContent?.trim(),
      }));
    expect(inside).toEqual({headline: 'Illicit flows', report: 'sea2019', text: 'Illicit flows'});
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('follows the chart when it grows (data table opened), and posts the documented message', async () => {
    const {page} = await open('chart=timeline&id=tl-1');
    await page.evaluate(() => {
      (window as unknown as {messages: unknown[]}).messages = [];
      addEventListener('message', (e) =>
        (window as unknown as {messages: unknown[]}).messages.push(e.data)
      );
    });
    const before = await fit(page);
    await page.frameLocator('#f').getByRole('button', {name: 'Show data as table'}).click();
    await page.waitForFunction(
      (h) => (document.querySelector('#f') as HTMLElement).clientHeight > h + 100,
      before.iframe
    );
    const after = await fit(page);
    expect(after.scrolls).toBe(false);
    const messages = await page.evaluate(
      () => (window as unknown as {messages: Record<string, unknown>[]}).messages
    );
    expect(messages).toContainEqual({
      type: 'apac-viz:height',
      height: after.content,
      id: 'tl-1',
      chart: 'timeline',
    });
    expect(messages).toContainEqual({sentinel: 'amp', type: 'embed-size', height: after.content});
    await page.close();
  });

  it('ignores unknown and unsafe parameters with a console note, and loads own data from an http(s) src', async () => {
    const {page, errors, notes} = await open(
      'chart=sankey&src=/data/flows.csv&colour=red&onload=alert(1)&headline=One&headline=Two&width=x'
    );
    await fit(page);
    const nodes = await page
      .frameLocator('#f')
      .locator('apac-sankey')
      .evaluate((el) => el.shadowRoot?.querySelectorAll('.node').length);
    expect(nodes).toBe(3);
    expect(notes.join('\n')).toContain(
      'ignored parameter "colour": not an attribute of <apac-sankey>'
    );
    expect(notes.join('\n')).toContain('ignored parameter "onload"');
    expect(notes.join('\n')).toContain(
      'ignored parameter "headline": given twice; the first is used'
    );
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();

    const second = await open('chart=sankey&src=javascript:alert(1)');
    await fit(second.page);
    expect(second.notes.join('\n')).toContain('ignored parameter "src": not an http(s) URL');
    await second.page.close();
  });

  it('says what is wrong when no known chart is named, and still reports its height', async () => {
    const {page} = await open('chart=pie');
    const frame = page.frameLocator('#f');
    await expect(frame.getByRole('alert').textContent()).resolves.toBe(
      'apac-viz: Unknown chart "pie": use one of choropleth, timeline, sankey.'
    );
    await page.waitForFunction(
      () => (document.querySelector('#f') as HTMLElement).clientHeight < 150
    );
    await page.close();
  });

  it('without the parent script the iframe keeps its own height and the page can still scroll', async () => {
    const {page} = await open('chart=choropleth', false);
    await page.frameLocator('#f').locator('svg.chart').first().waitFor();
    expect(
      await page.evaluate(() => (document.querySelector('#f') as HTMLElement).clientHeight)
    ).toBe(150);
    await page.close();
  });
});
