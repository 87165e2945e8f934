/**
 * What the reader's choices outside the marks do to the timeline's view: a legend chip turns a
 * lane on or off; a span (the From / To fields, a drag along the dates, the URL, a cluster
 * picked) is zoomed to; a year of the vertical list is opened or closed. The element wires these
 * to its properties, events and announcements.
 */
import type {TemplateResult} from 'lit';
import {legendTemplate} from '../../core/legend.js';
import type {ZoomController} from '../../core/zoom-controller.js';
import type {Translate} from '../../i18n/catalogue.js';
import {formatDateRange} from '../../layout/format-dates.js';
import type {LegendModel} from '../../layout/legend.js';
import {DAY, laneLabel, type GroupBy} from '../../layout/timeline/events.js';
import {toggledYears} from '../../layout/timeline/fold.js';
import type {TimelineLayout} from '../../layout/timeline/layout.js';
import type {ClusterItem} from '../../layout/timeline/pack.js';
import {dayOf} from '../../layout/timeline/reading.js';
import {
  activeValues,
  filterFor,
  toggleValue,
  type FilterAttributes,
  type TimeScales,
} from '../../layout/timeline/view.js';
import {nameIn, resolveEconomy} from './timeline-data.js';
import {legendControls} from './timeline.templates.js';
import '../../i18n/en-timeline.js';

export interface TimelineLegendContext {
  by: GroupBy;
  lang: string;
  t: Translate;
  announce: (message: string) => void;
  /** Shows [start, end) (UTC ms): the From / To fields were changed. */
  zoomTo: (start: number, end: number) => void;
  /** The folded filters (vertical) are open, and what opening or closing them does. */
  filtersOpen: boolean;
  onFiltersToggle: (open: boolean) => void;
  /** The From / To fields are drawn (after the first picture). */
  fields: boolean;
}

/**
 * The legend (its model) with the timeline's controls: a chip turns one value of the grouping on
 * or off in the filter attributes of `host` (all on means no filter), and the From / To fields
 * zoom to their days.
 */
export function timelineLegendView(
  host: FilterAttributes,
  layout: TimelineLayout,
  model: LegendModel,
  c: TimelineLegendContext
): TemplateResult {
  const active = () => activeValues(host, c.by, resolveEconomy);
  const controls = legendControls(layout, {
    tx: c.t,
    by: c.by,
    active: new Set(active()),
    onToggle: (value) => {
      const values = layout.groups.map((g) => g.key).filter(Boolean);
      const {text, shown} = toggleValue(active(), values, value);
      host[filterFor(c.by)] = text;
      const lane = laneLabel(c.by, value, nameIn(c.lang), c.t);
      c.announce(c.t(shown ? 'timeline.laneShown' : 'timeline.laneHidden', {lane}));
    },
    onRange: (from, to) => c.zoomTo(from, to + DAY),
    filtersOpen: c.filtersOpen,
    onFiltersToggle: c.onFiltersToggle,
    fields: c.fields,
  });
  return legendTemplate(model, {controls});
}

/**
 * Zooms the horizontal layout so that [start, end) (UTC ms) fills the axis. Returns the days
 * shown (first, last), or undefined when nothing is drawn along an axis (the vertical list).
 */
export function zoomToSpan(
  zoom: ZoomController,
  scales: TimeScales | undefined,
  layout: TimelineLayout | undefined,
  [start, end]: readonly [number, number]
): {from: string; to: string} | undefined {
  const base = scales?.base;
  if (!base || layout?.orientation !== 'horizontal') return undefined;
  const [left, right] = base.range() as [number, number];
  const k = (right - left) / Math.max(1, base(end) - base(start));
  zoom.transformTo(k, left - k * base(start));
  return {from: dayOf(start), to: dayOf(end - DAY)};
}

/** What is announced when the reader picked the days shown. */
export const rangeShown = (range: {from: string; to: string}, lang: string, t: Translate) =>
  t('timeline.showingRange', {range: formatDateRange(range.from, range.to, lang)});

/** The span that sets a cluster's events apart: its own, a tenth (at least a day) either side. */
export function clusterSpan(it: ClusterItem): [number, number] {
  const pad = Math.max(DAY, (it.end - it.start) * 0.1);
  return [it.start - pad, it.end + pad];
}

/** A year heading picked (vertical): the years open now and what is announced; undefined: none. */
export function yearToggled(
  layout: TimelineLayout | undefined,
  id: string,
  t: Translate
): {open: ReadonlySet<number>; message: string} | undefined {
  const next = toggledYears(layout?.years ?? [], id);
  if (!next) return undefined;
  const [year, events] = [String(next.year), t('timeline.events', {count: next.count})];
  const key = next.opened ? 'timeline.yearOpened' : 'timeline.yearClosed';
  return {open: next.open, message: t(key, {year, events})};
}
