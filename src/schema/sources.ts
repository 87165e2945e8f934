/**
 * The sources own data gives row by row, for a chart whose data names none for the whole chart.
 * A module of its own: the plain JSON reader of the Sankey (sankey-plain.ts) stays small. Pure.
 */

/** The first four distinct non-empty citations of `rows` (see Validated's `sources`). */
export function firstSources<R>(
  rows: Iterable<R>,
  citation: (row: R) => string | undefined
): string[] {
  const out = new Set<string>();
  for (const row of rows) {
    const c = citation(row);
    if (c) out.add(c);
    if (out.size > 3) break;
  }
  return [...out];
}
