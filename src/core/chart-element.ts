import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {guard} from 'lit/directives/guard.js';
import type {Issue, Validated} from '../schema/issues.js';
import type {DataFormat} from '../schema/parse.js';
import type {Steps} from '../schema/steps.js';
import {resolveLocale} from '../layout/format.js';
import {tableToCSV, type DataTable} from '../layout/table.js';
import {labelled, renderCitation} from './citation.js';
import {ColorSchemeController, type Theme} from './color-scheme-controller.js';
import {DataController, type LoadError, type Loaded} from './data-controller.js';
import {emit} from './events.js';
import {downloadFile, exportChart, svgToPng} from './export.js';
import {frameStyles, tokens} from './frame.styles.js';
import {
  chartSvg,
  dataTable,
  errorFor,
  headingBlock,
  issueSummary,
  tableToggle,
  tooltipBox,
} from './frame.templates.js';
import {limitNotice, loadingMessage, type LoadProgress} from './progress.js';
import type {ChartDescription, ChartLayout, LayoutContext} from './chart-types.js';
import type {MarkModel} from './marks.js';
import {MarkInteraction} from './mark-events.js';
import {SlotController} from './slot-controller.js';
import type {ZoomController} from './zoom-controller.js';
import {TooltipController} from './tooltip-controller.js';
import {SizeController, fixedSize} from './size-controller.js';
import {warnOnce} from './warn.js';
import {
  catalogueVersion,
  LOCALE_CHANGE,
  translator,
  type Messages,
  type Translate,
} from '../i18n/catalogue.js';

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export type {ChartDescription, ChartLayout, LayoutContext} from './chart-types.js';

/** Said once in the console (for the page's author) when own data names no source at all. */
const NO_SOURCE_HINT =
  'no source is given for this data: set the credit attribute, or give a citation column or a top-level citation.';

type SlotName = 'headline' | 'subhead' | 'notes' | 'credit';

/**
 * The shared chart frame. A chart subclasses it and supplies validation, its bundled data, a
 * layout and the SVG marks; the frame supplies everything around them: headline, subhead, legend
 * and tooltip slots, credit and notes, the data table, the error box and loading state, theme,
 * sizing, data loading (`data` > `src` > bundled), events and export.
 *
 * @slot headline - Replaces the `headline` attribute's text.
 * @slot subhead - Replaces the `subhead` attribute's text.
 * @slot legend - Replaces the chart's own legend.
 * @slot tooltip - Extra content shown in every tooltip.
 * @slot - Fallback: what readers see before the chart is drawn (and with JavaScript off), e.g. an
 *   `<img>` of the chart or a table. Shown in place of the loading message and beside an error;
 *   removed from view and from the accessibility tree once the chart is drawn, since the chart's
 *   own description and data table then say the same.
 * @slot notes - Replaces the `notes` attribute's text.
 * @slot credit - Replaces the source line.
 *
 * @fires {ApacLoadDetail} apac-load - Data was loaded and validated. `detail: {source, url?, format?, issues}`.
 * @fires {ApacRenderDetail} apac-render - A new picture was drawn. `detail: {width, height}`.
 * @fires {ApacErrorDetail} apac-error - Data could not be loaded, or some of it was left out. `detail: {message, issues}`.
 *
 * @csspart base - The figure around everything.
 * @csspart headline - The headline.
 * @csspart subhead - The subhead.
 * @csspart legend - The legend's box.
 * @csspart plot - The box around the SVG and tooltip.
 * @csspart svg - The chart's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart error - The inline error box.
 * @csspart fallback - The box around the fallback content while it shows.
 * @csspart loading - The "Loading data…" message (with how far a large file has got).
 * @csspart progress - The progress bar in the loading message of a large file.
 * @csspart limit - The note saying what a chart too large to draw whole left out.
 * @csspart footer - The notes, source line and table toggle.
 * @csspart notes - The notes.
 * @csspart credit - The source line.
 * @csspart table-toggle - The "Show data as table" button.
 * @csspart table - The data table.
 *
 * @cssproperty --apac-font-family - Font of all text. Default: the system's sans-serif.
 * @cssproperty --apac-font-size - Base font size. Default: 14px.
 * @cssproperty --apac-color-text - Text colour.
 * @cssproperty --apac-color-text-muted - Secondary text (subhead, source line, axes).
 * @cssproperty --apac-color-background - Background.
 * @cssproperty --apac-color-surface - Table header and loading-message background.
 * @cssproperty --apac-color-border - Borders and rules.
 * @cssproperty --apac-color-accent - Links and the table toggle.
 * @cssproperty --apac-color-focus - Keyboard focus ring.
 * @cssproperty --apac-color-error - Error box border and heading.
 * @cssproperty --apac-color-error-background - Error box background.
 * @cssproperty --apac-color-no-data - Fill for "no data".
 * @cssproperty --apac-color-1 - First categorical colour (to --apac-color-8). Default: Okabe–Ito.
 * @cssproperty --apac-radius - Corner radius of boxes.
 * @cssproperty --apac-frame-padding - Padding around the frame. Default: 12px 0.
 */
export abstract class ApacChart<TData, TLayout extends ChartLayout> extends LitElement {
  static override styles = [tokens, frameStyles];

  /** The chart's title, shown above it. */
  @property() headline = '';
  /** A line under the headline: what is measured, where, when. */
  @property() subhead = '';
  /** The visible source line. Defaults to the bundled dataset's source when it is drawn. */
  @property() credit = '';
  /** Notes shown under the chart (caveats, method). */
  @property() notes = '';
  /** URL of a JSON or CSV file that replaces the bundled data. */
  @property() src = '';
  /** `auto` follows the reader's `prefers-color-scheme` on a page that supports dark; or `light`, `dark`. */
  @property({reflect: true}) theme: Theme = 'auto';
  /** Heading level of the headline for the page's outline (1–6). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;
  /** Fixes the drawing width in CSS pixels instead of following the element's width. */
  @property({type: Number}) width: number | undefined;
  /** Fixes the drawing height in CSS pixels instead of the chart's choice for its width. */
  @property({type: Number}) height: number | undefined;
  /** Language for numbers and dates; inherited from the page when unset. */
  @property({reflect: true}) override lang!: string;
  /** Data to draw, replacing `src` and the bundled data. Setting it re-renders. */
  @property({attribute: false}) data: unknown;
  /**
   * This chart's own words, overriding the catalogue of its language: `{'frame.showTable':
   * 'See the numbers'}`. Keys are those of the English catalogue (see the README).
   */
  @property({attribute: false}) messages: Messages | undefined;

  @state() protected loaded: Loaded<TData> | undefined;
  @state() protected loadError: LoadError | undefined;
  @state() protected tableOpen = false;
  private announcement = '';
  @state() private loadProgress: LoadProgress | undefined;

  protected readonly size = new SizeController(this);
  protected readonly colorScheme = new ColorSchemeController(this);
  private readonly tooltipController = new TooltipController(this, () => this.layout?.width);
  private readonly slots = new SlotController(this);
  /** Roving focus, hover and selection over the marks, the same in every chart (README, Interaction). */
  protected readonly ui = new MarkInteraction(this, {
    marks: () => this.marks,
    selected: () => this.selected,
    select: (id) => (this.selected = id),
    tooltip: this.tooltipController,
    announce: (message) => this.announce(message),
    t: () => this.t,
    zoom: () => this.zoom,
    pointerAt: (e) => this.pointerAt(e),
  });
  protected readonly dataController = new DataController<TData>(this, {
    source: {
      validate: (input, format) => this.validate(input, format),
      bundled: () => this.loadBundled(),
      ...(this.validateSteps && {
        validateSteps: (input: unknown, format: DataFormat) =>
          (this.validateSteps as NonNullable<typeof this.validateSteps>)(input, format),
      }),
      ...(this.prepare && {
        prepare: (value: TData) => (this.prepare as NonNullable<typeof this.prepare>)(value),
      }),
    },
    args: () => [this.data, this.src] as const,
    onLoad: (loaded) => this.handleLoad(loaded),
    onError: (error) => this.handleError(error),
    t: () => this.t,
    onProgress: (progress) => (this.loadProgress = progress),
  });
  private readonly onLocaleChange = () => this.requestUpdate();
  private translatorCache: {key: readonly unknown[]; t: Translate} | undefined;

  /** The current layout; recomputed in willUpdate only when an input that matters changed. */
  protected layout: TLayout | undefined;
  private layoutInputs: readonly unknown[] = [];
  private drawnLayout: TLayout | undefined;
  /** The marks of the current layout, for the interaction controllers. */
  protected marks: MarkModel | undefined;
  /** The picked-out mark's id; charts with marks declare it as a property. */
  declare selected: string | undefined;
  /** A chart that zooms declares its ZoomController here; the zoom keys then drive it. */
  declare protected readonly zoom: ZoomController | undefined;

  // ── What a chart supplies ────────────────────────────────────────────────────────────────
  /** Validates user data (`data` property, or a fetched JSON or CSV file). */
  protected abstract validate(input: unknown, format: DataFormat): Validated<TData>;
  /** The bundled default data, validated. */
  protected abstract loadBundled(): Validated<TData> | Promise<Validated<TData>>;
  /** Properties besides data, size and lang whose change means a new layout. */
  protected abstract layoutDependencies(): readonly unknown[];
  /** Pure layout: data and size in, plain geometry out. */
  protected abstract computeLayout(data: TData, context: LayoutContext): TLayout;
  /** The SVG marks for a layout (the frame draws the `<svg>`, title and description). */
  protected abstract renderChart(layout: TLayout): unknown;
  /** The rows the data table lists (and toCSV exports). */
  protected abstract tableFor(data: TData): DataTable;
  /** Title and description for the SVG's accessible name. */
  protected abstract describe(data: TData): ChartDescription;
  /** True when validated data leaves nothing to draw. */
  protected abstract isEmpty(data: TData): boolean;
  /** The chart's own legend, shown unless the `legend` slot is filled. */
  protected renderLegend(_layout: TLayout): unknown {
    return nothing;
  }
  /** Extra controls drawn over the plot (zoom buttons), shown once a layout exists. */
  protected renderPlotExtras(): unknown {
    return nothing;
  }
  /** `validate` as steps, for large inputs checked in slices (see schema/steps.ts). */
  protected validateSteps?(input: unknown, format: DataFormat): Steps<Validated<TData>>;
  /** Work on validated data before its first layout, in slices. */
  protected prepare?(data: TData): Steps<void>;
  /**
   * When the data is more than the chart draws legibly: what was left out of the picture and
   * how to see it. Shown above the plot.
   */
  protected limitMessage(_data: TData): string | undefined {
    return undefined;
  }
  /** The source line for the bundled data. */
  protected bundledCredit(): string {
    return '';
  }
  /** The chart's marks for hover, selection and keyboard: pure functions of one layout. */
  protected markModel(_layout: TLayout): MarkModel | undefined {
    return undefined;
  }
  /** Besides the layout, what the marks' template reads (it is re-evaluated only when these change). */
  protected markDependencies(): readonly unknown[] {
    return [];
  }
  /** The SVG's role: `img` for a static picture; charts with focusable marks may use another. */
  protected svgRole = 'img';

  // ── Public API ───────────────────────────────────────────────────────────────────────────
  /** The language numbers and dates are formatted in: `lang`, else the nearest `[lang]`, else the browser's. */
  get effectiveLang(): string {
    const inherited = this.closest('[lang]')?.getAttribute('lang');
    return resolveLocale(
      this.lang || inherited || this.ownerDocument.documentElement.lang || navigator.language
    );
  }

  /** The drawn chart as a standalone SVG document, with headline and source line. */
  toSVG(): string {
    if (!this.layout)
      throw new Error('apac-viz: nothing is drawn yet; wait for the apac-render event.');
    return exportChart(this.renderRoot, this.layout, {
      headline: this.headline,
      subhead: this.subhead,
      credit: this.effectiveCredit,
      sourceLabel: this.t('frame.source'),
      notes: this.notes,
      // A legend the page slotted in is its own HTML; only the chart's own is redrawn.
      withLegend: !this.slots.has('legend'),
    });
  }

  /** The drawn chart as a PNG, at `scale` × its CSS size (default 2, at most 8). */
  toPNG(scale = 2): Promise<Blob> {
    return svgToPng(this.toSVG(), scale);
  }

  /** What the data table lists, as CSV (RFC 4180, formula-safe). Empty when nothing is loaded. */
  toCSV(): string {
    const data = this.loaded?.value;
    return data === undefined ? '' : tableToCSV(this.filledTable(data));
  }

  /** The chart's words, in its language, with the page's and the chart's own overrides. */
  protected get t(): Translate {
    const key = [this.effectiveLang, this.messages, catalogueVersion()] as const;
    const cached = this.translatorCache;
    if (cached && cached.key.every((x, i) => Object.is(x, key[i]))) return cached.t;
    const t = translator(key[0], this.messages);
    this.translatorCache = {key, t};
    return t;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.(LOCALE_CHANGE, this.onLocaleChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.(LOCALE_CHANGE, this.onLocaleChange);
  }

  // ── For subclasses ───────────────────────────────────────────────────────────────────────
  /** Shows the tooltip at layout coordinates (x, y). */
  protected showTooltip(x: number, y: number, content: TemplateResult | string): void {
    this.tooltipController.show(x, y, content);
  }

  /** Where a pointer event is, in layout coordinates (the SVG may be drawn scaled). */
  protected pointerAt(e: PointerEvent): [number, number] {
    return this.tooltipController.pointerAt(e);
  }

  /** Tells screen-reader users something through a polite live region (written in place). */
  protected announce(message: string): void {
    this.announcement = message;
    const live = this.renderRoot?.querySelector('.live');
    if (live) live.textContent = message;
  }

  /**
   * The chart's source: the `credit` attribute, else the own data's top-level `citation`, else
   * the bundled dataset's source. Rows of own data without a citation take this one.
   */
  protected get effectiveCredit(): string {
    return (
      this.credit ||
      this.loaded?.citation ||
      (this.loaded?.load.source === 'bundled' ? this.bundledCredit() : '')
    );
  }

  /**
   * A row's source for the table and tooltip: its own citation, else (when it is `''`, a row of
   * own data that cites nothing) the chart's source. `undefined` (no row) stays empty.
   */
  protected sourceOf(citation: string | undefined): string {
    if (citation === undefined) return '';
    return citation || (this.loaded?.load.source === 'bundled' ? '' : this.effectiveCredit);
  }

  /** Own data with rows that cite nothing, and no source for the chart as a whole either. */
  protected get sourceless(): boolean {
    const loaded = this.loaded;
    return Boolean(
      loaded &&
      loaded.load.source !== 'bundled' &&
      (loaded.uncited ?? 0) > 0 &&
      !this.effectiveCredit &&
      !this.slots.has('credit')
    );
  }

  /** The chart's table with each uncited row's source filled in from the chart's source. */
  private filledTable(data: TData): DataTable {
    const table = this.tableFor(data);
    const keys = table.columns.filter((c) => c.citation).map((c) => c.key);
    const fallback = this.sourceOf('');
    if (!keys.length || !fallback) return table;
    return {
      ...table,
      rows: table.rows.map((row) =>
        keys.some((k) => row[k] === '')
          ? {...row, ...Object.fromEntries(keys.map((k) => [k, row[k] === '' ? fallback : row[k]]))}
          : row
      ),
    };
  }

  // ── Lifecycle ────────────────────────────────────────────────────────────────────────────
  private handleLoad(loaded: Loaded<TData>): void {
    this.loaded = loaded;
    this.loadError = undefined;
    emit(this, 'apac-load', loaded.load);
    const empty = this.isEmpty(loaded.value);
    if (loaded.issues.length || empty)
      this.reportError(issueSummary(loaded.issues, empty, this.t), loaded.issues);
    if (this.sourceless) warnOnce(`${this.localName}: ${NO_SOURCE_HINT}`, []);
  }

  private handleError(error: LoadError): void {
    this.loaded = undefined;
    this.loadError = error;
    this.reportError(error.message, error.issues);
  }

  /** The `apac-error` event and one console warning, for a failed load or rows left out. */
  private reportError(message: string, issues: Issue[]): void {
    emit(this, 'apac-error', {message, issues});
    warnOnce(`${this.localName}: ${message}`, issues);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.loaded?.value;
    const width = fixedSize(this, 'width') ?? this.size.width;
    const height = fixedSize(this, 'height');
    if (data === undefined || !(width > 0) || this.isEmpty(data)) {
      this.layout = undefined;
      this.marks = undefined;
      this.layoutInputs = [];
      return;
    }
    const lang = this.effectiveLang;
    const t = this.t;
    const inputs = [data, width, height, lang, t, ...this.layoutDependencies()];
    if (this.layout && sameInputs(inputs, this.layoutInputs)) return;
    this.layoutInputs = inputs;
    this.layout = this.computeLayout(data, {width, height, lang, t});
    this.marks = this.markModel(this.layout);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) this.size.observe(sizer);
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot) this.ui.listen(plot);
  }

  /** Also waits for a pointer move that is waiting for its animation frame. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.ui.interaction.settled;
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const live = this.renderRoot.querySelector('.live');
    if (live && live.textContent !== this.announcement) live.textContent = this.announcement;
    if (this.layout && this.layout !== this.drawnLayout) {
      this.drawnLayout = this.layout;
      emit(this, 'apac-render', {width: this.layout.width, height: this.layout.height});
    }
  }

  private has(name: SlotName, text: string): boolean {
    return Boolean(text) || this.slots.has(name);
  }

  // ── Templates ────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const layout = this.layout;
    const data = this.loaded?.value;
    const pending = this.dataController.pending && !this.loaded && !this.loadError;
    const credit = this.effectiveCredit;
    // Built only when shown: a chart of 100,000 rows should not format them all on every render.
    const table = data !== undefined && this.tableOpen ? this.filledTable(data) : undefined;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<figure
      class=${classMap({frame: true, dark: this.colorScheme.scheme === 'dark'})}
      part="base"
      aria-labelledby=${this.has('headline', this.headline) ? 'headline' : nothing}
      aria-busy=${pending ? 'true' : 'false'}
    >
      <div class="sizer" aria-hidden="true"></div>
      ${headingBlock(level, this.has('headline', this.headline), html`<slot name="headline" @slotchange=${this.slots.onChange}>${this.headline}</slot>`)}
      <p class="subhead" part="subhead" ?hidden=${!this.has('subhead', this.subhead)}>
        <slot name="subhead" @slotchange=${this.slots.onChange}>${this.subhead}</slot>
      </p>
      ${errorFor(this.loadError, this.loaded?.issues ?? [], this.loaded ? this.isEmpty(this.loaded.value) : false, this.t)}
      ${data !== undefined ? limitNotice(this.limitMessage(data)) : nothing}
      <div class="legend" part="legend">
        <slot name="legend" @slotchange=${this.slots.onChange}
          >${layout ? this.renderLegend(layout) : nothing}</slot
        >
      </div>
      <div class="plot" part="plot">
        ${pending && !this.slots.has('') ? loadingMessage(this.loadProgress, this.effectiveLang, this.t) : nothing}
        ${
          layout && data !== undefined
            ? [
                chartSvg(
                  layout,
                  this.svgRole,
                  this.describe(data),
                  guard([layout, ...this.markDependencies()], () => this.renderChart(layout))
                ),
                this.renderPlotExtras(),
              ]
            : html`<div class="fallback" part="fallback">
                <slot @slotchange=${this.slots.onChange}></slot>
              </div>`
        }
        ${tooltipBox}
      </div>
      <div class="footer" part="footer">
        <p class="notes" part="notes" ?hidden=${!this.has('notes', this.notes)}>
          <slot name="notes" @slotchange=${this.slots.onChange}>${this.notes}</slot>
        </p>
        <p class="credit" part="credit" ?hidden=${!this.has('credit', credit) && !this.sourceless}>
          <slot name="credit" @slotchange=${this.slots.onChange}
            >${this.sourceless ? html`<span class="no-source">${this.t('frame.noSource')}</span>` : html`${labelled(this.t('frame.source'))}${renderCitation(credit)}`}</slot
          >
        </p>
        ${data !== undefined ? tableToggle(this.tableOpen, () => (this.tableOpen = !this.tableOpen), this.t) : nothing}
      </div>
      ${table ? dataTable(table, this.effectiveLang, () => downloadFile(this.toCSV(), `${this.localName}.csv`, 'text/csv'), this.t) : nothing}
      <div class="visually-hidden live" role="status" aria-live="polite"></div>
    </figure>`;
  }
}
