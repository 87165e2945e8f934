import {csvParseRows} from 'd3-dsv';
import type {Issue} from './issues.js';
import {finish, type Steps} from './steps.js';

export type DataFormat = 'json' | 'csv';

/** A parsed file: the rows or object it held, or the reason it could not be read. */
export type Parsed = {ok: true; format: DataFormat; data: unknown} | {ok: false; issue: Issue};

/**
 * Picks JSON or CSV from the response's Content-Type, then the URL's extension, then the
 * text itself (a first non-blank character of `{` or `[` means JSON).
 */
export function detectFormat(contentType: string | null, url: string, text: string): DataFormat {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('csv')) return 'csv';
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv')) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/**
 * Parses CSV into one object per row, keyed by the trimmed header. Empty cells are left out,
 * so an empty `end` means "no end". Uses d3-dsv's csvParseRows, which (unlike csvParse)
 * builds no Function and so works under a strict Content-Security-Policy.
 */
export function parseCSV(text: string): Record<string, string>[] {
  return finish(parseCSVSteps(text));
}

/** Characters of CSV parsed between pauses (about 500 rows of a typical export). */
const CSV_SLICE = 48_000;

/**
 * parseCSV as steps (see steps.ts): the text is cut at line ends outside quotes into slices
 * that d3-dsv parses one at a time, yielding the share of the text read.
 */
export function* parseCSVSteps(text: string): Steps<Record<string, string>[]> {
  const body = text.replace(/^\uFEFF/, '');
  let header: string[] | undefined;
  const out: Record<string, string>[] = [];
  for (let at = 0; at < body.length;) {
    const end = sliceEnd(body, at, CSV_SLICE);
    const rows = csvParseRows(body.slice(at, end));
    header ??= (rows.shift() ?? []).map((h) => h.trim());
    for (const r of rows) {
      if (!r.some((cell) => cell.trim() !== '')) continue;
      // A null-prototype object: a "__proto__" column is just a column.
      const row: Record<string, string> = Object.create(null);
      header.forEach((h, i) => {
        const cell = r[i]?.trim();
        if (h && cell) row[h] = cell;
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

/** Parses text as JSON or CSV, turning a syntax error into a readable issue. */
export function parseText(text: string, format: DataFormat): Parsed {
  if (format === 'csv') return {ok: true, format, data: parseCSV(text)};
  try {
    return {ok: true, format, data: JSON.parse(text) as unknown};
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {ok: false, issue: {path: '(file)', message: `is not valid JSON: ${detail}`}};
  }
}
