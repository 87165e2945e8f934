/**
 * Row counts for the loading progress ("Reading 200,000 rows… 40 %") and the large-input
 * thresholds, shared by the page's data controller and the data worker. Pure.
 */

/** Lines in a text (an estimate of CSV rows, header included), counted without copying it. */
export function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return text.endsWith('\n') ? lines : lines + 1;
}

/** Rows in parsed input: a list's length, or the longest list in an object (`events`, `links`). */
export function countRows(input: unknown): number {
  if (Array.isArray(input)) return input.length;
  if (input === null || typeof input !== 'object') return 0;
  return Math.max(0, ...Object.values(input).map((x) => (Array.isArray(x) ? x.length : 0)));
}
