/// <reference types="mocha" />
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {drawn, q, qa, text} from './helpers.js';
import '../../src/sankey.js';
import type {ApacSankey} from '../../src/sankey.js';
import type {ApacDatumDetail, ApacErrorDetail} from '../../src/core/events.js';

const sankey = (template: ReturnType<typeof html>, width = 1280) =>
  drawn<ApacSankey>('apac-sankey', template, width);

/** The flows drawn again at full strength above the others (their cores, by id). */
const litFlows = (el: Element) => {
  const drawn = qa(el, '.highlight path.core')
    .map((p) => p.getAttribute('d'))
    .join('');
  return qa(el, 'g.link[data-id]')
    .filter((l) => drawn.includes(l.querySelector('path.core')?.getAttribute('d') ?? '-'))
    .map((l) => l.getAttribute('data-id'))
    .sort();
};

/** The opacity of the flows' and nodes' layers once fades have run, and the flows lit above. */
const settled = (el: Element) => {
  for (const a of el.shadowRoot?.getAnimations() ?? []) a.finish();
  const opacity = (sel: string) => getComputedStyle(q(el, sel) as Element).opacity;
  return {flows: opacity('g.links'), nodes: opacity('g.nodes'), lit: litFlows(el).length};
};

describe('<apac-sankey>', () => {
  it('is accessible', async () => {
    const el = await sankey(html`<apac-sankey headline="Illicit flows"></apac-sankey>`);
    await expect(el).to.be.accessible();
  });

  it('draws the 13 TOCTA flows as 26 bands between 23 nodes, with the stated total', async () => {
    const el = await sankey(
      html`<apac-sankey lang="en-GB" orientation="horizontal"></apac-sankey>`
    );
    expect(qa(el, 'g.node')).to.have.length(23);
    expect(qa(el, 'g.link')).to.have.length(26);
    expect(text(q(el, '.total'))).to.contain('nearly USD 90 billion a year');
    // UNODC's later "$100 billion" is shown beside it, dated, with its geography doubt.
    const later = text(q(el, '.total.later'));
    expect(later).to.contain(
      'Later, on 26 August 2015, UNODC spoke of “illicit money flows exceeding $100 billion per year”; region: not named'
    );
    expect(later).to.contain('Not a total of the flows drawn here');
    expect(later).to.contain('Southeast Asia alone');
    // The dataset's notes are English whatever the chart's language, and say so.
    expect(qa(el, '.legend .total [lang="en"]').map((n) => text(n).slice(0, 20))).to.deep.equal([
      'The sum of the 13 fl',
      'Not a total of the f',
    ]);
    expect(text(q(el, '.credit'))).to.contain('UNODC, TOCTA East Asia and the Pacific');
    const labels = qa(el, 'g.link').map((l) => l.getAttribute('aria-label'));
    expect(labels).to.include('East Asia and the Pacific to Counterfeit goods: US$24.4bn');
    expect(labels).to.include('Greater Mekong Sub-region to Labour trafficking: US$33m');
    expect(q(el, 'g.link[data-id="F13:a"] path.core')?.getBoundingClientRect().height).to.be.above(
      1
    );
  });

  it("says what year the figures are for: in the legend, a flow's tooltip and the table", async () => {
    const el = await sankey(html`<apac-sankey lang="en"></apac-sankey>`);
    // First in the legend, in the stated total's paragraph (a line less over the drawing).
    expect(text(q(el, '.legend p'))).to.match(
      /^The figures are for c\. 2010–11 and 2011; the data table gives each flow’s year\. The source's own total: /
    );
    const heroin = q(el, 'g.link[data-id="F03:a"]');
    heroin?.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, composed: true}));
    await el.updateComplete;
    expect(text(q(el, '.tooltip'))).to.contain('Figure for 2011');
    expect(el.toCSV().split('\r\n')[0]).to.contain(',Year,Source,');
    expect(el.toSVG()).to.contain('The figures are for c. 2010–11 and 2011');
  });

  it("names the stated total's release and the later statement's conference on request, and in exports", async () => {
    const el = await sankey(html`<apac-sankey lang="en-GB"></apac-sankey>`);
    const more = q<HTMLElement>(el, '.credit .more');
    const button = q<HTMLButtonElement>(el, '.credit button.more-sources');
    // The report's citation shows; the two statements' sources wait behind a disclosure.
    expect(text(q(el, '.credit'))).to.match(/^Source: UNODC, TOCTA East Asia/);
    expect(more?.hidden).to.equal(true);
    expect(text(button)).to.equal('2 more sources');
    expect(button?.getAttribute('aria-expanded')).to.equal('false');
    button?.click();
    await el.updateComplete;
    expect(more?.hidden).to.equal(false);
    expect(button?.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('hide the other sources');
    expect(text(more)).to.contain(
      '; the stated total: UNODC release, Sydney, 16 Apr 2013 (scoop.co.nz/stories/WO1304/S00209/)'
    );
    expect(text(more)).to.contain(
      '; the statement of 26 August 2015: 003_f40d275edc15eb96.txt (UNODC regional representative'
    );
    button?.click();
    await el.updateComplete;
    expect(more?.hidden).to.equal(true);
    // An export is not read on a screen: it names them all.
    expect(el.toSVG()).to.match(
      /TOCTA-EA-Pacific\.html\); the stated total: UNODC release, Sydney/
    );
    el.lang = 'es';
    await waitUntil(
      () =>
        text(q(el, '.credit .more')).includes('; la declaración del 26 de agosto de 2015: 003_'),
      'the Spanish source line'
    );
    expect(text(q(el, '.credit button'))).to.equal('2 fuentes más');
    // A page's own `credit` replaces the whole line, the further sources too.
    el.setAttribute('credit', 'Our newsroom, from UNODC');
    await el.updateComplete;
    expect(q(el, '.credit button')).to.equal(null);
  });

  it('draws a range as a pale band and says low and high', async () => {
    const el = await sankey(html`<apac-sankey report="sea2019" lang="en-GB"></apac-sankey>`);
    expect(q(el, '.total.later')).to.equal(null);
    const credit = text(q(el, '.credit'));
    expect(credit).to.not.contain('stated total');
    // The counterfeit figure is a secondary source's, the low end of the methamphetamine range
    // the press's: the line under the chart names them, not only the release.
    expect(credit).to.match(/^Source: UNODC ROSEAP release, 18 Jul 2019 \(unodc\.org\//);
    expect(credit).to.contain('; Counterfeit goods and medicines: samajweekly.com (IANS/EFE)');
    expect(credit).to.contain('; Methamphetamine market: High: UNODC ROSEAP release');
    expect(credit).to.not.contain('Heroin market:');
    const meth = q(el, 'g.link[data-id="M01"]');
    expect(meth?.querySelector('path.range')).to.not.equal(null);
    expect(meth?.getAttribute('aria-label')).to.match(
      /Methamphetamine market: US\$30bn to US\$61\.4bn \(no central estimate\)$/
    );
    meth?.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, composed: true}));
    await el.updateComplete;
    expect(text(q(el, '.tooltip'))).to.match(
      /US\$30bn to US\$61\.4bn \(no central estimate\) Source: High: UNODC ROSEAP release/
    );
    (q(el, '.table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const row = qa(el, 'tbody tr').find((r) => r.textContent?.includes('Methamphetamine'));
    const cells = [...(row?.querySelectorAll('td') ?? [])].map((td) => text(td));
    expect(cells.slice(2, 5)).to.deep.equal(['–', 'US$30bn', 'US$61.4bn']);
  });

  it('lights every path through a hovered node and dims the rest; click pins it', async () => {
    const el = await sankey(html`<apac-sankey></apac-sankey>`);
    const node = q(el, 'g.node[data-id="crime:migrant-smuggling"]') as SVGGElement;
    node.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, composed: true}));
    await el.updateComplete;
    expect(litFlows(el)).to.deep.equal(['F08:a', 'F08:b', 'F09:a', 'F09:b', 'F11:a', 'F11:b']);
    // Every flow is dimmed, and the 6 on a path through the node are drawn again at full strength.
    expect(settled(el)).to.deep.equal({flows: '0.2', nodes: '0.2', lit: 6});
    const selected = oneEvent(el, 'apac-select');
    node.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    expect(((await selected) as CustomEvent<ApacDatumDetail>).detail.id).to.equal(
      'crime:migrant-smuggling'
    );
    (q(el, '.plot') as HTMLElement).dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(settled(el)).to.deep.equal({flows: '0.2', nodes: '0.2', lit: 6});
  });

  it('keyboard: Tab in, arrows between nodes, L along flows, Enter pins, Escape clears', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:1280px"><button>before</button><apac-sankey></apac-sankey></div>`
    );
    const el = box.querySelector('apac-sankey') as ApacSankey;
    if (!q(el, 'svg.chart')) await oneEvent(el, 'apac-render');
    await el.updateComplete;
    (box.querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({press: 'Tab'});
    const active = () => el.shadowRoot?.activeElement?.getAttribute('data-id');
    expect(active()).to.equal('origin:EAP');
    await sendKeys({press: 'ArrowDown'});
    expect(active()).to.equal('origin:ESEA');
    await sendKeys({press: 'l'});
    expect(active()).to.equal('F08:a');
    await sendKeys({press: 'ArrowRight'});
    expect(active()).to.equal('crime:migrant-smuggling');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.selected).to.equal('crime:migrant-smuggling');
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(settled(el)).to.deep.equal({flows: '1', nodes: '1', lit: 0});
  });

  it('draws a graph with a loop and names the links that close it', async () => {
    const el = await sankey(
      html`<apac-sankey
        .data=${{
          links: [
            {source: 'Port A', target: 'Port B', value: 5, citation: 'x'},
            {source: 'Port B', target: 'Port C', value: 4, citation: 'x'},
            {source: 'Port C', target: 'Port A', value: 1, citation: 'x'},
          ],
        }}
      ></apac-sankey>`
    );
    expect(qa(el, 'g.link')).to.have.length(2);
    expect(text(q(el, '.cycle'))).to.equal('Left out because they close a loop: Port C to Port A.');
  });

  it('draws a flow that skips a column as one band of three pieces, its waypoint not among the nodes', async () => {
    const el = await sankey(
      html`<apac-sankey
        orientation="horizontal"
        .data=${{
          links: [
            {source: 'A', target: 'X', value: 10, citation: 'x'},
            {source: 'B', target: 'X', value: 8, citation: 'x'},
            {source: 'B', target: 'Y', value: 2, citation: 'x'},
            {source: 'X', target: 'P', value: 12, citation: 'x'},
            {source: 'X', target: 'Q', value: 6, citation: 'x'},
            {source: 'Y', target: 'Q', value: 2, citation: 'x'},
            {source: 'A', target: 'Q', value: 3, citation: 'x'},
          ],
        }}
      ></apac-sankey>`,
      640
    );
    // Seven flows, one band each, between the six nodes named.
    expect(qa(el, 'g.link')).to.have.length(7);
    expect(qa(el, 'g.node').map((n) => n.getAttribute('data-id'))).to.have.members([
      'A',
      'B',
      'X',
      'Y',
      'P',
      'Q',
    ]);
    // A → Q: one outline (a single M … Z) of three pieces (two curves and the run across X's
    // column, each edge a curve: six), and no point of it inside X's bar, the column it crosses.
    const link = qa(el, 'g.link').find((l) => /^A to Q\b/.test(l.getAttribute('aria-label') ?? ''));
    const path = link?.querySelector('path.core') as SVGPathElement;
    const d = path.getAttribute('d') ?? '';
    expect((d.match(/M/g) ?? []).length).to.equal(1);
    expect((d.match(/C/g) ?? []).length).to.equal(6);
    const bar = (q(el, 'g.node[data-id="X"] rect') as SVGRectElement).getBBox();
    const length = path.getTotalLength();
    const inside: number[] = [];
    for (let i = 0; i <= 400; i++) {
      const p = path.getPointAtLength((length * i) / 400);
      if (p.x > bar.x && p.x < bar.x + bar.width && p.y > bar.y && p.y < bar.y + bar.height)
        inside.push(i);
    }
    expect(inside, "points of A → Q's outline in X's bar").to.deep.equal([]);
  });

  it('reads a CSV at src, and lists bad rows while drawing the rest', async () => {
    const el = await sankey(html`<apac-sankey src="/test/fixtures/tocta-flows.csv"></apac-sankey>`);
    expect(qa(el, 'g.link')).to.have.length(16);
    const errors: ApacErrorDetail[] = [];
    const bad = document.createElement('apac-sankey');
    bad.addEventListener('apac-error', (e) => errors.push(e.detail));
    bad.data = {
      links: [
        {source: 'A', target: 'B', value: 3, citation: 'x'},
        {source: 'A', target: 'C', value: -1, citation: 'x'},
        {source: 'C', target: 'C', value: 1, citation: 'x'},
        {source: 'B', target: 'D', value: 5, low: 6, high: 4, citation: 'x'},
        {source: '<b>X</b>', target: 'D', value: 1, citation: 'x'},
      ],
    };
    el.parentElement?.append(bad);
    await oneEvent(bad, 'apac-render');
    await bad.updateComplete;
    expect(errors[0]?.issues.map((i) => i.path)).to.deep.equal([
      'links[1].value',
      'links[2].target',
      'links[3].low',
    ]);
    expect(qa(bad, 'g.link')).to.have.length(2);
    expect(bad.shadowRoot?.querySelector('b')).to.equal(null);
  });

  it('lays out top to bottom at 320 px, inside the width', async () => {
    const el = await sankey(html`<apac-sankey></apac-sankey>`, 320);
    const nodes = qa(el, 'g.node rect').map((r) => r.getBoundingClientRect());
    const svg = (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
    expect(svg.width).to.be.at.most(320);
    expect(nodes.every((r) => r.left >= svg.left - 0.5 && r.right <= svg.right + 0.5)).to.equal(
      true
    );
    const origin = q(el, 'g.node[data-id="origin:EAP"] rect')?.getBoundingClientRect();
    const dest = q(el, 'g.node[data-id="destination:EAP"] rect')?.getBoundingClientRect();
    expect(Boolean(origin && dest), 'both East Asia nodes drawn').to.equal(true);
    expect((origin as DOMRect).top, 'origin above destination').to.be.below((dest as DOMRect).top);
  });

  it('numbers, in bold, the nodes a vertical layout has no room to name, and names them above', async () => {
    const el = await sankey(html`<apac-sankey orientation="vertical"></apac-sankey>`);
    const numbers = qa(el, 'g.node text.key');
    expect(numbers.map((t) => t.textContent?.trim())).to.have.members(
      numbers.map((_, i) => String(i + 1))
    );
    expect(numbers.length).to.be.at.least(6);
    expect(getComputedStyle(numbers[0] as Element).fontWeight).to.equal('700');
    // At 1280 px every node carries a name or a number but one: Labour trafficking, a 2 px node
    // at the chart's right edge between others, which the legend counts.
    const bare = qa(el, 'g.node').filter((g) => !g.querySelector('text'));
    expect(bare.map((g) => g.getAttribute('data-id'))).to.deep.equal(['crime:labour-trafficking']);
    const key = q(el, '.legend p.numbered');
    expect(text(key)).to.match(/^Numbered on the chart: 1 Greater Mekong Sub-region \$406M; 2 /);
    const wildlife = qa(el, 'g.node').find((g) => g.getAttribute('data-id') === 'crime:wildlife');
    const n = wildlife?.querySelector('text.key')?.textContent?.trim() ?? '-';
    expect(text(key)).to.contain(`${n} Illegal wildlife $2.5B`);
    expect(text(key)).to.contain('1 node is not named on the chart; the data table lists it.');
  });

  it('draws dark with light text', async () => {
    const el = await sankey(html`<apac-sankey theme="dark"></apac-sankey>`);
    const label = q(el, 'g.node text') as SVGTextElement;
    const [r, g, b] = (getComputedStyle(label).fill.match(/\d+/g) ?? []).map(Number);
    expect((r ?? 0) + (g ?? 0) + (b ?? 0)).to.be.above(500);
  });
});
