// `npm run bench`'s autoloader table: pages that load apac-viz through dist/lazy/apac-viz.js, as an
// article would, timed from navigation to the chart's first `apac-render` with every response
// delayed by a phone network's round trip (Chrome's network emulation; no bandwidth limit, no
// cache). What it shows is the round trips a page waits for before the chart can draw.
import {execFileSync} from 'node:child_process';
import {createServer} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** The pages: one chart each, in English but for the last. */
const PAGES = {
  map: ['en', '<apac-choropleth indicator="membership"></apac-choropleth>'],
  timeline: ['en', '<apac-timeline></apac-timeline>'],
  sankey: ['en', '<apac-sankey></apac-sankey>'],
  'timeline, in Japanese': ['ja', '<apac-timeline></apac-timeline>'],
};

const page = (lang, body) =>
  `<!doctype html><html lang="${lang}"><title>bench</title><script>addEventListener('apac-render', () => (window.drawnAt ??= performance.now()));</script><script type="module" src="/lazy/apac-viz.js"></script>${body}`;

/**
 * Builds the autoloader (dist/lazy), then loads each page `rounds` times in `browser` at a round
 * trip of `rtt` ms. Returns, per page, the median ms from navigation to drawn and the JS requests.
 */
export async function autoloaderOverNetwork(browser, {rounds, rtt}) {
  execFileSync('npx', ['vite', 'build', '--mode', 'lazy', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  const lazy = join('dist', 'lazy');
  const names = Object.keys(PAGES);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const named = names[Number(path.slice(1))];
    if (named) return res.writeHead(200, {'content-type': 'text/html'}).end(page(...PAGES[named]));
    const file = join(lazy, path.replace(/^\/lazy\//, ''));
    if (!path.startsWith('/lazy/') || !existsSync(file) || !statSync(file).isFile())
      return res.writeHead(404).end();
    res.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [i, name] of names.entries()) {
        const context = await browser.newContext({viewport: {width: 1000, height: 800}});
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: rtt,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
        let requests = 0;
        tab.on('request', (r) => (requests += r.url().endsWith('.js') ? 1 : 0));
        await tab.goto(`${base}/${i}`);
        await tab.waitForFunction(() => window.drawnAt !== undefined, null, {timeout: 60_000});
        samples[name].push({drawnAt: await tab.evaluate(() => window.drawnAt), requests});
        await context.close();
      }
    }
  } finally {
    server.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return names.map((name) => ({
    page: name,
    drawnAt: median(samples[name].map((s) => s.drawnAt)),
    requests: median(samples[name].map((s) => s.requests)),
  }));
}
