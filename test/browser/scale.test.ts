/// <reference types="mocha" />
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import {q} from './helpers.js';

const TAGS = ['apac-choropleth', 'apac-timeline', 'apac-sankey'];
type Chart = HTMLElement & {updateComplete: Promise<boolean>};

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: {usedJSHeapSize: number};
  }
}

/**
 * The heap once the page has settled: the browser idle first, for at most 1 s (on a loaded
 * machine the last cycles' work may still be queued), then three collections a task apart.
 */
const realIdle = window.requestIdleCallback.bind(window);
async function heapAfterGC(): Promise<number> {
  await Promise.race([new Promise((r) => realIdle(r)), new Promise((r) => setTimeout(r, 1000))]);
  for (let i = 0; i < 3; i++) {
    window.gc?.();
    await new Promise((r) => setTimeout(r, 20));
  }
  return performance.memory?.usedJSHeapSize ?? 0;
}

/**
 * The names of the charts in `refs` the collector has not freed once it has had its chance: a
 * collection every 100 ms for up to 5 s, until no more than `allowed` are left. Chromium's style
 * cache may keep one detached chart a while (seen: the first timeline, through a computed
 * style's `clip-path: url(#…)` pointing into its shadow root), which no page code can release.
 */
async function survivors(refs: WeakRef<Chart>[], allowed: number): Promise<string[]> {
  const alive = () => refs.flatMap((ref) => ref.deref()?.localName ?? []);
  // A target read through `deref()` is kept until the task ends: collect in the next one.
  for (let i = 0; i < 50 && alive().length > allowed; i++) {
    await new Promise((r) => setTimeout(r, 100));
    window.gc?.();
  }
  return alive();
}

describe('scale', () => {
  it('50 charts on one page all draw', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="display:grid;grid-template-columns:repeat(5,300px)"></div>`
    );
    const charts = Array.from({length: 50}, (_, i) => {
      const el = document.createElement(TAGS[i % 3] as string);
      box.append(el);
      return el;
    });
    await waitUntil(() => charts.every((el) => q(el, 'svg.chart')), 'not all 50 drew', {
      timeout: 9000,
    });
  });

  for (const tag of TAGS) {
    it(`<${tag}>: 1,000 attach/detach cycles leave the heap within 1 MB`, async function () {
      // A memory test, not a speed test: on a loaded machine 1,000 cycles take longer than 10 s.
      this.timeout(60_000);
      if (!window.gc || !performance.memory) throw new Error('run Chromium with --expose-gc');
      const box = await fixture<HTMLDivElement>(html`<div style="width:400px"></div>`);
      const removed: WeakRef<Chart>[] = [];
      const cycle = async (draw: boolean) => {
        const el = document.createElement(tag) as Chart;
        box.append(el);
        if (draw) await waitUntil(() => q(el, 'svg.chart'), `${tag} did not draw`);
        else await el.updateComplete;
        el.remove();
        removed.push(new WeakRef(el));
      };
      // Warm up caches (topology decode, formatters), then measure.
      for (let i = 0; i < 20; i++) await cycle(true);
      const before = await heapAfterGC();
      for (let i = 0; i < 1000; i++) await cycle(i % 50 === 0);
      const growth = (await heapAfterGC()) - before;
      expect(growth, `heap grew ${Math.round(growth / 1024)} kB`).to.be.below(1024 * 1024);
      // The heap's figure is the JavaScript heap's: the elements themselves, with their shadow
      // trees, must be freed too.
      const alive = await survivors(removed, 1);
      expect(alive.length, `${alive.length} of ${removed.length} removed not freed`).to.be.at.most(
        1
      );
    });
  }

  it('charts removed from a page that is never idle are freed (work waiting for idle is dropped)', async function () {
    this.timeout(60_000);
    if (!window.gc || !performance.memory) throw new Error('run Chromium with --expose-gc');
    // A busy page: idle callbacks wait (here for ever) until they are cancelled.
    const waiting = new Map<number, IdleRequestCallback>();
    let next = 1;
    const {requestIdleCallback: request, cancelIdleCallback: cancel} = window;
    window.requestIdleCallback = (callback) => (waiting.set(next, callback), next++);
    window.cancelIdleCallback = (id) => void waiting.delete(id);
    try {
      // Wide enough for the horizontal timeline, whose From / To fields wait for idle too.
      const box = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      // Each removed chart is watched through a weak reference: one the collector never frees is
      // held by something (here, idle work never cancelled holds every chart). Counting them,
      // rather than the heap's growth, does not depend on what else the browser allocates
      // meanwhile (over 150 charts the growth read 73–1317 kB on a loaded machine, nothing held).
      const removed: WeakRef<Chart>[] = [];
      const cycle = async (tag: string) => {
        const el = document.createElement(tag) as Chart;
        box.append(el);
        await waitUntil(() => q(el, 'svg.chart'), `${tag} did not draw`);
        el.remove();
        removed.push(new WeakRef(el));
      };
      for (let i = 0; i < 60; i++) await cycle(TAGS[i % 3] as string);
      expect(waiting.size, 'idle work still waiting for removed charts').to.equal(0);
      const alive = await survivors(removed, TAGS.length);
      expect(
        alive.length,
        `${alive.length} of 60 removed charts not freed: ${alive}`
      ).to.be.at.most(TAGS.length);
    } finally {
      window.requestIdleCallback = request;
      window.cancelIdleCallback = cancel;
    }
  });
});
