/**
 * `apac-viz render`: draws a chart in headless Chrome or Chromium, through the same embed page a
 * CMS iframe uses, and writes the element's own `toSVG()` (or `toPNG(scale)`) to a file. Using
 * the browser means the file is the very picture the element draws: same layout, same text
 * measurement, same colours, same rasteriser as the element's PNG export.
 */
import {createServer, type Server} from 'node:http';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, extname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {AddressInfo} from 'node:net';
import type {Browser, BrowserType} from 'playwright-core';
import type {RenderJob} from './args.js';
import {peerDependencies} from '../../package.json';

/** Files of the built library the page needs, next to this script in dist/. */
const DIST = fileURLToPath(new URL('./', import.meta.url));
const PAGE_FILES: Record<string, string> = {
  '/embed.html': 'text/html; charset=utf-8',
  '/embed.js': 'text/javascript',
  '/embed.css': 'text/css',
  '/apac-viz.js': 'text/javascript',
};

const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export class RenderError extends Error {}

/** Content types of own data files by extension; anything else is read as JSON. */
const DATA_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.tab': 'text/tab-separated-values',
  '.txt': 'text/plain',
};

function serve(
  dataFile: string | undefined
): Promise<{server: Server; url: string; dataPath?: string}> {
  const dataPath = dataFile ? `/data/${encodeURIComponent(basename(dataFile))}` : undefined;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path in PAGE_FILES)
      return res
        .writeHead(200, {'content-type': PAGE_FILES[path] as string})
        .end(readFileSync(resolve(DIST, `.${path}`)));
    if (dataFile && path === dataPath)
      return res
        .writeHead(200, {
          'content-type': DATA_TYPES[extname(dataFile).toLowerCase()] ?? 'application/json',
        })
        .end(readFileSync(dataFile));
    res.writeHead(404).end();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, dataPath})
    )
  );
}

/** The install line for the browser driver, from package.json's optional peer dependency. */
export const DRIVER_INSTALL = `npm install --save-dev playwright-core@"${peerDependencies['playwright-core']}"`;

/**
 * playwright-core is an optional peer dependency: sites that only use the elements never install
 * it, so the command says exactly what to add when it is missing.
 */
async function driver(): Promise<{chromium: BrowserType}> {
  try {
    return await import('playwright-core');
  } catch (error) {
    const code = (error as {code?: string}).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' || !String(error).includes("'playwright-core'"))
      throw error;
    throw new RenderError(
      `the render command drives Chrome or Chromium with playwright-core, which is not installed. Install it beside apac-viz (it downloads no browser):\n  ${DRIVER_INSTALL}`
    );
  }
}

async function launch(path: string | undefined): Promise<Browser> {
  const {chromium} = await driver();
  const candidates = path
    ? [path]
    : [process.env['CHROME_PATH'], ...BROWSERS].filter((p): p is string => !!p);
  const executablePath = candidates.find((p) => existsSync(p));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
  ];
  if (executablePath) return chromium.launch({executablePath, args});
  if (path) throw new RenderError(`No browser at ${path}.`);
  try {
    return await chromium.launch({channel: 'chrome', args});
  } catch {
    throw new RenderError(
      'apac-viz render draws with Chrome or Chromium and found neither. Install one, or pass --browser /path/to/chrome (or set CHROME_PATH).'
    );
  }
}

export interface RenderResult {
  width: number;
  height: number;
}

/**
 * Draws `job` and writes the file; throws RenderError with a reader's message on failure.
 * `onNote` hears the page's console notes as they come: ignored attributes, rows left out.
 */
export async function render(
  job: RenderJob,
  onNote: (note: string) => void
): Promise<RenderResult> {
  if (job.data && !existsSync(job.data)) throw new RenderError(`No data file at ${job.data}.`);
  if (job.annotations && !existsSync(job.annotations))
    throw new RenderError(`No annotations file at ${job.annotations}.`);
  // The browser first: if it cannot start, no server is left open to keep the process alive.
  const browser = await launch(job.browser);
  const {server, url, dataPath} = await serve(job.data);
  try {
    const page = await browser.newPage({
      viewport: {width: job.width, height: 800},
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    page.on('console', (m) => {
      if (['info', 'warning', 'error'].includes(m.type())) onNote(m.text());
    });
    const params = new URLSearchParams([
      ['chart', job.chart],
      ['width', String(job.width)],
      ...job.attributes,
    ]);
    if (dataPath) params.set('src', dataPath);
    // Checked by the embed page like any parameter; a problem is a console note (onNote).
    if (job.annotations) params.set('annotations', readFileSync(job.annotations, 'utf8'));
    await page.goto(`${url}/embed.html?${params}`);
    const state = await page.waitForFunction(
      (tag) => {
        const el = document.querySelector(tag);
        const alert = document.querySelector('[role="alert"]');
        if (alert && !el) return {error: alert.textContent ?? 'error'};
        const root = el?.shadowRoot;
        if (root?.querySelector('svg.chart')) return {error: ''};
        const error = root?.querySelector('.error');
        return error ? {error: error.textContent?.replace(/\s+/g, ' ').trim() ?? 'error'} : false;
      },
      `apac-${job.chart}`,
      {timeout: 30_000}
    );
    const {error} = (await state.jsonValue()) as {error: string};
    if (error) throw new RenderError(error);
    await page.evaluate(() => document.fonts.ready);
    const out = await page.evaluate(
      async ({tag, format, scale}) => {
        type Chart = HTMLElement & {toSVG(): string; toPNG(scale: number): Promise<Blob>};
        const el = document.querySelector(tag) as Chart;
        const svg = el.toSVG();
        const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
        const dims = {width: Number(size[1]), height: Number(size[2])};
        if (format === 'svg') return {...dims, text: svg};
        const bytes = new Uint8Array(await (await el.toPNG(scale)).arrayBuffer());
        let binary = '';
        for (const b of bytes) binary += String.fromCharCode(b);
        return {...dims, base64: btoa(binary)};
      },
      {tag: `apac-${job.chart}`, format: job.format, scale: job.scale}
    );
    writeFileSync(job.out, 'text' in out ? out.text : Buffer.from(out.base64, 'base64'));
    return {width: out.width, height: out.height};
  } finally {
    await browser.close();
    server.close();
  }
}
