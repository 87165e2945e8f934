/** Own data as people have it: spreadsheet exports, header spellings, numbers, one source. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateChoroplethInput} from '../../src/schema/choropleth-input.js';
import {resolveEconomy} from '../../src/data.js';
import {parseAmount} from '../../src/schema/numbers.js';
import {detectFormat, headerKey, parseCSV, parseText} from '../../src/schema/parse.js';
import {validateSankeyInput} from '../../src/schema/sankey-input.js';
import {validateTimelineInput} from '../../src/schema/timeline-input.js';

const template = (chart: string) =>
  readFileSync(new URL(`../../data/templates/${chart}.csv`, import.meta.url), 'utf8');

describe('header rows as people write them', () => {
  it('reads any case, stray spaces and a unit in brackets', () => {
    expect(headerKey('Source')).toEqual({key: 'source'});
    expect(headerKey(' Target ')).toEqual({key: 'target'});
    expect(headerKey('Value (USD bn)')).toEqual({key: 'value', unit: 'USD bn'});
    expect(headerKey('Share [%]')).toEqual({key: 'share', unit: '%'});
    expect(headerKey('Start  Date')).toEqual({key: 'start date'});
  });

  it('parses a BOM, CRLF, tabs and a header unit into keyed rows', () => {
    const rows = parseCSV('\uFEFFSource\tTarget \tValue (USD bn)\r\nA\tB\t1,234\r\n', '\t');
    expect([...rows]).toEqual([{source: 'A', target: 'B', value: '1,234'}]);
    expect(rows.units).toEqual({value: 'USD bn'});
  });

  it('tells TSV from CSV by content type, download name, extension and first line', () => {
    expect(detectFormat('text/tab-separated-values', '/pub?output=tsv', '')).toBe('tsv');
    expect(detectFormat('text/csv; charset=utf-8', '/pub?output=csv', '')).toBe('csv');
    const sheet = 'attachment; filename="Sheet1.tsv"';
    expect(detectFormat('application/octet-stream', '/download', 'a,b', sheet)).toBe('tsv');
    expect(detectFormat(null, '/export.tsv', 'a,b')).toBe('tsv');
    expect(detectFormat('text/plain', '/x', 'a\tb\n1\t2')).toBe('tsv');
    expect(detectFormat('text/plain', '/x', 'a,b\tc')).toBe('csv');
  });

  it('reads JSON with a byte-order mark', () => {
    const parsed = parseText('\uFEFF{"a": 1}', 'json');
    expect(parsed.ok && parsed.data).toEqual({a: 1});
  });
});

describe('parseAmount', () => {
  it('reads thousands separators of several conventions', () => {
    expect(parseAmount('1,234')).toBe(1234);
    expect(parseAmount('1,234,567.5')).toBe(1234567.5);
    expect(parseAmount('1.234.567')).toBe(1234567);
    expect(parseAmount('1.234,5')).toBe(1234.5);
    expect(parseAmount('1 234 567')).toBe(1234567);
    expect(parseAmount('1\u202f234')).toBe(1234);
    expect(parseAmount("1'234")).toBe(1234);
    expect(parseAmount('3,5')).toBe(3.5);
    expect(parseAmount('US$24.4')).toBe(24.4);
    expect(parseAmount('-12')).toBe(-12);
    expect(parseAmount('.5')).toBe(0.5);
  });

  it('refuses what is not a number', () => {
    for (const s of ['', 'n/a', '1,2,3', '12abc', '1.2.3,4,5', '-', '$']) {
      expect(parseAmount(s), s).toBeUndefined();
    }
  });
});

describe('one source for the whole chart', () => {
  it('keeps Sankey rows without a citation and counts them', () => {
    const rows = parseCSV('Source,Target ,Value (USD bn)\r\nA,B,"1,200"\r\nB,C,300\r\n');
    const {value, issues, uncited} = validateSankeyInput(rows, 'csv');
    expect(issues).toEqual([]);
    expect(value.links.map((l) => l.value)).toEqual([1200, 300]);
    expect(value.unit).toBe('USD bn');
    expect(uncited).toBe(2);
  });

  it("takes a JSON graph's top-level citation", () => {
    const r = validateSankeyInput(
      {citation: 'Our count', links: [{source: 'A', target: 'B', value: 1}]},
      'json'
    );
    expect(r.citation).toBe('Our count');
    expect(r.uncited).toBe(1);
  });

  it('keeps timeline rows of title and start only, but not in the bundled data', () => {
    const rows = parseCSV('Title,Start\r\nFirst meeting,2019-03\r\nSecond meeting,2020\r\n');
    const own = validateTimelineInput(rows, 'csv', resolveEconomy);
    expect(own.issues).toEqual([]);
    expect(own.value.map((e) => e.citation)).toEqual(['', '']);
    expect(own.uncited).toBe(2);
    const bundled = validateTimelineInput({events: [...rows]}, 'json', resolveEconomy, true);
    expect(bundled.value).toEqual([]);
    expect(bundled.issues[0]?.path).toBe('events[0].citation');
  });
});

describe('the downloadable templates', () => {
  it('read cleanly, every row cited, for all three charts', () => {
    const map = validateChoroplethInput(parseCSV(template('choropleth')), 'csv', resolveEconomy);
    expect(map.issues).toEqual([]);
    expect(map.value.values.map((v) => v.economy)).toEqual(['AU', 'CL', 'HK', 'TW']);
    const events = validateTimelineInput(parseCSV(template('timeline')), 'csv', resolveEconomy);
    expect(events.issues).toEqual([]);
    expect(events.value).toHaveLength(3);
    const graph = validateSankeyInput(parseCSV(template('sankey')), 'csv');
    expect(graph.issues).toEqual([]);
    expect(graph.value.usd).toBe(true);
    expect(graph.value.links[1]?.value).toBe(10.3e9);
    for (const r of [map, events, graph]) expect(r.uncited).toBe(0);
    // The source line names each source once, though a row's citation names two; a seed
    // document is named as what it is, not by its file alone.
    expect(events.sources).toEqual([
      'APEC CTWG web page (seed document 004_19ca3baff67ab955.txt)',
      'cebudailynews.inquirer.net/67726',
    ]);
  });
});

describe('wrapping text written without spaces', () => {
  it('breaks Thai, Chinese and Japanese between words, within the width', async () => {
    const {wrapText, textColumns, fitLabel} = await import('../../src/layout/text.js');
    const thai = 'การประชุมเชิงปฏิบัติการว่าด้วยการต่อต้านการก่อการร้ายในภูมิภาคเอเชียแปซิฟิก';
    const zh = '亚太经合组织反恐工作组关于保护软目标的研讨会在东京举行';
    const ja = 'テロ対策に関するワークショップが東京で開催されました';
    for (const text of [thai, zh, ja]) {
      const lines = wrapText(text, 20);
      expect(lines.length, text).toBeGreaterThan(1);
      expect(lines.join(''), text).toBe(text);
      for (const line of lines) expect(textColumns(line), line).toBeLessThanOrEqual(20);
    }
    expect(wrapText('Hong Kong, China and Chinese Taipei', 12)).toEqual([
      'Hong Kong,',
      'China and',
      'Chinese',
      'Taipei',
    ]);
    expect(textColumns('会議')).toBe(4);
    expect(textColumns('ที่')).toBe(1);
    expect(fitLabel(zh, 10)).toBe('亚太经合…');
  });
});
