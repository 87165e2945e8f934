import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ApacChart, type ChartDescription, type LayoutContext} from '../../core/chart-element.js';
import {emit} from '../../core/events.js';
import type {MarkModel} from '../../core/marks.js';
import {zoomControls} from '../../core/zoom-buttons.js';
import {ViewportBandController} from '../../core/viewport-band-controller.js';
import {LIMIT_MESSAGES} from '../../core/progress.js';
import type {WorkerJob} from '../../core/worker-protocol.js';
import {GROUPS, filterEvents, type GroupBy, type TimedEvent} from '../../layout/timeline/events.js';
import {
  BUNDLED_EVENTS,
  nameIn,
  resolveEconomy,
  TimelineData,
  TimelineInput,
} from './timeline-data.js';
import {TimelineIdle, timelineBrush, timelineHash, timelineZoom} from './timeline.controllers.js';
import type {TimelineLayout} from '../../layout/timeline/layout.js';
import type {ClusterItem} from '../../layout/timeline/pack.js';
import {describeTimeline, timelineTable} from '../../layout/timeline/reading.js';
import type {DataTable} from '../../layout/table.js';
import {zoomedX, type TimeScales} from '../../layout/timeline/view.js';
import {
  clusterSpan,
  rangeShown,
  timelineLegendView,
  yearToggled,
  zoomToSpan,
} from './timeline.reader.js';
import type {TimelineEvent} from '../../schema/events.js';
import type {Validated} from '../../schema/issues.js';
import type {DataFormat} from '../../schema/parse.js';
import type {Steps} from '../../schema/steps.js';
import {timelineMarks} from './timeline.marks.js';
import type {LegendModel} from '../../layout/legend.js';
import {timelineLegend} from '../../layout/timeline/legend.js';
import {
  highlightedEvents,
  timelineHighlight,
  type TimelineHighlightContext,
} from './timeline.highlight.js';
import {applyState} from '../../core/chart-state.js';
import {highlightTokens, type Highlighted} from '../../core/highlight-controller.js';
import {LinkGroupController} from '../../core/link-group-controller.js';
import {timelineStyles} from './timeline.styles.js';
import {horizontalMarks, verticalMarks, VIRTUAL_ROWS} from './timeline.templates.js';
import {joinList} from '../../i18n/lists.js';
import {STATE_KEYS, type TimelineState} from './timeline.state.js';
import type {NoteReader} from '../../layout/annotations.js';
import '../../i18n/en-timeline.js';

export type {TimelineState} from './timeline.state.js';

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
  @property({attribute: 'group-by', useDefault: true}) groupBy: GroupBy = 'forum';
  /** First day shown, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Default: the start of the first event's year. */
  @property({useDefault: true}) from = '';
  /** Last day shown (inclusive), same forms as `from`. Default: the end of the last event's year. */
  @property({useDefault: true}) to = '';
  /** Only these forums (comma-separated, as written in the data). */
  @property({useDefault: true}) forum = '';
  /** Only events hosted by these economies (comma-separated codes or names). */
  @property({useDefault: true}) economy = '';
  /** Only these kinds: `meeting`, `workshop`, `dialogue`, `conference`, `summit`, `exercise`, `report-launch`, `milestone`. */
  @property({useDefault: true}) kind = '';
  /** Only these themes (comma-separated). (`theme` sets light or dark.) */
  @property({attribute: 'event-theme', useDefault: true}) eventTheme = '';
  /** `auto` (vertical below 480 px), `horizontal` or `vertical`. */
  @property({useDefault: true}) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  /** Keeps the selected event and the span shown in the page URL's hash, for links to one meeting. */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;
  /** Id of the event whose detail card is open. Setting it fires no event. */
  @property() override selected: string | undefined;

  /** The time scales of the drawing, computed with its layout. */
  private scales: TimeScales | undefined;

  protected override readonly zoom = timelineZoom(this, () => this.layout);
  /** The From / To fields and the detail card's chunk, once the page is idle after the first picture. */
  private readonly idle = new TimelineIdle(this, () => this.layout?.orientation === 'horizontal');

  /** With `sync-url`: the open event and a zoomed span, as `#event=…&from=…&to=…`. */
  protected readonly hash = timelineHash(this, {
    view: () => this.layout?.view,
    zoomed: () => this.zoom.current.k !== 1 || this.zoom.current.x !== 0,
    // In a link group the group keeps the picked event in the URL.
    selected: () => (this.linkGroup ? undefined : this.selected),
    open: (id) => {
      if (this.find(id)) [this.selected, this.ui.roving.focused] = [id, id];
    },
    zoomTo: (start, end) => this.zoomTo(start, end, false),
  });

  /** With `link-group`: one selection with the other charts of the group (timeline.link.ts). */
  protected readonly linking = new LinkGroupController(this, async (link) =>
    (await import('./timeline.link.js')).linkTimeline(this, link, {
      ready: () => this.layout !== undefined,
      find: (id) => this.find(id),
      nameOf: () => nameIn(this.effectiveLang),
      announce: (message) => this.announce(message),
      t: () => this.t,
      lang: () => this.effectiveLang,
    })
  );

  /** Dragging along the dates zooms to that range. */
  private readonly brush = timelineBrush(this, {
    x: (e) => this.pointerAt(e)[0],
    scales: () => this.scales,
    zoomTo: (start, end) => this.zoomTo(start, end, true),
  });

  /** In the vertical layout with thousands of rows, only those near the viewport are drawn. */
  private readonly rowBand = new ViewportBandController(this, {
    target: () => this.renderRoot.querySelector('svg.chart'),
    active: () => this.virtualised,
  });

  protected override svgRole = 'graphics-document';
  protected override async loadNoteReader(): Promise<NoteReader<TimelineLayout>> {
    return (await import('./timeline.annotations.js')).timelineNotes(
      (id) => this.find(id),
      () => this.effectiveLang
    );
  }

  /** A user's events: plain JSON by a small reader, anything else by the validators. */
  private readonly input = new TimelineInput();

  protected override loadValidators(input?: unknown, format?: DataFormat): Promise<void> {
    return this.input.load(input, format);
  }

  /** A large file at `src` is read and checked in the data worker, with the same validator. */
  protected override workerJob(): WorkerJob {
    return 'timeline';
  }

  protected validate(input: unknown, format: DataFormat): Validated<TimelineEvent[]> {
    return this.input.validate(input, format);
  }

  /** The bundled events, trusted: checked against the schema when built (dataset.test.ts). */
  protected loadBundled(): Validated<TimelineEvent[]> {
    return {value: BUNDLED_EVENTS(), issues: []};
  }

  protected override validateSteps(
    input: unknown,
    format: DataFormat
  ): Steps<Validated<TimelineEvent[]>> {
    return this.input.validateSteps(input, format);
  }

  /** Puts a large file's events in time order, and indexes them, in slices before the first layout. */
  protected override *prepare(data: TimelineEvent[]): Steps<void> {
    const [model, lang] = [yield* TimelineData.prepare(data), this.effectiveLang];
    if (model.large)
      yield* model.indexSteps(this.groupBy_, model.filtersOf(this), nameIn(lang), this.t);
  }

  protected isEmpty(data: TimelineEvent[]): boolean {
    return data.length === 0;
  }

  protected override bundledCredit(): string {
    return `apac-viz events dataset: ${this.t('frame.perRow')}`;
  }

  private get groupBy_(): GroupBy {
    return GROUPS.includes(this.groupBy) ? this.groupBy : 'forum';
  }

  protected layoutDependencies() {
    const {k, x} = this.zoom.current;
    const {groupBy, from, to, forum, economy, kind, eventTheme, orientation, openYears} = this;
    const {highlight} = this;
    return [
      groupBy,
      from,
      to,
      forum,
      economy,
      kind,
      eventTheme,
      orientation,
      k,
      x,
      openYears,
      highlight,
    ];
  }

  protected computeLayout(
    data: TimelineEvent[],
    {width, height, lang, t}: LayoutContext
  ): TimelineLayout {
    const view = TimelineData.for(data).view(this, {
      width,
      groupBy: this.groupBy_,
      height,
      lang,
      t,
      openYears: this.openYears,
      rescale: (base) => zoomedX(base, this.zoom.current),
      // The highlight's events keep their labels whole: a story's point is named.
      keep: this.highlight ? this.highlightContext(data).match : undefined,
    });
    this.scales = view.scales;
    return view.layout;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('from') || changed.has('to') || changed.has('orientation')) this.zoom.reset();
    super.willUpdate(changed);
  }

  private get virtualised(): boolean {
    return (this.layout?.rows.length ?? 0) >= VIRTUAL_ROWS;
  }

  protected override markDependencies(): readonly unknown[] {
    return [this.rowBand.band, this.brush.range, this.virtualised ? this.ui.roving.focused : ''];
  }

  protected renderChart(layout: TimelineLayout): TemplateResult {
    const s = {
      focused: this.ui.roving.focused,
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
    // The card's template and styles come with its chunk (the picture waits for it).
    const card = e && this.idle.card.for(this);
    return html`${this.layout?.orientation === 'horizontal' ? zoomControls(this.zoom, this.t) : nothing}
    ${
      e && card
        ? card.detailCard(e, {
            lang: this.effectiveLang,
            dataLang: this.source.dataLang,
            tx: this.t,
            nameOf: nameIn(this.effectiveLang),
            sourceOf: (citation) => this.source.sourceOf(citation),
            titleOf: (id) => this.find(id)?.event.title,
            onClose: () => this.ui.interaction.select(undefined),
            onOpen: (id) => this.ui.interaction.select(id),
            headingLevel: this.headingLevel,
            sheet: this.layout?.orientation === 'vertical',
          })
        : nothing
    }`;
  }

  protected override legendModel(layout: TimelineLayout): LegendModel {
    const lang = this.effectiveLang;
    const data = this.loaded?.value;
    const hosts = (data && TimelineData.for(data).filtersOf(this).economy) ?? [];
    // (No list formatter made for the unfiltered timeline's first picture.)
    const names = hosts.length ? joinList(hosts.map(nameIn(lang)), lang) : '';
    return timelineLegend(layout, lang, this.t, names);
  }

  protected override renderLegend(layout: TimelineLayout): TemplateResult {
    return timelineLegendView(this, layout, this.legendShown(layout), {
      by: this.groupBy_,
      lang: this.effectiveLang,
      t: this.t,
      announce: (message) => this.announce(message),
      zoomTo: (start, end) => this.zoomTo(start, end, true),
      filtersOpen: this.filtersOpen,
      onFiltersToggle: (open) => (this.filtersOpen = open),
      fields: this.idle.fieldsDrawn,
    });
  }

  /** The folded filters of the vertical layout are open (their chips are drawn only then). */
  @state() private filtersOpen = false;

  /** Shows [start, end) across the axis; a reader's choice is announced and emitted. */
  private zoomTo(start: number, end: number, byReader: boolean): void {
    const range = zoomToSpan(this.zoom, this.scales, this.layout, [start, end]);
    if (!range || !byReader) return;
    emit(this, 'apac-range', range);
    this.announce(rangeShown(range, this.effectiveLang, this.t));
  }

  /**
   * Sets several of `from`, `to` (the span), `forum`, `economy`, `kind`, `selected` and
   * `highlight` in one update (one redraw, no reload): a scroll-driven story's step.
   */
  setState(state: TimelineState): Promise<boolean> {
    applyState(this, state, STATE_KEYS);
    return this.stateShown();
  }

  /** Event ids, `forum:NAME` or `host:ECONOMY` (timeline.highlight.ts). */
  protected override readHighlight(layout: TimelineLayout, tokens: readonly string[]): Highlighted {
    return timelineHighlight(layout, tokens, this.context(this.loaded?.value ?? []));
  }

  private context(events: readonly TimelineEvent[]): TimelineHighlightContext {
    return {events, resolveEconomy, nameOf: nameIn(this.effectiveLang), t: this.t};
  }

  private highlightContext(events: readonly TimelineEvent[]) {
    return highlightedEvents(highlightTokens(this.highlight), this.context(events));
  }

  // ── Interaction ──────────────────────────────────────────────────────────────────────────
  private find(id: string): TimedEvent | undefined {
    const data = this.loaded?.value;
    return data ? TimelineData.for(data).find(id) : undefined;
  }

  protected override markModel(layout: TimelineLayout): MarkModel<TimelineEvent> {
    return timelineMarks(layout, {
      lang: this.effectiveLang,
      dataLang: this.source.dataLang,
      tx: this.t,
      find: (id) => this.find(id),
      zoomInto: (cluster) => this.zoomInto(cluster),
      toggleYear: (id) => this.toggleYear(id),
      paused: () => this.brush.active,
      reveal: (y) => this.rowBand.reveal(y),
    });
  }

  /** A cluster zooms in until its events stand apart; keyboard focus follows its first event. */
  private zoomInto(it: ClusterItem): void {
    const keyboard = this.shadowRoot?.activeElement?.hasAttribute('data-focus');
    const first = it.members[0]?.event.id;
    this.ui.roving.focused = first;
    this.zoomTo(...clusterSpan(it), false);
    this.announce(this.t('timeline.zoomedIn', {count: it.members.length}));
    if (keyboard && first)
      void this.updateComplete.then(() => this.ui.roving.focus(this.ui.roving.focused ?? first));
  }

  /** Vertical: the years the reader opened or closed (undefined: the newest that fit). */
  @state() private openYears: ReadonlySet<number> | undefined;

  /** Opens or closes a year of the vertical timeline; focus stays on its heading. */
  private toggleYear(id: string): void {
    const next = yearToggled(this.layout, id, this.t);
    if (!next) return;
    this.openYears = next.open;
    this.announce(next.message);
  }

  protected override limitMessage(): string | undefined {
    return this.layout && LIMIT_MESSAGES.timeline(this.t, this.layout);
  }

  // ── Table and description ────────────────────────────────────────────────────────────────
  protected tableFor(data: TimelineEvent[]): DataTable {
    const model = TimelineData.for(data);
    return timelineTable(
      filterEvents(model.timed, model.filtersOf(this)),
      this.effectiveLang,
      nameIn(this.effectiveLang),
      this.t
    );
  }

  protected describe(): ChartDescription {
    return this.linking.describe(describeTimeline(this.layout, this.groupBy_, this.t));
  }
}
