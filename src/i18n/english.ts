/**
 * English numbers and lists (`en`, `en-US`) written without ICU, for what the charts write in
 * their first drawing (dates and spans: english-dates.ts). A page's first Intl formatter costs 10–15
 * ms in Chromium (ICU loading its data; a PluralRules, 0.3), the largest single cost of a map's
 * or a Sankey's first drawing in English. These functions write what Intl writes for the same
 * options (test/unit/english-without-icu.test.ts compares them over many values with Node's ICU,
 * test/browser/english.test.ts with Chromium's); they answer `undefined` for anything else, which
 * goes to Intl as before. d3-format writes numbers without ICU too, but not ICU's rounding (half
 * away from zero on the shortest decimal) nor its compact forms, and a Sankey page does not load
 * it.
 */

/** A number as a decimal: `digits` × 10^`exp`, no trailing zeros; zero is `''`. */
interface Decimal {
  digits: string;
  exp: number;
}

/** Whether `lang` (a BCP 47 tag, any case) is written as plain English: `en` or `en-US`. */
export function plainEnglish(lang: string): boolean {
  const tag = lang.toLowerCase();
  return tag === 'en' || tag === 'en-us';
}

/** |value| as the shortest decimal that reads back as it (what ICU rounds, not the binary value). */
function decimalOf(value: number): Decimal {
  const [mantissa = '', e = '0'] = Math.abs(value).toString().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  return trim((whole + fraction).replace(/^0+/, ''), Number(e) - fraction.length);
}

function trim(digits: string, exp: number): Decimal {
  const kept = digits.replace(/0+$/, '');
  return kept ? {digits: kept, exp: exp + digits.length - kept.length} : {digits: '', exp: 0};
}

/** The power of ten of the leading digit. */
const magnitude = (d: Decimal) => d.exp + d.digits.length - 1;

/** Adds one to a string of digits ('' → '1', '199' → '200'). */
function increment(digits: string): string {
  const i = digits.search(/9*$/);
  if (i === 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i - 1)}${Number(digits[i - 1]) + 1}${'0'.repeat(digits.length - i)}`;
}

/** Rounded to a multiple of 10^`place`, halves away from zero (ICU's default, halfExpand). */
function roundAt(d: Decimal, place: number): Decimal {
  if (!d.digits || d.exp >= place) return d;
  const keep = d.digits.length - (place - d.exp);
  if (keep < 0) return {digits: '', exp: 0};
  const head = d.digits.slice(0, keep);
  return trim((d.digits[keep] ?? '0') >= '5' ? increment(head) : head, place);
}

const roundSignificant = (d: Decimal, n: number) =>
  d.digits ? roundAt(d, magnitude(d) - n + 1) : d;

/** The digits written out: "1,234.5"; `min2`: grouped only from five digits ("1000", "12,300"). */
function write(d: Decimal, min2 = false): string {
  if (!d.digits) return '0';
  const all = d.exp >= 0 ? d.digits + '0'.repeat(d.exp) : d.digits;
  const point = d.exp >= 0 ? all.length : all.length + d.exp;
  const whole = point > 0 ? all.slice(0, point) : '0';
  const fraction = point > 0 ? all.slice(point) : '0'.repeat(-point) + all;
  const grouped = min2 && whole.length < 5 ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** The power of ten ICU divides by in compact form: 0, 3 (K), 6 (M), 9 (B) or 12 (T). */
const multiplier = (mag: number) => (mag < 3 ? 0 : Math.min(12, mag - (mag % 3)));
const shift = (d: Decimal, by: number): Decimal => (d.digits ? {...d, exp: d.exp - by} : d);

/**
 * The options the charts write numbers with that are written here: at most `maximumFractionDigits`
 * decimals (Intl's default 3, formatNumber's 2); or US dollars in compact form with three
 * significant digits ("$80.2B", formatUsd).
 */
export type EnglishNumber = {fractionDigits: number} | {usdCompact: true};

/** `value` as Intl.NumberFormat('en', …) writes it, or undefined where it is not done here. */
export function englishNumber(value: number, as: EnglishNumber): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const d = decimalOf(value);
  if ('fractionDigits' in as) return sign + write(roundAt(d, -as.fractionDigits));
  // ICU's compact rounding: divide by the multiplier of the value's magnitude, round; if that
  // carried into the next magnitude ($999.5K), divide by that magnitude's multiplier instead.
  const mag = d.digits ? magnitude(d) : 0;
  let by = multiplier(mag);
  let q = roundSignificant(shift(d, by), 3);
  if (q.digits && magnitude(q) !== mag - by && multiplier(mag + 1) !== by) {
    by = multiplier(mag + 1);
    q = roundSignificant(shift(d, by), 3);
  }
  return `${sign}$${write(q, true)}${by ? 'KMBT'[by / 3 - 1] : ''}`;
}

/** Items joined as Intl.ListFormat('en', {type}) joins them ("a, b, and c"; unit: "a, b, c"). */
export function englishList(items: readonly string[], type: 'conjunction' | 'unit'): string {
  if (type === 'unit' || items.length < 2) return items.join(', ');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}
