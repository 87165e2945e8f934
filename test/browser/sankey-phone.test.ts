/// <reference types="mocha" />
import {contrast} from './contrast.js';
import {expect, html} from '@open-wc/testing';
import {q, qa} from './helpers.js';
import {
  PHONES,
  SCHEMES,
  atWidth,
  boxOnShape,
  chartTexts,
  overlappingTexts,
  sidewaysScroll,
} from './phone-helpers.js';
import '../../src/sankey.js';
import type {ApacSankey} from '../../src/sankey.js';
import type {SankeyLayout} from '../../src/layout/sankey/layout.js';

const layoutOf = (el: ApacSankey) => (el as unknown as {layout: SankeyLayout}).layout;

/** Labels (node names and band values) lying on a band that is not their own. */
function labelsOnOtherBands(el: ApacSankey): string[] {
  const layout = layoutOf(el);
  const out: string[] = [];
  const bands = layout.links.map((l) => ({
    l,
    paths: qa(el, `g.link[data-id="${CSS.escape(l.id)}"] path`) as SVGGeometryElement[],
  }));
  for (const g of qa(el, 'g.node, g.link')) {
    const id = g.getAttribute('data-id') ?? '';
    const label = g.querySelector('text');
    if (!label) continue;
    const box = label.getBoundingClientRect();
    for (const {l, paths} of bands) {
      const own = l.id === id || l.source === id || l.target === id;
      if (!own && paths.some((p) => boxOnShape(box, p)))
        out.push(`${label.textContent?.trim()} on ${l.id}`);
    }
  }
  return out;
}

/** Each node's name and value is written somewhere in its own mark. */
function unnamed(el: ApacSankey): string[] {
  return layoutOf(el)
    .nodes.filter((n) => {
      const g = q(el, `g.node[data-id="${CSS.escape(n.id)}"]`);
      // Lines of a wrapped label are tspans (a one-line label has none): read them as words.
      const t = [...(g?.querySelectorAll('text') ?? [])]
        .flatMap((text) => {
          const spans = [...text.querySelectorAll('tspan')];
          return spans.length ? spans.map((s) => s.textContent) : [text.textContent];
        })
        .join(' ');
      return !t.includes(n.label) || !t.includes(n.display);
    })
    .map((n) => n.label);
}

describe('<apac-sankey> on a phone and at desktop width', () => {
  for (const report of ['tocta2013', 'sea2019'])
    for (const width of [...PHONES, 1280])
      for (const theme of SCHEMES)
        it(`${report} at ${width} px, ${theme}: every name and value, apart, on its own bands`, async () => {
          const el = await atWidth<ApacSankey>(
            'apac-sankey',
            html`<apac-sankey report=${report} theme=${theme} lang="en-GB"></apac-sankey>`,
            width
          );
          expect(unnamed(el), 'nodes without name and value').to.deep.equal([]);
          expect(overlappingTexts(chartTexts(el)), 'text on text').to.deep.equal([]);
          expect(labelsOnOtherBands(el), 'labels on other bands').to.deep.equal([]);
          expect(sidewaysScroll(), 'page scrolls sideways').to.equal(0);
        });

  for (const theme of SCHEMES)
    it(`a range in the list (${theme}) is outlined in its row's colour, 3:1 on the page, from the bar's end`, async () => {
      // The faint bar alone (a quarter of the colour) hardly showed in the dark theme.
      const el = await atWidth<ApacSankey>(
        'apac-sankey',
        html`<apac-sankey report="sea2019" orientation="list" theme=${theme}></apac-sankey>`,
        375
      );
      const ranges = qa(el, 'g.row rect.range');
      expect(ranges.length, 'rows with a range').to.be.at.least(2);
      const bg = getComputedStyle(q(el, '.frame') as Element).backgroundColor;
      const chartW = Number(q(el, 'svg.chart')?.getAttribute('width'));
      for (const r of ranges) {
        const bar = r.parentElement?.querySelector('rect.bar') as SVGRectElement;
        const style = getComputedStyle(r);
        expect(style.stroke, 'outlined in the bar colour').to.equal(getComputedStyle(bar).fill);
        expect(Number(style.strokeOpacity)).to.equal(1);
        expect(contrast(style.stroke, bg), `${style.stroke} on ${bg}`).to.be.at.least(3);
        const [x, end] = [Number(r.getAttribute('x')), Number(bar.getAttribute('width'))];
        expect(x, "from the bar's end").to.be.closeTo(end, 0.01);
        // Its 1 px outline whole, the right end too: the widest range reaches the chart's edge.
        const right = x + Number(r.getAttribute('width')) + 0.5;
        expect(right, 'its outline inside the chart').to.be.at.most(chartW);
      }
      expect(
        Math.max(
          ...ranges.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')))
        ),
        'the widest range reaches the edge'
      ).to.be.above(chartW - 2);
    });

  it('on a phone lists the flows as ranked rows with a bar each, tap targets 24 px and up', async () => {
    const el = await atWidth<ApacSankey>('apac-sankey', html`<apac-sankey></apac-sankey>`, 320);
    expect(layoutOf(el).orientation).to.equal('list');
    const rows = qa(el, 'g.node.row');
    expect(rows).to.have.length(23);
    for (const r of rows) expect(r.getBoundingClientRect().height).to.be.at.least(24);
    expect(qa(el, 'text.stage').map((t) => t.textContent)).to.deep.equal(['From', 'Through', 'To']);
  });

  for (const lang of ['ko', 'en', 'th'])
    it(`the list in ${lang} at 375 px keeps every word 2 px or more inside the chart's right edge`, async () => {
      const el = await atWidth<ApacSankey>(
        'apac-sankey',
        html`<apac-sankey lang=${lang} orientation="list"></apac-sankey>`,
        375
      );
      const right = (q(el, 'svg.chart') as Element).getBoundingClientRect().right;
      const touching = chartTexts(el)
        .filter((t) => t.box.right > right - 2)
        .map((t) => `${t.text} (${(t.box.right - right).toFixed(1)} px)`);
      expect(touching).to.deep.equal([]);
    });

  it('in a 960 px column draws the bands, the two nodes without room named in the legend', async () => {
    // Until stop 44 the default chart was the list below about 1,200 px: readers of a wide
    // article column or a think tank's page got ranked bars, not flows.
    const el = await atWidth<ApacSankey>(
      'apac-sankey',
      html`<apac-sankey style="width: 960px"></apac-sankey>`,
      1000
    );
    expect(layoutOf(el).width).to.equal(960);
    expect(layoutOf(el).orientation).to.equal('horizontal');
    expect(qa(el, 'g.link path.core')).to.have.length(26);
    const key = q(el, '.legend p.numbered');
    // One numbered, one named without room for its value (the first and last columns' names
    // keep 5 % clear of the edges since stop 57, which narrows the bands a little).
    expect(key?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Numbered on the chart: 1 Illegal ozone-depleting substances $67.7M. Values the chart has no room for: Illegal wildlife $2.5B.'
    );
    expect(overlappingTexts(chartTexts(el)), 'text on text').to.deep.equal([]);
    expect(labelsOnOtherBands(el), 'labels on other bands').to.deep.equal([]);
    // At 800 px six nodes would go without their names or values: the list.
    const narrow = await atWidth<ApacSankey>(
      'apac-sankey',
      html`<apac-sankey style="width: 800px"></apac-sankey>`,
      1000
    );
    expect(layoutOf(narrow).orientation).to.equal('list');
  });

  it('at 1280 px draws the bands, with every name beside its node', async () => {
    const el = await atWidth<ApacSankey>('apac-sankey', html`<apac-sankey></apac-sankey>`, 1280);
    expect(layoutOf(el).orientation).to.equal('horizontal');
    expect(qa(el, 'g.link path.core')).to.have.length(26);
  });

  it('a tap picks out a flow and shows its detail until the next tap, no tooltip left behind', async () => {
    const el = await atWidth<ApacSankey>('apac-sankey', html`<apac-sankey></apac-sankey>`, 1280);
    const tip = () => q(el, '.tooltip') as HTMLElement;
    const link = q(el, 'g.link[data-id="F01:a"]') as SVGGElement;
    const tap = (target: Element) => {
      // A finger: pointer events and the click they end in, all saying "touch".
      for (const type of ['pointerdown', 'pointerup', 'pointerleave'])
        target.dispatchEvent(
          new PointerEvent(type, {bubbles: true, composed: true, pointerType: 'touch'})
        );
      target.dispatchEvent(
        new PointerEvent('click', {bubbles: true, composed: true, pointerType: 'touch'})
      );
    };
    link.dispatchEvent(
      new PointerEvent('pointermove', {bubbles: true, composed: true, pointerType: 'touch'})
    );
    await el.updateComplete;
    expect(tip().hidden, 'a finger moving shows no hover tooltip').to.equal(true);
    tap(link);
    await el.updateComplete;
    expect(el.selected).to.equal('F01:a');
    expect(tip().hidden).to.equal(false);
    expect(tip().textContent).to.contain('Counterfeit goods');
    tap(link);
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(tip().hidden, 'the second tap takes the tooltip away').to.equal(true);
  });

  const tapRow = async (el: ApacSankey, id: string) => {
    const row = q(el, `g.row[data-id="${id}"]`) as SVGGElement;
    row.dispatchEvent(
      new PointerEvent('click', {bubbles: true, composed: true, pointerType: 'touch'})
    );
    await el.updateComplete;
  };

  it('a tap on a row in the list picks it out and lights its partners, with no tooltip where its flows have no notes', async () => {
    const el = await atWidth<ApacSankey>('apac-sankey', html`<apac-sankey></apac-sankey>`, 375);
    await tapRow(el, 'crime:migrant-smuggling');
    expect(el.selected).to.equal('crime:migrant-smuggling');
    expect((q(el, '.tooltip') as HTMLElement).hidden).to.equal(true);
    // Its partners' words stay at full strength and their bars are drawn again (as far as their
    // flows with it go: the next test); the other rows' bars are dimmed, their words muted
    // (still 4.5:1: on a phone the list is the whole chart).
    expect(q(el, 'svg.chart')?.hasAttribute('data-lit')).to.equal(true);
    const bar = (id: string) =>
      getComputedStyle(q(el, `g.row[data-id="${id}"] rect.bar`) as Element).opacity;
    const words = (id: string) =>
      getComputedStyle(q(el, `g.row[data-id="${id}"] text`) as Element).fill;
    expect(bar('crime:counterfeit-goods')).to.equal('0.2');
    expect(words('origin:GMS')).to.equal(words('crime:migrant-smuggling'));
    expect(words('crime:counterfeit-goods')).to.not.equal(words('crime:migrant-smuggling'));
    const bg = getComputedStyle(q(el, '.frame') as Element).backgroundColor;
    expect(contrast(words('crime:counterfeit-goods'), bg)).to.be.at.least(4.5);
  });
  it("a tapped row lights each partner's bar only as far as their flows together", async () => {
    const el = await atWidth<ApacSankey>('apac-sankey', html`<apac-sankey></apac-sankey>`, 375);
    await tapRow(el, 'crime:counterfeit-goods');
    // East Asia and the Pacific sends $80.2B in all, $24.4B of it as counterfeit goods, all of
    // which goes to Europe and the US ($26B in all): lit whole, the region's bar read as all of
    // its $80.2B going through counterfeit goods.
    // Each lit row's bar past its share is veiled: one path, a rectangle `M x,y h …` per row.
    const veils = qa(el, 'g.highlight .shares path.veil');
    const veiled = veils.flatMap((p) =>
      [...(p.getAttribute('d') ?? '').matchAll(/M([\d.]+),([\d.]+)h/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
      }))
    );
    const part = (id: string) => {
      const row = q(el, `g.row[data-id="${id}"] rect.bar`) as SVGRectElement;
      const veil = veiled.filter((d) => Math.abs(d.y - Number(row.getAttribute('y'))) < 0.01);
      expect(veil.length, `${id} veiled at most once`).to.be.at.most(1);
      return (veil[0]?.x ?? row.getBBox().width) / row.getBBox().width;
    };
    // The veil lets the bar's colour show at about the dimmed rows' strength.
    for (const v of veils) expect(Number(getComputedStyle(v).fillOpacity)).to.be.within(0.75, 0.85);
    expect(part('crime:counterfeit-goods')).to.be.closeTo(1, 0.001);
    expect(part('origin:EAP')).to.be.closeTo(24.4 / 80.2, 0.01);
    expect(part('destination:europe-us')).to.be.closeTo(24.4 / 26, 0.01);
    // Rows off its paths are not veiled (they are dimmed), nor is the row picked out.
    expect(veiled).to.have.length(2);
  });
  for (const width of [320, 343])
    it(`at ${width} px a tap on a row whose flows carry notes shows them under it, as wide as they read, until the next tap`, async () => {
      // The 2019 report's list: the counterfeit market's figure is a secondary source's, the
      // methamphetamine market's low end the press's rounding. Beside the diagram the bands'
      // tooltips say so; the list draws no bands.
      const el = await atWidth<ApacSankey>(
        'apac-sankey',
        html`<apac-sankey report="sea2019"></apac-sankey>`,
        width
      );
      const tip = q(el, '.tooltip') as HTMLElement;
      await tapRow(el, 'market:M03');
      expect(el.selected).to.equal('market:M03');
      expect(tip.hidden).to.equal(false);
      expect(tip.querySelector('.tip-note')?.textContent).to.contain('A secondary source');
      // One flow: its note alone, with no route.
      expect(tip.querySelector('.tip-route')).to.equal(null);
      const box = tip.getBoundingClientRect();
      const chart = (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
      const row = (q(el, 'g.row[data-id="market:M03"]') as SVGGElement).getBoundingClientRect();
      // Held by its right edge at the row's right: laid out in the row's width, not in the few
      // px right of its anchor (a column of single letters).
      expect(box.width, 'tooltip width').to.be.greaterThan(Math.min(250, chart.width * 0.6));
      expect(box.left).to.be.at.least(chart.left - 0.5);
      expect(box.right).to.be.at.most(chart.right + 0.5);
      expect(box.top, 'under the row').to.be.at.least(row.bottom - 1);
      await tapRow(el, 'market:M03');
      expect(tip.hidden, 'the second tap takes it away').to.equal(true);
    });

  it("the list gives a flow's note on the row of its crime, not on each region's it passes", async () => {
    const el = await atWidth<ApacSankey>('apac-sankey', html`<apac-sankey></apac-sankey>`, 375);
    const tip = q(el, '.tooltip') as HTMLElement;
    // Heroin's one flow: its note, without a route.
    await tapRow(el, 'crime:heroin');
    expect(tip.hidden).to.equal(false);
    expect([...tip.querySelectorAll('.tip-note')].map((n) => n.textContent?.trim())).to.deep.equal([
      "A flow within the region: about 65 tonnes of heroin in 2011, two-thirds produced in Myanmar's Shan State (bnionline.net/en/node/11783, summarising the report).",
    ]);
    expect(tip.querySelector('.tip-route')).to.equal(null);
    // East Asia and the Pacific, which six of those flows leave: its row writes all it gives
    // (name and value), so a tap shows no tooltip; each note is on its crime's row.
    await tapRow(el, 'crime:heroin');
    await tapRow(el, 'origin:EAP');
    expect(el.selected).to.equal('origin:EAP');
    expect(tip.hidden).to.equal(true);
  });

  it("a row whose flows carry two notes heads each with its route, the stops' names and a drawn arrow between them", async () => {
    // Port X's two flows each carry a note, and each ends at a port with as many flows as X:
    // X's row gives both notes, each under its route.
    const link = (source: string, target: string, note?: string) => ({
      source,
      target,
      value: 5,
      citation: 'Port authority, 2024',
      ...(note ? {note} : {}),
    });
    const el = await atWidth<ApacSankey>(
      'apac-sankey',
      html`<apac-sankey
        orientation="list"
        .data=${{
          links: [
            link('Port X', 'Port A', 'Seized in one raid.'),
            link('Port X', 'Port B', 'An estimate.'),
            link('Port Y', 'Port A'),
            link('Port Y', 'Port B'),
          ],
        }}
      ></apac-sankey>`,
      375
    );
    const tip = q(el, '.tooltip') as HTMLElement;
    const id = layoutOf(el).nodes.find((n) => n.label === 'Port X')?.id ?? '';
    await tapRow(el, id);
    expect(tip.hidden).to.equal(false);
    const routes = [...tip.querySelectorAll('.tip-route')];
    // The names in order, an arrow between them, and no sign typed (few faces have "→").
    const names = (route: Element) =>
      [...route.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    expect(routes.map((r) => names(r).map((n) => n.textContent?.trim()))).to.deep.equal([
      ['Port X', 'Port A'],
      ['Port X', 'Port B'],
    ]);
    expect(tip.textContent).not.to.match(/[\u2190-\u21ff]/);
    for (const route of routes) {
      const arrows = route.querySelectorAll('svg.arrow');
      expect(arrows).to.have.length(1);
      const arrow = (arrows[0] as SVGSVGElement).getBoundingClientRect();
      expect(arrow.width, 'the arrow is drawn').to.be.greaterThan(5);
      // Between the two names: after the first name's end and before the second's start.
      const [first, second] = names(route).map((n) => {
        const range = document.createRange();
        range.selectNodeContents(n);
        return range.getBoundingClientRect();
      });
      expect(first?.right).to.be.at.most(arrow.left + 0.5);
      expect(second?.left).to.be.at.least(arrow.right - 0.5);
    }
  });
});
