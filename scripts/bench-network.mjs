// `npm run bench`'s phone-network table: pages with a chart (two for the link group) that load
// apac-viz as an article would, through the autoloader (dist/lazy/apac-viz.js) or the one-file
// bundle (dist/apac-viz.js), timed from navigation to the first `apac-render` of every chart on
// the page, on an emulated phone network: Chrome's network emulation at Lighthouse's mobile
// profile (150 ms round trip, 1.6 Mbit/s down), no cache, the scripts served gzipped; then the
// same with the page's scripts run 4× slower (Lighthouse's mobile processor).
// What it shows is what a page waits for before a chart can draw: round trips and bytes, and with
// a phone's processor, the work of loading and drawing weighed against them.
import {execFileSync} from 'node:child_process';
import {createServer} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

/**
 * The pages: one chart each, in English but for the fourth; the last two, through the autoloader
 * only, with what a first picture waits for (a note; a link group between two charts).
 */
const PAGES = {
  map: ['en', '<apac-choropleth indicator="membership"></apac-choropleth>'],
  timeline: ['en', '<apac-timeline></apac-timeline>'],
  sankey: ['en', '<apac-sankey></apac-sankey>'],
  'timeline, in Japanese': ['ja', '<apac-timeline></apac-timeline>'],
  'timeline with a note': [
    'en',
    '<apac-timeline><apac-note for="2015">A year of meetings</apac-note></apac-timeline>',
  ],
  'map and timeline in a link group': [
    'en',
    '<apac-choropleth link-group="region"></apac-choropleth><apac-timeline link-group="region"></apac-timeline>',
  ],
};
const AUTOLOADER_ONLY = new Set(['timeline with a note', 'map and timeline in a link group']);

/**
 * The scripts a page may load apac-viz with. The last two are for the timeline's page only: the
 * autoloader at an address without the version, which unpkg answers with a redirect to the latest
 * version's (as `/latest/` is answered here), and the autoloader with the chart's files named as
 * preload links, as the embed builder writes them from dist/lazy/chunks.json.
 */
const SCRIPTS = {
  autoloader: '/lazy/apac-viz.js',
  'one file': '/apac-viz.js',
  'autoloader, address without the version (a redirect first)': '/latest/lazy/apac-viz.js',
  "autoloader, with the embed builder's preload links": '/lazy/apac-viz.js#preload',
};
const REDIRECTED = '/latest/';
const PRELOADED = '#preload';
const timelineOnly = (script) =>
  SCRIPTS[script].startsWith(REDIRECTED) || SCRIPTS[script].endsWith(PRELOADED);

/** The timeline's files as the embed builder names them (src/embed/snippet.ts `preloadFiles`). */
function preloadLinks() {
  const lists = JSON.parse(readFileSync('dist/lazy/chunks.json', 'utf8'));
  return [lists.entries.timeline, ...lists.charts.timeline]
    .map((file) => `<link rel="modulepreload" href="/lazy/${file}">`)
    .join('');
}

const page = (script, lang, body) =>
  `<!doctype html><html lang="${lang}"><title>bench</title><script>const drawn = new Set(); addEventListener('apac-render', (e) => { drawn.add(e.target); if (drawn.size === document.querySelectorAll('apac-choropleth, apac-timeline, apac-sankey').length) window.drawnAt ??= performance.now(); });</script><script type="module" src="${script.replace(PRELOADED, '')}"></script>${script.endsWith(PRELOADED) ? preloadLinks() : ''}${body}`;

/** Lighthouse's mobile network: round trip `rtt` ms, 1.6 Mbit/s down, 750 kbit/s up (bytes/s). */
const network = (rtt) => ({
  offline: false,
  latency: rtt,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
});

/**
 * Builds the autoloader (dist/lazy) and the one-file bundle, then loads each page with each
 * `rounds` times in `browser` at a round trip of `rtt` ms, at the machine's speed and 4× slower.
 * Returns, per page and script, the median ms from navigation to drawn (both) and the JS requests.
 */
export async function overPhoneNetwork(browser, {rounds, rtt}) {
  for (const mode of ['lazy', 'bundle'])
    execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
  const runs = Object.keys(SCRIPTS).flatMap((script) =>
    Object.keys(PAGES)
      .filter((name) => !timelineOnly(script) || name === 'timeline')
      .filter((name) => !AUTOLOADER_ONLY.has(name) || script === 'autoloader')
      .map((name) => ({script, name}))
  );
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const run = runs[Number(path.slice(1))];
    if (run)
      return res
        .writeHead(200, {'content-type': 'text/html'})
        .end(page(SCRIPTS[run.script], ...PAGES[run.name]));
    if (path.startsWith(REDIRECTED))
      return res.writeHead(302, {location: path.slice(REDIRECTED.length - 1)}).end();
    const file = join('dist', path);
    if (!/^\/(lazy\/)?[\w.-]+\.js$/.test(path) || !existsSync(file) || !statSync(file).isFile())
      return res.writeHead(404).end();
    // Compressed, as a CDN or static host serves it.
    res
      .writeHead(200, {'content-type': 'text/javascript', 'content-encoding': 'gzip'})
      .end(gzipSync(readFileSync(file)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const samples = runs.map(() => []);
  const slow = runs.map(() => []);
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [i, cpu] of [...runs.keys()].flatMap((i) => [
        [i, 1],
        [i, 4],
      ])) {
        const context = await browser.newContext({viewport: {width: 1000, height: 800}});
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
        await cdp.send('Network.emulateNetworkConditions', network(rtt));
        let requests = 0;
        tab.on('request', (r) => (requests += r.url().endsWith('.js') ? 1 : 0));
        await tab.goto(`${base}/${i}`);
        await tab.waitForFunction(() => window.drawnAt !== undefined, null, {timeout: 60_000});
        (cpu > 1 ? slow : samples)[i].push({
          drawnAt: await tab.evaluate(() => window.drawnAt),
          requests,
        });
        await context.close();
      }
    }
  } finally {
    server.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return runs.map(({script, name}, i) => ({
    page: name,
    script,
    drawnAt: median(samples[i].map((s) => s.drawnAt)),
    slowCpuDrawnAt: median(slow[i].map((s) => s.drawnAt)),
    requests: median(samples[i].map((s) => s.requests)),
  }));
}
