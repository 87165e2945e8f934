import {englishList, plainEnglish} from './english.js';

/** One list formatter per language and type: making one costs more than using it. */
const formats = new Map<string, Intl.ListFormat | null>();

/**
 * Names joined for `lang` ("A, B, and C" in English, written without ICU: english.ts); `unit`:
 * without a conjunction ("A, B, C"). A plain comma list where Intl cannot.
 */
export function joinList(
  items: string[],
  lang: string,
  type: 'conjunction' | 'unit' = 'conjunction'
): string {
  if (plainEnglish(lang)) return englishList(items, type);
  const key = `${lang} ${type}`;
  if (!formats.has(key)) {
    try {
      formats.set(key, new Intl.ListFormat(lang, {type}));
    } catch {
      formats.set(key, null);
    }
  }
  return formats.get(key)?.format(items) ?? items.join(', ');
}
