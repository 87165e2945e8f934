import {describe, expect, it} from 'vitest';
import {FOLD_BUDGET, openYears} from '../../src/layout/timeline/fold.js';

describe('folding the vertical timeline', () => {
  const heights = new Map([
    [2018, 700],
    [2019, 800],
    [2020, 600],
    [2021, 500],
  ]);
  it('opens everything that fits, else the newest years within the budget', () => {
    expect([...openYears(new Map([[2020, 300]]), undefined)]).toEqual([2020]);
    const open = openYears(heights, undefined);
    expect([...open].sort()).toEqual([2020, 2021]);
    const used = 4 * 32 + [...open].reduce((h, y) => h + (heights.get(y) ?? 0), 0);
    expect(used).toBeLessThanOrEqual(FOLD_BUDGET);
  });
  it('opens the newest year even when it alone is over budget, and follows the reader', () => {
    expect([
      ...openYears(
        new Map([
          [2019, 900],
          [2020, 5000],
        ]),
        undefined
      ),
    ]).toEqual([2020]);
    expect([...openYears(heights, new Set([2018, 1999]))]).toEqual([2018]);
  });
  it('measures only the years that decide: the newest, until the budget is spent', () => {
    // 29 years of 300 px of rows: beside 29 headings (928 px), the newest two fit 1,600 px, a third not.
    const years = Array.from({length: 29}, (_, i) => 1997 + i);
    const asked: number[] = [];
    const lazy = {
      keys: () => years.values(),
      get: (year: number) => (asked.push(year), 300),
    };
    expect([...openYears(lazy, undefined)].sort()).toEqual([2024, 2025]);
    expect(Math.min(...asked), 'oldest year measured').toBeGreaterThanOrEqual(2023);
    asked.length = 0;
    expect([...openYears(lazy, new Set([2001]))]).toEqual([2001]);
    expect(asked, 'years the reader opened or closed need no measure').toEqual([]);
  });
});
