import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ApacChart, type ChartDescription, type LayoutContext} from '../../core/chart-element.js';
import type {MarkModel} from '../../core/marks.js';
import {localIndicator} from '../../i18n/data-labels.js';
import type {Translate} from '../../i18n/catalogue.js';
import {ZoomController} from '../../core/zoom-controller.js';
import {zoomControls} from '../../core/zoom-buttons.js';
import {METHODS, SCHEMES, type Method, type Scheme} from '../../layout/choropleth/classify.js';
import {REGIONS, type Region} from '../../layout/choropleth/geo.js';
import {computeChoroplethLayout, type ChoroplethLayout} from '../../layout/choropleth/layout.js';
import {prepareOtherSide} from '../../layout/choropleth/rescale.js';
import {between, isIdentity} from '../../layout/choropleth/zoomed.js';
import {choroplethTable, describeChoropleth} from '../../layout/choropleth/reading.js';
import type {DataTable} from '../../layout/table.js';
import type {LazyModule} from '../../core/lazy-module.js';
import {loadError, type LoadError} from '../../core/data-controller.js';
import type {Indicator} from '../../schema/indicators.js';
import type {Validated} from '../../schema/issues.js';
import type {DataFormat} from '../../schema/parse.js';
import {HashController} from '../../core/hash-controller.js';
import {applyState, type StateOf} from '../../core/chart-state.js';
import {choroplethStyles} from './choropleth.styles.js';
import {LinkGroupController} from '../../core/link-group-controller.js';
import {economyMarks, mapMarks, rings, tooltip} from './choropleth.templates.js';
import type {ChoroplethDatum} from './choropleth.templates.js';
import type {YearSliderController} from './choropleth.slider.js';
import {legendTemplate} from '../../core/legend.js';
import type {LegendModel} from '../../layout/legend.js';
import {choroplethLegend} from '../../layout/choropleth/legend.js';
import type {NoteReader} from '../../layout/annotations.js';
import {joinList} from '../../i18n/lists.js';
import '../../i18n/en-map.js';
import {
  bundledIndicator,
  chunkOf,
  ECONOMIES,
  headOf,
  highlightedOn,
  INDICATORS,
  NO_INDICATOR,
  resolveEconomy,
  TOPOLOGY,
  type MapData,
} from './choropleth-data.js';
import {JENKS, landOf, SLIDER, VALIDATORS, VIRIDIS, ZOOMED} from './choropleth.chunks.js';
import {MapTags} from './choropleth.tags.js';
import type {ZoomedMap} from './choropleth.zoomed.js';

/** What `setState` sets on a map in one update: any of these, the others left as they are. */
const STATE_KEYS = ['indicator', 'region', 'year', 'selected', 'highlight', 'shownNotes'] as const;
export type ChoroplethState = StateOf<ApacChoropleth, (typeof STATE_KEYS)[number]>;

export type {ChoroplethDatum} from './choropleth.templates.js';

/**
 * A choropleth map of APEC and ASEAN economies, from the bundled indicators or your own data.
 *
 * @summary Choropleth map of APEC / ASEAN economies with callouts for micro-economies.
 *
 * @fires {ApacHoverDetail} apac-hover - The pointer or focus moved to an economy (`{id, datum}`), or off the map (`null`).
 * @fires {ApacSelectDetail} apac-select - The reader clicked an economy or pressed Enter on it (`{id, datum}`).
 *
 * @csspart region - An economy's shape, or the circle of its callout.
 * @csspart callout - The circle that stands for a micro-economy.
 * @csspart controls - The zoom buttons.
 * @csspart slider - The year slider.
 *
 * @cssproperty --apac-choropleth-context-color - Land outside the focus region. Default: the surface colour.
 * @cssproperty --apac-choropleth-border-color - Lines between economies. Default: the background.
 * @cssproperty --apac-choropleth-no-data-color - Ground of the "no data" hatch.
 */
export class ApacChoropleth extends ApacChart<MapData, ChoroplethLayout> {
  static override styles = [...ApacChart.styles, choroplethStyles];

  /** Bundled indicator to draw (see `apac-viz/data` `indicators`): `membership`, `apec-join-year`, `events-hosted`… */
  @property({useDefault: true}) indicator = 'membership';
  /** Economies in focus, on which the map is framed: `apec`, `asean`, `asean-plus-three` or `all`. */
  @property({useDefault: true}) region: Region = 'all';
  /** Shows membership, or a year indicator, as it stood at the end of this year. */
  @property({type: Number}) year: number | undefined;
  /** Adds a year slider with play and pause. */
  @property({type: Boolean, attribute: 'time-slider'}) timeSlider = false;
  /** `quantile`, `equal`, `jenks`, `threshold` or `continuous` (numeric indicators). */
  @property({useDefault: true}) classification: Method = 'quantile';
  /** Number of classes for quantile, equal and jenks (2–9). */
  @property({type: Number, useDefault: true}) classes = 5;
  /** Class bounds for `classification="threshold"`, comma-separated: `"2,5,10"`. */
  @property({useDefault: true}) thresholds = '';
  /** Colour ramp for numbers: `blues`, `greens`, `purples`, `oranges` or `viridis`. */
  @property({useDefault: true}) scheme: Scheme = 'blues';
  /** The selected economy (alpha-2). Setting it fires no event. */
  @property() override selected: string | undefined;
  /**
   * What an economy in focus without a value means (`Not a member`, `None reported`): in the
   * legend, its label, the description and the table. Default: "No data", or a bundled
   * indicator's own words ("Not listed").
   */
  @property({attribute: 'no-value', useDefault: true}) noValue = '';
  /** Keeps the indicator, year, selected economy and zoom in the page URL's hash (`#map.year=1995…`; prefix: the `id`, if any). */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;

  /** The legend class the pointer is on (its economies stay strong, the others dim). */
  @state() private legendClass: number | undefined;

  /** With `time-slider`: the year slider, and play (choropleth.slider.ts), once loaded. */
  private years: YearSliderController | undefined;

  /** The year slider; undefined while its chunk loads (the map is drawn once it is in). */
  private yearSlider(): YearSliderController | undefined {
    const module = SLIDER.for(this);
    if (module && !this.years)
      this.years = new module.YearSliderController(this, {
        range: () => module.sliderYears(this.current(this.loaded?.value ?? []), ECONOMIES),
        year: () => this.year_,
        setYear: (year) => (this.year = year),
        t: () => this.t,
      });
    return this.years;
  }

  /** Zoom and pan; once the reader's zoom settles, the map is laid out for the view (zoomed.ts). */
  protected override readonly zoom = new ZoomController(this, {
    svg: () => this.renderRoot.querySelector('svg.chart'),
  });

  /** The name tags of the highlighted and picked economies (choropleth.tags.ts). */
  private readonly tags = new MapTags(this, () => this.highlights.current?.ids ?? []);

  protected override svgRole = 'graphics-document';
  protected override async loadNoteReader(): Promise<NoteReader<ChoroplethLayout>> {
    return (await import('./choropleth.annotations.js')).mapNotes(resolveEconomy, landOf);
  }

  /** With `link-group`: one selection with the other charts of the group (choropleth.link.ts). */
  protected readonly linking = new LinkGroupController(this, async () =>
    (await import('./choropleth.link.js')).linkMap(this, {
      ready: () => this.layout !== undefined,
      has: (id) => this.marks?.datum(id) !== undefined,
      nameOf: (id) => (this.marks?.datum(id) as ChoroplethDatum | undefined)?.name ?? id,
      usesYear: () =>
        this.indicator === 'membership' ||
        headOf(this.loaded?.value ?? [], this.indicator)?.kind === 'year',
      announce: (message) => this.announce(message),
      t: () => this.t,
      lang: () => this.effectiveLang,
    })
  );

  protected readonly hash = new HashController(this, async () =>
    (await import('./choropleth.hash.js')).mapHash(this, {
      ready: () => this.layout !== undefined,
      zoom: this.zoom,
    })
  );

  protected override loadValidators(): Promise<void> {
    return VALIDATORS.load();
  }

  /**
   * Sets several of `indicator`, `region`, `year`, `selected` and `highlight` in one update (one
   * redraw, no reload): a scroll-driven story's step. Resolves once it is drawn.
   */
  setState(state: ChoroplethState): Promise<boolean> {
    applyState(this, state, STATE_KEYS);
    return this.stateShown();
  }

  protected validate(input: unknown, format: DataFormat): Validated<MapData> {
    const {validateChoroplethInput: check} = VALIDATORS.get();
    const result = check(input, format, resolveEconomy, this.headline || this.t('map.value'));
    return {...result, value: [result.value]};
  }

  protected loadBundled() {
    return {value: [...INDICATORS], issues: []};
  }

  /** Empty: no indicator by that name, or one without values (not while it loads). */
  protected isEmpty(data: MapData): boolean {
    const chunk = chunkOf(headOf(data, this.indicator));
    if (chunk && !chunk.peek() && !chunk.failed) return false;
    return !this.current(data)?.values.length;
  }

  /** A bundled indicator whose chunk did not load is a failed load, not an empty map. */
  protected override get loadError(): LoadError | undefined {
    return (
      super.loadError ??
      (chunkOf(headOf(this.loaded?.value ?? [], this.indicator))?.failed
        ? loadError('load.failed')
        : undefined)
    );
  }

  /** The drawn indicator's source; while another's loads, the one still drawn. */
  protected override bundledCredit(): string {
    return (this.current(this.loaded?.value ?? []) ?? this.layout?.indicator)?.citation ?? '';
  }

  /**
   * The indicator drawn, whole; a bundled one once it has loaded (undefined until then: the map
   * keeps what it drew, apac-render waits, and it draws again once it is in).
   */
  private current(data: MapData): Indicator | undefined {
    const head = headOf(data, this.indicator);
    return head && 'values' in head ? head : chunkOf(head)?.for(this);
  }

  /** The indicator drawn, with the bundled dataset's words in the reader's language. */
  private localCurrent(data: MapData): Indicator | undefined {
    const indicator = this.current(data);
    return indicator && this.worded(indicator, this.t);
  }

  /** The bundled dataset's words in the reader's language, and `no-value`'s if given. */
  private worded(indicator: Indicator, t: Translate): Indicator {
    const local = localIndicator(indicator, t);
    const noValue = this.noValue.trim();
    return noValue ? {...local, noValue} : local;
  }

  /** `year` when it is a real year; an empty or malformed attribute means no year. */
  private get year_(): number | undefined {
    return Number.isInteger(this.year) && Number(this.year) > 0 ? this.year : undefined;
  }

  private get region_(): Region {
    return REGIONS.includes(this.region) ? this.region : 'all';
  }

  protected layoutDependencies() {
    return [
      this.indicator,
      this.region,
      this.year,
      this.classification,
      this.classes,
      this.thresholds,
      this.scheme,
      this.noValue,
      // A dark background draws the ramp the other way (classify.ts).
      this.colorScheme.scheme,
      this.zoom.settled,
    ];
  }

  /**
   * A map's first update waits for the bundled indicator it draws when that comes in a chunk of
   * its own (asked for beside the map's code): the map is then drawn in one update, not after an
   * update of its frame alone (about 7 ms sooner, scripts/ab-first-render.mjs, 40 runs a side).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const own = this.data !== undefined && this.data !== null;
    const chunk = this.hasUpdated || own || this.src ? undefined : bundledIndicator(this.indicator);
    if (chunk && !chunk.peek()) await chunk.load().catch(() => undefined);
    return super.scheduleUpdate();
  }

  /**
   * A map waits for the bundled indicator it draws (its chunk), one asked for natural breaks for
   * theirs (quantiles should they not load), and one with `time-slider` for the slider's, so that
   * its first picture has the slider under it rather than the slider appearing under it a moment
   * later (without it should it not load).
   */
  protected override layoutWaits(): boolean {
    const waits = (chunk: LazyModule<unknown>) => !chunk.for(this) && !chunk.failed;
    const indicator = chunkOf(headOf(this.loaded?.value ?? [], this.indicator));
    return (
      (indicator !== undefined && waits(indicator)) ||
      (this.classification === 'jenks' && waits(JENKS)) ||
      (this.timeSlider && waits(SLIDER)) ||
      (this.scheme === 'viridis' && waits(VIRIDIS)) ||
      (!isIdentity(this.zoom.settled) && waits(ZOOMED))
    );
  }

  protected computeLayout(data: MapData, context: LayoutContext): ChoroplethLayout {
    const {t} = context;
    const indicator = this.current(data) ?? NO_INDICATOR;
    return computeChoroplethLayout(TOPOLOGY, ECONOMIES, this.worded(indicator, t), {
      ...context,
      words: {
        noData: t('map.noData'),
        notYet: (year) => t('map.notYet', {year: String(year)}),
        below: (from, to) => t('map.below', {from, to}),
        undatedPartners: (names) =>
          t('map.undatedPartners', {names: joinList(names, context.lang)}),
      },
      region: this.region_,
      year: this.year_,
      method: METHODS.includes(this.classification) ? this.classification : 'quantile',
      classes: this.classes,
      thresholds: this.thresholds.split(',').map(Number).filter(Number.isFinite),
      scheme: SCHEMES.includes(this.scheme) ? this.scheme : 'blues',
      dark: this.colorScheme.scheme === 'dark',
      naturalBreaks: JENKS.peek()?.naturalBreaks,
      viridis: VIRIDIS.peek()?.viridis,
      view: this.zoom.settled,
      zoomed: ZOOMED.peek(),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) this.zoom.reset();
    const unknown =
      changed.has('indicator') &&
      this.loaded?.load.source === 'bundled' &&
      !headOf(this.loaded.value, this.indicator);
    if (unknown) this.announce(this.t('map.unknownIndicator', {id: this.indicator}));
    super.willUpdate(changed);
    // Zoomed: the legend's height held, the tooltip moved with the view (choropleth.zoomed.ts;
    // it reads the element's controllers, kept from the page's API by `protected`).
    ZOOMED.peek()?.zoomedUpdate(this as unknown as ZoomedMap);
  }

  protected renderChart(layout: ChoroplethLayout): TemplateResult {
    const zoom = between(layout.view, this.zoom.current);
    return mapMarks(layout, {highlight: this.legendClass}, zoom, this.tags.numbers(layout));
  }

  protected override markDependencies(): readonly unknown[] {
    return [this.zoom.current, this.legendClass, this.highlights.current, this.tags.dependency];
  }

  protected override renderPlotExtras(): TemplateResult {
    return zoomControls(this.zoom, this.t);
  }

  protected override legendModel(layout: ChoroplethLayout): LegendModel {
    return choroplethLegend(
      layout,
      this.effectiveLang,
      this.t,
      this.source.dataLang,
      this.tags.keyed(layout)
    );
  }

  protected override renderLegend(layout: ChoroplethLayout): TemplateResult {
    const key = legendTemplate(this.legendShown(layout), {
      onHighlight: (i) => (this.legendClass = i),
    });
    return html`${this.timeSlider ? (this.yearSlider()?.render() ?? nothing) : nothing}${key}`;
  }

  // ── Interaction ──────────────────────────────────────────────────────────────────────────
  protected override markModel(layout: ChoroplethLayout): MarkModel<ChoroplethDatum> {
    return {
      ...economyMarks(
        layout,
        (m) =>
          tooltip(
            m,
            layout.year,
            this.source.sourceOf(m.citation),
            this.t('frame.source'),
            // The year map's undated partners' note is the chart's words, any other the data's.
            m.note === layout.undated ? undefined : this.source.dataLang
          ),
        () => between(layout.view, this.zoom.current)
      ),
      highlight: (hovered, selected) => rings(layout, hovered, selected),
      overlay: (_, selected) => this.tags.overlay(layout, selected),
    };
  }

  /** The map's names under the tags step aside while they show. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.tags.stepAside(this.renderRoot, this.layout, this.selected);
  }

  /** The other side of the phone width projected ahead, so a resize across it rescales. */
  protected override idleAfterDrawn(layout: ChoroplethLayout): void {
    prepareOtherSide(TOPOLOGY, layout.geometry);
  }

  /** Economies by alpha-2, alpha-3 or name (as own data is read); those drawn in focus count. */
  protected override readHighlight(layout: ChoroplethLayout, tokens: readonly string[]) {
    return highlightedOn(layout, tokens);
  }

  // ── Table and description ────────────────────────────────────────────────────────────────
  protected tableFor(data: MapData): DataTable {
    return choroplethTable(
      this.layout,
      this.localCurrent(data),
      ECONOMIES,
      this.region_,
      this.effectiveLang,
      this.t
    );
  }

  protected describe(data: MapData): ChartDescription {
    return this.linking.describe(describeChoropleth(this.layout, this.localCurrent(data), this.t));
  }
}
