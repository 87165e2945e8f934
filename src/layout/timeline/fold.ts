/**
 * Folding the vertical timeline so that it fits an article on a phone: years become sections
 * that open and close, each heading saying how many events it holds. By default the most recent
 * years are open, as many as fit the height budget (always at least the newest), the rest closed;
 * the reader opens any year. Pure.
 */

/** The rows of open years: with the chart's headline, legend and chips, the default vertical timeline stays under about 2,000 px (about three phone screens). */
export const FOLD_BUDGET = 1600;
/** Height of a year heading, open or closed: a touch target, px. */
export const YEAR_HEAD = 32;

export const yearId = (year: number) => `year:${year}`;

/** The open years after the reader opens or closes heading `id`; undefined if it names none. */
export function toggledYears(
  years: readonly {id: string; year: number; open: boolean; count: number}[],
  id: string
): {open: Set<number>; opened: boolean; year: number; count: number} | undefined {
  const heading = years.find((y) => y.id === id);
  if (!heading) return undefined;
  const open = new Set(years.filter((y) => y.open).map((y) => y.year));
  if (heading.open) open.delete(heading.year);
  else open.add(heading.year);
  return {open, opened: !heading.open, year: heading.year, count: heading.count};
}

/**
 * Which years are open: those given, else all when everything fits `budget`, else the newest
 * years whose rows fit beside every heading. A year's rows' height is asked for only when it
 * decides something (newest first), so the rows of years left closed need not be measured.
 */
export function openYears(
  rowsHeight: Pick<ReadonlyMap<number, number>, 'keys' | 'get'>,
  given: ReadonlySet<number> | undefined,
  budget = FOLD_BUDGET
): Set<number> {
  const years = [...rowsHeight.keys()].sort((a, b) => a - b);
  if (given) return new Set(years.filter((y) => given.has(y)));
  const newest = [...years].reverse();
  const heads = years.length * YEAR_HEAD;
  // Summed newest first, and only until it is over the budget: then not everything fits.
  let all = heads;
  for (const y of newest) {
    if (all > budget) break;
    all += rowsHeight.get(y) ?? 0;
  }
  if (all <= budget) return new Set(years);
  const open = new Set<number>();
  let used = heads;
  for (const y of newest) {
    const h = rowsHeight.get(y) ?? 0;
    if (open.size && used + h > budget) break;
    open.add(y);
    used += h;
  }
  return open;
}
