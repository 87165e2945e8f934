/**
 * End-to-end harness: a plain static file server (with the headers a test asks for) that records
 * every request, and headless Chromium through playwright-core. Tests run against the built
 * `dist/`, as a page on a CDN or a newsroom's server would.
 */
import {createServer, type IncomingHttpHeaders} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, resolve} from 'node:path';
import type {AddressInfo} from 'node:net';
import {chromium, type Browser, type Page} from 'playwright-core';

export const repo = resolve(import.meta.dirname, '../..');
export const dist = join(repo, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** A site: URL path → file on disk or literal content. Anything else is a 404. */
export type Site = Record<string, {file: string} | {body: string; type?: string}>;

export interface Served {
  url: string;
  /** Paths requested so far, in order (query strings kept). */
  requests: string[];
  headers: IncomingHttpHeaders[];
  close(): Promise<void>;
}

export async function serve(
  site: Site,
  extraHeaders: Record<string, string> = {}
): Promise<Served> {
  const requests: string[] = [];
  const headers: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    headers.push(req.headers);
    // Browsers ask for a favicon of their own accord; answer so no 404 reaches the console.
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    const entry = site[url.pathname];
    if (!entry) return res.writeHead(404).end('not found');
    if ('body' in entry)
      return res
        .writeHead(200, {
          'content-type': entry.type ?? TYPES[extname(url.pathname)] ?? 'text/plain',
          ...extraHeaders,
        })
        .end(entry.body);
    if (!existsSync(entry.file) || !statSync(entry.file).isFile())
      return res.writeHead(404).end('not found');
    res
      .writeHead(200, {
        'content-type': TYPES[extname(entry.file)] ?? 'application/octet-stream',
        ...extraHeaders,
      })
      .end(readFileSync(entry.file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    headers,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The browser the tests and the CLI use: $CHROME_PATH, else Debian's chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** Console errors, page errors and CSP refusals seen by `page`. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Resolves once every chart tag on the page (or in `frame`) has drawn an SVG in its shadow root. */
export async function chartsDrawn(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('apac-choropleth, apac-timeline, apac-sankey')].filter((el) =>
        el.shadowRoot?.querySelector('svg.chart')
      ).length >= n,
    count,
    {timeout: 20_000}
  );
}
