/**
 * Korean particles after a filled-in name. A particle's form depends on the sound the word before
 * it ends in: 이/가, 을/를, 은/는, 과/와 after a final consonant or not, and 으로/로 (로 after ㄹ as
 * after a vowel). A catalogue cannot know the names it will be given, so its messages write both
 * forms, "{economies}이(가)", and this picks one once the name is in: "일본이", "말레이시아가".
 * Where the sound is not known from the writing (a Latin name: "APEC" is read 에이펙), both forms
 * stay, as Korean software writes them.
 */

/**
 * How a word ends, as a particle needs it (c: a consonant, r: ㄹ, v: a vowel). A Hangul syllable,
 * by its final consonant (none, ㄹ = 8, other). A number, as read aloud: its last digit (the
 * Sino-Korean 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구), or for a whole number ending in zeros its last
 * unit: 십, 백, 천, 만, 억 end in a consonant, 조 (10^12) in a vowel.
 */
function ending(word: string): string {
  const code = word.charCodeAt(0);
  if (code >= 0xac00) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? 'v' : final === 8 ? 'r' : 'c';
  }
  const digits = word.replace(/,/g, '');
  const zeros = digits.includes('.') ? 0 : digits.length - digits.replace(/0+$/, '').length;
  if (zeros === 0) return 'crvcvvcrrv'[Number(digits.at(-1))] ?? 'c';
  return zeros >= 12 && zeros < 16 && zeros < digits.length ? 'v' : 'c';
}

/** Each particle written both ways: its forms after a consonant, a vowel, and ㄹ. */
const PAIRS: Record<string, string[]> = {
  '이(가)': ['이', '가', '이'],
  '을(를)': ['을', '를', '을'],
  '은(는)': ['은', '는', '은'],
  '과(와)': ['과', '와', '과'],
  '와(과)': ['과', '와', '과'],
  '(으)로': ['으로', '로', '로'],
};

/** A Hangul syllable or a number, closing quotes or brackets after it, and a particle both ways. */
const BOTH_WAYS =
  /([\uac00-\ud7a3]|\d[\d,]*(?:\.\d+)?)(["'”’」』)\]]*)(이\(가\)|을\(를\)|은\(는\)|과\(와\)|와\(과\)|\(으\)로)/g;

/** Korean text with each particle written both ways after a word whose ending is known, one way. */
export function koreanParticles(text: string): string {
  if (!text.includes(')')) return text;
  return text.replace(BOTH_WAYS, (_all, word: string, closers: string, pair: string) => {
    const [consonant, vowel, rieul] = PAIRS[pair] ?? [];
    const end = ending(word);
    return `${word}${closers}${(end === 'v' ? vowel : end === 'r' ? rieul : consonant) ?? pair}`;
  });
}
