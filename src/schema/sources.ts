/**
 * The sources own data gives row by row, for a chart whose data names none for the whole chart.
 * A module of its own: the plain JSON reader of the Sankey (sankey-plain.ts) stays small. Pure.
 */

/**
 * The first four distinct non-empty sources the citations of `rows` name (see Validated's
 * `sources`); a citation naming several, separated by semicolons, counts each once ("a.txt" and
 * "a.txt; news.example/1" are two sources, not three).
 */
export function firstSources<R>(
  rows: Iterable<R>,
  citation: (row: R) => string | undefined
): string[] {
  const out = new Set<string>();
  for (const row of rows) {
    for (const c of citation(row)?.split(';') ?? []) {
      if (c.trim()) out.add(c.trim());
      if (out.size > 3) return [...out];
    }
  }
  return [...out];
}
