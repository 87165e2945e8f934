/** Own data as people bring it: one source for the chart, files straight from a spreadsheet. */
import {expect, html} from '@open-wc/testing';
import {drawn, q, qa, text} from './helpers.js';
import '../../src/index.js';
import type {ApacChart} from '../../src/core/chart-element.js';

type Chart = ApacChart<unknown, {width: number; height: number}>;

/** The cells of the table's column headed `label`, after opening the table. */
async function column(el: Chart, label: string): Promise<string[]> {
  q<HTMLButtonElement>(el, 'button.table-toggle')?.click();
  await el.updateComplete;
  const heads = qa(el, 'thead th').map((th) => text(th));
  const i = heads.indexOf(label);
  expect(i, `a "${label}" column in ${heads.join(', ')}`).to.be.greaterThan(-1);
  return qa(el, 'tbody tr').map((tr) => text(tr.children[i] ?? null));
}

describe('own data with one source for the whole chart', () => {
  it('draws a three-column Sankey CSV with only credit, each row sourced by the credit', async () => {
    const el = await drawn<Chart>(
      'apac-sankey',
      html`<apac-sankey src="/test/fixtures/own/flows.csv" credit="Our reporting"></apac-sankey>`,
      800
    );
    expect(qa(el, 'g.link')).to.have.length(7);
    expect(q(el, '.error')).to.equal(null);
    expect(text(q(el, '.credit'))).to.equal('Source: Our reporting');
    expect(await column(el, 'Source')).to.deep.equal(Array(7).fill('Our reporting'));
    // Thousands separators and the header's unit were read.
    expect(qa(el, 'thead th').map((th) => text(th))).to.include('Estimate (USD bn)');
    expect(el.toCSV()).to.contain('Origin A,Hub X,1200,,,Our reporting');
  });

  it('shows the credit as the source in a flow tooltip', async () => {
    const el = await drawn<Chart>(
      'apac-sankey',
      html`<apac-sankey src="/test/fixtures/own/flows.csv" credit="Our reporting"></apac-sankey>`,
      800
    );
    const link = q<SVGGElement>(el, 'g.link');
    link?.focus();
    await el.updateComplete;
    expect(text(q(el, '.tip-source'))).to.equal('Source: Our reporting');
  });

  it('draws a timeline of title and start with only credit', async () => {
    const el = await drawn<Chart>(
      'apac-timeline',
      html`<apac-timeline
        src="/test/fixtures/own/events.csv"
        credit="Our reporting"
      ></apac-timeline>`,
      1000
    );
    expect(qa(el, 'g.event')).to.have.length(3);
    expect(q(el, '.error')).to.equal(null);
    expect(await column(el, 'Source')).to.deep.equal(Array(3).fill('Our reporting'));
  });

  it("takes the data's top-level citation when there is no credit", async () => {
    const el = await drawn<Chart>(
      'apac-sankey',
      html`<apac-sankey
        .data=${{citation: 'Field survey, 2024', links: [{source: 'A', target: 'B', value: 2}]}}
      ></apac-sankey>`,
      800
    );
    expect(text(q(el, '.credit'))).to.equal('Source: Field survey, 2024');
    expect(await column(el, 'Source')).to.deep.equal(['Field survey, 2024']);
  });

  it('keeps a row’s own citation beside rows that take the credit', async () => {
    const el = await drawn<Chart>(
      'apac-choropleth',
      html`<apac-choropleth
        credit="Our count"
        .data=${{
          indicator: {label: 'Count'},
          values: [
            {economy: 'SG', value: 3, citation: 'Annual report, p. 4'},
            {economy: 'MY', value: 5},
          ],
        }}
      ></apac-choropleth>`,
      800
    );
    expect(q(el, '.error')).to.equal(null);
    // Economies without a value have no source either.
    const sources = (await column(el, 'Source')).filter((c) => c !== '–');
    expect(sources).to.have.members(['Annual report, p. 4', 'Our count']);
  });

  for (const chart of ['sankey', 'timeline', 'choropleth'] as const) {
    it(`${chart}: with no source at all, says so once and still draws`, async () => {
      const data = {
        sankey: {links: [{source: 'A', target: 'B', value: 2}]},
        timeline: {events: [{title: 'A meeting', start: '2020'}]},
        choropleth: {indicator: {label: 'Count'}, values: [{economy: 'TH', value: 1}]},
      }[chart];
      const tag = `apac-${chart}`;
      const box = document.createElement('div');
      box.style.width = '800px';
      document.body.append(box);
      const el = document.createElement(tag) as Chart;
      el.data = data;
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        box.append(el);
        await new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(qa(el, 'svg.chart')).to.have.length(1);
      expect(q(el, '.error')).to.equal(null);
      const said = el.shadowRoot?.textContent?.match(/No source is given for this data\./g) ?? [];
      expect(said).to.have.length(1);
      expect(warnings.filter((w) => w.includes('no source is given'))).to.have.length(1);
      box.remove();
    });
  }
});

describe('the source line of own data that names no source for the chart', () => {
  const line = (el: Element) => (q(el, '.credit') as HTMLElement).textContent?.trim() ?? '';
  const drawnWith = async (links: {source: string; target: string; value: number}[]) => {
    const el = document.createElement('apac-sankey') as Chart;
    el.data = {links};
    const box = document.createElement('div');
    box.style.width = '800px';
    document.body.append(box);
    box.append(el);
    await new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
    await el.updateComplete;
    return {el, box};
  };

  it('names the one or two sources its rows cite, and how many rows cite none', async () => {
    // Every row cited its source and the footer said nothing: a reader saw no source at all.
    const {el, box} = await drawnWith([
      {source: 'A', target: 'B', value: 2, citation: 'Report 2020, p. 4'},
      {source: 'B', target: 'C', value: 1, citation: 'Report 2020, p. 4'},
      {source: 'A', target: 'C', value: 1, citation: 'https://example.org/data'},
      {source: 'C', target: 'D', value: 1},
    ] as never);
    expect(line(el)).to.equal(
      'Source: Report 2020, p. 4; https://example.org/data — 1 row gives no source.'
    );
    expect(q(el, '.credit a')?.getAttribute('href')).to.equal('https://example.org/data');
    // The exported picture carries the same line.
    expect((el as unknown as {toSVG(): string}).toSVG()).to.include('Source: Report 2020, p. 4;');
    box.remove();
  });

  it('says each row cites its own where they cite more than two', async () => {
    const {el, box} = await drawnWith(
      ['One', 'Two', 'Three'].map((c, i) => ({
        source: 'A',
        target: `T${i}`,
        value: 1,
        citation: `Report ${c}`,
      })) as never
    );
    expect(line(el)).to.equal('Source: rows cite their own sources (see the data table)');
    box.remove();
  });
});

describe('files straight from a spreadsheet', () => {
  it('reads a "publish to the web as CSV" link (redirect, no extension, download name)', async () => {
    const el = await drawn<Chart>(
      'apac-sankey',
      html`<apac-sankey src="/sheet/pub?output=csv" credit="Our sheet"></apac-sankey>`,
      800
    );
    expect(qa(el, 'g.link')).to.have.length(7);
    expect(q(el, '.error')).to.equal(null);
  });

  it('reads TSV that only its download name identifies', async () => {
    const loads: {format?: string}[] = [];
    const box = document.createElement('div');
    box.style.width = '1000px';
    document.body.append(box);
    const el = document.createElement('apac-timeline') as Chart;
    el.addEventListener('apac-load', (e) => loads.push((e as CustomEvent).detail));
    el.src = '/sheet/pub?output=tsv';
    el.credit = 'Our sheet';
    box.append(el);
    await new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
    await el.updateComplete;
    expect(loads[0]?.format).to.equal('tsv');
    expect(qa(el, 'g.event')).to.have.length(3);
    box.remove();
  });
});
