/**
 * The one text measure of the layouts, which size text without a DOM. Widths are counted in
 * columns of an average Latin letter: capitals and digits run wider, "i", "l", spaces and
 * punctuation narrower, a Chinese, Japanese or Korean character takes two, a combining mark (Thai
 * vowel and tone marks) none; a column is `COLUMN_EM` of the font size. Lines break between words
 * as Intl.Segmenter finds them, so Thai, Chinese and Japanese, written without spaces, wrap too.
 * test/browser/text-overlap.test.ts measures the drawn result against these estimates.
 */

const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const MARK = /\p{M}/u;

/** Rough width of a character against an average Latin letter (capitals wide, `i` narrow). */
function charColumns(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return ASCII[c] as number;
  if (ch === '…') return 1.5;
  if (MARK.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}
const WIDEST = new Set('MWmw');
const NARROW = new Set("iljtfrIJ.,;:'!|() -");
/** Columns of each ASCII character, looked up rather than tested letter by letter. */
const ASCII = Float64Array.from({length: 0x80}, (_, c) => {
  const ch = String.fromCharCode(c);
  if (WIDEST.has(ch)) return 1.5;
  if (NARROW.has(ch)) return 0.6;
  if (c >= 65 && c <= 90) return 1.25; // capitals but I and J
  if ((c >= 48 && c <= 57) || ch === '+') return 1.1; // digits
  return 1;
});

/** Width of one column (an average Latin letter) in em of the font size: generous for system-ui. */
export const COLUMN_EM = 0.56;

/** Width of a column in px at `fontSize` px (bold and semibold text runs about 10% wider). */
export const columnWidth = (fontSize: number, bold = false): number =>
  fontSize * COLUMN_EM * (bold ? 1.1 : 1);

/** Estimated width of `text` in px at `fontSize` px. */
export const textWidth = (text: string, fontSize: number, bold = false): number =>
  textColumns(text) * columnWidth(fontSize, bold);

/** How many columns of `fontSize` px text fit in `width` px. */
export const columnsIn = (width: number, fontSize: number, bold = false): number =>
  Math.floor(width / columnWidth(fontSize, bold));

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

/** Text all in ASCII: none of it is in a script written without spaces (a cheap test first). */
const ASCII_TEXT = /^[\0-\x7f]*$/;

/** Break opportunities: words (Thai and CJK by dictionary), spaces and punctuation. */
function pieces(text: string): Piece[] {
  // English text never compiles UNSPACED (its script tables: up to 2 ms in a first render).
  if (ASCII_TEXT.test(text) || !UNSPACED.test(text))
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

/**
 * Greedy word wrap to at most `chars` columns a line (a longer word gets a line of its own).
 * The line's width is carried along, not measured again for each word (that was quadratic in
 * the words of a line: a third of the timeline's phone layout, traced); summed in the same
 * order as textColumns, so the same lines.
 */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let gap = false;
  for (const p of pieces(text)) {
    if (p.space) {
      gap = line !== '';
      continue;
    }
    let joined = width;
    if (gap) joined += SPACE;
    for (const ch of p.text) joined += charColumns(ch);
    // Punctuation stays with the word before it ("China," never starts a line with ",").
    if (line && p.word && joined > chars) {
      lines.push(line);
      line = p.text;
      width = textColumns(p.text);
    } else {
      line = `${line}${gap ? ' ' : ''}${p.text}`;
      width = joined;
    }
    gap = false;
  }
  if (line) lines.push(line);
  return lines;
}
const SPACE = charColumns(' ');

/** `text` cut with an ellipsis to at most `chars` columns; '' when fewer than 6 would show. */
export function fitLabel(text: string, chars: number): string {
  if (chars < 6) return '';
  if (textColumns(text) <= chars) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    used += charColumns(ch);
    if (used > chars - charColumns('…')) break;
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

/** `text` cut with an ellipsis to fit `width` px at `fontSize` px; '' when fewer than 6 characters would show. */
export function fitWidth(text: string, width: number, fontSize: number): string {
  return fitLabel(text, width / columnWidth(fontSize));
}

/** A box in layout pixels: what a label or a note covers. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * A label's box at `fontSize` px from its anchor `x` and baseline `y` (as the one text measure
 * estimates it), grown by `halo` px on each side for the outline drawn around map labels.
 */
export function textBox(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  anchor: 'start' | 'middle' | 'end' = 'middle',
  {bold = false, halo = 0}: {bold?: boolean; halo?: number} = {}
): Rect {
  const w = textWidth(text, fontSize, bold);
  const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  return {x: x0 - halo, y: y - fontSize - halo, w: w + 2 * halo, h: fontSize * 1.25 + 2 * halo};
}
