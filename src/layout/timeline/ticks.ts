/**
 * Time-axis ticks that adapt to the span shown: years, then months, then days. Pure; dates are
 * labelled in UTC so calendar dates never shift with the reader's time zone.
 */
import {scaleUtc} from './utc-scale.js';
import {resolveLocale} from '../format.js';
import {CALENDAR} from '../format-dates.js';
import {englishDate} from '../../i18n/english-dates.js';
import {plainEnglish} from '../../i18n/english.js';
import {DAY} from './events.js';
import {textWidth} from '../text.js';

/** Tick labels are 12 px text. */
const TICK_PX = 12;

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
  /** UTC ms. */
  value: number;
  /** Position along the time axis, in px. */
  pos: number;
  label: string;
  /** A new year (or month, on a day axis): drawn stronger and always labelled in full. */
  major: boolean;
}

export interface TickModel {
  unit: TickUnit;
  ticks: Tick[];
}

/** The unit the ticks step in, from the gap between two of them. */
export function tickUnit(step: number): TickUnit {
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  return 'day';
}

/** A tick's label: Intl's, or in English the same text written without ICU (i18n/english.ts). */
interface TickFormat {
  format(d: Date): string;
}

const FORMATS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric', ...CALENDAR},
  month: {month: 'short', ...CALENDAR},
  day: {day: 'numeric', ...CALENDAR},
};

const formats = new Map<string, TickFormat>();
/** One formatter per locale, unit and kind, not two per layout (each zoom step, each resize). */
function dateFormat(locale: string, unit: TickUnit, parent: boolean): TickFormat {
  const key = `${locale}|${unit}|${parent}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = !parent
      ? FORMATS[unit]
      : unit === 'day'
        ? {day: 'numeric', month: 'short', ...CALENDAR}
        : {month: 'short', year: 'numeric', ...CALENDAR};
    format = plainEnglish(locale) ? english(options) : new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** The same labels in English (months short), Intl's only for a year englishDate does not write. */
function english(options: Intl.DateTimeFormatOptions): TickFormat {
  const form = {
    year: options.year !== undefined,
    month: options.month && ('short' as const),
    day: options.day !== undefined,
  };
  let intl: Intl.DateTimeFormat | undefined;
  return {
    format: (d) =>
      englishDate(
        {year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate()},
        form
      ) ?? (intl ??= new Intl.DateTimeFormat('en', options)).format(d),
  };
}

/**
 * Ticks for the span [from, to) drawn over `length` px, about one per `spacing` px. Month and
 * day ticks name the year (or month) at its first tick and at each new one.
 */
export function timeTicks(
  from: number,
  to: number,
  length: number,
  lang: string,
  spacing = 80
): TickModel {
  const scale = scaleUtc().domain([from, to]).range([0, length]);
  const dates = scale.ticks(Math.max(2, Math.floor(length / spacing)));
  const step =
    dates.length > 1 ? (dates[1]?.getTime() ?? 0) - (dates[0]?.getTime() ?? 0) : DAY * 365;
  const unit = tickUnit(step);
  const locale = resolveLocale(lang);
  const format = dateFormat(locale, unit, false);
  // A year axis names no parent, so its second formatter is not made (each costs ms at first use).
  const withParent = unit === 'year' ? format : dateFormat(locale, unit, true);
  const ticks = dates.map((d, i): Tick => {
    const pos = scale(d);
    // The first tick in a new year (or month, on a day axis), whether or not it falls on its
    // first day: weekly ticks skip the 1st, and "Sep 27, 4" read as the 4th of September.
    const before = dates[i - 1];
    const major =
      unit === 'year' ||
      (unit === 'month'
        ? before
          ? d.getUTCFullYear() !== before.getUTCFullYear()
          : d.getUTCMonth() === 0
        : before
          ? d.getUTCMonth() !== before.getUTCMonth()
          : d.getUTCDate() === 1);
    const label = unit !== 'year' && (major || i === 0) ? withParent.format(d) : format.format(d);
    // A label that would run past the end of the axis is left off (its gridline stays).
    return {
      value: d.getTime(),
      pos,
      label: pos + 4 + textWidth(label, TICK_PX) <= length ? label : '',
      major,
    };
  });
  return {unit, ticks};
}
