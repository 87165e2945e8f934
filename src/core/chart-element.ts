import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {classMap} from 'lit/directives/class-map.js';
import {guard} from 'lit/directives/guard.js';
import {tableToCSV} from '../layout/table.js';
import {ColorSchemeController} from './color-scheme-controller.js';
import type {DataController, LoadError, Loaded} from './data-controller.js';
import {emit} from './events.js';
import {downloadFile, exportChart} from './export.js';
import {whenIdle} from './idle.js';
import {tokens} from './tokens.styles.js';
import {frameStyles} from './frame.styles.js';
import {highlightStyles} from './highlight.styles.js';
import {fillStyles} from './fill.styles.js';
import {
  chartSvg,
  errorFor,
  frameFooter,
  headingBlock,
  plotBox,
  textSlot,
} from './frame.templates.js';
import {limitNotice} from './progress.js';
import {LoadStateController} from './load-state-controller.js';
import {SourceLine} from './source-line.js';
import {LayoutCache} from './layout-cache.js';
import {chunkLoading, marksDrawing} from './drawing.js';
import {LiveRegionController} from './live-region-controller.js';
import {TablePart} from './table-part.js';
import type {ChartLayout} from './chart-types.js';
import type {MarkModel} from './marks.js';
import {MarkInteraction} from './mark-events.js';
import {SlotController} from './slot-controller.js';
import type {ZoomController} from './zoom-controller.js';
import {TooltipController} from './tooltip-controller.js';
import {SizeController, fixedSize} from './size-controller.js';
import type {Translate} from '../i18n/catalogue.js';
import {LocaleController} from './locale-controller.js';
import {StoryChart} from './chart-story.js';

export type {ChartDescription, ChartLayout, LayoutContext} from './chart-types.js';

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
 * @csspart highlighted - The line saying what the `highlight` attribute picks out.
 * @csspart plot - The box around the SVG and tooltip.
 * @csspart svg - The chart's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart error - The inline error box.
 * @csspart retry - The error box's "Try again", after a load that another try may mend.
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
 * @cssproperty --apac-muted-opacity - Opacity of the marks a `highlight` leaves out. Default: 0.2.
 * @cssproperty --apac-frame-padding - Padding around the frame. Default: 12px 0.
 */
export abstract class ApacChart<TData, TLayout extends ChartLayout> extends StoryChart<
  TData,
  TLayout
> {
  static override styles = [tokens, frameStyles, fillStyles, highlightStyles];

  private readonly tablePart = new TablePart(
    this,
    () => (this.loaded ? this.source.fill(this.tableFor(this.loaded.value)) : undefined),
    () => downloadFile(this.toCSV(), `${this.localName}.csv`, 'text/csv')
  );
  private readonly live = new LiveRegionController(this);

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
  /** Loaded data, load error and progress; fires apac-load and apac-error. */
  private readonly loadState = new LoadStateController<TData>(this, {
    source: {
      validate: (input, format) => this.validate(input, format),
      bundled: () => this.loadBundled(),
      validateSteps: this.validateSteps?.bind(this),
      validators: this.loadValidators?.bind(this),
      prepare: this.prepare?.bind(this),
      worker: this.workerJob?.(),
    },
    args: () => [this.data, this.src] as const,
    t: () => this.t,
    isEmpty: (value) => this.isEmpty(value),
    sourceless: () => this.source.sourceless,
    lang: () => this.effectiveLang,
  });
  protected readonly dataController: DataController<TData> = this.loadState.data;
  /**
   * The chart-level source line, the source of rows that cite nothing (`sourceOf`), and the
   * language of the data's own words (`dataLang`).
   */
  protected readonly source = new SourceLine({
    credit: () => this.credit,
    loaded: () => this.loaded,
    bundledCredit: () => this.bundledCredit(),
    bundledMore: () => this.bundledMoreCredits(),
    creditSlotted: () => this.slots.has('credit'),
  });
  private readonly words = new LocaleController(this);
  private readonly layouts = new LayoutCache<TLayout>();
  /** The picked-out mark's id; charts with marks declare it as a property. */
  declare selected: string | undefined;
  /** A chart that zooms declares its ZoomController here; the zoom keys then drive it. */
  declare protected readonly zoom: ZoomController | undefined;

  // ── Public API ───────────────────────────────────────────────────────────────────────────
  /** The language numbers and dates are formatted in: `lang`, else the nearest `[lang]`, else the browser's. */
  get effectiveLang(): string {
    return LocaleController.langOf(this);
  }

  /**
   * Draws at the chart's new size now, for a page that has just changed it (a panel opened, a
   * column widened, before printing): measures the box and, if its size changed, draws before
   * returning, as ECharts' `resize()` and Highcharts' `reflow()` do. Without it the chart still
   * follows its box, a frame later: a ResizeObserver reports a new size in the next frame's
   * rendering (a new window size needs no call: see SizeController). Returns whether a new
   * picture was drawn (`apac-render` has fired by then, unless the picture waits for a chunk or
   * is drawn in slices, as it would be when observed).
   */
  resize(): boolean {
    if (!this.hasUpdated || !this.size.measureNow() || !this.isUpdatePending) return false;
    const before = this.layout;
    this.performUpdate();
    // A `width` or `height` the page fixed keeps the picture whatever the box does.
    return this.layout !== before;
  }

  /** The drawn chart as a standalone SVG document, with headline and source line. */
  toSVG(): string {
    if (!this.layout)
      throw new Error('apac-viz: nothing is drawn yet; wait for the apac-render event.');
    const footer = this.source.footer(this.t);
    return exportChart(this.renderRoot, this.layout, {
      headline: this.headline,
      subhead: this.subhead,
      credit: [footer?.text ?? '', ...(footer?.more ?? [])].join('; '),
      sourceLabel: footer?.label ?? '',
      notes: this.notes,
      annotations: this.noteLayer.exported,
      // A legend the page slotted in is its own HTML; only the chart's own is drawn, from its model.
      legend: this.legendShown(this.slots.has('legend') ? undefined : this.layout),
    });
  }

  /** The drawn chart as a PNG, at `scale` × its CSS size (default 2, at most 8). */
  toPNG(scale = 2): Promise<Blob> {
    // The picture as it is now; the rasteriser is a chunk of its own, loaded on the first call.
    const svg = this.toSVG();
    return import('./export-png.js').then(({svgToPng}) => svgToPng(svg, scale));
  }

  /** What the data table lists, as CSV (RFC 4180, formula-safe). Empty when nothing is loaded. */
  toCSV(): string {
    const data = this.loaded?.value;
    return data === undefined ? '' : tableToCSV(this.source.fill(this.tableFor(data)));
  }

  /** The chart's words, in its language, with the page's and the chart's own overrides. */
  protected get t(): Translate {
    return this.words.t(this.effectiveLang, this.messages);
  }

  // ── For subclasses ───────────────────────────────────────────────────────────────────────
  /**
   * Resolves once the chart shows its properties as they are now: after the update, and after
   * the data a change reloads (the Sankey's `report`) is loaded and drawn. For `setState`.
   */
  protected async stateShown(): Promise<boolean> {
    await this.updateComplete;
    await this.loadState.settled();
    return this.updateComplete;
  }

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
    this.live.announce(message);
  }

  /** The validated data and how it was loaded; undefined until a load succeeds. */
  protected get loaded(): Loaded<TData> | undefined {
    return this.loadState.loaded;
  }

  /** Why the last load left nothing to draw. */
  protected get loadError(): LoadError | undefined {
    return this.loadState.error;
  }

  /** The current layout (recomputed in willUpdate only when an input that matters changed). */
  protected get layout(): TLayout | undefined {
    return this.layouts.layout;
  }
  /** The marks of the current layout, for the interaction controllers. */
  protected get marks(): MarkModel | undefined {
    return this.layouts.marks;
  }

  // ── Lifecycle ────────────────────────────────────────────────────────────────────────────
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.loadState.loadNow(); // The bundled data and (below) the width at once: one first update.
    this.size.measureHost();
    // What the page or reader changed (not the box) may give the legend other words.
    if (changed.size) this.size.releaseLegend();
    const data = this.loaded?.value;
    const width = fixedSize(this, 'width') ?? this.size.width;
    const height = fixedSize(this, 'height') ?? this.size.height;
    if (data === undefined || !(width > 0) || this.isEmpty(data)) return this.layouts.clear();
    if (this.layoutWaits?.()) return;
    const lang = this.effectiveLang;
    const t = this.t;
    this.layouts.update(
      [data, width, height, lang, t, ...this.layoutDependencies()],
      () => this.computeLayout(data, {width, height, lang, t, redraw: this.layout !== undefined}),
      (layout) => this.markModel(layout)
    );
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    const find = (sel: string) => this.renderRoot.querySelector<HTMLElement>(sel);
    const plot = find('.plot');
    this.size.watch({frame: find('.frame'), plot, legend: find('.legend')});
    if (plot) this.ui.listen(plot);
  }

  /** Also waits for a pointer move that is waiting for its animation frame. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.ui.interaction.settled;
    // A long list of marks drawn in slices (progressive.ts) is part of the update.
    await marksDrawing(this);
    return done;
  }

  /** Cancels the idle work asked for after the last picture (idleAfterDrawn) while it waits. */
  private cancelIdle: (() => void) | undefined;

  /** A chart taken off the page drops its idle work: on a busy page it would keep it alive. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const drawn = this.layouts.newlyDrawn();
    if (!drawn) return;
    const idle = this.idleAfterDrawn;
    this.cancelIdle?.();
    this.cancelIdle = idle && whenIdle(() => this.layout === drawn && idle.call(this, drawn));
    const fire = () => emit(this, 'apac-render', {width: drawn.width, height: drawn.height});
    // Marks drawn in slices, or a chunk the picture waits for (notes' placement, link group):
    // the picture is drawn once the last slice or the chunk is (unless it was replaced meanwhile).
    const drawing = chunkLoading(this) ?? marksDrawing(this);
    if (drawing)
      void drawing.then(() => this.updateComplete).then(() => this.layout === drawn && fire());
    else fire();
  }

  // ── Templates ────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const layout = this.layout;
    const data = this.loaded?.value;
    const pending = this.loadState.pending;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const onSlot = this.slots.onChange;
    const marks =
      layout && guard([layout, ...this.markDependencies()], () => this.renderChart(layout));
    return html`${this.size.probe}
      <figure
        class=${classMap({frame: true, dark: this.colorScheme.scheme === 'dark'})}
        part="base"
        aria-labelledby=${this.slots.shows('headline', this.headline) ? 'headline' : nothing}
        aria-busy=${pending ? 'true' : 'false'}
      >
        ${this.size.sizer}
        ${headingBlock(level, this.slots.shows('headline', this.headline), textSlot('headline', this.headline, onSlot))}
        <p class="subhead" part="subhead" ?hidden=${!this.slots.shows('subhead', this.subhead)}>
          ${textSlot('subhead', this.subhead, onSlot)}
        </p>
        ${errorFor(this.loadError, this.loaded?.issues ?? [], this.loaded ? this.isEmpty(this.loaded.value) : false, this.t, this.loadState.retry)}
        ${data !== undefined ? limitNotice(this.limitMessage(data)) : nothing}
        ${this.slots.has('legend') ? this.highlights.render() : nothing}
        <div class="legend" part="legend">
          <slot name="legend" @slotchange=${onSlot}
            >${layout ? this.renderLegend(layout) : nothing}</slot
          >
        </div>
        ${plotBox(
          pending && !this.slots.has('')
            ? this.loadState.message(this.effectiveLang, this.t)
            : nothing,
          layout && data !== undefined
            ? [
                chartSvg(
                  layout,
                  this.svgRole,
                  this.noteLayer.describe(this.highlights.describe(this.describe(data))),
                  this.noteLayer.over(marks)
                ),
                this.renderPlotExtras(),
              ]
            : undefined,
          onSlot,
          layout !== undefined &&
            this.size.height !== undefined &&
            layout.height > this.size.height + 1
        )}
        ${this.noteLayer.list()}
        ${frameFooter(
          {
            shown: this.slots.shows('notes', this.notes),
            content: textSlot('notes', this.notes, onSlot),
          },
          this.source.render(this.t, onSlot, (more) => this.renderMoreCredits(more)),
          this.tablePart.button(data !== undefined, this.t)
        )}
        ${this.tablePart.render(this.effectiveLang, this.t)}
        ${this.noteLayer.table(this.tablePart.open)} ${this.live.region}
      </figure>`;
  }
}
