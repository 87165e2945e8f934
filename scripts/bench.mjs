// `npm run bench`: the same scenarios drawn by apac-viz, a plain-d3 floor, Apache ECharts,
// Vega-Lite and Observable Plot, in headless Chromium, alternating libraries each round.
// Prints a Markdown table of medians (and each library's ratio to the d3 floor) and writes
// bench/results/latest.json and latest.md (partial.* for a run with --only or --libs).
// Usage: npm run bench [-- --rounds N] [--only a,b]
// [--libs apac,d3] (just those libraries, e.g. to time apac-viz's hover against the d3 floor)
// [--rtt MS] (the phone-network table's round trip, default 150; `--only phone` runs just it)
// [--trace DIR] (Chrome traces of each hover, DIR/<scenario>-<lib>-<n>.json, and of each resize to
// 375 px and 800 → 640 px, DIR/<scenario>-<lib>-resize{,640}-<n>.json, for the Performance panel or
// scripts/trace-summary.mjs; for the large files at `src`, also one of the whole load,
// DIR/<scenario>-<lib>-load-<n>.json).
// The compared libraries are bench/package.json's own dependencies (not the root install's): they
// are installed from bench/package-lock.json the first time, or whenever one is missing.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {parseArgs} from 'node:util';
import {openBench} from './bench-page.mjs';
import {overPhoneNetwork} from './bench-network.mjs';

const {values} = parseArgs({
  options: {
    rounds: {type: 'string', default: '5'},
    only: {type: 'string'},
    libs: {type: 'string'},
    trace: {type: 'string'},
    rtt: {type: 'string', default: '150'},
  },
});
const ROUNDS = Number(values.rounds);
const LIBS = ['apac', 'd3', 'echarts', 'vegalite', 'plot'];
if (values.libs) LIBS.splice(0, Infinity, ...values.libs.split(','));
const SCENARIOS = [
  'map',
  'map-20',
  'sankey',
  'sankey-stress',
  'timeline',
  'timeline-stress',
  'timeline-200k',
  'sankey-20k',
];
// `--only a,b` runs just those scenarios.
if (values.only) SCENARIOS.splice(0, Infinity, ...values.only.split(','));
// Pages that load apac-viz as an article would, over a phone's network (bench-network.mjs).
const PHONE = LIBS.includes('apac') && (!values.only || SCENARIOS.includes('phone'));
if (SCENARIOS.includes('phone')) SCENARIOS.splice(SCENARIOS.indexOf('phone'), 1);
const RTT = Number(values.rtt);
// A large file at `src`, which only apac-viz is fed (the others would need their own CSV reading).
const LARGE = new Set(['timeline-200k', 'sankey-20k']);
const NO_SANKEY = new Set(['vegalite', 'plot']);
const out = '.bench-dist';

const benchDeps = Object.keys(JSON.parse(readFileSync('bench/package.json', 'utf8')).dependencies);
const missing = benchDeps.filter(
  (d) => !existsSync(join('bench', 'node_modules', d, 'package.json'))
);
if (missing.length) {
  console.log(`installing the bench libraries (${missing.join(', ')} missing)…`);
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: 'bench',
    stdio: 'inherit',
  });
}
console.log('type-checking the bench…');
execFileSync('npx', ['tsc', '-p', 'bench'], {stdio: 'inherit'});

console.log('building the bench pages…');
const {server, browser, base} = await openBench(out);
const version = browser.version();

const traced = {};
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];
/** One page load of `lib` drawing `scenario`: every measurement, or an error. */
async function measure(lib, scenario) {
  const page = await browser.newPage({viewport: {width: 1000, height: 800}});
  const js = new Set();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) js.add(path);
  });
  const traceLoad = values.trace && LARGE.has(scenario);
  try {
    if (traceLoad) {
      mkdirSync(values.trace, {recursive: true});
      const n = (traced[`${scenario}-${lib}-load`] = (traced[`${scenario}-${lib}-load`] ?? 0) + 1);
      await browser.startTracing(page, {
        path: join(values.trace, `${scenario}-${lib}-load-${n}.json`),
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-v8.cpu_profiler',
          'v8',
        ],
      });
    }
    await page.goto(`${base}/index.html?lib=${lib}&scenario=${scenario}`);
    await page.waitForFunction(() => window.bench, null, {timeout: 180_000});
    if (traceLoad) await browser.stopTracing();
    const error = await page.evaluate(() => window.bench.error);
    if (error) throw new Error(error);
    const {drawnAt, renderMs, longestTaskMs} = await page.evaluate(() => ({
      drawnAt: window.bench.drawnAt,
      renderMs: window.bench.renderMs,
      longestTaskMs: window.bench.longestTaskMs,
    }));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const {usedSize} = await cdp.send('Runtime.getHeapUsage');
    let hoverMs = null;
    const target = await page.evaluate(() => window.bench.hoverTarget());
    if (target) {
      await page.mouse.move(1, 1);
      await page.evaluate(() => window.bench.armHover());
      if (values.trace) {
        mkdirSync(values.trace, {recursive: true});
        const n = (traced[`${scenario}-${lib}`] = (traced[`${scenario}-${lib}`] ?? 0) + 1);
        await browser.startTracing(page, {
          path: join(values.trace, `${scenario}-${lib}-${n}.json`),
          categories: TRACE_CATEGORIES,
        });
      }
      await page.mouse.move(target.x, target.y);
      hoverMs = await Promise.race([
        page.evaluate(() => window.bench.hoverResult),
        new Promise((resolve) => setTimeout(() => resolve(null), 5000)),
      ]);
      if (values.trace) await browser.stopTracing();
    }
    if (values.trace) {
      mkdirSync(values.trace, {recursive: true});
      await browser.startTracing(page, {
        path: join(
          values.trace,
          `${scenario}-${lib}-resize-${traced[`${scenario}-${lib}`] ?? 1}.json`
        ),
        categories: TRACE_CATEGORIES,
      });
    }
    const resizeMs = await page.evaluate(() => window.bench.resize(375));
    if (values.trace) await browser.stopTracing();
    // Back to 800 px (untimed), then a resize that keeps the layout's structure: at 640 px no
    // chart changes orientation (480 px) and the map keeps one panel (560 px).
    await page.evaluate(() => window.bench.resize(800));
    if (values.trace)
      await browser.startTracing(page, {
        path: join(
          values.trace,
          `${scenario}-${lib}-resize640-${traced[`${scenario}-${lib}`] ?? 1}.json`
        ),
        categories: TRACE_CATEGORIES,
      });
    const resize640Ms = await page.evaluate(() => window.bench.resize(640));
    if (values.trace) await browser.stopTracing();
    // apac-viz told (above, as the floor and ECharts are) and left to notice the width itself.
    const observed = async (width) => {
      if (lib !== 'apac') return null;
      await page.evaluate(() => window.bench.resize(800));
      return page.evaluate((w) => window.bench.resize(w, true), width);
    };
    const resizeObservedMs = await observed(375);
    const resize640ObservedMs = await observed(640);
    const files = [...js].map((p) => readFileSync(join(out, p)));
    return {
      drawnAt,
      renderMs,
      longestTaskMs,
      resizeMs,
      resize640Ms,
      resizeObservedMs,
      resize640ObservedMs,
      hoverMs,
      heapMB: usedSize / 1048576,
      rawKB: files.reduce((n, f) => n + f.length, 0) / 1024,
      gzipKB: files.reduce((n, f) => n + gzipSync(f).length, 0) / 1024,
    };
  } finally {
    await page.close();
  }
}

const samples = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const scenario of SCENARIOS) {
    // A different library goes first each round, so none always pays for a cold browser.
    const order = LIBS.map((_, i) => LIBS[(i + round) % LIBS.length]);
    for (const lib of order) {
      if (scenario.startsWith('sankey') && NO_SANKEY.has(lib)) continue;
      if (LARGE.has(scenario) && lib !== 'apac') continue;
      const key = `${scenario}|${lib}`;
      try {
        (samples[key] ??= []).push(await measure(lib, scenario));
      } catch (e) {
        console.error(`${key}: ${e.message}`);
      }
    }
  }
  console.log(`round ${round + 1} of ${ROUNDS} done`);
}
const phone = PHONE ? await overPhoneNetwork(browser, {rounds: ROUNDS, rtt: RTT}) : [];
await browser.close();
server.close();

const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const METRICS = [
  'gzipKB',
  'rawKB',
  'drawnAt',
  'renderMs',
  'longestTaskMs',
  'resizeMs',
  'resize640Ms',
  'resizeObservedMs',
  'resize640ObservedMs',
  'hoverMs',
  'heapMB',
];
const results = [];
for (const scenario of SCENARIOS) {
  for (const lib of LIBS) {
    const list = samples[`${scenario}|${lib}`];
    if (!list?.length) continue;
    const row = {scenario, lib, samples: list.length};
    for (const m of METRICS) row[m] = median(list.map((s) => s[m]));
    results.push(row);
  }
}
const floor = (scenario, m) => results.find((r) => r.scenario === scenario && r.lib === 'd3')?.[m];
/** The floor's figure an apac-viz figure is compared with (observed resizes: the floor's resizes). */
const FLOOR_OF = {resizeObservedMs: 'resizeMs', resize640ObservedMs: 'resize640Ms'};
const observedRows = results.filter(
  (r) => r.resizeObservedMs !== null && r.resizeObservedMs !== undefined
);
const cell = (r, m, digits) => {
  const v = r[m];
  if (v === null || v === undefined) return 'n/a';
  const f = floor(r.scenario, FLOOR_OF[m] ?? m);
  return r.lib === 'd3' || !f ? v.toFixed(digits) : `${v.toFixed(digits)} (${(v / f).toFixed(2)}×)`;
};
const lines = [
  `Chromium ${version}, ${ROUNDS} rounds, medians; (n×) is the ratio to the plain-d3 floor. Sizes are the JS the page loaded (shared page code and the dataset included for every library).`,
  ...(results.length
    ? [
        '',
        '| scenario | library | JS gzip kB | JS raw kB | navigation → drawn ms | render ms | longest task ms | resize to 375 px ms | resize 800 → 640 px ms | hover → feedback ms | JS heap MB |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...results.map(
          (r) =>
            `| ${r.scenario} | ${r.lib} | ${cell(r, 'gzipKB', 0)} | ${cell(r, 'rawKB', 0)} | ${cell(r, 'drawnAt', 0)} | ${cell(r, 'renderMs', 0)} | ${cell(r, 'longestTaskMs', 0)} | ${cell(r, 'resizeMs', 0)} | ${cell(r, 'resize640Ms', 0)} | ${cell(r, 'hoverMs', 1)} | ${cell(r, 'heapMB', 1)} |`
        ),
      ]
    : []),
  ...(observedRows.length
    ? [
        '',
        "apac-viz's resizes above are timed with the page telling it (`resize()` after the width is set, as the floor draws again and ECharts' `resize()` is called); left to notice the new width itself (its ResizeObserver), the same run, medians:",
        '',
        '| scenario | resize to 375 px ms | resize 800 → 640 px ms |',
        '| --- | --- | --- |',
        ...observedRows.map(
          (r) =>
            `| ${r.scenario} | ${cell(r, 'resizeObservedMs', 0)} | ${cell(r, 'resize640ObservedMs', 0)} |`
        ),
      ]
    : []),
  ...(phone.length
    ? [
        '',
        `apac-viz on a phone's network (Lighthouse's mobile profile: ${RTT} ms round trip, 1.6 Mbit/s down; no cache; scripts gzipped), one chart a page (two in the link group), through the autoloader (\`dist/lazy/apac-viz.js\`) or the one-file bundle (\`dist/apac-viz.js\`) (and the timeline through the autoloader at an address without the version, answered with a redirect to the version's, as unpkg answers one, and with the chart's files named as preload links beside the script, as the embed builder writes them), at this machine's speed and with the page's scripts run 4× slower (Lighthouse's mobile processor), medians:`,
        '',
        "| page | script | navigation → drawn ms | with a phone's processor (4× slower) ms | JS requests |",
        '| --- | --- | --- | --- | --- |',
        ...phone.map(
          (r) =>
            `| ${r.page} | ${r.script} | ${r.drawnAt.toFixed(0)} | ${r.slowCpuDrawnAt.toFixed(0)} | ${r.requests} |`
        ),
      ]
    : []),
];
const dist = existsSync('dist')
  ? readdirSync('dist')
      .filter((f) => /^(apac-viz|choropleth|timeline|sankey|index|data|core)\.js$/.test(f))
      .map((f) => {
        const bytes = readFileSync(join('dist', f));
        return {
          file: `dist/${f}`,
          rawKB: bytes.length / 1024,
          gzipKB: gzipSync(bytes).length / 1024,
        };
      })
  : [];
// A partial run (`--only`, `--libs`) goes beside the full one, which the README quotes.
const name = values.only || values.libs ? 'partial' : 'latest';
mkdirSync('bench/results', {recursive: true});
writeFileSync(
  `bench/results/${name}.json`,
  JSON.stringify(
    {
      chromium: version,
      rounds: ROUNDS,
      date: new Date().toISOString(),
      results,
      phone: {rttMs: RTT, downMbitPerS: 1.6, pages: phone},
      dist,
    },
    null,
    2
  ) + '\n'
);
writeFileSync(`bench/results/${name}.md`, lines.join('\n') + '\n');
console.log(
  `\n${lines.join('\n')}\n\nWritten: bench/results/${name}.json, bench/results/${name}.md`
);
