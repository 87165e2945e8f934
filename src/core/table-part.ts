import {nothing, type ReactiveElement, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import type {DataTable} from '../layout/table.js';
import {marksDrawing, setDrawing} from './drawing.js';
import {tableToggle} from './frame.templates.js';
import {addStyles, LazyModule} from './lazy-module.js';

/** Rows drawn in the visible table; the rest are offered as CSV. */
export const TABLE_ROWS = 1000;

/**
 * Rows in the opened table's first picture, and in each later slice. Laying a table out is most
 * of what opening it costs (the timeline's 101 rows at 375 px: 44 ms, 18 of them the browser's
 * layout of 2,000 boxes; 1,000 rows of own data: 250 ms, 1.2 s with a phone's processor), and
 * its first rows are all a reader sees at first.
 */
export const FIRST_ROWS = 30;
const SLICE_ROWS = 150;

/**
 * The chart's data table: the "Show data as table" toggle and the table it opens. The table is
 * built only while it is open, so a chart of 100,000 rows does not format them all on every
 * render. Opened, it shows its first rows in the frame that answers the tap, then the others a
 * slice a task after that frame (`updateComplete` waits for the last).
 */
export class TablePart {
  open = false;
  /** Rows drawn: FIRST_ROWS in the opened table's first picture, more with each slice. */
  private shown = FIRST_ROWS;
  /** Settles the wait for the slice asked for, once a render has drawn it. */
  private rendered: (() => void) | undefined;
  /** How many rows the table drawn last has (it draws TABLE_ROWS at most). */
  private total = 0;

  constructor(
    private readonly host: ReactiveElement,
    /** The table's rows (undefined with nothing loaded), built only while it is open. */
    private readonly table: () => DataTable | undefined,
    private readonly download: () => void
  ) {}

  private readonly view = new LazyModule(async () => {
    const view = await import('./table-view.js');
    addStyles(this.host, view.tableStyles);
    return view;
  }, 'the data table');

  readonly toggle = (): void => {
    this.open = !this.open;
    this.shown = FIRST_ROWS;
    this.host.requestUpdate();
    if (this.open)
      setDrawing(
        this.host,
        Promise.all([marksDrawing(this.host), this.rest()]).then(() => {})
      );
  };

  /**
   * The rows after the first: a slice a task, from the frame after the tap (or 100 ms: a hidden
   * tab draws no frames), while open.
   */
  private async rest(): Promise<void> {
    await new Promise((resolve) => {
      requestAnimationFrame(resolve);
      setTimeout(resolve, 100);
    });
    while (this.open && this.shown < Math.min(this.total, TABLE_ROWS)) {
      await new Promise((resolve) => setTimeout(resolve));
      if (!this.open) break;
      this.shown += SLICE_ROWS;
      await new Promise<void>((resolve) => {
        this.rendered = resolve;
        this.host.requestUpdate();
      });
    }
  }

  /** The toggle button, once there is data. */
  button(hasData: boolean, t: Translate): TemplateResult | typeof nothing {
    return hasData ? tableToggle(this.open, this.toggle, t) : nothing;
  }

  /** The open table, with its download button. */
  render(lang: string, t: Translate): TemplateResult | typeof nothing {
    const rows = this.open ? this.table() : undefined;
    this.total = rows?.rows.length ?? 0;
    // The slice asked for is drawn in this update: its wait settles once it is committed.
    if (this.rendered) queueMicrotask(this.rendered);
    this.rendered = undefined;
    // The table's template and styles load when a reader first opens it (the picture waits).
    const view = rows && this.view.for(this.host);
    return view ? view.dataTable(rows, lang, this.download, t, this.shown) : nothing;
  }
}
