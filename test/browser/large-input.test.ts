/// <reference types="mocha" />
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import {q, text} from './helpers.js';

/**
 * Large files at `src` (served by web-test-runner.config.mjs from test/fixtures/synthetic.ts):
 * the page keeps its main thread, the reader sees how far the load has got, then the chart or
 * what it left out, and a chart removed or re-pointed mid-load stops.
 */

/** The longest main-thread task from now on, from a PerformanceObserver for long tasks (>50 ms). */
function watchLongTasks() {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({type: 'longtask'});
  return {
    longest() {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      return longest;
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

/** Mounts a chart at `src`; resolves once drawn, with every loading message seen on the way. */
async function load(tag: string, src: string) {
  await pause(300);
  const watch = watchLongTasks();
  const el = mount(tag, src);
  const seen = new Set<string>();
  const poll = setInterval(() => seen.add(status(el)), 16);
  try {
    const rendered = new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
    await waitUntil(() => bar(el), 'no progress bar while loading', {timeout: 60_000});
    await rendered;
    await pause(300);
    return {el, seen: [...seen].filter(Boolean), longest: watch.longest()};
  } finally {
    clearInterval(poll);
    watch.stop();
  }
}

describe('large files at src', function () {
  this.timeout(240_000);

  it('a 200,000-row timeline: progress while the page keeps its turns, then counts with a note', async () => {
    const {el, seen, longest} = await load('apac-timeline', '/generated/events.csv?rows=200000');
    try {
      expect(seen).to.include('Reading 200,000 rows…');
      expect(seen).to.include('Checking 200,000 rows…');
      expect(q(el, '.loading'), 'the loading message is gone').to.equal(null);
      expect(q(el, 'svg.chart .cluster'), 'events drawn as counts').to.not.equal(null);
      expect(text(q(el, '[part="limit"]'))).to.match(
        /^200,000 events in view are too many to draw one by one.*Zoom in/
      );
      // The page's own timer ran while the file loaded (it saw each phase): the thread was not
      // held for the whole load. How long its longest task was is printed here and measured by
      // `npm run bench` (issue 21's < 100 ms is not met yet: see README, Large files).
      console.log(`200,000-row timeline: longest main-thread task ${longest.toFixed(0)} ms`);
    } finally {
      el.remove();
    }
  });

  it('a 20,000-link Sankey: progress while the page keeps its turns, then the largest flows with a note', async () => {
    const {el, seen, longest} = await load(
      'apac-sankey',
      '/generated/flows.csv?links=20000&nodes=25000'
    );
    try {
      expect(seen).to.include('Checking 20,000 rows…');
      const note = text(q(el, '[part="limit"]'));
      const drawn = /^Drawing the largest flows: (\d+) of 20,000, among (\d+) of 25,000 nodes/.exec(
        note
      );
      expect(drawn, note).to.not.equal(null);
      expect(el.shadowRoot?.querySelectorAll('[part="link"]').length).to.equal(Number(drawn?.[1]));
      expect(el.shadowRoot?.querySelectorAll('[part="node"]').length).to.equal(Number(drawn?.[2]));
      expect(note).to.contain('The data table lists every flow.');
      console.log(`20,000-link Sankey: longest main-thread task ${longest.toFixed(0)} ms`);
    } finally {
      el.remove();
    }
  });

  it('removing the chart mid-load stops the work', async () => {
    const el = mount('apac-timeline', '/generated/events.csv?rows=200000');
    let loaded = false;
    el.addEventListener('apac-load', () => (loaded = true));
    await waitUntil(() => status(el).startsWith('Checking'), 'never got to checking', {
      timeout: 60_000,
    });
    el.remove();
    await pause(300);
    // Work that went on would move the progress bar (a removed element still renders).
    const before = el.shadowRoot?.innerHTML;
    await pause(2500);
    expect(el.shadowRoot?.innerHTML === before, 'nothing changed after removal').to.equal(true);
    expect(loaded, 'no apac-load after removal').to.equal(false);
  });

  it('pointing src elsewhere mid-load abandons the large file', async () => {
    const el = mount('apac-timeline', '/generated/events.csv?rows=200000');
    try {
      await waitUntil(() => bar(el), 'no progress bar', {timeout: 60_000});
      const rendered = new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
      el.setAttribute('src', '/generated/events.csv?rows=40');
      await rendered;
      expect(text(q(el, '.shown'))).to.match(/of 40 events/);
      expect(q(el, '[part="limit"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});
