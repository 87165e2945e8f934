import {html, nothing, svg, type TemplateResult} from 'lit';
import {classMap} from 'lit/directives/class-map.js';
import {formatNumber} from '../../layout/format.js';
import {formatDateRange} from '../../layout/format-dates.js';
import {DAY, type GroupBy, type TimedEvent} from '../../layout/timeline/events.js';
import type {ClusterItem} from '../../layout/timeline/pack.js';
import {
  MARK,
  type PlacedItem,
  type TimelineLayout,
  type VerticalRow,
  type YearHeading,
} from '../../layout/timeline/layout.js';
import {dayOf} from '../../layout/timeline/reading.js';
import {dateNote, statusShort, statusTag} from '../../layout/timeline/status.js';
import type {Translate} from '../../i18n/catalogue.js';
import {joinList} from '../../i18n/lists.js';
import {progressive} from '../../core/progressive.js';
import {paletteColor, paletteEdge, paletteIndex} from '../../layout/palette.js';
import '../../i18n/en-timeline.js';

export interface MarkState {
  /** Kept drawn when rows are virtualised. */
  focused: string | undefined;
  lang: string;
  /** The chart's words in `lang`. */
  tx: Translate;
  /** Vertical rows outside this band of y are not drawn (thousands of rows stay cheap). */
  band: [number, number];
  /** A range being brushed on the axis, in px. */
  brush: [number, number] | undefined;
}

/** From this many rows on, a vertical timeline draws only those near the viewport. */
export const VIRTUAL_ROWS = 200;

const color = paletteColor;

/**
 * Classes that say how a mark is drawn: solid (day known), dashed (month or year, or a date in
 * doubt), hollow (planned, or announced and not confirmed as held).
 */
function markClass(t: TimedEvent): string {
  // A plain string, not classMap: a mark's own element never gets a state class (those go on
  // its group, by data-id), and a directive per mark costs more than the string.
  return `mark${dashed(t) ? ' fuzzy' : ''}${t.planned ? ' planned' : ''}`;
}

/** Drawn dashed and tinted: a date known only to the month or year, or in doubt. */
const dashed = (t: TimedEvent) => t.fuzzy || t.event.dateInDoubt;

/**
 * Classes that tell a label inside a bar which colour the bar shows (timeline.styles.ts picks its
 * ink from them): the lane's colour `c1`…`c8` (`c0`: none), a quarter tint for a month or year
 * date, the page for a planned event. Classes, not a style attribute: a strict CSP refuses those.
 */
function barClass(t: TimedEvent, color: number): string {
  const index = color < 0 ? 0 : paletteIndex(color) + 1;
  return `c${index}${t.planned ? ' hollow' : dashed(t) ? ' tint' : ''}`;
}

/** Each event's label by the words it was written in: a resize or a zoom writes it once. */
const eventLabels = new WeakMap<TimedEvent, {lang: string; tx: Translate; label: string}>();

/** What a screen reader hears on an event: title, date, status and precision. */
export function eventLabel(t: TimedEvent, lang: string, tx: Translate): string {
  const kept = eventLabels.get(t);
  if (kept && kept.lang === lang && kept.tx === tx) return kept.label;
  const e = t.event;
  const extra = [statusShort(e.status, tx), dateNote(e, tx)].filter(Boolean);
  const label = `${e.title}, ${formatDateRange(e.start, e.end, lang)}${extra.length ? `, ${extra.join('; ')}` : ''}`;
  eventLabels.set(t, {lang, tx, label});
  return label;
}

/** Height of a bar with its label inside. */
const LABELLED_BAR = 18;

/** Titles a cluster's name lists before "and N more". */
const CLUSTER_TITLES = 3;

/**
 * What a screen reader hears on a cluster: how many events, their dates, and their titles (the
 * first few and "and N more").
 */
export function clusterLabel(it: ClusterItem, lang: string, tx: Translate): string {
  // Only the titles named are read: a cell of a dense timeline holds thousands of events.
  const count = it.members.length;
  const all = count <= CLUSTER_TITLES + 1;
  const shown = it.members.slice(0, all ? count : CLUSTER_TITLES).map((m) => m.event.title);
  const list = joinList(shown, lang, all ? 'conjunction' : 'unit');
  return tx('timeline.cluster', {
    count,
    dates: formatDateRange(it.members[0]?.event.start ?? '', it.members.at(-1)?.event.start, lang),
    titles: all ? list : tx('timeline.andMore', {titles: list, count: count - shown.length}),
  });
}

function item(it: PlacedItem, layout: TimelineLayout, s: MarkState): TemplateResult {
  const lane = layout.lanes[it.lane]?.color ?? 0;
  const [c, edge] = [color(lane), paletteEdge(lane)];
  if (it.type === 'cluster') {
    const label = clusterLabel(it, s.lang, s.tx);
    return svg`<g class="cluster" part="event cluster"
      data-id=${it.id} data-focus=${it.id} tabindex="-1" role="graphics-symbol" aria-label=${label}>
      <rect x=${it.x0} y=${it.y - MARK.cluster / 2} width=${it.x1 - it.x0} height=${MARK.cluster} rx=${MARK.cluster / 2} stroke=${edge}></rect>
      <text x=${(it.x0 + it.x1) / 2} y=${it.y + 4} text-anchor="middle">${formatNumber(it.members.length, s.lang)}</text>
    </g>`;
  }
  const t = it.timed;
  // A bar that carries its label is as tall as the label's line (12 px text), so the text sits
  // wholly on the bar; rows are 24 px apart.
  const inside = it.label !== '' && !it.before && it.labelX < it.x1;
  const h = inside ? LABELLED_BAR : MARK.bar;
  const shape =
    it.shape === 'bar'
      ? svg`<rect class=${markClass(t)} x=${it.x0} y=${it.y - h / 2} width=${Math.max(2, it.x1 - it.x0)} height=${h} rx="3" fill=${c} stroke=${edge}></rect>`
      : svg`<circle class=${markClass(t)} cx=${(it.x0 + it.x1) / 2} cy=${it.y} r=${MARK.radius} fill=${c} stroke=${edge}></circle>`;
  return svg`<g class="event" part="event" data-id=${it.id} data-focus=${it.id} tabindex="-1"
      role="graphics-symbol" aria-label=${eventLabel(t, s.lang, s.tx)}>
      ${shape}
      ${it.label ? svg`<text class=${inside ? `label inside ${barClass(t, layout.lanes[it.lane]?.color ?? 0)}` : 'label'} x=${it.labelX} y=${it.y + 4} text-anchor=${it.before ? 'end' : nothing} >${it.label}</text>` : nothing}
    </g>`;
}

/** The horizontal timeline: axis with adaptive ticks, lanes, clusters and events. */
export function horizontalMarks(layout: TimelineLayout, s: MarkState): TemplateResult {
  const {left, right, axisY, height} = layout;
  return svg`<defs>
      <clipPath id="plot-clip"><rect x=${left - 10} y="0" width=${right - left + 20} height=${height}></rect></clipPath>
    </defs>
    <g class="axis" part="axis">
      ${layout.ticks.ticks.map(
        (
          t
        ) => svg`<line class=${t.major ? 'grid major' : 'grid'} x1=${t.pos + left} x2=${t.pos + left} y1=${axisY} y2=${height}></line>
          <text x=${t.pos + left + 3} y=${axisY - 8} class=${t.major ? 'major' : ''}>${t.label}</text>`
      )}
      <line class="baseline" x1=${left} x2=${right} y1=${axisY} y2=${axisY}></line>
      <rect class="brush-area" x=${left} y="0" width=${right - left} height=${axisY + 4}>
        <title>${s.tx('timeline.brush')}</title>
      </rect>
      ${s.brush ? svg`<rect class="brush" x=${Math.min(...s.brush)} y="2" width=${Math.abs(s.brush[1] - s.brush[0])} height=${axisY}></rect>` : nothing}
    </g>
    ${layout.lanes.map((l, i) =>
      // Every other lane (the first, third…) on a band; the others on the page, with no element.
      i % 2 === 0
        ? svg`<rect class="lane-band" x=${left} y=${l.y} width=${right - left} height=${l.height}></rect>
        <circle cx=${left + 5} cy=${l.y + 10} r="3.5" fill=${color(l.color)} stroke=${paletteEdge(l.color)}></circle>
        <text class="lane-label" x=${left + 14} y=${l.y + 14}>${l.label}</text>`
        : svg`<circle cx=${left + 5} cy=${l.y + 10} r="3.5" fill=${color(l.color)} stroke=${paletteEdge(l.color)}></circle>
        <text class="lane-label" x=${left + 14} y=${l.y + 14}>${l.label}</text>`
    )}
    <g clip-path="url(#plot-clip)">${progressive(layout.items, (it: PlacedItem) => item(it, layout, s))}</g>`;
}

function row(r: VerticalRow, layout: TimelineLayout, s: MarkState): TemplateResult {
  const axisX = layout.left;
  const x = axisX + 16;
  const t = r.timed;
  const lane = layout.lanes[r.lane]?.color ?? 0;
  const [c, edge] = [color(lane), paletteEdge(lane)];
  const {width: pw, height: ph} = MARK.pill;
  const mark = t.multiDay
    ? svg`<rect class=${markClass(t)} x=${axisX - pw / 2} y=${r.markY - ph / 2} width=${pw} height=${ph} rx=${pw / 2} fill=${c} stroke=${edge}></rect>`
    : svg`<circle class=${markClass(t)} cx=${axisX} cy=${r.markY} r=${MARK.radius} fill=${c} stroke=${edge}></circle>`;
  return svg`<g class="event row" part="event" data-id=${r.id} data-focus=${r.id} tabindex="-1"
      role="graphics-symbol" aria-label=${eventLabel(t, s.lang, s.tx)}>
      <rect class="row-hit" x="0" y=${r.y} width=${layout.width} height=${r.height}></rect>
      ${mark}
      <text class="date" x=${x} y=${r.dateY}>${r.date}${t.planned ? ` · ${statusTag(t.event.status, s.tx)}` : ''}</text>
      ${r.title.map((line, i) => svg`<text class="title" x=${x} y=${r.titleY[i]}>${line}</text>`)}
      ${r.context.map((line, i) => svg`<text class="context" x=${x} y=${r.contextY[i]}>${line}</text>`)}
    </g>`;
}

/** What a screen reader hears on a year heading: "2019: 12 events". */
export const yearLabel = (y: YearHeading, tx: Translate) =>
  `${y.year}: ${tx('timeline.events', {count: y.count})}`;

/**
 * A year's open or closed sign, a triangle on the spine: down when open, right when closed.
 * Drawn, not typed: "▾" and "▸" are in few sans-serif faces (not in Linux and Android's Noto
 * Sans), and a missing sign sends the browser through the chart's font list and the system's fonts.
 */
const disclosure = (x: number, y: number, open: boolean) =>
  open ? `M${x - 5} ${y - 3}h10l-5 6z` : `M${x - 3} ${y - 5}l6 5-6 5z`;

/** A year's heading: a button that opens or closes the year, saying how many events it holds. */
function yearHeading(y: YearHeading, layout: TimelineLayout, s: MarkState): TemplateResult {
  const events = s.tx('timeline.events', {count: y.count});
  return svg`<g class=${classMap({'year-head': true, open: y.open})} data-id=${y.id} data-focus=${y.id}
      tabindex="-1" role="button" aria-expanded=${y.open ? 'true' : 'false'}
      aria-label=${yearLabel(y, s.tx)}>
      <rect class="row-hit" x="0" y=${y.y} width=${layout.width} height="32"></rect>
      <text class="year" x=${layout.left - 12} y=${y.y + 21} text-anchor="end">${y.year}</text>
      <path class="disclosure" d=${disclosure(layout.left, y.y + 16, y.open)}></path>
      <text class="year-count" x=${layout.left + 16} y=${y.y + 21}>${events}</text>
    </g>`;
}

/** The vertical timeline: a line down the page, year headings, one row per event. */
export function verticalMarks(layout: TimelineLayout, s: MarkState): TemplateResult {
  const [top, bottom] = s.band;
  const visible =
    layout.rows.length < VIRTUAL_ROWS
      ? layout.rows
      : layout.rows.filter((r) => (r.y + r.height >= top && r.y <= bottom) || r.id === s.focused);
  return svg`<line class="spine" x1=${layout.left} x2=${layout.left} y1="0" y2=${layout.height}></line>
    ${layout.years.map((y) => yearHeading(y, layout, s))}
    ${visible.map((r) => row(r, layout, s))}`;
}

export interface LegendContext {
  tx: Translate;
  by: GroupBy;
  /** Values the filter keeps, lower-cased; empty when it keeps all. */
  active: ReadonlySet<string>;
  onToggle: (value: string) => void;
  /** The From / To fields changed to a range (first day, last day), as UTC ms. */
  onRange: (from: number, to: number) => void;
  /** Whether the reader opened the folded filters (vertical): their chips are drawn only then. */
  filtersOpen: boolean;
  onFiltersToggle: (open: boolean) => void;
  /**
   * Whether the From / To fields are drawn yet: not in the first picture (a page's first date
   * field costs 9–13 ms to make and lay out), but once the page is idle after it, in a row that
   * keeps their height so that nothing moves.
   */
  fields: boolean;
}

/** The legend's controls: the filter chips (folded away on a phone) and the From / To fields. */
export function legendControls(
  layout: TimelineLayout,
  c: LegendContext
): {chips: TemplateResult; range: TemplateResult} {
  const [from, to] = layout.view;
  const chips = (): TemplateResult =>
    html`<div
      class="chips"
      part="chips"
      role="group"
      aria-label=${c.tx('timeline.filterBy', {by: c.tx(`by.${c.by}`)})}
    >
      ${layout.groups
        .filter((g) => g.key)
        .map(
          (g) =>
            html`<button
              class="chip"
              type="button"
              aria-pressed=${c.active.size === 0 || c.active.has(g.key.toLowerCase()) ? 'true' : 'false'}
              @click=${() => c.onToggle(g.key)}
            >
              <svg class="dot" width="8" height="8" aria-hidden="true">
                <circle
                  cx="4"
                  cy="4"
                  r="3.5"
                  fill=${color(g.color)}
                  stroke=${paletteEdge(g.color)}
                ></circle></svg
              >${g.label}
            </button>`
        )}
    </div>`;
  const onRange = (e: Event) => {
    const fields = (e.target as Element).closest('.range')?.querySelectorAll('input') ?? [];
    const [a, b] = [...fields].map((i) => i.valueAsNumber);
    if (a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b >= a)
      c.onRange(a, b);
  };
  const date = (label: string, value: number) =>
    html`<label>${label} <input type="date" .value=${dayOf(value)} @change=${onRange} /></label>`;
  return {
    chips:
      layout.orientation === 'vertical'
        ? html`<details
            class="filters"
            ?open=${c.filtersOpen}
            @toggle=${(e: Event) => c.onFiltersToggle((e.target as HTMLDetailsElement).open)}
          >
            <summary>${c.tx('timeline.filterBy', {by: c.tx(`by.${c.by}`)})}</summary>
            ${c.filtersOpen ? chips() : nothing}
          </details>`
        : chips(),
    range: html`<div class="range">
      ${
        c.fields
          ? html`${date(c.tx('timeline.from'), from)} ${date(c.tx('timeline.to'), to - DAY)}`
          : nothing
      }
    </div>`,
  };
}

/** The tooltip: an event's title, date and forum, or a cluster's count and span. */
export function tooltip(
  of: TimedEvent | PlacedItem | undefined,
  lang: string,
  tx: Translate,
  /** The title's language (SourceLine.dataLang). */
  dataLang?: string
): TemplateResult {
  if (of && 'type' in of && of.type === 'cluster')
    return html`<div class="tip-name">${tx('timeline.events', {count: of.members.length})}</div>
      <div>${formatDateRange(dayOf(of.start), dayOf(of.end - DAY), lang)}</div>
      <div class="tip-note">${tx('timeline.zoomHint')}</div>`;
  const t = of && 'event' in of ? of : undefined;
  if (!t) return html``;
  return html`<div class="tip-name" lang=${dataLang ?? nothing}>${t.event.title}</div>
    <div>${eventLabel(t, lang, tx).slice(t.event.title.length + 2)}</div>
    <div class="tip-source">${[t.event.forum, t.event.city].filter(Boolean).join(' · ')}</div>`;
}
