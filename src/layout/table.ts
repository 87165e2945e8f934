/** The data table a chart supplies to the frame: shown on demand, exported by toCSV(). */
export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, formatted with Intl in the visible table; raw in CSV. */
  numeric?: boolean;
  /** A numeric column of US dollars: shown compact ("US$24.4 billion"); raw in CSV. */
  usd?: boolean;
  /** Shown as a citation: http(s) URLs inside it become links. */
  citation?: boolean;
  /** Kept on one line in the visible table ("c. 2010–11" would break after its dash). */
  nowrap?: boolean;
}

export type Cell = string | number | null | undefined;

export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

/**
 * Quotes a CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @,
 * tab, carriage return) is prefixed with an apostrophe; numbers are written as numbers.
 */
export function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text: a header row of column labels, then one line per row, CRLF-separated. */
export function tableToCSV(table: DataTable): string {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
