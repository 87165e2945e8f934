/** Plain-text helpers for layouts that must size text without a DOM. */

/** Greedy word wrap to at most `chars` characters a line (a longer word gets a line of its own). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut with an ellipsis to at most `chars` characters; '' when fewer than 6 would show. */
export function fitLabel(text: string, chars: number): string {
  if (chars < 6) return '';
  if (text.length <= chars) return text;
  return `${text.slice(0, chars - 1).trimEnd()}…`;
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
