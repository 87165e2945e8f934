import {css, html, nothing, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import {formatNumber, formatUsd} from '../layout/format.js';
import type {DataTable, TableColumn} from '../layout/table.js';
import {renderCitation} from './citation.js';
import {TABLE_ROWS} from './table-part.js';

/*
 * The opened data table: its template and its styles, a chunk the table part loads when a reader
 * first opens a table (table-part.ts), so a page whose readers never do loads neither. Notes on
 * the styles: a table keeps whole words; where it is wider than its region it scrolls inside it
 * (the region is labelled and takes focus, so keys scroll it), the first column in view. In a
 * region narrower than 520 px (a phone), each row is a card instead, its cells one under another,
 * each under its column's name (the whole width for a long address): a table scrolled both ways in a 288 px box showed a Sankey's
 * amounts nowhere and cut its caption. The name is generated text with no alternative (the
 * header, still in the table, names the cell to a screen reader), and the table's parts keep
 * their roles, which a table drawn as blocks loses in some browsers.
 */
export const tableStyles = css`
  .table-wrap {
    container-type: inline-size;
    margin-top: 0.5em;
    max-height: 24em;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9em;
    overflow-wrap: normal;
  }
  th:first-child,
  td:first-child {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_bg);
    box-shadow: inset -1px 0 0 var(--_border);
  }
  th:first-child {
    background: var(--_surface);
  }
  thead th:first-child {
    z-index: 2;
  }
  td {
    min-width: 4em;
  }
  caption {
    padding: 6px 8px;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 4px 8px;
    border-top: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th {
    position: sticky;
    top: 0;
    background: var(--_surface);
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.nowrap {
    white-space: nowrap;
  }
  @container (max-width: 519px) {
    table,
    caption,
    tbody,
    tr,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      padding: 6px 8px;
      border-top: 1px solid var(--_border);
    }
    td,
    td:first-child {
      position: static;
      min-width: 0;
      padding: 1px 0;
      border: 0;
      box-shadow: none;
      background: none;
      white-space: normal;
      overflow-wrap: break-word;
    }
    td::before {
      content: attr(data-label) / '';
      display: block;
      font-size: 0.85em;
      font-weight: 400;
      color: var(--_muted);
    }
    td + td {
      margin-top: 4px;
    }
    td:first-child {
      font-weight: 600;
    }
    td.num {
      text-align: start;
    }
  }
  .table-more {
    margin: 4px 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .table-wrap {
      border-color: CanvasText;
    }
  }
`;

/** A column's cells' class: numbers right-aligned, a `nowrap` column's text on one line. */
const columnClass = (c: TableColumn) => (c.numeric ? 'num' : c.nowrap ? 'nowrap' : '');

/**
 * The data table behind a chart, numbers formatted for `lang`, sources as safe links; past
 * TABLE_ROWS rows it shows the first ones and offers all of them as a CSV download.
 */
export function dataTable(
  table: DataTable,
  lang: string,
  download: () => void,
  t: Translate,
  /** Rows drawn now (an opened table draws its rows in slices: table-part.ts). */
  shown = TABLE_ROWS
): TemplateResult {
  const cell = (value: unknown, numeric: boolean, citation: boolean, usd = false) => {
    if (value === null || value === undefined || value === '') return '–';
    if (numeric && typeof value === 'number')
      return usd ? formatUsd(value, lang) : formatNumber(value, lang);
    return citation ? renderCitation(String(value)) : String(value);
  };
  return html`<div
    class="table-wrap"
    id="data-table"
    tabindex="0"
    role="region"
    aria-label=${table.caption}
  >
    <table part="table" role="table">
      <caption>
        ${table.caption}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          ${table.columns.map((c) => html`<th scope="col" role="columnheader" class=${columnClass(c)}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${table.rows.slice(0, Math.min(shown, TABLE_ROWS)).map(
          (row) =>
            html`<tr role="row">
              ${table.columns.map((c) => html`<td role="cell" class=${columnClass(c)} data-label=${c.label}>${cell(row[c.key], Boolean(c.numeric), Boolean(c.citation), c.usd)}</td>`)}
            </tr>`
        )}
      </tbody>
    </table>
    ${
      table.rows.length > TABLE_ROWS
        ? html`<p class="table-more">
            ${t('frame.tableMore', {shown: TABLE_ROWS, total: table.rows.length})}
            <button class="link" type="button" @click=${download}>${t('frame.downloadCsv')}</button>
          </p>`
        : nothing
    }
  </div>`;
}
