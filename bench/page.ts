/**
 * One bench page: `?lib=…&scenario=…` draws the scenario with that library into 800 px wide
 * containers and exposes the measurements on `window.bench` for scripts/bench.mjs.
 */
import {SCENARIOS, countOf, type Scenario} from './scenarios.js';
import type {Adapter, Drawn} from './types.js';

const LIBS: Record<string, () => Promise<{adapter: Adapter}>> = {
  apac: () => import('./libs/apac.js'),
  d3: () => import('./libs/d3.js'),
  echarts: () => import('./libs/echarts.js'),
  vegalite: () => import('./libs/vegalite.js'),
  plot: () => import('./libs/plot.js'),
};

export interface BenchApi {
  /** Milliseconds from navigation to every chart drawn and painted. */
  drawnAt: number;
  /** Milliseconds from calling draw to drawn (code loaded before). */
  renderMs: number;
  /** The longest main-thread task while drawing, ms (long tasks are those over 50 ms; else 0). */
  longestTaskMs: number;
  /** Ms to the new width drawn and painted; `observed`: see Drawn.resize. */
  resize(width: number, observed?: boolean): Promise<number>;
  hoverTarget(): {x: number; y: number} | null;
  /** Arms the hover timer; the result resolves to ms from pointer event to feedback painted. */
  armHover(): void;
  hoverResult?: Promise<number>;
  error?: string;
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lib = params.get('lib') ?? '';
  const scenario = params.get('scenario') as Scenario;
  const load = LIBS[lib];
  if (!load || !SCENARIOS.includes(scenario))
    throw new Error(`unknown lib or scenario: ${location.search}`);
  const {adapter} = await load();
  const roots = Array.from({length: countOf(scenario)}, () => {
    const div = document.createElement('div');
    div.style.width = '800px';
    document.body.append(div);
    return div;
  });
  await adapter.setup?.(scenario);
  // Let the page settle after setup, so its tasks are not counted.
  await new Promise((resolve) => setTimeout(resolve, 100));
  let longestTaskMs = 0;
  const longTasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, e.duration);
  });
  longTasks.observe({type: 'longtask'});
  const start = performance.now();
  const drawn: Drawn[] = [];
  for (const [i, root] of roots.entries()) drawn.push(await adapter.draw(root, scenario, i));
  const end = performance.now();
  for (const e of longTasks.takeRecords()) longestTaskMs = Math.max(longestTaskMs, e.duration);
  longTasks.disconnect();
  const first = drawn[0] as Drawn;
  const api: BenchApi = {
    drawnAt: end,
    renderMs: end - start,
    longestTaskMs,
    async resize(width, observed) {
      const t = performance.now();
      for (const d of drawn) await d.resize(width, observed);
      return performance.now() - t;
    },
    hoverTarget: () => first.hoverTarget(),
    armHover() {
      const feedback = first.hovered();
      api.hoverResult = new Promise((resolve) => {
        // From the first pointer event of the move (pointerover comes before pointermove).
        let t: number | undefined;
        const start = () => {
          if (t !== undefined) return;
          t = performance.now();
          const from = t;
          void feedback.then(() => resolve(performance.now() - from));
        };
        for (const type of ['pointerover', 'pointermove'])
          document.addEventListener(type, start, {capture: true, once: true});
      });
    },
  };
  window.bench = api;
}

main().catch((error: unknown) => {
  window.bench = {error: String(error)} as BenchApi;
});
