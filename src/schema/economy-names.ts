/**
 * Economy names in the reader's language, from the platform's Intl.DisplayNames, within APEC's
 * and ASEAN's naming convention. Pure (Intl only); used to show names and to read them.
 *
 * - English: the conventional name itself ("Viet Nam", "Republic of Korea", "Lao PDR").
 * - Other languages: the platform's name for the ISO code, with an alternative in brackets
 *   dropped ("Myanmar (Burma)" → "Myanmar": the convention uses one name).
 * - Economies whose conventional name states their standing (APEC's "Chinese Taipei" and
 *   "Hong Kong, China") are never given the platform's name ("Taiwan", "Hong Kong SAR China"),
 *   which says something else. No sourced name in each language is shipped for them, so they
 *   keep the conventional English name in every language.
 */

/** Economies whose conventional name the platform's name would contradict. */
export const CONVENTION_ONLY = new Set(['TW', 'HK']);

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(lang: string, style: 'long' | 'short' = 'long'): Intl.DisplayNames | null {
  const key = `${lang}|${style}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], {type: 'region', style, fallback: 'none'});
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  return names;
}

const BRACKETED = /\s*[(（][^)）]*[)）]\s*$/;

function isEnglish(lang: string): boolean {
  return lang.toLowerCase().split(/[-_]/)[0] === 'en';
}

/** The platform's name for region `id` in `lang`, without a bracketed alternative; or undefined. */
export function platformName(id: string, lang: string): string | undefined {
  const name = namesFor(lang)?.of(id);
  return name ? name.replace(BRACKETED, '') : undefined;
}

/** What an economy is called for readers of `lang`, given its conventional (English) name. */
export function localEconomyName(id: string, conventional: string, lang: string): string {
  if (isEnglish(lang) || CONVENTION_ONLY.has(id)) return conventional;
  return platformName(id, lang) ?? conventional;
}

/**
 * Every name the platform knows for economy `id` in `langs` (long, short, with and without a
 * bracketed alternative), so own data may name economies in the readers' languages. Reading a
 * name is not renaming: "台湾" in a file still joins to the economy shown as "Chinese Taipei".
 */
export function platformAliases(id: string, langs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const lang of langs) {
    for (const style of ['long', 'short'] as const) {
      const name = namesFor(lang, style)?.of(id);
      if (!name) continue;
      out.add(name);
      out.add(name.replace(BRACKETED, ''));
    }
  }
  return [...out];
}
