/**
 * Calendar dates written to a stated precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * They are calendar dates, not instants: all arithmetic is in UTC so a workshop on 24 April
 * is on 24 April in every time zone.
 */
export type DatePrecision = 'day' | 'month' | 'year';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** Parses a partial ISO date, rejecting impossible ones such as 2015-02-30. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return {year, precision: 'year'};
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return {year, month, precision: 'month'};
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return {year, month, day, precision: 'day'};
}

/** Days in `month` (1–12) of `year`, counted (no Date made: this runs for every date read). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  // Date.UTC reads years 0–99 as 1900–1999: kept, so the same dates are accepted as before.
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** The first instant (UTC) of the period a partial date names. */
export function periodStart(d: PartialDate): Date {
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

/** The first instant (UTC) after the period a partial date names (exclusive end). */
export function periodEnd(d: PartialDate): Date {
  if (d.precision === 'year') return new Date(Date.UTC(d.year + 1, 0, 1));
  if (d.precision === 'month') return new Date(Date.UTC(d.year, d.month ?? 12, 1));
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, (d.day ?? 1) + 1));
}

/** Today's calendar date as YYYY-MM-DD in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
