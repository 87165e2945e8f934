/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import {q, qa} from './helpers.js';
import {PHONES, SCHEMES, atWidth, sidewaysScroll} from './phone-helpers.js';
import '../../src/index.js';

/**
 * Words of a cell that the browser broke across lines (a column narrower than the word). A long
 * address or a compound may wrap where a reader expects it, after a slash or hyphen: the parts
 * between those are the words here.
 */
function brokenWords(cell: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/[^\s/\-?&=]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(m[0]);
    }
  }
  return out;
}

const charts = {
  'apac-choropleth': html`<apac-choropleth></apac-choropleth>`,
  'apac-timeline': html`<apac-timeline></apac-timeline>`,
  'apac-sankey': html`<apac-sankey></apac-sankey>`,
};
type Tag = keyof typeof charts;

describe('the data table on a phone', () => {
  for (const tag of Object.keys(charts) as Tag[])
    for (const width of PHONES)
      for (const theme of SCHEMES)
        it(`<${tag}> at ${width} px, ${theme}: whole words, scrolling in its own region`, async () => {
          const el = await atWidth<HTMLElement & {updateComplete: Promise<boolean>}>(
            tag,
            charts[tag],
            width
          );
          el.setAttribute('theme', theme);
          (q(el, 'button.table-toggle') as HTMLButtonElement).click();
          await el.updateComplete;
          const region = q(el, '.table-wrap') as HTMLElement;
          const cells = qa(el, 'th, td').slice(0, 400);
          expect(cells.length).to.be.above(4);
          expect(cells.flatMap(brokenWords), 'words broken across lines').to.deep.equal([]);
          expect(sidewaysScroll(), 'page scrolls sideways').to.equal(0);
          expect(region.getBoundingClientRect().right).to.be.at.most(width);
          if (region.scrollWidth > region.clientWidth) {
            expect(region.getAttribute('role')).to.equal('region');
            expect(region.getAttribute('aria-label')).to.match(/\S/);
            expect(region.tabIndex).to.equal(0);
            region.scrollLeft = region.scrollWidth;
            await new Promise(requestAnimationFrame);
            const first = q(el, 'tbody tr td:first-child') as HTMLElement;
            const left = region.getBoundingClientRect().left;
            expect(first.getBoundingClientRect().left - left, 'first column in view').to.be.within(
              -1,
              2
            );
          }
        });
});

describe('the data table on a phone, row by row', () => {
  for (const tag of Object.keys(charts) as Tag[])
    it(`<${tag}>: each row a card of its cells, each under its column's name, none out of sight`, async () => {
      // Scrolled both ways in a 288 px box, a Sankey's amounts were out of sight past its
      // routes and sources, and the caption was cut.
      for (const width of [320, 800]) {
        const el = await atWidth<HTMLElement & {updateComplete: Promise<boolean>}>(
          tag,
          charts[tag],
          width
        );
        (q(el, 'button.table-toggle') as HTMLButtonElement).click();
        await el.updateComplete;
        const region = q(el, '.table-wrap') as HTMLElement;
        const cells = qa(el, 'tbody tr:first-child td') as HTMLElement[];
        const header = qa(el, 'thead th').map((th) => th.textContent?.trim());
        expect(cells.length, `${width} px`).to.equal(header.length);
        const phone = width === 320;
        // The table's roles kept as its parts are drawn as blocks.
        await expect(el).to.be.accessible();
        const tops = cells.map((c) => Math.round(c.getBoundingClientRect().top));
        expect(new Set(tops).size, `${width} px: cells on their own lines`).to.equal(
          phone ? cells.length : 1
        );
        expect(
          cells.map((c) => getComputedStyle(c, '::before').content),
          `${width} px: each cell's column name above it`
          // (Generated text with no alternative: the header names the cell to a screen reader.)
        ).to.deep.equal(phone ? header.map((h) => `"${h}" / ""`) : header.map(() => 'none'));
        if (!phone) continue;
        expect(region.scrollWidth, 'no sideways scroll').to.be.at.most(region.clientWidth + 1);
        const {left, right} = region.getBoundingClientRect();
        // The caption as wide as the region (a table drawn as blocks shrank it to a column).
        const caption = (q(el, 'caption') as HTMLElement).getBoundingClientRect();
        expect(caption.width, 'the caption').to.be.above(region.clientWidth - 20);
        for (const c of [...cells, q(el, 'caption') as HTMLElement]) {
          const r = c.getBoundingClientRect();
          expect(r.left, c.textContent ?? '').to.be.at.least(left);
          expect(r.right, c.textContent ?? '').to.be.at.most(right);
        }
        expect(q(el, 'table')?.getAttribute('role')).to.equal('table');
        expect(cells.every((c) => c.getAttribute('role') === 'cell')).to.equal(true);
      }
    });
});

describe('the data table, opened', () => {
  it('shows its first rows in the frame that answers the tap, and every row once the chart is updated', async () => {
    const el = await atWidth<HTMLElement & {updateComplete: Promise<boolean>}>(
      'apac-timeline',
      charts['apac-timeline'],
      375
    );
    const toggle = () => (q(el, '.table-toggle') as HTMLButtonElement).click();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // The table's code is a chunk loaded when a table is first opened, over the network on a
    // page: its first picture waits for it (here, on a loaded machine, it could take more than a
    // frame). Opened and closed once, so that what follows times the table's own drawing.
    toggle();
    await el.updateComplete;
    toggle();
    await el.updateComplete;
    for (const time of ['first', 'again']) {
      toggle();
      // The frame after the tap: the table is there, with its first 30 of 101 rows.
      await frame();
      expect(qa(el, 'tbody tr'), `${time}: in the first frame`).to.have.length(30);
      await el.updateComplete;
      expect(qa(el, 'tbody tr'), `${time}: once updated`).to.have.length(101);
      toggle();
      await el.updateComplete;
      expect(qa(el, 'tbody tr'), 'closed').to.have.length(0);
    }
  });
});

describe('the table button on a phone', () => {
  const layout = async (lang: string, width: number) => {
    const el = await atWidth<HTMLElement & {updateComplete: Promise<boolean>}>(
      'apac-sankey',
      html`<apac-sankey lang=${lang}></apac-sankey>`,
      width
    );
    const credit = (q(el, '.credit') as HTMLElement).getBoundingClientRect();
    const button = (q(el, 'button.table-toggle') as HTMLElement).getBoundingClientRect();
    return {beside: button.top < credit.bottom - 1};
  };
  // A Japanese button's few characters fitted beside the source line at 375 px: on a phone the
  // button is on a line of its own, under the source, whatever its language.
  for (const lang of ['en', 'ja', 'zh-Hans', 'ko'])
    for (const width of [288, 343, 382, 398])
      it(`in ${lang} at ${width} px is under the source line`, async () => {
        expect((await layout(lang, width)).beside).to.equal(false);
      });
  it('in a wide chart is beside the source line, a line less under the drawing', async () => {
    expect((await layout('en', 960)).beside).to.equal(true);
  });
});
