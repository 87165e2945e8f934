/**
 * English dates and spans (`en`, `en-US`) written without ICU, as Intl writes them for the
 * options the charts use: why, and how it is tested, in english.ts.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar date to some precision: month 1–12. */
export interface EnglishDay {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

/** The parts a date is written with: `month` long ("April") or short ("Apr"). */
export interface EnglishDateForm {
  year?: boolean;
  month?: 'long' | 'short';
  day?: boolean;
}

/** The long form of a date to its precision ("April 24, 2018", "April 2018", "2018"). */
const LONG = (d: EnglishDay): EnglishDateForm => ({
  year: true,
  month: d.month === undefined ? undefined : 'long',
  day: d.day !== undefined,
});

/**
 * `d` as Intl.DateTimeFormat('en', …) writes it with the parts of `form` (by default those `d`
 * is written to, month long): "April 24, 2018", "Apr 2018", "Apr 24", "Apr", "24", "2018". Years
 * 1000–9999 only; else undefined.
 */
export function englishDate(d: EnglishDay, form: EnglishDateForm = LONG(d)): string | undefined {
  if (!(d.year >= 1000 && d.year <= 9999)) return undefined;
  const name = form.month ? MONTHS[(d.month ?? 0) - 1] : '';
  if (name === undefined || (form.day && d.day === undefined)) return undefined;
  const month = form.month === 'short' ? name.slice(0, 3) : name;
  const monthDay = [month, form.day ? d.day : ''].filter(Boolean).join(' ');
  if (!form.year) return monthDay;
  return monthDay ? `${monthDay}${form.day ? ',' : ''} ${d.year}` : String(d.year);
}

/**
 * The range dash: an en dash between spaces, as Chromium writes it (Node's ICU puts thin spaces
 * around it; the tests compare with those read as spaces).
 */
const DASH = ' \u2013 ';

/**
 * A span as Intl.DateTimeFormat('en', long form).formatRange writes it, both ends to the
 * precision of `a`: the parts both share written once ("April 24 – 25, 2018", "April 30 – May 2,
 * 2018", "April – May 2018", "2018 – 2019"). Undefined where englishDate is.
 */
export function englishRange(a: EnglishDay, b: EnglishDay): string | undefined {
  const form = LONG(a);
  const [first, last] = [englishDate(a, form), englishDate(b, form)];
  if (first === undefined || last === undefined) return undefined;
  if (first === last) return first;
  if (a.year !== b.year) return `${first}${DASH}${last}`;
  if (form.day && a.month === b.month)
    return `${englishDate(a, {month: 'long', day: true})}${DASH}${b.day}, ${a.year}`;
  const start = englishDate(a, {...form, year: false});
  return `${start}${DASH}${last}`;
}
