import {csvParseRows} from 'd3-dsv';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {runSteps} from '../../src/core/cooperative.js';
import {largestFlows} from '../../src/layout/sankey/limit.js';
import {sortSteps} from '../../src/layout/sort-steps.js';
import {timeEvents} from '../../src/layout/timeline/events.js';
import {
  DENSE_ABOVE,
  MAX_ROWS,
  laneIndex,
  largeTimelineLayout,
} from '../../src/layout/timeline/large.js';
import {computeTimelineLayout, fullSpan} from '../../src/layout/timeline/layout.js';
import {parseCSV} from '../../src/schema/parse.js';
import {finish, type Steps} from '../../src/schema/steps.js';
import {validateSankeyInput} from '../../src/schema/sankey-input.js';
import {validateTimelineInput} from '../../src/schema/timeline-input.js';
import {syntheticEventsCSV, syntheticFlowsCSV} from '../fixtures/synthetic.js';

const resolve = () => undefined;
const timedFrom = (rows: number) =>
  timeEvents(validateTimelineInput(parseCSV(syntheticEventsCSV(rows)), 'csv', resolve).value);

describe('CSV read in slices', () => {
  it('gives the same rows as one parse, with quoted commas, quotes and line ends across slices', () => {
    // Long quoted cells with line breaks put slice ends inside quotes, where no cut may fall.
    const cell = (i: number) => `"line ${i}, with ""quotes""\n${'x'.repeat(900)}\nend"`;
    const text = ['a,b,c', ...Array.from({length: 400}, (_, i) => `${cell(i)},${i},z`)].join('\n');
    const rows = parseCSV(text);
    const whole = csvParseRows(text).slice(1);
    expect(rows).toHaveLength(400);
    expect(rows.map((r) => [r.a, r.b, r.c])).toEqual(whole.map((r) => r.map((c) => c.trim())));
  });
});

describe('sortSteps', () => {
  it('sorts like Array.prototype.sort, stably, at any length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 50}), {minLength: 513, maxLength: 3000}),
        (keys) => {
          const items = keys.map((k, i) => ({k, i}));
          const sorted = finish(sortSteps(items, (a, b) => a.k - b.k));
          expect(sorted).toEqual([...items].sort((a, b) => a.k - b.k));
        }
      ),
      {numRuns: 30}
    );
  });
});

describe('runSteps', () => {
  function* counting(): Steps<number> {
    let n = 0;
    for (;;) {
      n++;
      if (n === 1e9) return n;
      yield 0;
    }
  }

  it('stops at the next pause once aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(runSteps(counting(), {signal: controller.signal})).rejects.toThrow(/abort/i);
  });

  it('reports progress at its pauses, and returns the result', async () => {
    function* slow(): Steps<string> {
      for (let i = 0; i < 50; i++) {
        const until = performance.now() + 2;
        while (performance.now() < until);
        yield i / 50;
      }
      return 'done';
    }
    const shares: number[] = [];
    expect(await runSteps(slow(), {slice: 5, onProgress: (s) => shares.push(s)})).toBe('done');
    expect(shares.length).toBeGreaterThan(5);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });
});

describe('Sankey limit', () => {
  const graph = validateSankeyInput(parseCSV(syntheticFlowsCSV(2000, 2500)), 'csv').value;

  it('draws everything up to the limits', () => {
    const small = validateSankeyInput(parseCSV(syntheticFlowsCSV(40, 60)), 'csv').value;
    expect(largestFlows(small)).toEqual({graph: small});
  });

  it('past them, keeps the largest flows within both limits, and says how many there were', () => {
    const {graph: kept, of} = largestFlows(graph, 150, 120);
    expect(of).toEqual({links: 2000, nodes: 2500});
    expect(kept.links.length).toBeLessThanOrEqual(150);
    expect(kept.nodes.length).toBeLessThanOrEqual(120);
    const ends = new Set(kept.links.flatMap((l) => [l.source, l.target]));
    expect(new Set(kept.nodes.map((n) => n.id))).toEqual(ends);
    // The largest flow of all is drawn.
    const top = Math.max(...graph.links.map((l) => l.value ?? 0));
    expect(kept.links.some((l) => l.value === top)).toBe(true);
  });
});

describe('timeline past its limits', () => {
  const timed = timedFrom(DENSE_ABOVE + 5000);
  const span = fullSpan(timed);
  const options = {groupBy: 'forum', lang: 'en', nameOf: (x: string) => x} as const;

  it('draws the events in view as counts, every event counted once', () => {
    const index = laneIndex(timed, 'forum', {}, (x) => x);
    const layout = largeTimelineLayout(index, {
      ...options,
      width: 1000,
      orientation: 'horizontal',
      view: span,
    });
    expect(layout.limited).toBe('dense');
    expect(layout.shown).toBe(timed.length);
    const counted = layout.items.reduce(
      (n, it) => n + (it.type === 'cluster' ? it.members.length : 1),
      0
    );
    expect(counted).toBe(timed.length);
    expect(layout.lanes.map((l) => l.key)).toEqual(
      computeTimelineLayout(timed, {
        ...options,
        width: 1000,
        orientation: 'horizontal',
        view: span,
        filters: {},
      }).lanes.map((l) => l.key)
    );
  });

  it('zoomed in to fewer events, draws them one by one as the ordinary layout does', () => {
    const index = laneIndex(timed, 'forum', {}, (x) => x);
    const view: [number, number] = [span[0], span[0] + 200 * 86_400_000];
    const o = {...options, width: 1000, orientation: 'horizontal', view} as const;
    const large = largeTimelineLayout(index, o);
    const plain = computeTimelineLayout(timed, {...o, filters: {}});
    expect(large.limited).toBeUndefined();
    expect(large.items.map((i) => [i.id, i.x0, i.y])).toEqual(
      plain.items.map((i) => [i.id, i.x0, i.y])
    );
    expect(large.lanes).toEqual(plain.lanes);
  });

  it('lists the first rows vertically and says how many are in view', () => {
    const forums = [
      'Forum 1',
      'Forum 2',
      'Forum 3',
      'Forum 4',
      'Forum 5',
      'Forum 6',
      'Forum 7',
      'Forum 8',
    ];
    const index = laneIndex(timed, 'forum', {forum: forums}, (x) => x);
    const layout = largeTimelineLayout(index, {
      ...options,
      width: 320,
      orientation: 'vertical',
      view: span,
    });
    const inForum = timed.filter((t) => forums.includes(t.event.forum));
    expect(layout.rows).toHaveLength(Math.min(MAX_ROWS, inForum.length));
    expect(layout.rows.map((r) => r.id)).toEqual(inForum.slice(0, MAX_ROWS).map((t) => t.event.id));
    expect(inForum.length).toBeGreaterThan(MAX_ROWS);
    expect(layout).toMatchObject({limited: 'rows', inView: inForum.length});
  });
});
