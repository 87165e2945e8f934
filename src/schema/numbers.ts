/**
 * Numbers as people type them in spreadsheets: `1,234.5`, `1 234,5`, `1.234.567`, `12`, `-3`,
 * with a currency sign or percent sign around them. Pure.
 */

const GROUPED_COMMA = /^\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,234,567.89
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234.567,89
const DECIMAL_COMMA = /^\d+,\d+$/; // 3,5 (but not 1,234: that is a thousand)

/**
 * The number a cell holds, or undefined when it is not one. Thousands may be grouped with
 * commas, dots (when a decimal comma or a second dot shows they are groups), spaces, narrow
 * spaces or apostrophes; a leading currency sign and a trailing `%` are ignored. A lone `1,234`
 * is read as one thousand two hundred and thirty-four, the spreadsheet reading in English.
 */
export function parseAmount(cell: string | number): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  let s = cell
    .trim()
    .replace(/^[-−]/, '-')
    .replace(/[\s\u00a0\u202f'’]/g, '');
  const sign = s.startsWith('-') ? -1 : 1;
  s = s
    .replace(/^[-+]/, '')
    .replace(/^(US\$|A\$|S\$|\$|€|£|¥|₩|฿|₫|Rp)/i, '')
    .replace(/%$/, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  let plain: string;
  if (GROUPED_COMMA.test(s)) plain = s.replace(/,/g, '');
  else if (GROUPED_DOT.test(s) && (s.includes(',') || (s.match(/\./g)?.length ?? 0) > 1))
    plain = s.replace(/\./g, '').replace(',', '.');
  else if (DECIMAL_COMMA.test(s) && !/^\d{1,3},\d{3}$/.test(s)) plain = s.replace(',', '.');
  else if (/^\d*\.?\d+$|^\d+\.$/.test(s)) plain = s;
  else return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? sign * n : undefined;
}
