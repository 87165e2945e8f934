import {csvParseRows} from 'd3-dsv';
import type {Issue} from './issues.js';

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
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = (rows.shift() ?? []).map((h) => h.trim());
  return rows
    .filter((r) => r.some((cell) => cell.trim() !== ''))
    .map((r) => {
      // A null-prototype object: a "__proto__" column is just a column.
      const row: Record<string, string> = Object.create(null);
      header.forEach((h, i) => {
        const cell = r[i]?.trim();
        if (h && cell) row[h] = cell;
      });
      return row;
    });
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
