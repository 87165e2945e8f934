/**
 * Catalogues load per language: an English page fetches none of the others, and a chart in
 * another language draws its first picture in that language (it waits for the catalogue).
 * Its own page: nothing here may have loaded a catalogue before these tests.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {q, text} from './helpers.js';
import '../../src/index.js';

type Chart = HTMLElement & {updateComplete: Promise<boolean>};

// The test page's own modules fill the default buffer of 250 entries; keep room for what follows.
performance.clearResourceTimings();
performance.setResourceTimingBufferSize(10_000);

/** Catalogue modules the page has fetched so far (`th`, `ja`, …). */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/i18n\/locales\/([\w-]+)\.[jt]s/.exec(e.name)?.[1])
    .filter((x): x is string => Boolean(x));

/** The chart's words at the moment of its first picture (apac-render), and its element. */
async function firstPicture(lang: string): Promise<{toggle: string; title: string}> {
  let seen: {toggle: string; title: string} | undefined;
  const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
  const el = document.createElement('apac-sankey') as Chart;
  el.setAttribute('lang', lang);
  const rendered = new Promise<void>((resolve) =>
    el.addEventListener(
      'apac-render',
      () => {
        seen = {
          toggle: text(q(el, 'button.table-toggle')),
          title: text(q(el, 'svg.chart > title')),
        };
        resolve();
      },
      {once: true}
    )
  );
  box.append(el);
  await rendered;
  return seen as {toggle: string; title: string};
}

describe('catalogues loaded per language', () => {
  it('an English chart fetches no other catalogue', async () => {
    const en = await firstPicture('en');
    expect(en.toggle).to.equal('Show data as table');
    expect(fetched()).to.deep.equal([]);
  });

  it('a Thai chart fetches only Thai, and its first picture is already in Thai', async () => {
    const th = await firstPicture('th');
    expect(fetched()).to.deep.equal(['th']);
    expect(th.toggle).to.equal('แสดงข้อมูลเป็นตาราง');
    expect(th.title).to.not.include('Sankey chart');
  });

  it('a chart whose lang changes after drawing redraws in the new language', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:600px"><apac-sankey lang="en"></apac-sankey></div>`
    );
    const el = box.querySelector('apac-sankey') as Chart;
    // Drawn already when the width is known at once (SizeController), else once it is.
    if (!q(el, 'svg.chart'))
      await new Promise((r) => el.addEventListener('apac-render', r, {once: true}));
    el.setAttribute('lang', 'ja');
    const start = performance.now();
    while (
      text(q(el, 'button.table-toggle')) !== 'データを表で表示' &&
      performance.now() - start < 5000
    )
      await new Promise((r) => setTimeout(r, 20));
    expect(text(q(el, 'button.table-toggle'))).to.equal('データを表で表示');
    expect(fetched()).to.include('ja');
  });
});
