/// <reference types="mocha" />
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import {q, text} from './helpers.js';

interface LongTaskWatch {
  longest(): number;
  stop(): void;
}

/** The longest main-thread task from now on, from a PerformanceObserver for long tasks (>50 ms). */
function watchLongTasks(): LongTaskWatch {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { longest = Math.max(longest, entry.duration); console.log('long', entry.duration.toFixed(0), entry.startTime.toFixed(0)); }
  });
  observer.observe({type: 'longtask'});
  return {
    longest: () => {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      return longest;
    },
    stop: () => observer.disconnect(),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 200));

async function mount(tag: string, src: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.style.cssText = 'display:block;width:1000px';
  el.setAttribute('src', src);
  document.body.append(el);
  return el;
}

describe('large files at src', function () {
  this.timeout(180_000);

  it('reads a 200,000-row timeline with progress and no long task, then draws it', async () => {
    await settle();
    const watch = watchLongTasks();
    const el = await mount('apac-timeline', '/generated/events.csv?rows=200000');
    try {
      const rendered = new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
      await waitUntil(() => q(el, '.loading progress'), 'no progress bar', {timeout: 60_000});
      const messages = new Set<string>();
      const poll = setInterval(() => messages.add(text(q(el, '.loading [role="status"]'))), 20);
      await rendered;
      clearInterval(poll);
      expect([...messages]).to.include('Reading 200,000 rows…');
      expect([...messages]).to.include('Checking 200,000 rows…');
      await settle();
      expect(q(el, 'svg.chart'), 'the chart').to.not.equal(null);
      expect(text(q(el, '[part="limit"]'))).to.match(/^200,000 events in view are too many to draw one by one/);
      console.log(`timeline 200,000 rows: longest task ${watch.longest().toFixed(0)} ms`);
      expect(watch.longest()).to.be.below(100);
    } finally {
      watch.stop();
      el.remove();
    }
  });
});
