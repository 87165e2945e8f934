/**
 * Property-based tests (fast-check): validators never throw on any input, and what they let
 * through lays out into finite geometry. 2,000 runs per property in `npm test` (a few
 * seconds); set FUZZ_RUNS for a longer search.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {economies, events, indicators, resolveEconomy, topology} from '../../src/data.js';
import {computeChoroplethLayout} from '../../src/layout/choropleth/layout.js';
import {computeSankeyLayout, hasDrawableFlow} from '../../src/layout/sankey/layout.js';
import {timeEvents} from '../../src/layout/timeline/events.js';
import {computeTimelineLayout, fullSpan} from '../../src/layout/timeline/layout.js';
import {validateChoroplethInput} from '../../src/schema/choropleth-input.js';
import {validateEvents} from '../../src/schema/events.js';
import {parseText} from '../../src/schema/parse.js';
import {validateSankeyInput} from '../../src/schema/sankey-input.js';
import {validateTimelineInput} from '../../src/schema/timeline-input.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const finite = (xs: number[]) => xs.every(Number.isFinite);
const noNaN = (text: string) => !/NaN|Infinity/.test(text);

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

// 2,000 runs each: a tripwire for hangs, not a speed test (speed is measured in npm run bench).
describe('what validates, lays out', {timeout: 20_000}, () => {
  it('timeline: mutated events give finite positions, horizontal and vertical', () => {
    const row = fc.record(
      {
        title: messy,
        start: fc.oneof(
          messy,
          fc.date({noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10))
        ),
        end: fc.option(messy, {nil: undefined}),
        forum: messy,
        economy: messy,
        kind: messy,
        citation: messy,
      },
      {requiredKeys: ['title', 'start', 'citation']}
    );
    fc.assert(
      fc.property(
        fc.array(row, {maxLength: 30}),
        fc.integer({min: 1, max: 1600}),
        (rows, width) => {
          const {value: valid} = validateTimelineInput({events: rows}, 'json', resolveEconomy);
          const timed = timeEvents(valid);
          for (const orientation of ['horizontal', 'vertical'] as const) {
            const l = computeTimelineLayout(timed, {
              width,
              orientation,
              groupBy: 'forum',
              filters: {},
              view: fullSpan(timed),
              lang: 'en',
              nameOf: (id) => id,
            });
            expect(finite([l.height, ...l.items.flatMap((i) => [i.x0, i.x1, i.y])])).toBe(true);
            expect(finite(l.rows.map((r) => r.y))).toBe(true);
          }
        }
      ),
      {numRuns: RUNS}
    );
  });

  it('sankey: arbitrary graphs (loops, zeros, ranges) give paths without NaN', () => {
    const node = fc.constantFrom('A', 'B', 'C', 'D', 'E');
    const link = fc.record(
      {source: node, target: node, value, low: value, high: value, citation: fc.constant('x')},
      {requiredKeys: ['source', 'target', 'citation']}
    );
    fc.assert(
      fc.property(
        fc.array(link, {maxLength: 20}),
        fc.integer({min: 1, max: 1600}),
        fc.constantFrom('horizontal', 'vertical') as fc.Arbitrary<'horizontal' | 'vertical'>,
        (links, width, orientation) => {
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
        }
      ),
      {numRuns: RUNS}
    );
  });

  it('choropleth: arbitrary values per economy classify and draw', () => {
    const ids = economies.map((e) => e.id);
    const row = fc.record({economy: fc.oneof(fc.constantFrom(...ids), messy), value});
    fc.assert(
      fc.property(
        fc.array(row, {maxLength: 30}),
        fc.constantFrom('quantile', 'equal', 'jenks', 'continuous') as fc.Arbitrary<
          'quantile' | 'equal' | 'jenks' | 'continuous'
        >,
        (values, method) => {
          const {value: indicator} = validateChoroplethInput(
            {indicator: {label: 'Fuzz', citation: 'x'}, values},
            'json',
            resolveEconomy
          );
          const l = computeChoroplethLayout(topology, economies, indicator, {
            width: 400,
            height: undefined,
            region: 'all',
            year: undefined,
            lang: 'en',
            method,
          });
          expect(l.marks.every((m) => noNaN(m.d))).toBe(true);
          expect(l.classification.items.every((i) => Number.isFinite(i.count))).toBe(true);
        }
      ),
      {numRuns: Math.ceil(RUNS / 3)}
    );
  });

  it('the bundled data is among the inputs that lay out', () => {
    expect(indicators.length).toBeGreaterThan(0);
    expect(timeEvents(events)).toHaveLength(events.length);
  });
});
