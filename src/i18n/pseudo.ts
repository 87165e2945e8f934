/**
 * The pseudo-locale `en-XA`: every English message with accented letters, bracketed, and 40 %
 * longer, so a layout can be tested for text that grows in translation and for text that was
 * never translated (it would show without the brackets).
 */
import type {Catalogue, Message} from './en.js';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};

/** One string lengthened by at least 40 %, its `{placeholders}` left as they are. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part) =>
      /^\{\w+\}$/.test(part) ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c)
    )
    .join('');
  const extra = Math.ceil(text.length * 0.4);
  // Filler in word-sized pieces, so text can still wrap between them as real words do.
  const filler = Array.from({length: Math.ceil(extra / 6)}, () => 'ẋẋẋẋẋ').join(' ');
  return `⟦${accented} ${filler}⟧`;
}

function pseudoMessage(message: Message): Message {
  if (typeof message === 'string') return pseudoText(message);
  return Object.fromEntries(Object.entries(message).map(([k, v]) => [k, pseudoText(v)])) as Message;
}

export function pseudoCatalogue(en: Partial<Catalogue>): Catalogue {
  return Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudoMessage(v)])) as Catalogue;
}
