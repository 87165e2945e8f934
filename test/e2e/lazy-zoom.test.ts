/**
 * Zoom loads on intent (core/zoom-controller.ts): through the autoloader (dist/lazy), a page
 * with a map or a timeline draws, is hovered and clicked without loading d3-zoom and the rest
 * of its chunk; the first zoom or pan loads it, and that first gesture — made while the chunk
 * is still on its way — is not lost.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {chartsDrawn, dist, launch, serve, watchErrors, type Served} from './harness.js';

let browser: Browser;
let site: Served;
const lazy = join(dist, 'lazy');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const manifest = (): Record<string, ManifestChunk> =>
  JSON.parse(readFileSync(join(lazy, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;

/** The chunk of d3-zoom and d3-selection, by the manifest. */
const zoomChunk = () => {
  const chunk = manifest()['src/core/zoom-d3.ts'];
  if (!chunk) throw new Error('no src/core/zoom-d3.ts in dist/lazy/.vite/manifest.json');
  return chunk.file;
};

const page = (tag: string) =>
  `<!doctype html><html lang="en"><title>t</title><style>body{margin:0}</style><script type="module" src="/lazy/apac-viz.js"></script><${tag} style="display:block;width:800px"></${tag}>`;

beforeAll(async () => {
  browser = await launch();
  site = await serve({
    ...Object.fromEntries(readdirSync(lazy).map((f) => [`/lazy/${f}`, {file: join(lazy, f)}])),
    '/map.html': {body: page('apac-choropleth')},
    '/timeline.html': {body: page('apac-timeline')},
    '/apac-viz.js': {file: join(dist, 'apac-viz.js')},
    '/one-file.html': {body: page('apac-choropleth').replace('/lazy/apac-viz.js', '/apac-viz.js')},
  });
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

interface Opened {
  p: Page;
  errors: string[];
  /** Whether the page has asked for the zoom chunk. */
  asked: () => boolean;
  /** Lets the zoom chunk through, which is held back until then. */
  release: () => void;
}

/** Opens `path`, holding back the zoom chunk so that a test can act while it is on its way. */
async function open(path: string): Promise<Opened> {
  const p = await browser.newPage({viewport: {width: 900, height: 800}});
  const errors = watchErrors(p);
  let release = () => {};
  let asked = false;
  const held = new Promise<void>((resolve) => (release = resolve));
  await p.route(`**/lazy/${zoomChunk()}`, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await p.goto(`${site.url}${path}`);
  await chartsDrawn(p, 1);
  return {p, errors, release, asked: () => asked};
}

/** Lets the page run for a while (no timing is asserted: it gives a wrong load time to happen). */
const settle = (p: Page) => p.evaluate(() => new Promise((r) => setTimeout(r, 100)));

/**
 * The reader's view of the map (its zoom controller's: drawn by the zoom group while a gesture
 * goes on, then by the map laid out again for it, once it settles), as a transform.
 */
const mapTransform = (p: Page) =>
  p.evaluate(() => {
    const map = document.querySelector('apac-choropleth') as unknown as {
      zoom?: {current: {k: number; x: number; y: number}};
    } | null;
    const view = map?.zoom?.current;
    return view ? `translate(${view.x} ${view.y}) scale(${view.k})` : '';
  });

/** The map's transform before any zoom or pan. */
const UNMOVED = 'translate(0 0) scale(1)';

/** Waits until the map is zoomed or panned. */
const mapMoved = (p: Page) =>
  expect.poll(() => mapTransform(p), {timeout: 10_000}).not.toBe(UNMOVED);

/** A wheel of 100 px up with Ctrl held (a mouse's notch: one zoom step), where the mouse is. */
async function ctrlWheel(p: Page): Promise<void> {
  await p.keyboard.down('Control');
  await p.mouse.wheel(0, -100);
  await p.keyboard.up('Control');
}

/** The centre of the map's drawing, in page pixels. */
async function mapCentre(p: Page): Promise<[number, number]> {
  const box = await p.locator('apac-choropleth svg.chart').boundingBox();
  if (!box) throw new Error('no map drawn');
  return [box.x + box.width / 2, box.y + box.height / 2];
}

describe('zoom loads when the reader zooms or pans', () => {
  it('the zoom chunk is loaded dynamically, not with a map or a timeline', () => {
    const chunks = manifest();
    const file = zoomChunk();
    const closure = (key: string, seen = new Set<string>()): Set<string> => {
      const chunk = chunks[key];
      if (!chunk || seen.has(chunk.file)) return seen;
      seen.add(chunk.file);
      for (const i of chunk.imports ?? []) closure(i, seen);
      return seen;
    };
    for (const chart of ['src/choropleth.ts', 'src/timeline.ts'])
      expect([...closure(chart)], chart).not.toContain(file);
    expect(
      Object.values(chunks).some((c) => c.dynamicImports?.includes('src/core/zoom-d3.ts'))
    ).toBe(true);
  });

  it('a map hovered and clicked does not load it; a Ctrl+wheel made while it loads zooms', async () => {
    const {p, errors, release, asked} = await open('/map.html');
    const [x, y] = await mapCentre(p);
    await p.mouse.move(x - 40, y);
    await p.mouse.move(x, y);
    await p.mouse.down();
    await p.mouse.up();
    await settle(p);
    expect(asked()).toBe(false);
    expect(await mapTransform(p)).toBe(UNMOVED);

    // Zoom in with the wheel (a trackpad pinch): the chunk is asked for and held back meanwhile.
    await ctrlWheel(p);
    await settle(p);
    expect(asked()).toBe(true);
    expect(await mapTransform(p)).toBe(UNMOVED);
    release();
    await p.waitForFunction(
      () =>
        /scale\((?!1\))[\d.]+\)$/.test(
          document
            .querySelector('apac-choropleth')
            ?.shadowRoot?.querySelector('g.zoom')
            ?.getAttribute('transform') ?? ''
        ),
      undefined,
      {timeout: 10_000}
    );
    // A Ctrl+wheel notch of 100 px: one step, as the + button's (zoom-d3.ts, wheelDelta).
    expect(await mapTransform(p)).toMatch(/ scale\(1\.5\)$/);
    expect(errors, errors.join('\n')).toEqual([]);
    await p.close();
  });

  it('a drag on a map, let go before the chunk arrives, pans it once it has, and picks nothing', async () => {
    const {p, errors, release} = await open('/map.html');
    await p.evaluate(() => {
      const w = window as unknown as {picked: number};
      w.picked = 0;
      document.addEventListener('apac-select', () => w.picked++);
    });
    // A short drag that starts and ends on Australia: a click there would select it.
    const box = await p.locator('apac-choropleth path.region[data-id="AU"]').boundingBox();
    if (!box) throw new Error('no Australia drawn');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await p.mouse.move(x, y);
    await p.mouse.down();
    await p.mouse.move(x + 6, y, {steps: 3});
    await p.mouse.move(x + 12, y, {steps: 3});
    await p.mouse.up();
    expect(await mapTransform(p)).toBe(UNMOVED);
    release();
    await mapMoved(p);
    const [, dx, dy, k] =
      /^translate\((\S+) (\S+)\) scale\((\S+)\)$/.exec(await mapTransform(p)) ?? [];
    // Panned right by the drag (in the drawing's units), not up or down, not zoomed.
    expect(Number(dx)).toBeGreaterThan(5);
    expect(Math.abs(Number(dy))).toBeLessThan(1);
    expect(Number(k)).toBe(1);
    // The click that ended the drag selected no economy.
    expect(await p.evaluate(() => (window as unknown as {picked: number}).picked)).toBe(0);
    expect(errors, errors.join('\n')).toEqual([]);
    await p.close();
  });

  it('on a timeline, + pressed on an event zooms one step on the first press', async () => {
    const {p, errors, release, asked} = await open('/timeline.html');
    await p.locator('apac-timeline [data-focus][tabindex="0"]').first().focus();
    await settle(p);
    expect(asked()).toBe(false);
    const before = await p.evaluate(
      () => document.querySelector('apac-timeline')?.shadowRoot?.querySelector('.axis')?.textContent
    );
    await p.keyboard.press('+');
    release();
    await p.waitForFunction(
      (axis) =>
        document.querySelector('apac-timeline')?.shadowRoot?.querySelector('.axis')?.textContent !==
        axis,
      before,
      {timeout: 10_000}
    );
    expect(asked()).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    await p.close();
  });

  it('when the chunk fails to load, the map stays put and the next gesture zooms once', async () => {
    const p = await browser.newPage({viewport: {width: 900, height: 800}});
    let fail = true;
    await p.route(`**/lazy/${zoomChunk()}`, (route) => (fail ? route.abort() : route.continue()));
    const warned: string[] = [];
    p.on('console', (m) => {
      if (m.type() === 'warning') warned.push(m.text());
    });
    await p.goto(`${site.url}/map.html`);
    await chartsDrawn(p, 1);
    const [x, y] = await mapCentre(p);
    await p.mouse.move(x, y);
    await ctrlWheel(p);
    await expect.poll(() => warned.join('\n')).toMatch(/apac-viz: zoom did not load/);
    expect(await mapTransform(p)).toBe(UNMOVED);
    fail = false;
    await ctrlWheel(p);
    await mapMoved(p);
    await settle(p);
    // One wheel's step, not two: the first, made while the chunk failed, is not replayed.
    expect(await mapTransform(p)).toMatch(/ scale\(1\.5\)$/);
    await p.close();
  });

  it('the one-file bundle, which carries d3-zoom inline, zooms with the first Ctrl+wheel and its buttons', async () => {
    const from = site.requests.length;
    const p = await browser.newPage({viewport: {width: 900, height: 800}});
    const errors = watchErrors(p);
    await p.goto(`${site.url}/one-file.html`);
    await chartsDrawn(p, 1);
    const [x, y] = await mapCentre(p);
    await p.mouse.move(x, y);
    await ctrlWheel(p);
    await mapMoved(p);
    // A Ctrl+wheel notch of 100 px: one step, as the + button's (zoom-d3.ts, wheelDelta).
    expect(await mapTransform(p)).toMatch(/ scale\(1\.5\)$/);
    // The buttons set the transform through d3-zoom, which first stops any transition running
    // (none: the bundle carries d3-transition's interrupt as a no-op, core/zoom-shims.ts).
    await p.getByRole('button', {name: 'Zoom out'}).click();
    await expect.poll(() => mapTransform(p)).not.toMatch(/ scale\(1\.5\)$/);
    expect(await mapTransform(p)).not.toBe(UNMOVED);
    expect(site.requests.slice(from).filter((r) => r.endsWith('.js'))).toEqual(['/apac-viz.js']);
    expect(errors, errors.join('\n')).toEqual([]);
    await p.close();
  });
});
