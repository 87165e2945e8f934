/**
 * Number formatting with Intl for a BCP 47 language tag (dates: format-dates.ts), in English
 * without ICU (i18n/english.ts).
 */
import {englishNumber, plainEnglish, type EnglishNumber} from '../i18n/english.js';

/** A usable locale for `lang`; falls back to English when the tag is empty or malformed. */
export function resolveLocale(lang: string | null | undefined): string {
  if (!lang) return 'en';
  let locale = locales.get(lang);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    locales.set(lang, locale);
  }
  return locale;
}

/** Canonical tags by the tag asked for: canonicalising is slow enough to show once per row. */
const locales = new Map<string, string>();

export function formatNumber(
  value: number,
  lang: string,
  options: Intl.NumberFormatOptions = {}
): string {
  if (!Number.isFinite(value)) return '–';
  const locale = resolveLocale(lang);
  // In English the charts' two number forms are written without ICU (i18n/english.ts).
  if (plainEnglish(locale)) {
    const as: EnglishNumber | undefined =
      options === USD ? {usdCompact: true} : Object.keys(options).length ? undefined : TWO_PLACES;
    const text = as && englishNumber(value, as);
    if (text !== undefined) return text;
  }
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {maximumFractionDigits: 2, ...options});
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** formatNumber's default: at most two decimals. */
const TWO_PLACES = {fractionDigits: 2};

/** Number formats by locale and options: building one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

const USD: Intl.NumberFormatOptions = {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: 3,
};

/** US dollars, compact ("$24.4B" in en, "$244億" in ja): for flow values normalised to USD. */
export function formatUsd(value: number, lang: string): string {
  return formatNumber(value, lang, USD);
}
