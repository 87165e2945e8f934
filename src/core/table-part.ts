import {nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import type {DataTable} from '../layout/table.js';
import {dataTable, tableToggle} from './frame.templates.js';

/**
 * The chart's data table: the "Show data as table" toggle and the table it opens. The table is
 * built only while it is open, so a chart of 100,000 rows does not format them all on every
 * render.
 */
export class TablePart {
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The table's rows (undefined with nothing loaded), built only while it is open. */
    private readonly table: () => DataTable | undefined,
    private readonly download: () => void
  ) {}

  readonly toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  /** The toggle button, once there is data. */
  button(hasData: boolean, t: Translate): TemplateResult | typeof nothing {
    return hasData ? tableToggle(this.open, this.toggle, t) : nothing;
  }

  /** The open table, with its download button. */
  render(lang: string, t: Translate): TemplateResult | typeof nothing {
    const rows = this.open ? this.table() : undefined;
    return rows ? dataTable(rows, lang, this.download, t) : nothing;
  }
}
