/**
 * Classification of indicator values into colours, and the legend model that matches it.
 * Pure. Natural breaks are given (jenks.ts, loaded by the maps that use them).
 */
import {paletteColor} from '../palette.js';
import {extent, quantileSorted} from 'd3-array';
import {SCHEMES, rampOf, type Ramp, type Scheme} from './ramps.js';

export const METHODS = ['quantile', 'equal', 'jenks', 'threshold', 'continuous'] as const;
export type Method = (typeof METHODS)[number];

export {SCHEMES, type Scheme};

export interface Category {
  id: string;
  label: string;
  /** A fixed colour instead of the next categorical one (e.g. a neutral for "not yet"). */
  color?: string | undefined;
}

export interface LegendItem {
  /** Index of the bin or category; -1 for "no data". */
  index: number;
  label: string;
  color: string;
  /** The categorical palette's index, where the colour is the palette's (not fixed, not a scale's). */
  palette?: number;
  count: number;
}

export interface Classification {
  kind: 'bins' | 'ramp' | 'categories';
  items: LegendItem[];
  /** For `ramp`: colour stops from low to high, the domain, and its ends in words. */
  ramp?: {stops: string[]; domain: [number, number]; labels: [string, string]};
  /** Bin or category index of a value; -1 when it has none. */
  indexOf(value: number | string | undefined): number;
  colorOf(value: number | string | undefined): string | undefined;
}

export interface ClassifyOptions {
  method: Method;
  /** Number of classes for quantile, equal and jenks (2–9). */
  classes?: number;
  /** Upper bounds for `threshold`: values < t[0] in class 0, and so on. */
  thresholds?: number[];
  scheme?: Scheme;
  /** Formats a bound for the legend. */
  format?: (value: number) => string;
  /**
   * Whole numbers (years, counts): bounds are whole, labels are inclusive ranges ("1989–1993",
   * "2–4").
   */
  integer?: boolean;
  /** A class from one bound to under the next, in the reader's words ("2 to under 5"). */
  below?: (from: string, to: string) => string;
  /** Natural breaks (jenks.ts's naturalBreaks) for `jenks`; without them, jenks draws quantiles. */
  naturalBreaks?: ((sorted: readonly number[], k: number) => number[]) | undefined;
  /** Drawn on a dark background: the ramp runs the other way (see `rampAt`). */
  dark?: boolean | undefined;
  /** Viridis's colours (viridis.ts) for `scheme: 'viridis'`; without them, blues. */
  viridis?: Ramp | undefined;
}

/**
 * Where along a scheme (0 its palest, 1 its darkest) a share `u` of the way from the lowest value
 * to the highest is drawn. On a light background from 0.2 to 0.95, ColorBrewer's way: the more,
 * the darker. On a dark one the other way, from 0.75 to 0.05: the more, the lighter, so that the
 * highest values stand out from the background (the darkest blue was 1.7:1 on it and read as
 * nothing) and the lowest still reach 3:1 against it (blues, greens and oranges; purples 2.9:1,
 * viridis 2.3:1).
 */
const rampAt = (u: number, dark: boolean | undefined): number =>
  dark ? 0.75 - 0.7 * u : 0.2 + 0.75 * u;

const clampClasses = (k: number | undefined) => Math.max(2, Math.min(9, Math.round(k ?? 5)));

/** Upper bounds between classes (k − 1 of them) for a method, from sorted distinct values. */
export function breaks(values: readonly number[], options: ClassifyOptions): number[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return [];
  if (options.method === 'threshold')
    return [...(options.thresholds ?? [])].filter(Number.isFinite).sort((a, b) => a - b);
  const [lo, hi] = [sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0];
  if (lo === hi) return [];
  if (options.integer) {
    const distinct = [...new Set(sorted)];
    const k = clampClasses(options.classes);
    if (distinct.length <= k) return distinct.slice(1);
    if (options.method === 'equal') {
      const edges = Array.from({length: k - 1}, (_, i) =>
        Math.ceil(lo + ((hi - lo) * (i + 1)) / k)
      );
      return [...new Set(edges)].filter((b) => b > lo && b <= hi);
    }
  }
  if (options.method === 'equal') {
    const k = clampClasses(options.classes);
    return Array.from({length: k - 1}, (_, i) => lo + ((hi - lo) * (i + 1)) / k);
  }
  // Quantiles and natural breaks cannot make more classes than there are distinct values.
  const k = Math.min(clampClasses(options.classes), new Set(sorted).size);
  // Natural breaks when asked for and given (without them, their chunk would not load: quantiles).
  if (options.method === 'jenks' && options.naturalBreaks) return options.naturalBreaks(sorted, k);
  const qs = Array.from({length: k - 1}, (_, i) => quantileSorted(sorted, (i + 1) / k) ?? 0);
  // Whole numbers: a bound between two is the next whole one (the same classes, and each
  // labelled by the whole numbers in it: "2–4", not "2 to under 4.4").
  // A bound at the lowest value would make an empty first class ("1–0").
  return [...new Set(options.integer ? qs.map(Math.ceil) : qs)].filter((b) => b > lo);
}

/** The colour of a single class, or of every value when all are equal: 0.6 on a light background. */
const MIDDLE = 8 / 15;

function sample(f: Ramp, n: number, dark: boolean | undefined): string[] {
  return Array.from({length: n}, (_, i) => f(rampAt(n === 1 ? MIDDLE : i / (n - 1), dark)));
}

const NO_DATA_LABEL = 'No data';

/** Classifies numbers into bins (or a continuous ramp) with counts for the legend. */
export function classifyNumeric(
  values: readonly (number | undefined)[],
  options: ClassifyOptions,
  noDataLabel = NO_DATA_LABEL
): Classification {
  const format = options.format ?? ((v: number) => String(v));
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const missing = values.length - present.length;
  const f = rampOf(options.scheme ?? 'blues', options.viridis);
  const noData: LegendItem = {index: -1, label: noDataLabel, color: 'none', count: missing};
  if (options.method === 'continuous') {
    const [lo = 0, hi = 0] = extent(present);
    const t = (v: number) => rampAt(hi === lo ? MIDDLE : (v - lo) / (hi - lo), options.dark);
    return {
      kind: 'ramp',
      items: [noData],
      ramp: {
        stops: sample(f, 5, options.dark),
        domain: [lo, hi],
        labels: [format(lo), format(hi)],
      },
      indexOf: (v) => (typeof v === 'number' && Number.isFinite(v) ? 0 : -1),
      colorOf: (v) => (typeof v === 'number' && Number.isFinite(v) ? f(t(v)) : undefined),
    };
  }
  const bounds = breaks(present, options);
  const indexOf = (v: number | string | undefined) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return -1;
    let i = 0;
    while (i < bounds.length && v >= (bounds[i] ?? Infinity)) i++;
    return i;
  };
  const colors = sample(f, bounds.length + 1, options.dark);
  const counts = new Array<number>(bounds.length + 1).fill(0);
  for (const v of present) counts[indexOf(v)] = (counts[indexOf(v)] ?? 0) + 1;
  const [lo = 0, hi = 0] = extent(present);
  const items: LegendItem[] = colors.map((color, i) => {
    const from = i === 0 ? lo : (bounds[i - 1] ?? lo);
    const to = i === bounds.length ? hi : (bounds[i] ?? hi);
    const last = i === bounds.length;
    const upper = options.integer && !last ? to - 1 : to;
    const label =
      bounds.length === 0 || from === upper
        ? format(from)
        : options.integer || last
          ? `${format(from)}–${format(upper)}`
          : (options.below ?? ((a, b) => `${a} to under ${b}`))(format(from), format(to));
    return {index: i, label, color, count: counts[i] ?? 0};
  });
  return {kind: 'bins', items: [...items, noData], indexOf, colorOf: (v) => colors[indexOf(v)]};
}

/** Categories get the theme's categorical colours (CSS custom properties), in their given order. */
export function classifyCategories(
  values: readonly (number | string | undefined)[],
  categories: readonly Category[],
  noDataLabel = NO_DATA_LABEL
): Classification {
  const index = new Map(categories.map((c, i) => [c.id, i]));
  const indexOf = (v: number | string | undefined) =>
    v === undefined ? -1 : (index.get(String(v)) ?? -1);
  const colorOf = (v: number | string | undefined) => {
    const i = indexOf(v);
    return i < 0 ? undefined : (categories[i]?.color ?? paletteColor(i));
  };
  const counts = categories.map((c) => values.filter((v) => String(v) === c.id).length);
  const missing = values.filter((v) => indexOf(v) < 0).length;
  return {
    kind: 'categories',
    items: [
      ...categories.map((c, i) => ({
        index: i,
        label: c.label,
        color: colorOf(c.id) ?? 'none',
        ...(c.color ? {} : {palette: i}),
        count: counts[i] ?? 0,
      })),
      {index: -1, label: noDataLabel, color: 'none', count: missing},
    ],
    indexOf,
    colorOf,
  };
}
