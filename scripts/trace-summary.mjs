// node scripts/trace-summary.mjs TRACE.json: where the renderer's main thread spent a traced hover
// (`npm run bench -- --trace DIR`). Prints, per top-level phase, wall time and CPU time (on a
// loaded machine the difference is time spent waiting for a core), then the JavaScript functions
// with the most self time from the sampling profiler.
import {readFileSync} from 'node:fs';

const {traceEvents} = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// The page's renderer: the main thread that ran the most script (the browser's own pages, such as
// a new-tab page, have renderer main threads too).
const script = new Map();
for (const e of traceEvents)
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript')
    script.set(`${e.pid}:${e.tid}`, (script.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
const main = traceEvents
  .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  .sort(
    (a, b) => (script.get(`${b.pid}:${b.tid}`) ?? 0) - (script.get(`${a.pid}:${a.tid}`) ?? 0)
  )[0];
const onMain = (e) => main && e.pid === main.pid && e.tid === main.tid;
const PHASES = ['EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];
const phases = new Map();
for (const e of traceEvents) {
  if (e.ph !== 'X' || !onMain(e) || !PHASES.includes(e.name)) continue;
  const p = phases.get(e.name) ?? {wall: 0, cpu: 0, n: 0};
  p.wall += e.dur ?? 0;
  p.cpu += e.tdur ?? 0;
  p.n++;
  phases.set(e.name, p);
}
const ms = (us) => (us / 1000).toFixed(1).padStart(7);
console.log('phase (nested phases counted in their parents too)   wall ms   CPU ms');
for (const [name, p] of phases)
  console.log(`${`${name} ×${p.n}`.padEnd(50)} ${ms(p.wall)}  ${ms(p.cpu)}`);

// The sampling profiler: nodes and samples arrive in ProfileChunk events.
const nodes = new Map();
const samples = [];
const deltas = [];
for (const e of traceEvents) {
  if (e.name !== 'ProfileChunk') continue;
  const c = e.args?.data?.cpuProfile ?? {};
  for (const n of c.nodes ?? []) nodes.set(n.id, n);
  samples.push(...(c.samples ?? []));
  deltas.push(...(e.args?.data?.timeDeltas ?? []));
}
const self = new Map();
samples.forEach((id, i) => {
  const f = nodes.get(id)?.callFrame;
  if (!f || f.functionName === '(idle)' || f.functionName === '(program)') return;
  const key = `${f.functionName || '(anonymous)'} ${f.url?.split('/').pop() ?? ''}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0));
});
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
if (top.length) console.log('\nJavaScript self time (sampled) ms');
for (const [name, us] of top) console.log(`${ms(us)}  ${name}`);

// Main-thread tasks over 50 ms (what a PerformanceObserver reports as long tasks), each with the
// garbage collection inside it, and the threads other than the main one that did work (a worker).
const tasks = traceEvents
  .filter((e) => e.ph === 'X' && onMain(e) && e.name === 'RunTask' && e.dur > 50_000)
  .sort((a, b) => a.ts - b.ts);
const gcNames = new Set(['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR']);
if (tasks.length)
  console.log('\nMain-thread tasks over 50 ms: start ms, wall ms, CPU ms, of it GC ms');
const t0 = traceEvents.find((e) => e.ts > 0)?.ts ?? 0;
for (const t of tasks) {
  const gc = traceEvents
    .filter(
      (e) =>
        onMain(e) && e.ph === 'X' && gcNames.has(e.name) && e.ts >= t.ts && e.ts <= t.ts + t.dur
    )
    .reduce((n, e) => n + e.dur, 0);
  console.log(`${ms(t.ts - t0)} ${ms(t.dur)} ${ms(t.tdur ?? 0)} ${ms(gc)}`);
}
const names = new Map(
  traceEvents
    .filter((e) => e.name === 'thread_name')
    .map((e) => [`${e.pid}:${e.tid}`, e.args?.name])
);
const busy = new Map();
for (const e of traceEvents) {
  if (e.ph !== 'X' || e.name !== 'RunTask' || !main || e.pid !== main.pid || onMain(e)) continue;
  const k = names.get(`${e.pid}:${e.tid}`) ?? `${e.tid}`;
  busy.set(k, (busy.get(k) ?? 0) + e.dur);
}
const others = [...busy].filter(([, us]) => us > 10_000);
if (others.length) console.log('\nOther threads of the page (tasks, wall ms)');
for (const [k, us] of others) console.log(`${ms(us)}  ${k}`);
