// node scripts/ab-first-render.mjs DIR_A DIR_B [--chart timeline] [--runs 20] [--mode nav]
// [--width 800] [--rtt 0] [--cpu 1]: two builds of apac-viz compared back to back, for a change too small for the
// bench's run-to-run drift. DIR_A and DIR_B each hold a build's files as shipped (a copy of
// dist/ for the one file, or of dist/lazy/ for the autoloader: both start at apac-viz.js), for
// example `npx vite build --mode bundle && cp -r dist /tmp/a`, then the change, then the same
// into /tmp/b. Each run opens a fresh tab for A and one for B, in alternating order, and prints
// medians:
// - `--mode nav` (default): the chart's tag is in the page; navigation → apac-render, and → drawn
//   (two frames after it, painted), as an article's reader waits for it;
// - `--mode render`: the script is loaded and the page left quiet for half a second, then the
//   chart is added; added → apac-render, and → drawn, as a chart added later draws. It waits for
//   the element to be defined, which the autoloader does only once a tag is in the page: use
//   copies of dist/ (the one file) for this mode.
// `--chart` is choropleth, timeline or sankey (the tag without `apac-`).
// `--rtt MS` emulates a network with that round trip (Lighthouse's mobile profile at 150:
// 1.6 Mbit/s down, no cache), for a change that moves work into the wait for the chunks.
// `--cpu N` runs the page's scripts N times slower (Lighthouse's mobile profile: 4), for what a
// change weighs on a phone's processor against the bytes it adds.
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    chart: {type: 'string', default: 'timeline'},
    runs: {type: 'string', default: '20'},
    mode: {type: 'string', default: 'nav'},
    width: {type: 'string', default: '800'},
    rtt: {type: 'string', default: '0'},
    cpu: {type: 'string', default: '1'},
  },
});
const [a, b] = positionals;
if (!a || !b) throw new Error('usage: node scripts/ab-first-render.mjs DIR_A DIR_B [options]');
const CHARTS = ['choropleth', 'timeline', 'sankey'];
if (!CHARTS.includes(values.chart))
  throw new Error(
    `--chart is one of ${CHARTS.join(', ')} (the tag without apac-), not ${values.chart}`
  );
const tag = `apac-${values.chart}`;
const nav = values.mode === 'nav';

/** Resolves with [ms to apac-render, ms to drawn] from navigation or from the chart's adding. */
const PAGE = `<!doctype html><meta charset="utf-8"><body style="margin:0">
<div id="root" style="width:${Number(values.width)}px">${nav ? `<${tag}></${tag}>` : ''}</div>
<script>
  window.timed = (t0) => new Promise((resolve) => addEventListener('apac-render', () => {
    const rendered = performance.now() - t0;
    requestAnimationFrame(() => requestAnimationFrame(() =>
      resolve([rendered, performance.now() - t0])));
  }, {once: true, capture: true}));
  ${nav ? 'window.result = timed(0);' : ''}
</script>
<script type="module" src="apac-viz.js"></script>`;

const TYPES = {'.js': 'text/javascript', '.json': 'application/json'};
const server = createServer((req, res) => {
  const [, side, ...rest] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
  const file = rest.join('/');
  if (!file || file === 'index.html')
    return res.writeHead(200, {'content-type': 'text/html'}).end(PAGE);
  try {
    // Gzipped, as a page gets the scripts (what a throttled network's bytes are).
    const body = gzipSync(readFileSync(join(side === 'a' ? a : b, file)));
    res.writeHead(200, {
      'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'text/plain',
      'content-encoding': 'gzip',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});

const times = {a: [], b: []};
try {
  for (let run = 0; run < Number(values.runs); run++) {
    for (const side of run % 2 ? ['a', 'b'] : ['b', 'a']) {
      const page = await browser.newPage({
        viewport: {width: Number(values.width) + 200, height: 800},
      });
      const [rtt, cpu] = [Number(values.rtt), Number(values.cpu)];
      const cdp = rtt > 0 || cpu > 1 ? await page.context().newCDPSession(page) : undefined;
      if (cdp && cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
      if (cdp && rtt > 0) {
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: rtt,
          downloadThroughput: (1638.4 * 1024) / 8,
          uploadThroughput: (750 * 1024) / 8,
        });
      }
      await page.goto(`http://127.0.0.1:${server.address().port}/${side}/index.html`);
      if (nav) times[side].push(await page.evaluate(() => window.result));
      else {
        await page.waitForFunction((name) => customElements.get(name), tag);
        await page.waitForTimeout(500);
        times[side].push(
          await page.evaluate((name) => {
            const result = window.timed(performance.now());
            document.getElementById('root').append(document.createElement(name));
            return result;
          }, tag)
        );
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const median = (list) => [...list].sort((x, y) => x - y)[list.length >> 1] ?? NaN;
const from = nav ? 'navigation' : 'added';
for (const [i, what] of [`${from} → apac-render`, `${from} → drawn`].entries()) {
  const [ma, mb] = [median(times.a.map((t) => t[i])), median(times.b.map((t) => t[i]))];
  console.log(
    `<${tag}> ${what}: A ${ma.toFixed(1)} ms, B ${mb.toFixed(1)} ms (B − A ${(mb - ma).toFixed(1)}; medians of ${values.runs})`
  );
}
