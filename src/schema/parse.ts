import {csvParseRows, tsvParseRows} from 'd3-dsv';
import type {Issue} from './issues.js';
import {finish, type Steps} from './steps.js';

/** What a validator receives: an object (JSON) or a list of rows read from a table file. */
export type DataFormat = 'json' | 'csv';
/** How a file was written: JSON, comma-separated or tab-separated. */
export type FileFormat = DataFormat | 'tsv';

/**
 * Rows read from a CSV or TSV file; `units` holds units written in the header, by column;
 * `headers` each column's header as written, by its key; `records`, where they are not simply
 * the row's index + 2, each row's number as a spreadsheet shows it (the header is row 1, blank
 * rows are left out but counted).
 */
export type TableRows = Record<string, string>[] & {
  units?: Record<string, string>;
  headers?: Record<string, string>;
  records?: number[];
};

/** A parsed file: the rows or object it held, or the reason it could not be read. */
export type Parsed =
  {ok: true; format: DataFormat; file: FileFormat; data: unknown} | {ok: false; issue: Issue};

function extensionFormat(name: string): FileFormat | undefined {
  const path = name.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.tsv') || path.endsWith('.tab')) return 'tsv';
  return undefined;
}

/** The file name a `Content-Disposition` header gives (spreadsheet exports send one). */
function dispositionName(disposition: string | null | undefined): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  return match?.[1] ?? '';
}

/**
 * Picks JSON, CSV or TSV from the response's Content-Type, then the file name its
 * Content-Disposition gives, then the URL's extension, then the text itself (a first non-blank
 * character of `{` or `[` means JSON; a first line with tabs and no commas means TSV).
 */
export function detectFormat(
  contentType: string | null,
  url: string,
  text: string,
  disposition?: string | null
): FileFormat {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('tab-separated')) return 'tsv';
  if (type.includes('csv')) return 'csv';
  const named = extensionFormat(dispositionName(disposition)) ?? extensionFormat(url);
  if (named) return named;
  if (/^\s*[[{]/.test(text)) return 'json';
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.includes('\t') && !first.includes(',') ? 'tsv' : 'csv';
}

/**
 * A header cell as a column key: trimmed, lower case, inner spaces single, and a unit written
 * after it in brackets taken off (`Value (USD bn)` → `value`, unit `USD bn`).
 */
export function headerKey(cell: string): {key: string; unit?: string} {
  const flat = cell
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^(.*?)\s*[([]([^)\]]*)[)\]]$/.exec(flat);
  const name = (match?.[1] || flat).toLowerCase();
  const unit = match?.[1] ? match[2]?.trim() : undefined;
  return unit ? {key: name, unit} : {key: name};
}

/**
 * Parses CSV (or TSV) into one object per row, keyed by the header as headerKey reads it, so
 * `Source`, `Target ` and `Value (USD bn)` are `source`, `target` and `value`. Empty cells are
 * left out, so an empty `end` means "no end". A byte-order mark and Windows line endings are
 * read as nothing. Uses d3-dsv's csvParseRows/tsvParseRows, which (unlike csvParse) build no
 * Function and so work under a strict Content-Security-Policy.
 */
export function parseCSV(text: string, delimiter: ',' | '\t' = ','): TableRows {
  return finish(parseCSVSteps(text, delimiter));
}

/** Characters of CSV parsed between pauses (about 500 rows of a typical export). */
const CSV_SLICE = 48_000;

/**
 * parseCSV as steps (see steps.ts): the text is cut at line ends outside quotes into slices
 * that d3-dsv parses one at a time, yielding the share of the text read.
 */
export function* parseCSVSteps(text: string, delimiter: ',' | '\t' = ','): Steps<TableRows> {
  const body = text.replace(/^\uFEFF/, '');
  const parseRows = delimiter === '\t' ? tsvParseRows : csvParseRows;
  let header: {key: string; unit?: string}[] | undefined;
  const out: TableRows = [];
  let record = 1;
  for (let at = 0; at < body.length;) {
    const end = sliceEnd(body, at, CSV_SLICE);
    const rows = parseRows(body.slice(at, end));
    if (!header) {
      const cells = rows.shift() ?? [];
      header = cells.map(headerKey);
      const units: Record<string, string> = Object.create(null);
      const headers: Record<string, string> = Object.create(null);
      header.forEach((h, i) => {
        if (h.unit && h.key) units[h.key] = h.unit;
        if (h.key && !(h.key in headers)) headers[h.key] = cells[i]?.trim() ?? h.key;
      });
      if (Object.keys(units).length) out.units = units;
      out.headers = headers;
    }
    for (const r of rows) {
      record++;
      if (!r.some((cell) => cell.trim() !== '')) continue;
      // Row numbers are kept only once a blank row has made them differ from index + 2.
      if (out.records || record !== out.length + 2)
        (out.records ??= Array.from({length: out.length}, (_, i) => i + 2)).push(record);
      // A null-prototype object: a "__proto__" column is just a column.
      const row: Record<string, string> = Object.create(null);
      header.forEach((h, i) => {
        const cell = r[i]?.trim();
        if (h.key && cell && !(h.key in row)) row[h.key] = cell;
      });
      out.push(row);
    }
    at = end;
    if (at < body.length) yield at / body.length;
  }
  return out;
}

/**
 * Where a slice starting at `from` can end: just after the first line end past `from + size`
 * that lies outside quotes (an even number of `"` since `from`; `""` escapes keep the count
 * even), else the end of the text.
 */
function sliceEnd(text: string, from: number, size: number): number {
  let quotes = 0;
  let q = text.indexOf('"', from);
  const count = (until: number) => {
    while (q !== -1 && q < until) {
      quotes++;
      q = text.indexOf('"', q + 1);
    }
  };
  let nl = text.indexOf('\n', Math.min(text.length, from + size));
  while (nl !== -1) {
    count(nl);
    if (quotes % 2 === 0) return nl + 1;
    nl = text.indexOf('\n', nl + 1);
  }
  return text.length;
}

/**
 * Each problem in a row of a table file with the row's number as a spreadsheet shows it and the
 * column's header as written (`rows[8].economy` → row 10, "Economy"): a reader of a CSV knows
 * its rows and columns, not the paths the validators write.
 */
export function locateCells(issues: Issue[], data: unknown): Issue[] {
  // Rows read from a table file carry their headers; a JSON list is located by its paths.
  const {records, headers} = (Array.isArray(data) ? data : {}) as Partial<TableRows>;
  if (!headers) return issues;
  return issues.map((i) => {
    const m = /^\w+\[(\d+)\](?:\.(\w+))?$/.exec(i.path);
    if (!m) return i;
    const index = Number(m[1]);
    const row = records?.[index] ?? index + 2;
    return m[2] ? {...i, row, column: headers[m[2]] ?? m[2]} : {...i, row};
  });
}

/** Parses text as JSON, CSV or TSV, turning a syntax error into a readable issue. */
export function parseText(text: string, file: FileFormat): Parsed {
  if (file === 'csv' || file === 'tsv')
    return {ok: true, format: 'csv', file, data: parseCSV(text, file === 'tsv' ? '\t' : ',')};
  try {
    return {
      ok: true,
      format: 'json',
      file,
      data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown,
    };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    // The engine's detail (in English) is for the page's author; readers see `issue.notJson`.
    return {
      ok: false,
      issue: {path: '(file)', message: `is not valid JSON: ${detail}`, key: 'issue.notJson'},
    };
  }
}
