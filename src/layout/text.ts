/**
 * Plain-text helpers for layouts that must size text without a DOM. Widths are counted in
 * columns of an average Latin letter: a Chinese, Japanese or Korean character takes two, a
 * combining mark (Thai vowel and tone marks) none. Lines break between words as Intl.Segmenter
 * finds them, so Thai, Chinese and Japanese, written without spaces, wrap too.
 */

const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const MARK = /\p{M}/u;

/** Rough width of a character against an average Latin letter (capitals wide, `i` narrow). */
function charColumns(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if (c === 77 || c === 87) return 1.5; // M W
    if (c >= 65 && c <= 90 && c !== 73) return 1.25; // capitals but I
    return NARROW.has(ch) ? 0.6 : 1;
  }
  if (MARK.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}
const NARROW = new Set("iljtfrI.,;:'!|()");

/** How many columns `text` takes. */
export function textColumns(text: string): number {
  let n = 0;
  for (const ch of text) n += charColumns(ch);
  return n;
}

/** Scripts written without spaces between words: Thai, Lao, Khmer, Myanmar, Chinese, Japanese. */
const UNSPACED =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

type Piece = {text: string; space: boolean; word: boolean};

let segmenter: Intl.Segmenter | null | undefined;

/** Break opportunities: words (Thai and CJK by dictionary), spaces and punctuation. */
function pieces(text: string): Piece[] {
  if (!UNSPACED.test(text))
    return text.split(/(\s+)/).map((t) => ({text: t, space: /^\s+$/.test(t), word: true}));
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, {granularity: 'word'})
        : null;
  if (!segmenter)
    return text.split(/(\s+)/).map((t) => ({text: t, space: /^\s+$/.test(t), word: true}));
  return [...segmenter.segment(text)].map((s) => ({
    text: s.segment,
    space: /^\s+$/.test(s.segment),
    word: s.isWordLike ?? true,
  }));
}

/** Greedy word wrap to at most `chars` columns a line (a longer word gets a line of its own). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  let gap = false;
  for (const p of pieces(text)) {
    if (p.space) {
      gap = line !== '';
      continue;
    }
    const joined = `${line}${gap ? ' ' : ''}${p.text}`;
    // Punctuation stays with the word before it ("China," never starts a line with ",").
    if (line && p.word && textColumns(joined) > chars) {
      lines.push(line);
      line = p.text;
    } else line = joined;
    gap = false;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut with an ellipsis to at most `chars` columns; '' when fewer than 6 would show. */
export function fitLabel(text: string, chars: number): string {
  if (chars < 6) return '';
  if (textColumns(text) <= chars) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    used += charColumns(ch);
    if (used > chars - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** Wrapped to `chars` a line and at most `max` lines, the last cut with an ellipsis if need be. */
export function wrapLines(text: string, chars: number, max: number): string[] {
  const lines = wrapText(text, chars);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = fitLabel(`${kept[max - 1] ?? ''} ${lines[max] ?? ''}`, chars) || '…';
  return kept;
}

/**
 * Width of a character relative to the average of mixed-case text: capitals and digits run wider,
 * and "i", "l", spaces and punctuation narrower. A layout without a DOM cannot measure; this keeps
 * a caps-heavy label ("AMMTC+3") from running into the next mark (test/browser/text-overlap.test.ts
 * measures the drawn result).
 */
function charUnits(c: string): number {
  if (c === 'M' || c === 'W' || c === 'm' || c === 'w' || c === '…') return 1.55;
  if (/[A-Z]/.test(c)) return c === 'I' || c === 'J' ? 0.6 : 1.3;
  if (/[0-9+]/.test(c)) return 1.12;
  if (/[ijlftr.,:;'!|()\s-]/.test(c)) return 0.65;
  return 1;
}

/** Estimated width of `text` in px, for text whose average character is `charWidth` px. */
export function estimateWidth(text: string, charWidth: number): number {
  let units = 0;
  for (const c of text) units += charUnits(c);
  return units * charWidth;
}

/** `text` cut with an ellipsis to fit `width` px; '' when fewer than 6 characters would show. */
export function fitWidth(text: string, width: number, charWidth: number): string {
  // Fits even if every character were as wide as the widest class: no need to measure.
  if (text.length * charUnits('M') * charWidth <= width) return text;
  const chars = [...text];
  const ends: number[] = [];
  let units = 0;
  for (const c of chars) ends.push((units += charUnits(c)));
  if (units * charWidth <= width) return text;
  // The longest prefix that leaves room for the ellipsis.
  const room = width / charWidth - charUnits('…');
  let n = chars.length - 1;
  while (n >= 5 && (ends[n - 1] ?? 0) > room) n--;
  return n >= 5 ? `${chars.slice(0, n).join('').trimEnd()}…` : '';
}
