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

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
