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
