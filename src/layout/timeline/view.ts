/**
 * The timeline's view model before layout: the span its attributes ask for, the filters they
 * set, the time scales of one drawing (computed once per change, read by the brush and zoom),
 * and the filter chips' on/off logic. Pure: attribute text and events in, numbers out.
 */
import {scaleUtc, type UtcScale} from './utc-scale.js';
import {parsePartialDate, periodEnd, periodStart} from '../../schema/dates.js';
import {parseList, type Filters, type GroupBy} from './events.js';
import {plotRange} from './layout.js';

/** The filter attributes, as written on the element. */
export interface FilterAttributes {
  forum: string;
  economy: string;
  kind: string;
  eventTheme: string;
}

/** The `from`/`to` span (inclusive dates), else `full`, the years the data covers (`fullSpan`). */
export function timelineSpan(
  full: readonly [number, number],
  from: string,
  to: string
): [number, number] {
  const [a, b] = full;
  const f = parsePartialDate(from.trim());
  const t = parsePartialDate(to.trim());
  const start = f ? periodStart(f).getTime() : a;
  const end = t ? periodEnd(t).getTime() : b;
  return end > start ? [start, end] : [a, b];
}

/** The filters the attributes set over `span` (economies resolved to codes). */
export function timelineFilters(
  attrs: FilterAttributes,
  span: [number, number],
  resolve: (economy: string) => string | undefined
): Filters {
  return {
    forum: parseList(attrs.forum),
    economy: parseList(attrs.economy).map((e) => resolve(e) ?? e),
    kind: parseList(attrs.kind),
    theme: parseList(attrs.eventTheme),
    from: span[0],
    to: span[1],
  };
}

/** The time scales of one drawing: `base` over the span unzoomed, `x` over the span in view. */
export interface TimeScales {
  base: UtcScale;
  x: UtcScale;
  view: [number, number];
}

/**
 * A copy of `s` whose domain is what a view scaled by k and moved by x px shows (d3-zoom's
 * rescaleX, for the ZoomController's view).
 */
export const zoomedX = (s: UtcScale, {k, x}: {k: number; x: number}): UtcScale =>
  s.copy().domain(s.range().map((r) => s.invert((r - x) / k)));

export function timeScales(
  span: [number, number],
  width: number,
  rescale: (base: UtcScale) => UtcScale
): TimeScales {
  const base = scaleUtc().domain(span).range(plotRange(width));
  const x = rescale(base);
  const [a, b] = x.domain();
  return {base, x, view: [a?.getTime() ?? span[0], b?.getTime() ?? span[1]]};
}

/** The filter attribute for a grouping (themes use `event-theme`). */
export const filterFor = (by: GroupBy): keyof FilterAttributes =>
  by === 'theme' ? 'eventTheme' : by;

/** The values the grouping's filter keeps (economies as codes), lower-cased; empty for all. */
export function activeValues(
  attrs: FilterAttributes,
  by: GroupBy,
  resolve: (economy: string) => string | undefined
): string[] {
  return parseList(attrs[filterFor(by)]).map((v) =>
    (by === 'economy' ? (resolve(v) ?? v) : v).toLowerCase()
  );
}

/**
 * A chip turns one of `values` on or off: the filter attribute's new text ('' when all are on,
 * which means no filter) and whether the value is now shown.
 */
export function toggleValue(
  active: readonly string[],
  values: readonly string[],
  value: string
): {text: string; shown: boolean} {
  const on = new Set(active.length ? active : values.map((v) => v.toLowerCase()));
  const key = value.toLowerCase();
  if (on.has(key)) on.delete(key);
  else on.add(key);
  const next = values.filter((v) => on.has(v.toLowerCase()));
  return {text: next.length === values.length ? '' : next.join(','), shown: on.has(key)};
}
