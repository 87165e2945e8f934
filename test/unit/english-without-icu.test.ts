/**
 * English numbers, dates, spans and lists written without ICU (src/i18n/english.ts) read as Intl
 * writes them: compared here with Node's ICU over many values, and in Chromium by
 * test/browser/english.test.ts.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {englishList, englishNumber, plainEnglish} from '../../src/i18n/english.js';
import {englishDate, englishRange} from '../../src/i18n/english-dates.js';
import {joinList} from '../../src/i18n/lists.js';
import {formatNumber, formatUsd} from '../../src/layout/format.js';
import {formatDateRange, formatPartialDate} from '../../src/layout/format-dates.js';
import {timeTicks} from '../../src/layout/timeline/ticks.js';
import {englishAgainstIntl} from '../fixtures/english-vs-intl.js';
import {format, translator} from '../../src/i18n/catalogue.js';

describe("English without ICU, against Node's Intl", () => {
  for (const [name, check] of Object.entries(englishAgainstIntl))
    it(name, () => check((actual, expected, what) => expect(actual, what).toBe(expected)));

  it('rounds halves as ICU does, on the shortest decimal (1.005 → 1.01), and carries ($999.5K → $1M)', () => {
    expect(englishNumber(1.005, {fractionDigits: 2})).toBe('1.01');
    expect(englishNumber(-0.001, {fractionDigits: 2})).toBe('-0');
    expect(englishNumber(1234567.891, {fractionDigits: 2})).toBe('1,234,567.89');
    expect(englishNumber(80.2e9, {usdCompact: true})).toBe('$80.2B');
    expect(englishNumber(999_500, {usdCompact: true})).toBe('$1M');
    expect(englishNumber(1.234e16, {usdCompact: true})).toBe('$12,300T');
    expect(englishRange({year: 2018, month: 4, day: 30}, {year: 2018, month: 5, day: 2})).toBe(
      'April 30 – May 2, 2018'
    );
    expect(englishList(['a', 'b', 'c'], 'conjunction')).toBe('a, b, and c');
  });

  it('leaves what it does not write to Intl', () => {
    expect(englishNumber(Infinity, {fractionDigits: 2})).toBeUndefined();
    expect(englishNumber(NaN, {usdCompact: true})).toBeUndefined();
    expect(englishDate({year: 999})).toBeUndefined();
    expect(englishDate({year: 2020, month: 13})).toBeUndefined();
    expect(plainEnglish('en-GB')).toBe(false);
    expect(plainEnglish('EN-us')).toBe(true);
  });
});

/** Counts the formatters of `name` made from here on (until afterEach puts Intl back). */
function counted(name: 'NumberFormat' | 'DateTimeFormat' | 'ListFormat'): {made: number} {
  const count = {made: 0};
  const original = Intl[name];
  const proxy = new Proxy(original, {
    construct(target, args: unknown[]) {
      count.made++;
      return Reflect.construct(target, args) as object;
    },
  });
  Object.defineProperty(Intl, name, {value: proxy, configurable: true, writable: true});
  restore.push(() => Object.defineProperty(Intl, name, {value: original}));
  return count;
}
const restore: (() => void)[] = [];

describe('the charts write English numbers and dates without making an Intl formatter', () => {
  afterEach(() => restore.splice(0).forEach((r) => r()));

  it('in en and en-US, with the same text; in other languages through Intl', () => {
    const numberFormat = counted('NumberFormat');
    const dateFormat = counted('DateTimeFormat');
    const listFormat = counted('ListFormat');
    expect(formatUsd(24.4e9, 'en')).toBe('$24.4B');
    expect(formatNumber(1234.567, 'en-US')).toBe('1,234.57');
    expect(formatPartialDate('2013-04-16', 'en')).toBe('April 16, 2013');
    expect(format({one: '{count} event', other: '{count} events'}, 'en', {count: 1234})).toBe(
      '1,234 events'
    );
    expect(translator('en-US')('frame.showTable')).toBe('Show data as table');
    expect(formatDateRange('2018-04-24', '2018-04-25', 'en')).toBe('April 24 – 25, 2018');
    const from = Date.UTC(2016, 0, 1);
    expect(timeTicks(from, Date.UTC(2016, 6, 1), 600, 'en').ticks.map((t) => t.label)).toContain(
      'Jan 2016'
    );
    expect(numberFormat.made, 'number formatters made in English').toBe(0);
    expect(joinList(['Malaysia', 'Viet Nam', 'Japan'], 'en')).toBe('Malaysia, Viet Nam, and Japan');
    expect(dateFormat.made, 'date formatters made in English').toBe(0);
    expect(listFormat.made, 'list formatters made in English').toBe(0);
    expect(formatUsd(24.4e9, 'en-GB')).toBe('US$24.4bn');
    expect(formatPartialDate('2013-04-16', 'en-GB')).toBe('16 April 2013');
    expect(numberFormat.made).toBeGreaterThan(0);
    expect(dateFormat.made).toBeGreaterThan(0);
    expect(joinList(['Malaysia', 'Japan'], 'ja')).toBe(
      new Intl.ListFormat('ja').format(['Malaysia', 'Japan'])
    );
  });
});
