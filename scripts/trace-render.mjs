// node scripts/trace-render.mjs [--scenarios sankey,timeline] [--libs apac,d3] [--runs 3]
// [--out DIR] [--width 375]: Chrome traces of the bench's render (from calling draw, the chart
// module's import included, to drawn) and of its resize (told) to 375 px or `--width`, and where the main thread spent them: self
// time by trace event (script compile and evaluation, style recalculation, layout, paint…), and
// the JavaScript functions and source files with the most self time, mapped through the bench
// build's source maps to src/. Medians over the runs. Builds the bench page as `npm run bench`
// does (minified), with source maps, into .trace-dist.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {openBench} from './bench-page.mjs';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';

const {values} = parseArgs({
  options: {
    scenarios: {type: 'string', default: 'sankey,timeline'},
    libs: {type: 'string', default: 'apac,d3'},
    runs: {type: 'string', default: '3'},
    out: {type: 'string', default: '.traces'},
    width: {type: 'string', default: '375'},
  },
});
const out = '.trace-dist';
const {server, browser, base} = await openBench(out, {sourcemap: true});
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'v8.execute',
];

// Marks the render's start (the bench observes long tasks just before its clock starts) and end
// (window.bench is set once every chart is drawn), so the trace can be cut to the render.
const marks = () => {
  const observe = PerformanceObserver.prototype.observe;
  PerformanceObserver.prototype.observe = function (options) {
    if (options?.type === 'longtask') performance.mark('render-start');
    return observe.call(this, options);
  };
  let bench;
  Object.defineProperty(window, 'bench', {
    configurable: true,
    get: () => bench,
    set: (v) => {
      performance.mark('render-end');
      bench = v;
    },
  });
};

mkdirSync(values.out, {recursive: true});
async function record(lib, scenario, run) {
  const page = await browser.newPage({viewport: {width: 1000, height: 800}});
  await page.addInitScript(marks);
  const file = join(values.out, `${scenario}-${lib}-render-${run}.json`);
  await browser.startTracing(page, {path: file, categories: CATEGORIES});
  await page.goto(`${base}/index.html?lib=${lib}&scenario=${scenario}`);
  await page.waitForFunction(() => window.bench, null, {timeout: 60_000});
  const renderMs = await page.evaluate(() => window.bench.renderMs);
  await browser.stopTracing();
  const resizeFile = join(values.out, `${scenario}-${lib}-resize-${run}.json`);
  await browser.startTracing(page, {path: resizeFile, categories: CATEGORIES});
  const resizeMs = await page.evaluate(async (width) => {
    performance.mark('render-start');
    const ms = await window.bench.resize(width);
    performance.mark('render-end');
    return ms;
  }, Number(values.width));
  await browser.stopTracing();
  await page.close();
  return {render: {file, ms: renderMs}, resize: {file: resizeFile, ms: resizeMs}};
}

const maps = new Map();
function mapped(url, line, column) {
  const name = url.split('/').pop();
  const path = join(out, 'assets', name);
  if (!name.endsWith('.js') || !existsSync(`${path}.map`)) return undefined;
  if (!maps.has(path)) maps.set(path, new TraceMap(readFileSync(`${path}.map`, 'utf8')));
  const p = originalPositionFor(maps.get(path), {line: line + 1, column});
  if (!p.source) return undefined;
  const source = relative(process.cwd(), resolve(join(out, 'assets'), p.source));
  return {source: source.replace(/^node_modules\//, ''), line: p.line, name: p.name};
}

const PHASES = new Map([
  ['UpdateLayoutTree', 'browser: style recalculation'],
  ['Layout', 'browser: layout'],
  ['PrePaint', 'browser: paint, commit'],
  ['Paint', 'browser: paint, commit'],
  ['Commit', 'browser: paint, commit'],
  ['Layerize', 'browser: paint, commit'],
  ['ParseHTML', 'browser: HTML parsing (templates)'],
  ['v8.compileModule', 'script: compiling the chunks'],
]);
const DOM =
  /^(createElement|createElementNS|appendChild|insertBefore|importNode|setAttribute|removeAttribute|replaceChildren|cloneNode|querySelector(All)?|getAttribute|toggleAttribute|dispatchEvent|addEventListener)$/;
/** What a JavaScript sample was doing, by where its function comes from. */
function bucket(src, frame, m) {
  if (src === '(idle)') return 'waiting (chunks over the network, frames)';
  if (src === '(program)')
    return '(program): browser work outside script (includes the browser phases below)';
  if (src === '(garbage collector)') return 'script: garbage collection';
  if (!frame.url)
    return DOM.test(frame.functionName) ? 'DOM calls from Lit' : `native: ${frame.functionName}`;
  if (!m) return 'script: chunks evaluated (module top level)';
  if (/(^|\/)(lit-html|lit-element|@lit|@lit-labs)\//.test(src))
    return 'Lit: template preparation and rendering';
  if (/^src\/layout\/|(^|\/)d3-/.test(src)) return 'layout math (src/layout, d3)';
  if (/^src\/(core|elements)\//.test(src))
    return 'frame, elements and controllers (src/core, src/elements)';
  if (/^src\//.test(src)) return 'schema and i18n (src/schema, src/i18n)';
  return `other: ${src}`;
}

/** Where the main thread spent the window between the two marks. */
function analyse(file) {
  const {traceEvents} = JSON.parse(readFileSync(file, 'utf8'));
  const startMark = traceEvents.find((e) => e.name === 'render-start');
  const endMark = traceEvents.find((e) => e.name === 'render-end');
  const main = {pid: startMark.pid, tid: startMark.tid};
  const t0 = startMark.ts;
  const t1 = endMark.ts;
  const on = (e) => e.pid === main.pid && e.tid === main.tid;
  // Self time by event name: complete events on the main thread, nested by time.
  const xs = traceEvents
    .filter((e) => on(e) && e.ph === 'X' && e.ts + (e.dur ?? 0) > t0 && e.ts < t1)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const selfBy = new Map();
  const stack = [];
  const clip = (e) => Math.max(0, Math.min(t1, e.ts + (e.dur ?? 0)) - Math.max(t0, e.ts));
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + (stack.at(-1).dur ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.childTime = (parent.childTime ?? 0) + clip(e);
    stack.push(e);
  }
  for (const e of xs) {
    const self = clip(e) - (e.childTime ?? 0);
    selfBy.set(e.name, (selfBy.get(e.name) ?? 0) + Math.max(0, self));
  }
  const tasks = xs.filter(
    (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
  );
  const busy = tasks.reduce((n, e) => n + clip(e), 0);
  // CPU time of those tasks (wall time less waiting for a core: steadier on a loaded machine).
  const cpu = tasks.reduce((n, e) => n + (e.tdur ?? 0) * (e.dur ? clip(e) / e.dur : 0), 0);
  // Sampled JavaScript self time, by function and by source file.
  const profile = traceEvents.find((e) => e.name === 'Profile' && on(e));
  const nodes = new Map();
  const samples = [];
  for (const e of traceEvents) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id !== profile?.id) continue;
    const c = e.args?.data?.cpuProfile ?? {};
    for (const n of c.nodes ?? []) nodes.set(n.id, n);
    const ids = c.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    ids.forEach((id, i) => samples.push({id, delta: deltas[i] ?? 0}));
  }
  let ts = profile?.args?.data?.startTime ?? 0;
  const fnSelf = new Map();
  const fileSelf = new Map();
  const kinds = new Map();
  for (const s of samples) {
    ts += s.delta;
    if (ts < t0 || ts > t1) continue;
    const f = nodes.get(s.id)?.callFrame;
    if (!f) continue;
    const m = f.url ? mapped(f.url, f.lineNumber, f.columnNumber) : undefined;
    const fn = m
      ? `${m.name ?? f.functionName ?? '(anonymous)'} ${m.source}:${m.line}`
      : `${f.functionName || '(anonymous)'} ${f.url?.split('/').pop() ?? ''}`;
    const src = m ? m.source : f.url ? f.url.split('/').pop() : f.functionName || '(native)';
    fnSelf.set(fn, (fnSelf.get(fn) ?? 0) + s.delta);
    fileSelf.set(src, (fileSelf.get(src) ?? 0) + s.delta);
    const kind = bucket(src, f, m);
    kinds.set(kind, (kinds.get(kind) ?? 0) + s.delta);
  }
  // The browser's own phases from the trace events (their time shows as "(program)" above).
  for (const [name, phase] of PHASES)
    kinds.set(phase, (kinds.get(phase) ?? 0) + (selfBy.get(name) ?? 0));
  return {window: t1 - t0, busy, cpu, selfBy, fnSelf, fileSelf, kinds};
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};
const report = [];
const say = (line = '') => {
  report.push(line);
  console.log(line);
};
for (const scenario of values.scenarios.split(',')) {
  for (const lib of values.libs.split(',')) {
    const runs = [];
    for (let i = 1; i <= Number(values.runs); i++) runs.push(await record(lib, scenario, i));
    for (const what of ['render', 'resize']) {
      const results = runs.map((r) => analyse(r[what].file));
      const ms = runs.map((r) => r[what].ms);
      say(`\n## ${scenario} ${lib} ${what}: ${median(ms).toFixed(0)} ms (median of ${ms.length})`);
      const table = (key, n) => {
        const names = new Set(results.flatMap((r) => [...r[key].keys()]));
        const rows = [...names]
          .map((name) => [name, median(results.map((r) => r[key].get(name) ?? 0))])
          .sort((a, b) => b[1] - a[1])
          .slice(0, n);
        for (const [name, us] of rows) say(`${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
      };
      say(
        `window ${(median(results.map((r) => r.window)) / 1000).toFixed(1)} ms, main thread busy ${(median(results.map((r) => r.busy)) / 1000).toFixed(1)} ms, of it CPU ${(median(results.map((r) => r.cpu)) / 1000).toFixed(1)} ms`
      );
      say('where the time went, ms (JavaScript sampled; browser phases from trace events):');
      table('kinds', 16);
      say('trace events, self ms:');
      table('selfBy', 18);
      say('JavaScript by source file, self ms (sampled):');
      table('fileSelf', 15);
      say('JavaScript by function, self ms (sampled):');
      table('fnSelf', 25);
    }
  }
}
writeFileSync(join(values.out, 'summary.md'), report.join('\n') + '\n');
await browser.close();
server.close();
