/// <reference types="mocha" />
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import {q, text} from './helpers.js';

/**
 * Large files at `src` (served by web-test-runner.config.mjs from test/fixtures/synthetic.ts):
 * the page keeps its main thread, the reader sees how far the load has got, then the chart or
 * what it left out, and a chart removed or re-pointed mid-load stops.
 */

/** Long tasks (over 50 ms) from now on, from a PerformanceObserver. */
function watchLongTasks() {
  const tasks: {start: number; duration: number}[] = [];
  const add = (list: PerformanceEntryList) => {
    for (const e of list) tasks.push({start: e.startTime, duration: e.duration});
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({type: 'longtask'});
  return {
    /** The longest task that ended after `from` (a performance.now() time); 0 when none. */
    longest(from = 0) {
      add(observer.takeRecords());
      return Math.max(
        0,
        ...tasks.filter((t) => t.start + t.duration > from).map((t) => t.duration)
      );
    },
    stop: () => observer.disconnect(),
  };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function mount(tag: string, src: string): HTMLElement {
  const el = document.createElement(tag);
  el.style.cssText = 'display:block;width:1000px';
  el.setAttribute('src', src);
  document.body.append(el);
  return el;
}

const status = (el: Element) => text(q(el, '.loading [role="status"]'));
const bar = (el: Element) => q<HTMLProgressElement>(el, '.loading progress');

/**
 * Mounts a chart at `src`; resolves once drawn, with every loading message seen on the way, the
 * longest task of the whole load and that of the drawing (from apac-load on).
 */
async function load(tag: string, src: string) {
  await pause(300);
  const watch = watchLongTasks();
  const el = mount(tag, src);
  const seen = new Set<string>();
  const poll = setInterval(() => seen.add(status(el)), 16);
  let loadedAt = Infinity;
  let worker: boolean | undefined;
  el.addEventListener(
    'apac-load',
    (e) => {
      loadedAt = performance.now();
      worker = e.detail.worker;
    },
    {once: true}
  );
  try {
    const rendered = new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
    await waitUntil(() => bar(el), 'no progress bar while loading', {timeout: 60_000});
    await rendered;
    await pause(300);
    return {
      el,
      seen: [...seen].filter(Boolean),
      longest: watch.longest(),
      drawing: watch.longest(loadedAt),
      worker,
    };
  } catch (e) {
    el.remove();
    throw e;
  } finally {
    clearInterval(poll);
    watch.stop();
  }
}

/**
 * Loads `src` once and checks what the reader sees (`check`), then logs the longest main-thread
 * tasks. How long they are is measured by `npm run bench` (timeline-200k, sankey-20k), not
 * asserted here: a task's duration counts the time the operating system gave other processes,
 * so on a busy machine a test of it fails with no work to blame.
 */
async function checked(
  tag: string,
  src: string,
  check: (l: Awaited<ReturnType<typeof load>>) => void
): Promise<void> {
  const l = await load(tag, src);
  try {
    check(l);
  } finally {
    l.el.remove();
  }
  console.log(
    `${src}: longest task ${l.longest.toFixed(0)} ms; drawing ${l.drawing.toFixed(0)} ms`
  );
}

describe('large files at src', function () {
  this.timeout(240_000);

  it('a 200,000-row timeline: read in the worker, progress, then counts with a note', async () => {
    await checked('apac-timeline', '/generated/events.csv?rows=200000', ({el, seen, worker}) => {
      expect(worker, 'read and checked in the data worker').to.equal(true);
      expect(seen).to.include('Reading 200,000 rows…');
      expect(seen).to.include('Checking 200,000 rows…');
      expect(q(el, '.loading'), 'the loading message is gone').to.equal(null);
      expect(text(q(el, '[part="limit"]'))).to.match(
        /^200,000 events in view are too many to draw one by one.*Zoom in/
      );
      // The density is drawn in slices, and apac-render waits for the last: every event
      // is in some cell by then.
      const root = el.shadowRoot as ShadowRoot;
      const counts = [...root.querySelectorAll('svg.chart .cluster text')];
      expect(counts.length, 'events drawn as counts').to.be.above(0);
      const counted =
        counts.reduce((n, t) => n + Number(t.textContent?.replace(/\D/g, '')), 0) +
        root.querySelectorAll('svg.chart .event').length;
      expect(counted, 'events counted in the cells').to.equal(200_000);
    });
  });

  it('a 20,000-link Sankey (1.1 MB, read on the main thread in slices): progress, then the largest flows with a note', async () => {
    await checked(
      'apac-sankey',
      '/generated/flows.csv?links=20000&nodes=25000',
      ({el, seen, worker}) => {
        // 1.1 MB: under the size read in the worker (core/worker-load.ts, WORKER_BYTES).
        expect(worker, 'read on the main thread').to.not.equal(true);
        expect(seen).to.include('Checking 20,000 rows…');
        const note = text(q(el, '[part="limit"]'));
        const drawn =
          /^Drawing the largest flows: (\d+) of 20,000, among (\d+) of 25,000 nodes/.exec(note);
        expect(drawn, note).to.not.equal(null);
        const root = el.shadowRoot as ShadowRoot;
        expect(root.querySelectorAll('[part="link"]').length).to.equal(Number(drawn?.[1]));
        expect(root.querySelectorAll('[part="node"]').length).to.equal(Number(drawn?.[2]));
        expect(note).to.contain('The data table lists every flow.');
      }
    );
  });

  it('removing the chart mid-load terminates its worker and stops the work', async () => {
    const started: Worker[] = [];
    const ended: Worker[] = [];
    const {terminate} = Worker.prototype;
    const Original = window.Worker;
    // Records the workers the chart starts and ends, and otherwise leaves them be.
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(this);
      }
    };
    Worker.prototype.terminate = function (this: Worker) {
      ended.push(this);
      terminate.call(this);
    };
    try {
      const el = mount('apac-timeline', '/generated/events.csv?rows=200000');
      let loaded = false;
      el.addEventListener('apac-load', () => (loaded = true));
      await waitUntil(() => status(el).startsWith('Reading 200,000'), 'never got to reading', {
        timeout: 60_000,
      });
      expect(started.length, 'a worker reads the file').to.equal(1);
      expect(ended, 'still at work').to.deep.equal([]);
      el.remove();
      await pause(300);
      expect(ended, 'the worker is terminated').to.deep.equal(started);
      // Work that went on would move the progress bar (a removed element still renders).
      const before = el.shadowRoot?.innerHTML;
      await pause(2500);
      expect(el.shadowRoot?.innerHTML === before, 'nothing changed after removal').to.equal(true);
      expect(loaded, 'no apac-load after removal').to.equal(false);
    } finally {
      window.Worker = Original;
      Worker.prototype.terminate = terminate;
    }
  });

  it('where a page has no Worker, a file the worker would read is read on the main thread', async () => {
    const Original = window.Worker;
    // As in a browser or a page that offers none.
    (window as {Worker?: typeof Worker}).Worker = undefined;
    const el = mount('apac-timeline', '/generated/events.csv?rows=20000');
    try {
      // Every status the chart writes (a timer's polls could fall between two of them).
      const seen = new Set<string>();
      const watch = new MutationObserver(() => seen.add(status(el)));
      watch.observe(el.shadowRoot as ShadowRoot, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      const loaded = new Promise<CustomEvent>((r) =>
        el.addEventListener('apac-load', (e) => r(e as CustomEvent), {once: true})
      );
      // 2.1 MB: past the size read in the worker.
      const {detail} = await loaded;
      watch.disconnect();
      expect(detail.worker, 'not in a worker').to.not.equal(true);
      expect([...seen]).to.include('Reading 20,000 rows…');
      await waitUntil(() => text(q(el, '.shown')).match(/20,000 events/), 'not drawn', {
        timeout: 60_000,
      });
    } finally {
      el.remove();
      window.Worker = Original;
    }
  });

  it('pointing src elsewhere mid-load abandons the large file', async () => {
    const el = mount('apac-timeline', '/generated/events.csv?rows=200000');
    try {
      await waitUntil(() => bar(el), 'no progress bar', {timeout: 60_000});
      const rendered = new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
      el.setAttribute('src', '/generated/events.csv?rows=40');
      await rendered;
      expect(text(q(el, '.shown'))).to.equal('40 events');
      expect(q(el, '[part="limit"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});
