/// <reference types="mocha" />
import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {ApacErrorDetail} from '../../src/core/events.js';
import {dateFields, q, qa, text} from './helpers.js';

type Chart = HTMLElement & {data: unknown; updateComplete: Promise<boolean>};

/** Mounts `tag` with `data` in a box `width` px wide; resolves when it has drawn or erred. */
async function mount(tag: string, data: unknown, width = 800, timeout = 8000) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const errors: ApacErrorDetail[] = [];
  const el = document.createElement(tag) as Chart;
  el.addEventListener('apac-error', (e) => errors.push(e.detail));
  el.data = data;
  box.append(el);
  await waitUntil(() => q(el, 'svg.chart') ?? q(el, '.error'), `${tag} neither drew nor erred`, {
    timeout,
  });
  await el.updateComplete;
  return {el, box, errors};
}

const citation = 'test';

describe('edge cases', () => {
  describe('empty and tiny data', () => {
    it('empty data in each chart: a message, not a blank box', async () => {
      for (const [tag, data] of [
        ['apac-choropleth', {indicator: {label: 'x', citation}, values: []}],
        ['apac-timeline', {events: []}],
        ['apac-sankey', {links: []}],
      ] as const) {
        const {el, errors} = await mount(tag, data);
        expect(text(q(el, '.error')), tag).to.equal('There is no data to draw.');
        expect(errors[0]?.message).to.equal('There is no data to draw.');
        expect(q(el, 'svg.chart')).to.equal(null);
      }
    });

    it('one row in each chart draws it', async () => {
      const map = await mount('apac-choropleth', {
        indicator: {label: 'x', citation},
        values: [{economy: 'SG', value: 3}],
      });
      expect(qa(map.el, '[data-id="SG"]')).to.not.have.length(0);
      const tl = await mount('apac-timeline', {events: [{title: 'One', start: '2015', citation}]});
      expect(qa(tl.el, 'g.event')).to.have.length(1);
      const sk = await mount('apac-sankey', {
        links: [{source: 'A', target: 'B', value: 1, citation}],
      });
      expect(qa(sk.el, 'g.link')).to.have.length(1);
    });

    it('all values equal: one class, every economy coloured', async () => {
      const {el} = await mount('apac-choropleth', {
        indicator: {label: 'x', citation},
        values: ['SG', 'MY', 'TH', 'VN'].map((economy) => ({economy, value: 5})),
      });
      const items = qa(el, '.legend-items li').map((li) => li.getAttribute('aria-label'));
      expect(items[0]).to.match(/: 4 economies$/);
      const fills = ['SG', 'MY', 'TH', 'VN'].map((id) =>
        q(el, `[data-id="${id}"]`)?.getAttribute('fill')
      );
      expect(new Set(fills).size).to.equal(1);
      expect(fills[0]).to.not.equal('url(#no-data)');
    });
  });

  describe('bad numbers', () => {
    it('NaN, Infinity, negative and 1e15 values are reported or drawn, never NaN', async () => {
      const {el, errors} = await mount('apac-sankey', {
        links: [
          {source: 'A', target: 'B', value: 1e15, citation},
          {source: 'A', target: 'C', value: 'NaN', citation},
          {source: 'A', target: 'D', value: 'Infinity', citation},
          {source: 'A', target: 'E', value: -5, citation},
          {source: 'A', target: 'F', value: 2, citation},
        ],
      });
      expect(errors[0]?.issues.map((i) => i.path)).to.deep.equal([
        'links[1].value',
        'links[2].value',
        'links[3].value',
      ]);
      expect(qa(el, 'g.link')).to.have.length(2);
      expect(qa(el, 'path').every((p) => !/NaN|Infinity/.test(p.getAttribute('d') ?? ''))).to.equal(
        true
      );
    });

    it('unknown economies and duplicate ids are listed; the rest draws', async () => {
      const map = await mount('apac-choropleth', {
        indicator: {label: 'x', citation},
        values: [
          {economy: 'Narnia', value: 1},
          {economy: 'SG', value: 2},
        ],
      });
      expect(map.errors[0]?.issues[0]?.message).to.contain('"Narnia"');
      const tl = await mount('apac-timeline', {
        events: [
          {id: 'a', title: 'First', start: '2015', citation},
          {id: 'a', title: 'Again', start: '2016', citation},
          {title: 'Backwards', start: '2016-05-02', end: '2016-05-01', citation},
        ],
      });
      expect(tl.errors[0]?.issues.map((i) => i.path)).to.deep.equal([
        'events[1].id',
        'events[2].end',
      ]);
      expect(qa(tl.el, 'g.event')).to.have.length(1);
    });

    it('a Sankey self-loop is listed and a cycle is named', async () => {
      const {el, errors} = await mount('apac-sankey', {
        links: [
          {source: 'A', target: 'A', value: 1, citation},
          {source: 'A', target: 'B', value: 2, citation},
          {source: 'B', target: 'A', value: 1, citation},
        ],
      });
      expect(errors[0]?.issues.map((i) => i.path)).to.deep.equal(['links[0].target']);
      expect(text(q(el, '.cycle'))).to.equal('Left out because they close a loop: B to A.');
    });
  });

  it('100,000 timeline rows: handled, and the chart still answers the reader (range, table)', async function () {
    // Checked and prepared in slices between the page's tasks: it takes a few seconds.
    this.timeout(120_000);
    const events = Array.from({length: 100_000}, (_, i) => ({
      id: `r${i}`,
      title: `Row ${i}`,
      start: new Date(Date.UTC(1990, 0, 1) + (i % 12_000) * 86_400_000).toISOString().slice(0, 10),
      citation,
    }));
    const {el} = await mount('apac-timeline', {events}, 1000, 100_000);
    expect(text(q(el, '.shown'))).to.equal('100,000 events');
    expect(text(q(el, '[part="limit"]'))).to.match(/^100,000 events in view are too many/);
    // Counted in clusters, not drawn one by one.
    expect(qa(el, 'g.cluster, g.event').length).to.be.below(200);
    // The table shows its first rows and offers every row as CSV.
    (q(el, '.table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(qa(el, 'tbody tr')).to.have.length(1000);
    expect(text(q(el, '.table-more'))).to.equal(
      'The first 1,000 of 100,000 rows. Download all as CSV'
    );
    // It still answers input: a typed range redraws to that year's rows (9 a day in 1995).
    const [from, to] = await dateFields(el);
    (from as HTMLInputElement).value = '1995-01-01';
    (to as HTMLInputElement).value = '1995-12-31';
    const ranged = oneEvent(el, 'apac-range');
    to?.dispatchEvent(new Event('change'));
    await ranged;
    await waitUntil(
      () => text(q(el, '.shown')) === 'Showing 3,285 of 100,000 events',
      'no redraw',
      {
        timeout: 8000,
      }
    );
    expect(qa(el, 'g.cluster, g.event').length).to.be.within(1, 199);
  });

  describe('where the element lives', () => {
    it('in a container of zero width, it waits, then draws when the container is shown', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="display:none"></div>`);
      const el = document.createElement('apac-sankey') as Chart;
      box.append(el);
      await aTimeout(100);
      expect(q(el, 'svg.chart')).to.equal(null);
      const drawn = oneEvent(el, 'apac-render');
      box.style.display = 'block';
      box.style.width = '700px';
      await drawn;
      expect(q(el, 'svg.chart')?.getAttribute('width')).to.equal('700');
    });

    it('a width or height that is not a positive number is ignored: the chart follows its container', async () => {
      for (const tag of ['apac-choropleth', 'apac-timeline', 'apac-sankey']) {
        const box = await fixture<HTMLDivElement>(html`<div style="width:420px"></div>`);
        const el = document.createElement(tag) as Chart;
        el.setAttribute('width', 'x');
        el.setAttribute('height', '-5');
        const drawn = oneEvent(el, 'apac-render');
        box.append(el);
        const {width, height} = (await drawn).detail;
        expect(width, tag).to.equal(420);
        // …and its height one it chose for itself, not −5.
        expect(height, tag).to.be.greaterThan(100);
      }
    });

    it('moved in the DOM, it draws again at its new width', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div>
          <div id="a" style="width:900px"></div>
          <div id="b" style="width:500px"></div>
        </div>`
      );
      const el = document.createElement('apac-timeline') as Chart;
      box.querySelector('#a')?.append(el);
      await oneEvent(el, 'apac-render');
      const moved = oneEvent(el, 'apac-render');
      box.querySelector('#b')?.append(el);
      await moved;
      expect(q(el, 'svg.chart')?.getAttribute('width')).to.equal('500');
    });
  });
});
