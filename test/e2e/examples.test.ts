/** The documented examples, served as a site would serve them, with the built dist/. */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {
  chartsDrawn,
  dist,
  launch,
  repo,
  serve,
  watchErrors,
  type Served,
  type Site,
} from './harness.js';

const examples = join(repo, 'examples');
let browser: Browser;
let site: Served;
beforeAll(async () => {
  browser = await launch();
  const files: Site = {};
  for (const f of readdirSync(examples))
    if (/\.(html|css)$/.test(f)) files[`/examples/${f}`] = {file: join(examples, f)};
  for (const f of ['apac-viz.js', 'embed.html', 'embed.js', 'embed.css', 'embed-parent.js'])
    files[`/dist/${f}`] = {file: join(dist, f)};
  site = await serve(files);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(
  path: string,
  options: {colorScheme?: 'light' | 'dark'} = {}
): Promise<{page: Page; errors: string[]; requests: string[]}> {
  const page = await browser.newPage({viewport: {width: 900, height: 800}, ...options});
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.url}${path}`);
  return {page, errors, requests};
}

const fallbackVisible = (page: Page, tag: string) =>
  page.evaluate(
    (t) => (document.querySelector(`${t} > p`) as HTMLElement | null)?.checkVisibility() ?? null,
    tag
  );

describe('examples', () => {
  it('plain.html: three charts, fallback text replaced once drawn, no request but the page and the file', async () => {
    const {page, errors, requests} = await open('/examples/plain.html');
    await chartsDrawn(page, 3);
    expect(requests.filter((r) => r !== '/favicon.ico')).toEqual([
      '/examples/plain.html',
      '/dist/apac-viz.js',
    ]);
    for (const tag of ['apac-choropleth', 'apac-timeline', 'apac-sankey'])
      expect(await fallbackVisible(page, tag), tag).toBe(false);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('plain.html with JavaScript off: readers get the sentences inside the tags', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.url}/examples/plain.html`);
    const text = await page.locator('apac-sankey').innerText();
    expect(text).toContain('nearly USD 90 billion a year');
    await context.close();
  });

  it('wordpress.html: script in the body, the theme brand reaches the charts, and its dark mode too', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const {page, errors} = await open('/examples/wordpress.html', {colorScheme});
      await chartsDrawn(page, 2);
      const look = await page.evaluate(() => {
        const frame = document
          .querySelector('apac-sankey')
          ?.shadowRoot?.querySelector('.frame') as HTMLElement;
        const s = getComputedStyle(frame);
        return {font: s.fontFamily, background: s.backgroundColor};
      });
      expect(look.font).toContain('Georgia');
      expect(look.background).toBe(
        colorScheme === 'light' ? 'rgb(251, 248, 243)' : 'rgb(22, 24, 29)'
      );
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    }
  });

  it('strict-csp.html: all three charts draw and export with no policy refused', async () => {
    const {page, errors} = await open('/examples/strict-csp.html');
    await chartsDrawn(page, 3);
    const exported = await page.evaluate(async () => {
      type Chart = HTMLElement & {toSVG(): string; toPNG(scale?: number): Promise<Blob>};
      const out = [];
      for (const el of document.querySelectorAll<Chart>(
        'apac-choropleth, apac-timeline, apac-sankey'
      ))
        out.push([el.toSVG().length > 1000, (await el.toPNG(1)).type]);
      return out;
    });
    expect(exported).toEqual([
      [true, 'image/png'],
      [true, 'image/png'],
      [true, 'image/png'],
    ]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('iframe.html: the embed page draws and the iframe takes its height', async () => {
    const {page, errors} = await open('/examples/iframe.html');
    await page.frameLocator('iframe').locator('svg.chart').first().waitFor();
    await page.waitForFunction(() => {
      const f = document.querySelector('iframe') as HTMLIFrameElement;
      return Math.abs(f.clientHeight - (f.contentDocument?.documentElement.scrollHeight ?? 0)) <= 1;
    });
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('story.html: scrolling steps each chart through its story, and the buttons step it back', async () => {
    const {page, errors} = await open('/examples/story.html');
    await chartsDrawn(page, 3);
    const field = (sel: string, key: string) =>
      page.evaluate(
        ([s, k]) => (document.querySelector(s) as unknown as Record<string, unknown>)[k as string],
        [sel, key]
      );
    const shadowText = (host: string, sel: string) =>
      page.evaluate(
        ([h, s]) =>
          document
            .querySelector(h as string)
            ?.shadowRoot?.querySelector(s as string)
            ?.textContent?.replace(/\s+/g, ' ')
            .trim(),
        [host, sel]
      );
    /** Scrolls so that the story's step n (from 1) crosses the middle of the screen. */
    const scrollTo = (story: string, n: number) =>
      page.evaluate(
        ([s, i]) => {
          const step = document.querySelectorAll(`${s} apac-step`)[Number(i) - 1] as HTMLElement;
          const box = step.getBoundingClientRect();
          window.scrollBy(0, box.top + box.height / 2 - innerHeight / 2);
        },
        [story, n]
      );
    await expect.poll(() => shadowText('#members', '[part="position"]')).toBe('Step 1 of 4');
    expect(await field('apac-choropleth', 'year')).toBe(1967);

    await scrollTo('#members', 3);
    await expect.poll(() => field('apac-choropleth', 'year')).toBe(1999);
    await expect
      .poll(() => shadowText('apac-choropleth', '.highlighted'))
      .toBe('Highlighted: Viet Nam, Lao PDR, Myanmar, and Cambodia.');
    await expect
      .poll(() => shadowText('#members', '[aria-live="polite"]'))
      .toBe('Step 3 of 4: 1999');

    await scrollTo('#timeline-story', 2);
    await expect.poll(() => field('apac-timeline', 'from')).toBe('2015-09-21');
    expect(await field('apac-timeline', 'highlight')).toBe('ammtc-10');
    // The map keeps the state of the step it was left at.
    expect(await field('apac-choropleth', 'year')).toBe(1999);

    await scrollTo('#flow-story', 2);
    await expect.poll(() => field('apac-sankey', 'highlight')).toBe('crime:counterfeit-goods');
    await page.locator('#flow-story').getByRole('button', {name: 'Previous step'}).click();
    await expect.poll(() => field('apac-sankey', 'highlight')).toBe('');
    await expect.poll(() => shadowText('#flow-story', '[part="position"]')).toBe('Step 1 of 2');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('linked.html: MY on the map lists its meetings, the URL keeps it across a reload, Escape clears all', async () => {
    const events = (
      JSON.parse(readFileSync(join(repo, 'data', 'events.json'), 'utf8')) as {
        events: {economy: string | null}[];
      }
    ).events;
    const my = events.filter((e) => e.economy === 'MY').length;
    const {page, errors} = await open('/examples/linked.html');
    await chartsDrawn(page, 3);
    const shown = page.locator('apac-timeline .shown');
    await expect.poll(() => shown.textContent()).toMatch(`${events.length} events`);
    await page.locator('apac-choropleth svg.chart [data-id="MY"]').first().dispatchEvent('click');
    await expect
      .poll(async () => (await shown.textContent())?.replace(/\s+/g, ' ').trim())
      .toBe(`Showing ${my} of ${events.length} events (host: Malaysia)`);
    expect(await page.locator('#picked').textContent()).toBe('Picked: MY.');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('region.economy=MY');
    await page.reload();
    await chartsDrawn(page, 3);
    await expect
      .poll(async () => (await shown.textContent())?.replace(/\s+/g, ' ').trim())
      .toBe(`Showing ${my} of ${events.length} events (host: Malaysia)`);
    const selected = () =>
      page.evaluate(
        () => (document.querySelector('apac-choropleth') as {selected?: string}).selected
      );
    expect(await selected()).toBe('MY');
    await page.locator('apac-choropleth svg.chart [data-focus="MY"]').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(selected).toBe(undefined);
    await expect
      .poll(async () => (await shown.textContent())?.replace(/\s+/g, ' ').trim())
      .toBe(`${events.length} events`);
    expect(await page.locator('#picked').textContent()).toBe('Nothing picked.');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
