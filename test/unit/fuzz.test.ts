/**
 * Property-based tests (fast-check): validators never throw on any input, and what they let
 * through lays out into finite geometry. 2,000 runs per property in `npm test` (a few
 * seconds); set FUZZ_RUNS for a longer search.
 */
// The bundled longitude/latitude topology, projected in the page (the element ships it projected).
import '../../src/layout/choropleth/projecting.js';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {economies, events, flows, indicators, resolveEconomy, topology} from '../../src/data.js';
import {computeChoroplethLayout} from '../../src/layout/choropleth/layout.js';
import {cutCycles} from '../../src/layout/sankey/cycles.js';
import {computeSankeyLayout, hasDrawableFlow} from '../../src/layout/sankey/layout.js';
import {timeEvents} from '../../src/layout/timeline/events.js';
import {computeTimelineLayout, fullSpan} from '../../src/layout/timeline/layout.js';
import {validateChoroplethInput} from '../../src/schema/choropleth-input.js';
import {EVENT_KINDS, validateEvents} from '../../src/schema/events.js';
import {parseText} from '../../src/schema/parse.js';
import {sea2019Graph, toctaGraph, validateSankeyInput} from '../../src/schema/sankey-input.js';
import {validateTimelineInput} from '../../src/schema/timeline-input.js';
import {naturalBreaks} from '../../src/layout/choropleth/jenks.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const finite = (xs: number[]) => xs.every(Number.isFinite);
const noNaN = (text: string) => !/NaN|Infinity/.test(text);
/** The whole map of `indicator` at 400 px, classified by `method`. */
const mapAt = (
  indicator: Parameters<typeof computeChoroplethLayout>[2],
  method: 'quantile' | 'equal' | 'jenks' | 'continuous'
) =>
  computeChoroplethLayout(topology, economies, indicator, {
    width: 400,
    height: undefined,
    region: 'all',
    year: undefined,
    lang: 'en',
    method,
    naturalBreaks,
  });
/** The timeline laid out as the element lays it out by default, at `width`. */
const timelineAt = (
  timed: ReturnType<typeof timeEvents>,
  width: number,
  orientation: 'horizontal' | 'vertical'
) =>
  computeTimelineLayout(timed, {
    width,
    orientation,
    groupBy: 'forum',
    filters: {},
    view: fullSpan(timed),
    lang: 'en',
    nameOf: (id) => id,
  });

/** Strings that look like what a careless or hostile file holds. */
const messy = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '2015-02-30',
    '2015-13',
    '1e309',
    '-0',
    'NaN',
    '__proto__',
    'SG',
    'Viet Nam'
  ),
  fc.integer().map(String),
  fc.double().map(String)
);
const value = fc.oneof(fc.double(), fc.integer(), messy, fc.constant(null), fc.constant(undefined));

describe('validators never throw', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        validateEvents(input, resolveEconomy);
        validateTimelineInput(input, 'json', resolveEconomy);
        validateSankeyInput(input, 'json');
        validateChoroplethInput(input, 'json', resolveEconomy);
      }),
      {numRuns: RUNS}
    );
  });

  it('on any text read as CSV or JSON', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 400}), (text) => {
        for (const format of ['csv', 'json'] as const) {
          const parsed = parseText(text, format);
          if (!parsed.ok) continue;
          validateTimelineInput(parsed.data, format, resolveEconomy);
          validateSankeyInput(parsed.data, format);
          validateChoroplethInput(parsed.data, format, resolveEconomy);
        }
      }),
      {numRuns: RUNS}
    );
  });
});

/**
 * Coverage of the layout properties: how many generated cases reached the code under test. A
 * property whose inputs mostly fail validation, or return before the layout, proves little, so
 * each share is asserted (and printed, so `npm test` shows it).
 */
function share(name: string, hits: number, runs: number, atLeast: number): void {
  const pct = (100 * hits) / runs;
  console.log(`fuzz coverage: ${name}: ${hits}/${runs} (${pct.toFixed(0)} %, need ≥ ${atLeast} %)`);
  expect(pct, name).toBeGreaterThanOrEqual(atLeast);
}

/** With probability 1/10, a field is replaced by a messy string, a number, null or undefined. */
const mutated = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({arbitrary: valid, weight: 9}, {arbitrary: value as fc.Arbitrary<unknown>, weight: 1});

/** Undefined nine times in ten, else a value from `arb`. */
const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({arbitrary: fc.constant(undefined), weight: 9}, {arbitrary: arb, weight: 1});

/**
 * A valid start (YYYY, YYYY-MM or YYYY-MM-DD, 1990–2030) and, for two events in three, an end up
 * to 40 days later written to the same precision.
 */
const dates = fc
  .record({
    y: fc.integer({min: 1990, max: 2030}),
    m: fc.integer({min: 1, max: 12}),
    d: fc.integer({min: 1, max: 28}),
    p: fc.constantFrom('day', 'day', 'month', 'year'),
    days: fc.option(fc.integer({min: 0, max: 40}), {nil: undefined, freq: 3}),
  })
  .map(({y, m, d, p, days}) => {
    const iso = (t: Date) => t.toISOString().slice(0, p === 'year' ? 4 : p === 'month' ? 7 : 10);
    const start = new Date(Date.UTC(y, m - 1, d));
    const end = days === undefined ? undefined : new Date(start.getTime() + days * 86_400_000);
    return {start: iso(start), end: end && iso(end)};
  });

describe('what validates, lays out', () => {
  it('timeline: mostly valid, partly mutated events give finite positions, horizontal and vertical', () => {
    const ids = economies.map((e) => e.id);
    const row = fc
      .record({
        title: mutated(fc.string({minLength: 1, maxLength: 60}).map((t) => `E ${t}`)),
        dates,
        start: rarely(messy),
        end: rarely(messy),
        forum: mutated(fc.constantFrom('AMMTC', 'SOMTC', 'APEC CTWG', 'ASEAN-Japan', 'UNODC')),
        economy: mutated(fc.constantFrom(...ids)),
        kind: mutated(fc.constantFrom(...EVENT_KINDS)),
        citation: mutated(fc.constant('fuzz.txt')),
      })
      // One start or end in ten is replaced by a messy string.
      .map(({dates: valid, start, end, ...rest}) => ({
        ...rest,
        start: start ?? valid.start,
        ...(end !== undefined || valid.end ? {end: end ?? valid.end} : {}),
      }));
    let laidOutFive = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(row, {minLength: 5, maxLength: 30}),
        fc.integer({min: 1, max: 1600}),
        (rows, width) => {
          runs++;
          const {value: valid} = validateTimelineInput({events: rows}, 'json', resolveEconomy);
          const timed = timeEvents(valid);
          let drawn = Infinity;
          for (const orientation of ['horizontal', 'vertical'] as const) {
            const l = timelineAt(timed, width, orientation);
            expect(finite([l.height, ...l.items.flatMap((i) => [i.x0, i.x1, i.y])])).toBe(true);
            expect(finite(l.rows.map((r) => r.y))).toBe(true);
            // Every valid event is in the layout, alone or in a cluster.
            expect(l.shown).toBe(timed.length);
            // Horizontal: every event is a mark or in a cluster; vertical: a row each, or counted
            // under its year's closed heading.
            const marks =
              orientation === 'horizontal'
                ? l.items.reduce((n, i) => n + (i.type === 'cluster' ? i.members.length : 1), 0)
                : l.rows.length + l.years.filter((y) => !y.open).reduce((n, y) => n + y.count, 0);
            expect(marks).toBe(timed.length);
            drawn = Math.min(drawn, marks);
          }
          if (drawn >= 5) laidOutFive++;
        }
      ),
      {numRuns: RUNS}
    );
    share('timeline cases laying out ≥ 5 events', laidOutFive, runs, 50);
  }, 60_000);

  it('sankey: mostly valid graphs (loops, zeros, ranges) give paths without NaN', () => {
    const node = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F');
    const amount = fc.double({min: 0.01, max: 1e6, noNaN: true});
    const link = fc.record(
      {
        source: node,
        target: node,
        value: mutated(amount),
        low: fc.option(mutated(amount), {nil: undefined, freq: 4}),
        high: fc.option(mutated(amount), {nil: undefined, freq: 4}),
        citation: fc.constant('x'),
      },
      {requiredKeys: ['source', 'target', 'citation']}
    );
    let runs = 0;
    let laidOut = 0;
    let cycleCut = 0;
    fc.assert(
      fc.property(
        fc.array(link, {minLength: 4, maxLength: 20}),
        fc.integer({min: 1, max: 1600}),
        fc.constantFrom('horizontal', 'vertical') as fc.Arbitrary<'horizontal' | 'vertical'>,
        (links, width, orientation) => {
          runs++;
          const {value: graph} = validateSankeyInput({links}, 'json');
          // What the element would call empty shows a message instead of a layout.
          if (!hasDrawableFlow(graph)) return;
          const l = computeSankeyLayout(graph, {
            width,
            height: undefined,
            orientation,
            nodeOrder: 'input',
            nodeAlign: 'justify',
            lang: 'en',
          });
          expect(l.links.every((k) => noNaN(k.core) && noNaN(k.range))).toBe(true);
          expect(finite(l.nodes.flatMap((n) => [n.x, n.y, n.w, n.h]))).toBe(true);
          if (l.links.length >= 3) laidOut++;
          if (cutCycles(graph.nodes, graph.links).cut.length > 0) cycleCut++;
        }
      ),
      {numRuns: RUNS}
    );
    share('sankey cases laying out ≥ 3 links', laidOut, runs, 60);
    share('sankey cases with a cycle cut', cycleCut, runs, 20);
  }, 60_000);

  it('choropleth: arbitrary values per economy classify, and the legend counts what is drawn', () => {
    const ids = economies.map((e) => e.id);
    const row = fc.record({
      economy: mutated(fc.constantFrom(...ids)),
      value: mutated(fc.oneof(fc.integer({min: -1000, max: 1000}), fc.double({noNaN: true}))),
    });
    let runs = 0;
    let classified = 0;
    fc.assert(
      fc.property(
        fc.array(row, {minLength: 6, maxLength: 30}),
        fc.constantFrom('quantile', 'equal', 'jenks', 'continuous') as fc.Arbitrary<
          'quantile' | 'equal' | 'jenks' | 'continuous'
        >,
        (values, method) => {
          runs++;
          const {value: indicator} = validateChoroplethInput(
            {indicator: {label: 'Fuzz', citation: 'x'}, values},
            'json',
            resolveEconomy
          );
          const l = mapAt(indicator, method);
          expect(l.marks.every((m) => noNaN(m.d))).toBe(true);
          const inFocus = l.marks.filter((m) => m.inFocus);
          // A shape with a number has a colour; the legend's counts are the shapes in each class.
          for (const m of inFocus)
            if (typeof m.value === 'number') expect(m.color, m.id).toBeTruthy();
          if (l.classification.kind === 'bins')
            for (const item of l.classification.items.filter((i) => i.index >= 0))
              expect(item.count).toBe(inFocus.filter((m) => m.index === item.index).length);
          if (inFocus.filter((m) => typeof m.value === 'number').length >= 3) classified++;
        }
      ),
      {numRuns: Math.ceil(RUNS / 3)}
    );
    share('choropleth cases colouring ≥ 3 economies', classified, runs, 50);
  }, 60_000);

  it('the bundled data lays out the same way: finite geometry, every event and flow drawn', () => {
    const timed = timeEvents(events);
    expect(timed).toHaveLength(events.length);
    for (const width of [320, 800, 1280])
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const l = timelineAt(timed, width, orientation);
        expect(finite([l.height, ...l.items.flatMap((i) => [i.x0, i.x1, i.y])])).toBe(true);
        expect(l.shown, `${orientation} at ${width} px`).toBe(events.length);
      }
    for (const graph of [toctaGraph(flows), sea2019Graph(flows)])
      for (const width of [320, 1280]) {
        const l = computeSankeyLayout(graph, {
          width,
          height: undefined,
          orientation: 'horizontal',
          nodeOrder: 'input',
          nodeAlign: 'justify',
          lang: 'en',
        });
        expect(finite(l.nodes.flatMap((n) => [n.x, n.y, n.w, n.h]))).toBe(true);
        expect(l.links.every((k) => noNaN(k.core) && noNaN(k.range))).toBe(true);
        expect(l.links.length).toBe(graph.links.length);
      }
    expect(indicators.length).toBeGreaterThan(5);
    for (const indicator of indicators) {
      const l = mapAt(indicator, 'quantile');
      expect(
        l.marks.every((m) => noNaN(m.d)),
        indicator.id
      ).toBe(true);
      expect(l.marks.filter((m) => m.inFocus).length, indicator.id).toBeGreaterThan(10);
    }
  });
});
