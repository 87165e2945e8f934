/**
 * Economy-key normalisation: ISO 3166-1 alpha-2 is canonical; input may be alpha-2, alpha-3,
 * numeric (with or without leading zeros), an official APEC or ASEAN name, a formal name, or a
 * common variant listed in the dataset's `aliases` ("Vietnam", "South Korea", "Taiwan").
 */
import {platformAliases} from './economy-names.js';

/** Languages whose platform names of economies are read in own data (the shipped locales). */
export const NAME_LANGS = ['en', 'id', 'th', 'vi', 'zh-Hans', 'ja', 'ko', 'es'] as const;

export interface EconomyNames {
  id: string;
  alpha3: string;
  numeric: string;
  name: string;
  apecName?: string | undefined;
  aseanName?: string | undefined;
  formalName?: string | undefined;
  shortName?: string | undefined;
  aliases: readonly string[];
}

/**
 * Folds case, accents, punctuation and a leading "the" so "The Philippines" = "philippines";
 * letters of every script are kept ("越南", "เวียดนาม", "Việt Nam" → "viet nam").
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export type EconomyResolver = (input: unknown) => string | undefined;

/**
 * Builds a resolver from the economies it should know; unknown input resolves to undefined.
 * Names the platform gives in `langs` (the shipped locales) are read too: "Tiongkok", "ベトナム".
 * Those are gathered only when a name is not one of the dataset's own (its names and aliases),
 * and codes and numbers never need them: reading the platform's names in every shipped language
 * costs 15–20 ms on a fresh page (the first Intl.DisplayNames loads the region names), which a
 * story's first `highlight="VN"` paid before anything was drawn.
 */
export function createEconomyResolver(
  economies: readonly EconomyNames[],
  langs: readonly string[] = NAME_LANGS
): EconomyResolver {
  let own: Map<string, string> | undefined;
  let platform: Map<string, string> | undefined;
  return (input) => {
    const keys = (own ??= ownKeys(economies));
    if (typeof input === 'number')
      return Number.isInteger(input) ? keys.get(`num:${input}`) : undefined;
    if (typeof input !== 'string') return undefined;
    const text = input.trim();
    if (/^\d{1,3}$/.test(text)) return keys.get(`num:${Number(text)}`);
    if (/^[A-Za-z]{2,3}$/.test(text)) {
      const code = keys.get(`code:${text.toUpperCase()}`);
      if (code) return code;
    }
    if (!text) return undefined;
    const name = `name:${foldName(text)}`;
    // The dataset's own names win over a platform name that happens to fold the same.
    return keys.get(name) ?? (platform ??= platformKeys(economies, langs)).get(name);
  };
}

/** Every key an economy is known by in the dataset (`name:`, `code:`, `num:`), to its alpha-2 id. */
function ownKeys(economies: readonly EconomyNames[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const e of economies) {
    const names = [e.name, e.apecName, e.aseanName, e.formalName, e.shortName, ...e.aliases];
    for (const n of names) if (n) keys.set(`name:${foldName(n)}`, e.id);
    keys.set(`code:${e.id}`, e.id);
    keys.set(`code:${e.alpha3}`, e.id);
    keys.set(`num:${Number(e.numeric)}`, e.id);
  }
  return keys;
}

/** The platform's names of each economy in `langs` (`name:`), to its alpha-2 id: the first wins. */
function platformKeys(economies: readonly EconomyNames[], langs: readonly string[]) {
  const keys = new Map<string, string>();
  for (const e of economies)
    for (const n of platformAliases(e.id, langs)) {
      const key = `name:${foldName(n)}`;
      if (!keys.has(key)) keys.set(key, e.id);
    }
  return keys;
}
