import {describe, expect, it, vi} from 'vitest';
import {formatNumber, formatUsd, resolveLocale} from '../../src/layout/format.js';
import {formatDateRange, formatPartialDate} from '../../src/layout/format-dates.js';
import {csvCell, tableToCSV} from '../../src/layout/table.js';
import {timeTicks} from '../../src/layout/timeline/ticks.js';
import {detectFormat, locateCells, parseCSV, parseText} from '../../src/schema/parse.js';

describe('formatPartialDate', () => {
  it('formats to the precision the date is written to, in the language asked for', () => {
    expect(formatPartialDate('2018-04-24', 'en-GB')).toBe('24 April 2018');
    expect(formatPartialDate('2018-04-24', 'en-US')).toBe('April 24, 2018');
    expect(formatPartialDate('2018-04', 'en')).toBe('April 2018');
    expect(formatPartialDate('2018', 'en')).toBe('2018');
    expect(formatPartialDate('2018-04-24', 'fr')).toBe('24 avril 2018');
    expect(formatPartialDate('2018-04-24', 'id')).toBe('24 April 2018');
    expect(formatPartialDate('2018-04-24', 'ja')).toBe('2018年4月24日');
  });

  it('keeps calendar dates whatever the time zone (no drift to the 23rd)', async () => {
    // Vitest runs with TZ=UTC. Node re-reads TZ when it is assigned, so the process really runs
    // in each zone below (the first checks prove it). The module is loaded afresh in each zone,
    // since it keeps its Intl formatters and one made under UTC would hide a missing timeZone.
    const before = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
        process.env['TZ'] = tz;
        const local = new Date(Date.UTC(2018, 3, 24));
        expect(local.getDate()).toBe(tz === 'Pacific/Honolulu' ? 23 : 24);
        expect(local.getTimezoneOffset()).toBe(tz === 'Pacific/Honolulu' ? 600 : -840);
        vi.resetModules();
        const {formatPartialDate} = await import('../../src/layout/format-dates.js');
        expect(formatPartialDate('2018-04-24', 'en-GB')).toBe('24 April 2018');
        expect(formatPartialDate('2018-04', 'en')).toBe('April 2018');
        expect(formatPartialDate('2018', 'en')).toBe('2018');
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('returns the text unchanged when it is not a date', () => {
    expect(formatPartialDate('soon', 'en')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it('collapses shared parts', () => {
    // ICU puts thin spaces around the dash; \s matches them.
    expect(formatDateRange('2018-04-24', '2018-04-25', 'en-GB')).toMatch(
      /^24\s?–\s?25 April 2018$/
    );
    expect(formatDateRange('2015-08-31', '2015-09-02', 'en-GB')).toMatch(
      /^31 August\s–\s2 September 2015$/
    );
    expect(formatDateRange('2016-01', '2016-06', 'en')).toMatch(/^January\s–\sJune 2016$/);
    expect(formatDateRange('2015-08', '2015-09-02', 'en-GB')).toBe(
      'August 2015 – 2 September 2015'
    );
    expect(formatDateRange('2018-04-24', undefined, 'en-GB')).toBe('24 April 2018');
  });
});

describe('dates in the Gregorian calendar in every language', () => {
  it('Thai dates and axis years read 2023 (not the Buddhist 2566), as the year headings do', () => {
    expect(formatDateRange('2023-06-20', '2023-06-23', 'th')).toBe('20–23 มิถุนายน 2023');
    expect(formatPartialDate('2023', 'th')).toBe('2023');
    const labels = timeTicks(Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1), 600, 'th').ticks.map(
      (t) => t.label
    );
    expect(labels.filter(Boolean).length).toBeGreaterThan(2);
    for (const label of labels.filter(Boolean)) expect(label).toMatch(/^20[12]\d$/);
  });
});

describe('formatNumber and formatUsd', () => {
  it('formats with the separators of the language', () => {
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(1234567.891, 'de')).toBe('1.234.567,89');
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });

  it('writes dollar amounts compactly', () => {
    expect(formatUsd(24.4e9, 'en')).toBe('$24.4B');
    expect(formatUsd(192e6, 'en')).toBe('$192M');
    expect(formatUsd(24.4e9, 'en-AU')).toMatch(/^USD\s24.4B$/);
  });

  it('falls back to English on a malformed language tag', () => {
    expect(resolveLocale('not a tag!')).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(formatNumber(1000, '%%')).toBe('1,000');
  });
});

describe('tableToCSV', () => {
  it('quotes, escapes, and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
    const csv = tableToCSV({
      caption: 't',
      columns: [
        {key: 'a', label: 'Economy'},
        {key: 'b', label: 'Value', numeric: true},
      ],
      rows: [
        {a: 'Hong Kong, China', b: 1.5},
        {a: 'Line\nbreak', b: null},
      ],
    });
    expect(csv).toBe('Economy,Value\r\n"Hong Kong, China",1.5\r\n"Line\nbreak",\r\n');
  });
});

describe('parseCSV and detectFormat', () => {
  it('parses quoted cells, a BOM and blank lines, leaving empty cells out', () => {
    const rows = parseCSV(
      '\uFEFFeconomy, value ,citation\r\n"Hong Kong, China",3,\r\n\r\nSG,"4",x'
    );
    expect([...rows]).toEqual([
      {economy: 'Hong Kong, China', value: '3'},
      {economy: 'SG', value: '4', citation: 'x'},
    ]);
    // Rows as a spreadsheet numbers them (the blank row counted), columns as the header writes them.
    expect(rows.records).toEqual([2, 4]);
    expect({...rows.headers}).toEqual({economy: 'economy', value: 'value', citation: 'citation'});
  });

  it('locates problems in a table file by row and column, not by path', () => {
    const rows = parseCSV(
      'Economy,Value (USD bn),Citation\nAtlantis,3,x\n\n"Two\nlines",4,y\nSG,oops,z'
    );
    const issues = [
      {path: 'rows[0].economy', message: 'matches no economy'},
      {path: 'rows[2].value', message: 'must be a number'},
      {path: 'rows[1]', message: 'a whole row'},
      {path: '(root)', message: 'no rows'},
    ];
    expect(locateCells(issues, rows).map(({row, column}) => [row, column])).toEqual([
      [2, 'Economy'],
      // The quoted cell spans two lines of text but is one row; the blank row is counted.
      [5, 'Value (USD bn)'],
      [4, undefined],
      [undefined, undefined],
    ]);
    // Without blank rows, a row's number is its index + 2; JSON input is left as it is.
    expect(locateCells(issues.slice(0, 1), parseCSV('economy\nX'))[0]?.row).toBe(2);
    expect(locateCells(issues, {rows: []})).toBe(issues);
    // A JSON file holding a list of rows has no spreadsheet rows: its problems keep their paths.
    expect(locateCells(issues, JSON.parse('[{"economy": "Atlantis"}]'))).toBe(issues);
  });

  it('treats a __proto__ column as an ordinary column', () => {
    const [row] = parseCSV('__proto__,a\nx,1');
    expect(row?.['__proto__']).toBe('x');
    // Its own column, beside the others: not the row's prototype set to "x" (then ignored).
    expect(Object.keys(row ?? {})).toEqual(['__proto__', 'a']);
    expect(row?.['a']).toBe('1');
  });

  it('picks the format from the content type, then the extension, then the text', () => {
    expect(detectFormat('application/json; charset=utf-8', 'x.csv', '')).toBe('json');
    expect(detectFormat('text/csv', 'x.json', '')).toBe('csv');
    expect(detectFormat('text/plain', '/data/x.csv?v=2', '{')).toBe('csv');
    expect(detectFormat(null, '/api/data', ' [1]')).toBe('json');
    expect(detectFormat(null, '/api/data', 'a,b')).toBe('csv');
  });

  it('reports malformed JSON as an issue rather than throwing', () => {
    const parsed = parseText('{"a": ', 'json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issue.message).toMatch(/^is not valid JSON: /);
  });
});
