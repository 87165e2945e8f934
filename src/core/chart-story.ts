import {property} from 'lit/decorators.js';
import type {Translate} from '../i18n/catalogue.js';
import type {Annotation} from '../layout/annotations.js';
import {AnnotationController} from './annotation-controller.js';
import {chunkLoading} from './drawing.js';
import {ChartAttributes} from './chart-attributes.js';
import type {ChartLayout} from './chart-types.js';
import {HighlightController} from './highlight-controller.js';
import {legendTemplate} from './legend.js';
import {withHighlighted, type LegendModel} from '../layout/legend.js';

/**
 * What an author points at in a chart, the same on every chart: the `highlight` attribute and
 * the annotations (the typed `annotations` property and `<apac-note>` children; README,
 * "Annotations"), each read by its controller. Kept apart from the frame (chart-element.ts),
 * which only draws what the controllers give it.
 *
 * @csspart note-list - The numbered notes under the chart, when notes are drawn as markers (below 480 px).
 * @csspart table-notes - The notes listed with the open data table.
 */
export abstract class StoryChart<TData, TLayout extends ChartLayout> extends ChartAttributes<
  TData,
  TLayout
> {
  /**
   * Picks out what the story is about and mutes the rest, with a line saying what is
   * highlighted: comma-separated economies (map), events (timeline) or nodes and flows (Sankey);
   * see the README, "Highlight and setState". The reader's selection still works on top of it.
   */
  @property({useDefault: true}) highlight = '';

  /**
   * Notes written on the chart: `{id?, target?, from?, to?, text, show?}` each (`show`: `all`,
   * `desktop` or `phone`). `<apac-note>` children are added after these.
   */
  @property({attribute: false}) annotations: Annotation[] | undefined;

  /**
   * The ids of the notes to show, the others kept but not drawn (a story's step shows its own:
   * `<apac-step notes="…">` and `setState({shownNotes})`); undefined (the default) shows them all.
   */
  @property({attribute: false}) shownNotes: readonly string[] | undefined;

  protected abstract get layout(): TLayout | undefined;
  protected abstract get t(): Translate;
  abstract get effectiveLang(): string;

  /** The `highlight` attribute, read by the chart's `readHighlight` and painted on its marks. */
  protected readonly highlights = new HighlightController(this, {
    value: () => this.highlight,
    layout: () => this.layout,
    resolve: (tokens) => (this.layout ? this.readHighlight(this.layout, tokens) : undefined),
    t: () => this.t,
    lang: () => this.effectiveLang,
  });

  /**
   * The legend as drawn and exported: the chart's model (none for a legend the page slotted in:
   * pass no layout) led by the line saying what `highlight` picks out.
   */
  protected legendShown(layout: TLayout | undefined): LegendModel {
    return withHighlighted((layout && this.legendModel(layout)) ?? [], this.highlights.line);
  }

  protected renderLegend(layout: TLayout): unknown {
    return legendTemplate(this.legendShown(layout));
  }

  /**
   * Also waits for a chunk the picture waits for (the notes' placement, the link group's code),
   * and the update it requests once it is in.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const chunk = chunkLoading(this);
    return chunk ? chunk.then(() => this.getUpdateComplete()) : done;
  }

  /** The notes, placed on the drawn layout. */
  protected readonly noteLayer = new AnnotationController<TLayout>(this, {
    value: () => this.annotations,
    shown: () => this.shownNotes,
    layout: () => this.layout,
    reader: () => this.loadNoteReader?.(),
    t: () => this.t,
  });
}
