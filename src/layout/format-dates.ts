/**
 * Dates formatted with Intl for a BCP 47 language tag, in English without ICU
 * (i18n/english-dates.ts). Dates are calendar dates: formatted in UTC so that a meeting on 24
 * April reads 24 April in every time zone. Apart from format.ts so that a map's page, which
 * writes no dates, does not load them.
 */
import {englishDate, englishRange} from '../i18n/english-dates.js';
import {plainEnglish} from '../i18n/english.js';
import {parsePartialDate, type PartialDate} from '../schema/dates.js';
import {resolveLocale} from './format.js';

/**
 * Dates are told in the Gregorian calendar in every language: the data's years, the timeline's
 * year headings and the map's year slider are Gregorian numbers, and Thai's default Buddhist
 * calendar would put "20–23 มิถุนายน 2566" under the heading 2023.
 */
export const CALENDAR = {calendar: 'gregory', timeZone: 'UTC'} as const;

const DATE_OPTIONS: Record<PartialDate['precision'], Intl.DateTimeFormatOptions> = {
  day: {year: 'numeric', month: 'long', day: 'numeric', ...CALENDAR},
  month: {year: 'numeric', month: 'long', ...CALENDAR},
  year: {year: 'numeric', ...CALENDAR},
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision: building one per date is slow at thousands of rows. */
function dateFormat(lang: string, precision: PartialDate['precision']): Intl.DateTimeFormat {
  const locale = resolveLocale(lang);
  const key = `${locale}|${precision}`;
  let format = formats.get(key);
  if (!format)
    formats.set(key, (format = new Intl.DateTimeFormat(locale, DATE_OPTIONS[precision])));
  return format;
}

function toUtc(d: PartialDate): Date {
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

/** "24 April 2018", "April 2018" or "2018" (in `lang`), to the precision the date is written to. */
export function formatPartialDate(text: string, lang: string): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  return (
    (plainEnglish(resolveLocale(lang)) ? englishDate(d) : undefined) ??
    dateFormat(lang, d.precision).format(toUtc(d))
  );
}

/** A start–end span ("24–25 April 2018"), collapsing shared parts the way `lang` does. */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  const s = parsePartialDate(start);
  const e = end ? parsePartialDate(end) : undefined;
  if (!s) return start;
  if (!e) return formatPartialDate(start, lang);
  const precision = s.precision === e.precision ? s.precision : 'day';
  if (precision !== s.precision || precision !== e.precision) {
    return `${formatPartialDate(start, lang)} – ${formatPartialDate(end ?? '', lang)}`;
  }
  return (
    (plainEnglish(resolveLocale(lang)) ? englishRange(s, e) : undefined) ??
    dateFormat(lang, precision).formatRange(toUtc(s), toUtc(e))
  );
}
