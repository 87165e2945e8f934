import {LitElement, nothing} from 'lit';
import type {Validated} from '../schema/issues.js';
import type {DataFormat} from '../schema/parse.js';
import type {Steps} from '../schema/steps.js';
import type {WorkerJob} from './worker-protocol.js';
import type {DataTable} from '../layout/table.js';
import type {ChartDescription, ChartLayout, LayoutContext} from './chart-types.js';
import type {MarkModel} from './marks.js';
import type {LegendModel} from '../layout/legend.js';
import type {Highlighted} from './highlight-controller.js';
import type {NoteReader} from '../layout/annotations.js';

/**
 * What a chart supplies to the shared frame (ApacChart, chart-element.ts): validation, its
 * bundled data, a layout, the SVG marks, the table and description, and optional hooks with
 * defaults. Kept apart from the frame so each file holds one concern.
 */
export abstract class ChartHooks<TData, TLayout extends ChartLayout> extends LitElement {
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
  /** The chart's own legend as a model: drawn on the page (see `renderLegend`) and in exports. */
  protected legendModel(_layout: TLayout): LegendModel | undefined {
    return undefined;
  }
  /** The chart's own legend, shown unless the `legend` slot is filled: drawn from its model. */
  protected abstract renderLegend(layout: TLayout): unknown;
  /** Extra controls drawn over the plot (zoom buttons), shown once a layout exists. */
  protected renderPlotExtras(): unknown {
    return nothing;
  }
  /**
   * Loads what `validate` needs (the validators, a chunk of their own) before a user's data
   * (`data` or `src`) is checked; the bundled dataset, checked at build time, never waits for it.
   * Given the input once it is in (none while a file at `src` is still on its way).
   */
  protected loadValidators?(input?: unknown, format?: DataFormat): Promise<void>;
  /**
   * True while a chunk the next layout needs loads (a map's natural breaks, LazyModule.for): the
   * chart keeps what it drew (nothing, the first time) until it is in, and apac-render waits.
   */
  protected layoutWaits?(): boolean;
  /** `validate` as steps, for large inputs checked in slices (see schema/steps.ts). */
  protected validateSteps?(input: unknown, format: DataFormat): Steps<Validated<TData>>;
  /**
   * Work for the page's idle time once a new layout is drawn (not if another replaced it
   * meanwhile): what readers may ask for next, prepared ahead.
   */
  protected idleAfterDrawn?(layout: TLayout): void;
  /** Work on validated data before its first layout, in slices. */
  protected prepare?(data: TData): Steps<void>;
  /**
   * The data worker's job (core/worker-protocol.ts) that validates as `validate` does; a large
   * file at `src` is then read and checked off the main thread.
   */
  protected workerJob?(): WorkerJob;
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
  /**
   * Sources of what the legend quotes beside the bundled data (a total a press release stated,
   * a later statement), not of the drawn figures: the source line names them when the reader
   * asks, and in print and exports.
   */
  protected bundledMoreCredits(): string[] {
    return [];
  }
  /** How the source line offers those further sources (the chart's own words and state). */
  protected renderMoreCredits(_more: string[]): unknown {
    return nothing;
  }
  /** The chart's marks for hover, selection and keyboard: pure functions of one layout. */
  protected markModel(_layout: TLayout): MarkModel | undefined {
    return undefined;
  }
  /** Besides the layout, what the marks' template reads (it is re-evaluated only when these change). */
  protected markDependencies(): readonly unknown[] {
    return [];
  }
  /** What the `highlight` attribute's tokens pick out in `layout` (none by default). */
  protected readHighlight(_layout: TLayout, _tokens: readonly string[]): Highlighted | undefined {
    return undefined;
  }
  /**
   * How the chart reads a note's target and what notes should not hide (README, "Annotations"):
   * a chunk loaded, with the notes' placement, by a chart that has notes.
   */
  protected loadNoteReader?(): Promise<NoteReader<TLayout>>;
  /** The SVG's role: `img` for a static picture; charts with focusable marks may use another. */
  protected svgRole = 'img';
}
