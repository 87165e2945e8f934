import fc from 'fast-check';
import {utcTicks as d3UtcTicks} from 'd3-time';
import {describe, expect, it} from 'vitest';
import {utcTicks} from '../../src/layout/timeline/utc-ticks.js';

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(2100, 0, 1);
const time = fc.integer({min: MIN, max: MAX});
// Spans spread evenly on a log scale from 1 ms to about 200 years, so that every step (a few
// milliseconds, 5 seconds … 2 days, a week, a quarter, 50 years) is chosen often.
const span = fc.double({min: 0, max: Math.log10(MAX - MIN), noNaN: true}).map((e) => 10 ** e);
const d3 = (a: number, b: number, n: number) => d3UtcTicks(new Date(a), new Date(b), n).map(Number);
const ours = (a: number, b: number, n: number) => utcTicks(a, b, n).map(Number);

describe("the timeline's calendar ticks", () => {
  it("are d3-time's utcTicks, for any span from a millisecond to two centuries", () => {
    fc.assert(
      fc.property(time, span, fc.integer({min: 1, max: 40}), fc.boolean(), (a, s, n, back) => {
        const b = a + s;
        const [from, to] = back ? [b, a] : [a, b];
        expect(ours(from, to, n)).toEqual(d3(from, to, n));
      }),
      {numRuns: 3000}
    );
  });

  it('step in the calendar: weeks from Sunday, quarters, days from the epoch, round years', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00Z`);
    const iso = (a: number, b: number, n: number) =>
      utcTicks(a, b, n).map((d) => d.toISOString().slice(0, 10));
    // 6 weeks in 6 ticks: Sundays.
    expect(iso(day('2015-09-01'), day('2015-10-13'), 6)).toEqual([
      '2015-09-06',
      '2015-09-13',
      '2015-09-20',
      '2015-09-27',
      '2015-10-04',
      '2015-10-11',
    ]);
    // Two years in 8 ticks: quarters.
    expect(iso(day('2018-02-01'), day('2019-12-31'), 8)).toEqual([
      '2018-04-01',
      '2018-07-01',
      '2018-10-01',
      '2019-01-01',
      '2019-04-01',
      '2019-07-01',
      '2019-10-01',
    ]);
    // 1967 to 2026 in 6 ticks: every 10 years, on the decade.
    expect(iso(day('1967-08-08'), day('2026-01-01'), 6)).toEqual([
      '1970-01-01',
      '1980-01-01',
      '1990-01-01',
      '2000-01-01',
      '2010-01-01',
      '2020-01-01',
    ]);
    // Both ends included; every other day counts from the epoch (1 January 2020 is day 18,262);
    // a span given backwards is ticked backwards.
    expect(iso(day('2020-01-01'), day('2020-01-03'), 1)).toEqual(['2020-01-01', '2020-01-03']);
    expect(iso(day('2020-01-03'), day('2020-01-01'), 1)).toEqual(['2020-01-03', '2020-01-01']);
  });

  it('take a smaller step where the round one has no multiple in the span', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00Z`);
    // One tick asked for over 1995–1998: 5 years is the round step, but no multiple of 5 falls
    // in it, so the step for two ticks (2 years) is taken.
    const ticks = utcTicks(day('1995-05-10'), day('1998-08-26'), 1);
    expect(ticks.map((d) => d.getUTCFullYear())).toEqual([1996, 1998]);
  });

  it('give one tick for one instant, and none for no count', () => {
    const t = Date.UTC(2020, 5, 1);
    expect(ours(t, t, 10)).toEqual([t]);
    expect(ours(t, t + 0.4, 10)).toEqual(d3(t, t + 0.4, 10));
    expect(ours(t, t + 86_400_000, 0)).toEqual([]);
    expect(ours(t, t + 86_400_000, 0)).toEqual(d3(t, t + 86_400_000, 0));
  });
});
