import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {scaleUtc} from 'd3-scale';
import economiesFile from '../../../data/economies.json';
import eventsFile from '../../../data/events.json';
import {ApacChart, type ChartDescription, type LayoutContext} from '../../core/chart-element.js';
import {emit} from '../../core/events.js';
import {zoomControls} from '../../core/zoom-buttons.js';
import {ZoomController} from '../../core/zoom-controller.js';
import {HashController} from '../../core/hash-controller.js';
import {BrushController} from '../../core/brush-controller.js';
import {ViewportBandController} from '../../core/viewport-band-controller.js';
import {formatDateRange} from '../../layout/format.js';
import {
  DAY,
  GROUPS,
  filterEvents,
  laneLabel,
  parseList,
  timeEvents,
  type Filters,
  type GroupBy,
  type TimedEvent,
} from '../../layout/timeline/events.js';
import {
  computeTimelineLayout,
  fullSpan,
  plotRange,
  type PlacedItem,
  type TimelineLayout,
} from '../../layout/timeline/layout.js';
import {
  dayOf,
  describeTimeline,
  timelineNeighbour,
  timelineTable,
} from '../../layout/timeline/reading.js';
import type {DataTable} from '../../layout/table.js';
import {parsePartialDate, periodEnd, periodStart} from '../../schema/dates.js';
import {createEconomyResolver, type EconomyNames} from '../../schema/economy-key.js';
import type {TimelineEvent} from '../../schema/events.js';
import type {Validated} from '../../schema/issues.js';
import type {DataFormat} from '../../schema/parse.js';
import {validateTimelineInput} from '../../schema/timeline-input.js';
import {localEconomyName} from '../../schema/economy-names.js';
import {timelineStyles} from './timeline.styles.js';
import {
  detailCard,
  eventLabel,
  horizontalMarks,
  legendPanel,
  tooltip,
  verticalMarks,
  VIRTUAL_ROWS,
} from './timeline.templates.js';

const ECONOMIES = economiesFile.economies as readonly EconomyNames[];
const resolveEconomy = createEconomyResolver(ECONOMIES);
/** An economy's name for readers of `lang`, within APEC's (else ASEAN's) convention. */
const nameIn = (lang: string) => (id: string) => {
  const e = ECONOMIES.find((x) => x.id === id);
  return e ? localEconomyName(id, e.apecName ?? e.aseanName ?? e.name, lang) : id;
};
/** Below this width, `orientation="auto"` lays the timeline out vertically. */
const VERTICAL_BELOW = 480;

/**
 * A timeline of counter-terrorism and transnational-crime meetings, workshops, dialogues and
 * conferences: one lane per forum (or kind, theme, host economy) on a true time scale, or a
 * vertical list on narrow screens.
 *
 * @summary Timeline of meetings and workshops with lanes, clusters, filters and a detail card.
 *
 * @fires {ApacHoverDetail} apac-hover - The pointer or focus moved to an event (`{id, datum}`), or off (`null`).
 * @fires {ApacSelectDetail} apac-select - The reader opened an event (`{id, datum}`, the event record).
 * @fires {ApacRangeDetail} apac-range - The reader picked a date range (`{from, to}`), by dragging along the dates or with the From / To fields.
 *
 * @csspart event - An event's mark and label, or a cluster.
 * @csspart cluster - A count of events too close together to tell apart.
 * @csspart axis - The time axis.
 * @csspart card - The detail card of the selected event.
 * @csspart chips - The filter chips.
 * @csspart controls - The zoom buttons.
 *
 * @cssproperty --apac-timeline-lane-background - Band behind every other lane. Default: the surface colour.
 */
export class ApacTimeline extends ApacChart<TimelineEvent[], TimelineLayout> {
  static override styles = [...ApacChart.styles, timelineStyles];

  /** Lanes by `forum` (default), `kind`, `theme` or `economy` (host). */
  @property({attribute: 'group-by'}) groupBy: GroupBy = 'forum';
  /** First day shown, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Default: the start of the first event's year. */
  @property() from = '';
  /** Last day shown (inclusive), same forms as `from`. Default: the end of the last event's year. */
  @property() to = '';
  /** Only these forums (comma-separated, as written in the data). */
  @property() forum = '';
  /** Only events hosted by these economies (comma-separated codes or names). */
  @property() economy = '';
  /** Only these kinds: `meeting`, `workshop`, `dialogue`, `conference`, `summit`, `exercise`, `report-launch`, `milestone`. */
  @property() kind = '';
  /** Only these themes (comma-separated). (`theme` sets light or dark.) */
  @property({attribute: 'event-theme'}) eventTheme = '';
  /** `auto` (vertical below 480 px), `horizontal` or `vertical`. */
  @property() orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  /** Keeps the selected event and the span shown in the page URL's hash, for links to one meeting. */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;
  /** Id of the event whose detail card is open. Setting it fires no event. */
  @property() selected: string | undefined;

  @state() private hovered: string | undefined;
  @state() private focused: string | undefined;

  private timedFor: TimelineEvent[] | undefined;
  private timedCache: TimedEvent[] = [];

  private readonly zoom = new ZoomController(this, {
    svg: () =>
      this.layout?.orientation === 'horizontal' ? this.renderRoot.querySelector('svg.chart') : null,
    maxScale: 5000,
    // No panning past the span: the drawing's width (not the axis alone), which d3-zoom needs
    // to be at least its viewport.
    translateExtent: () => [
      [0, -1e6],
      [this.layout?.width ?? 0, 1e6],
    ],
  });

  /** With `sync-url`: the open event and a zoomed span, as `#event=…&from=…&to=…`. */
  protected readonly hash = new HashController(this, {
    keys: ['event', 'from', 'to'],
    enabled: () => this.syncUrl,
    prefix: () => (this.id ? `${this.id}.` : ''),
    ready: () => this.layout !== undefined,
    state: () => {
      const [from, to] = this.layout?.view ?? [0, 0];
      const zoomed = this.zoom.current.k !== 1 || this.zoom.current.x !== 0;
      return {
        event: this.selected,
        from: zoomed ? dayOf(from) : undefined,
        to: zoomed ? dayOf(to - DAY) : undefined,
      };
    },
    apply: ({event, from, to}) => {
      if (event && this.find(event)) [this.selected, this.focused] = [event, event];
      const a = from ? parsePartialDate(from) : undefined;
      const b = to ? parsePartialDate(to) : undefined;
      if (a && b) this.zoomTo(periodStart(a).getTime(), periodEnd(b).getTime(), false);
    },
  });

  /** Dragging along the dates zooms to that range. */
  private readonly brush = new BrushController(this, {
    root: () => this.renderRoot.querySelector('.plot'),
    area: 'brush-area',
    x: (e) => this.pointerAt(e)[0],
    onBrush: (x0, x1) => {
      const layout = this.layout;
      if (!layout) return;
      const x = scaleUtc().domain(layout.view).range([layout.left, layout.right]);
      const [start, end] = [x.invert(x0).getTime(), x.invert(x1).getTime()];
      this.zoomTo(Math.floor(start / DAY) * DAY, Math.ceil(end / DAY) * DAY, true);
    },
  });

  /** In the vertical layout with thousands of rows, only those near the viewport are drawn. */
  private readonly rowBand = new ViewportBandController(this, {
    target: () => this.renderRoot.querySelector('svg.chart'),
    active: () => (this.layout?.rows.length ?? 0) >= VIRTUAL_ROWS,
  });

  protected override svgRole = 'graphics-document';

  protected validate(input: unknown, format: DataFormat): Validated<TimelineEvent[]> {
    return validateTimelineInput(input, format, resolveEconomy);
  }

  protected loadBundled(): Validated<TimelineEvent[]> {
    return validateTimelineInput(eventsFile, 'json', resolveEconomy, true);
  }

  protected isEmpty(data: TimelineEvent[]): boolean {
    return data.length === 0;
  }

  protected override bundledCredit(): string {
    return 'apac-viz events dataset: each event cites its own source (see the data table)';
  }

  private timed(data: TimelineEvent[]): TimedEvent[] {
    if (this.timedFor !== data) [this.timedFor, this.timedCache] = [data, timeEvents(data)];
    return this.timedCache;
  }

  /** The filter attribute for a grouping (themes use `event-theme`). */
  private filterFor(by: GroupBy): 'forum' | 'economy' | 'kind' | 'eventTheme' {
    return by === 'theme' ? 'eventTheme' : by;
  }

  private get groupBy_(): GroupBy {
    return GROUPS.includes(this.groupBy) ? this.groupBy : 'forum';
  }

  /** The filter attributes, and the `from`/`to` span: lanes come from what these keep. */
  private filters(data: TimelineEvent[]): Filters {
    const [from, to] = this.span(data);
    const economies = parseList(this.economy).map((e) => resolveEconomy(e) ?? e);
    return {
      forum: parseList(this.forum),
      economy: economies,
      kind: parseList(this.kind),
      theme: parseList(this.eventTheme),
      from,
      to,
    };
  }

  /** The `from`/`to` span, else the years the data covers. */
  private span(data: TimelineEvent[]): [number, number] {
    const [a, b] = fullSpan(this.timed(data));
    const from = parsePartialDate(this.from.trim());
    const to = parsePartialDate(this.to.trim());
    const start = from ? periodStart(from).getTime() : a;
    const end = to ? periodEnd(to).getTime() : b;
    return end > start ? [start, end] : [a, b];
  }

  /** The span in view: the `from`/`to` span as zoomed and panned by the reader. */
  private view(data: TimelineEvent[], width: number): [number, number] {
    const base = scaleUtc().domain(this.span(data)).range(plotRange(width));
    const [a, b] = this.zoom.current.rescaleX(base).domain();
    return [a?.getTime() ?? 0, b?.getTime() ?? 0];
  }

  protected layoutDependencies() {
    const t = this.zoom.current;
    return [
      this.groupBy,
      this.from,
      this.to,
      this.forum,
      this.economy,
      this.kind,
      this.eventTheme,
      this.orientation,
      t.k,
      t.x,
    ];
  }

  protected computeLayout(data: TimelineEvent[], {width, lang, t}: LayoutContext): TimelineLayout {
    const vertical =
      this.orientation === 'vertical' ||
      (this.orientation !== 'horizontal' && width < VERTICAL_BELOW);
    return computeTimelineLayout(this.timed(data), {
      width,
      orientation: vertical ? 'vertical' : 'horizontal',
      groupBy: this.groupBy_,
      filters: this.filters(data),
      view: vertical ? this.span(data) : this.view(data, width),
      lang,
      nameOf: nameIn(lang),
      t,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('from') || changed.has('to') || changed.has('orientation')) this.zoom.reset();
    super.willUpdate(changed);
    const order = this.layout?.order ?? [];
    if (!this.focused || !order.includes(this.focused)) this.focused = this.nearest(order);
  }

  /** After a zoom, focus stays with the item nearest in time to the one focused before. */
  private nearest(order: string[]): string | undefined {
    const was = this.find(this.focused ?? '');
    if (!was) return order[0];
    return (
      this.layout?.items.find((it) =>
        it.type === 'cluster' ? it.members.includes(was) : it.timed === was
      )?.id ?? order[0]
    );
  }

  protected renderChart(layout: TimelineLayout): TemplateResult {
    const s = {
      hovered: this.hovered,
      selected: this.selected,
      focused: this.focused,
      lang: this.effectiveLang,
      tx: this.t,
      band: this.rowBand.band,
      brush: this.brush.range,
    };
    return layout.orientation === 'vertical'
      ? verticalMarks(layout, s)
      : horizontalMarks(layout, s);
  }

  protected override renderPlotExtras(): unknown {
    const e = this.selected ? this.find(this.selected)?.event : undefined;
    return html`${this.layout?.orientation === 'horizontal' ? zoomControls(this.zoom, this.t) : nothing}
    ${
      e
        ? detailCard(e, {
            lang: this.effectiveLang,
            tx: this.t,
            nameOf: nameIn(this.effectiveLang),
            sourceOf: (citation) => this.sourceOf(citation),
            titleOf: (id) => this.find(id)?.event.title,
            onClose: () => this.select(undefined),
            onOpen: (id) => this.select(id),
            headingLevel: this.headingLevel,
            sheet: this.layout?.orientation === 'vertical',
          })
        : nothing
    }`;
  }

  protected override renderLegend(layout: TimelineLayout): TemplateResult {
    return legendPanel(layout, {
      lang: this.effectiveLang,
      tx: this.t,
      by: this.groupBy_,
      active: new Set(this.activeValues()),
      onToggle: (value) => this.toggleChip(value, layout.groups.map((g) => g.key).filter(Boolean)),
      onRange: this.onRangeInput,
    });
  }

  /** The values the grouping's filter keeps (economies as codes), lower-cased; empty for all. */
  private activeValues(): string[] {
    const by = this.groupBy_;
    return parseList(this[this.filterFor(by)]).map((v) =>
      (by === 'economy' ? (resolveEconomy(v) ?? v) : v).toLowerCase()
    );
  }

  /** A chip turns one value of the grouping on or off; all on means no filter. */
  private toggleChip(value: string, values: string[]): void {
    const by = this.groupBy_;
    const current = this.activeValues();
    const on = new Set(current.length ? current : values.map((v) => v.toLowerCase()));
    const key = value.toLowerCase();
    if (on.has(key)) on.delete(key);
    else on.add(key);
    const next = values.filter((v) => on.has(v.toLowerCase()));
    this[this.filterFor(by)] = next.length === values.length ? '' : next.join(',');
    const lane = laneLabel(by, value, nameIn(this.effectiveLang), this.t);
    this.announce(this.t(on.has(key) ? 'timeline.laneShown' : 'timeline.laneHidden', {lane}));
  }

  private readonly onRangeInput = () => {
    const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('.range input');
    const [a, b] = [...inputs].map((i) => i.valueAsNumber);
    if (a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b >= a)
      this.zoomTo(a, b + DAY, true);
  };

  /** Shows [start, end) across the axis; a reader's choice is announced and emitted. */
  private zoomTo(start: number, end: number, byReader: boolean): void {
    const layout = this.layout;
    const data = this.loaded?.value;
    if (!layout || !data || layout.orientation !== 'horizontal') return;
    const [left, right] = plotRange(layout.width);
    const base = scaleUtc().domain(this.span(data)).range([left, right]);
    const k = (right - left) / Math.max(1, base(end) - base(start));
    this.zoom.transformTo(k, left - k * base(start));
    if (!byReader) return;
    const range = {from: dayOf(start), to: dayOf(end - DAY)};
    emit(this, 'apac-range', range);
    const shown = formatDateRange(range.from, range.to, this.effectiveLang);
    this.announce(this.t('timeline.showingRange', {range: shown}));
  }

  // ── Interaction ──────────────────────────────────────────────────────────────────────────
  private find(id: string): TimedEvent | undefined {
    return this.timed(this.loaded?.value ?? []).find((t) => t.event.id === id);
  }

  private item(id: string | undefined): PlacedItem | undefined {
    return id ? this.layout?.items.find((it) => it.id === id) : undefined;
  }

  private hover(id: string | undefined, at?: [number, number]): void {
    const it = this.item(id);
    const t = id ? this.find(id) : undefined;
    const tip =
      it?.type === 'cluster' || t
        ? tooltip(it?.type === 'cluster' ? it : t, this.effectiveLang, this.t)
        : undefined;
    if (!tip || !id) {
      if (this.hovered !== undefined) emit(this, 'apac-hover', null);
      this.hovered = undefined;
      this.hideTooltip();
      return;
    }
    const row = this.layout?.rows.find((r) => r.id === id);
    const point = at ?? (it ? [it.x1, it.y] : [this.layout?.left ?? 0, (row?.y ?? 0) + 14]);
    this.showTooltip(point[0], point[1], tip);
    if (this.hovered !== id && t) emit(this, 'apac-hover', {id, datum: t.event});
    this.hovered = id;
  }

  /** Opens an event's card (or closes it), or zooms into a cluster. */
  private select(id: string | undefined): void {
    const it = this.item(id);
    if (it?.type === 'cluster') {
      const pad = Math.max(DAY, (it.end - it.start) * 0.1);
      const keyboard = this.shadowRoot?.activeElement?.hasAttribute('data-focus');
      // Focus follows the cluster's first event into the zoomed view.
      this.focused = it.members[0]?.event.id;
      this.zoomTo(it.start - pad, it.end + pad, false);
      this.announce(this.t('timeline.zoomedIn', {count: it.members.length}));
      if (keyboard) void this.updateComplete.then(() => this.focusMark(this.focused ?? ''));
      return;
    }
    const t = id ? this.find(id) : undefined;
    if (!t) {
      if (this.selected) this.announce(this.t('timeline.detailsClosed'));
      this.selected = undefined;
      return;
    }
    this.selected = t.event.id;
    emit(this, 'apac-select', {id: t.event.id, datum: t.event});
    this.announce(this.t('timeline.details', {label: eventLabel(t, this.effectiveLang, this.t)}));
  }

  protected override readonly onPointerMove = (e: PointerEvent) => {
    if (!this.brush.active) this.hover(this.idAt(e), this.pointerAt(e));
  };
  protected override readonly onPointerLeave = () => this.hover(undefined);
  protected override readonly onClick = (e: MouseEvent) => {
    const id = this.idAt(e);
    if (id) this.select(id);
  };
  protected override readonly onFocusIn = (e: FocusEvent) => {
    const id = (e.target as Element).getAttribute?.('data-focus');
    if (!id) return;
    this.focused = id;
    this.hover(id);
  };

  /** Arrows move through time (Up/Down across lanes); Enter opens; Escape closes; + − 0 zoom. */
  protected override readonly onKeyDown = (e: KeyboardEvent) => {
    const layout = this.layout;
    if (!layout || (e.target as Element).closest?.('.card, .range, .controls')) return;
    const horizontal = layout.orientation === 'horizontal';
    if (horizontal && (e.key === '+' || e.key === '=')) this.zoom.scaleBy(1.5);
    else if (horizontal && (e.key === '-' || e.key === '_')) this.zoom.scaleBy(1 / 1.5);
    else if (horizontal && e.key === '0') this.zoom.reset();
    else if (horizontal && e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight'))
      this.zoom.translateBy(e.key === 'ArrowLeft' ? 60 : -60, 0);
    else if (e.key === 'Enter' || e.key === ' ') this.select(this.focused);
    else if (e.key === 'Escape') {
      this.select(undefined);
      this.hover(undefined);
    } else {
      const next = timelineNeighbour(layout, this.focused ?? '', e.key);
      if (next === undefined) return;
      this.focusItem(next);
    }
    e.preventDefault();
  };

  private focusItem(id: string): void {
    this.focused = id;
    const row = this.layout?.rows.find((r) => r.id === id);
    if (row) this.rowBand.reveal(row.y);
    void this.focusMark(id).then((mark) => {
      if (row) mark?.scrollIntoView({block: 'nearest'});
    });
  }

  // ── Table and description ────────────────────────────────────────────────────────────────
  protected tableFor(data: TimelineEvent[]): DataTable {
    return timelineTable(
      filterEvents(this.timed(data), this.filters(data)),
      this.effectiveLang,
      nameIn(this.effectiveLang),
      this.t
    );
  }

  protected describe(): ChartDescription {
    return describeTimeline(this.layout, this.groupBy_, this.t);
  }
}
