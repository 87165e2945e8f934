/// <reference types="mocha" />
/**
 * Annotations (README, "Annotations"): `<apac-note>` children and the `annotations` property on
 * all three charts, placed without overlapping each other or their targets' labels at 1280 and
 * 320 px, numbered markers with a list under the chart below 480 px, `show` per width, and the
 * notes in the export, the data table and the description.
 */
import {expect, html} from '@open-wc/testing';
import {drawn, q, qa, text} from './helpers.js';
import '../../src/index.js';
import type {ApacChoropleth} from '../../src/elements/choropleth/choropleth.js';
import type {ApacTimeline} from '../../src/elements/timeline/timeline.js';
import type {ApacSankey} from '../../src/elements/sankey/sankey.js';
import type {ChoroplethLayout} from '../../src/layout/choropleth/layout.js';

type Box = {left: number; right: number; top: number; bottom: number};
const meets = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;
const boxes = (el: HTMLElement, sel: string) => qa(el, sel).map((n) => n.getBoundingClientRect());

/** Every drawn note box (or marker) against the others and against every label in `labels`. */
function expectApart(el: HTMLElement, labels: string): void {
  const notes = boxes(el, '.annotations .note-box, .annotations .note-marker');
  expect(notes.length, 'notes drawn').to.be.greaterThan(0);
  notes.forEach((a, i) =>
    notes.slice(i + 1).forEach((b) => expect(meets(a, b), 'two notes overlap').to.equal(false))
  );
  for (const label of boxes(el, labels))
    for (const n of notes) expect(meets(n, label), 'a note covers a label').to.equal(false);
}

const TIMELINE_NOTES = html`<apac-note for="ammtc-10"
    >Kuala Lumpur Declaration; the AMMTC meets every year from now on</apac-note
  ><apac-note for="ammtc-1">1st ASEAN Conference on Transnational Crime</apac-note
  ><apac-note from="2015-09-28" to="2015-10-02" show="desktop">AMMTC week</apac-note>`;

for (const width of [1280, 320]) {
  describe(`annotations at ${width} px`, () => {
    it('map: notes on economies, apart from each other and the economy labels', async () => {
      const el = await drawn<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth
          ><apac-note for="TL">Admitted to ASEAN as its 11th member, 26 October 2025</apac-note
          ><apac-note for="Malaysia">Chair in 2025</apac-note></apac-choropleth
        >`,
        width
      );
      expect(qa(el, '.annotations .note').length).to.equal(2);
      expectApart(el, '.economy-label');
    });

    it('map, crowded: a note on each of ten neighbouring economies, still apart', async () => {
      const codes = ['TH', 'KH', 'VN', 'LA', 'MM', 'MY', 'SG', 'ID', 'PH', 'BN'];
      const el = await drawn<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth
          >${codes.map((c) => html`<apac-note for=${c}>A note on ${c}, over two lines</apac-note>`)}</apac-choropleth
        >`,
        width
      );
      expect(qa(el, '.annotations .note').length).to.equal(10);
      expectApart(el, '.economy-label');
    });

    it('timeline: notes on events and a date range, apart from event labels', async () => {
      const el = await drawn<ApacTimeline>(
        'apac-timeline',
        html`<apac-timeline view="1996-01-01,2026-12-31">${TIMELINE_NOTES}</apac-timeline>`,
        width
      );
      // The range is shown on desktop only.
      expect(qa(el, '.annotations .note').length).to.equal(width < 480 ? 2 : 3);
      expectApart(el, 'text.label, text.title, text.lane-label');
    });

    it('Sankey: notes on a node and a flow, apart from node labels', async () => {
      const el = await drawn<ApacSankey>(
        'apac-sankey',
        html`<apac-sankey
          ><apac-note for=${'origin:EAP->crime:counterfeit-goods'}
            >The largest flow: counterfeit goods, US$24.4 billion a year</apac-note
          ><apac-note for="crime:heroin">Heroin</apac-note></apac-sankey
        >`,
        width
      );
      expect(qa(el, '.annotations .note').length).to.equal(2);
      expectApart(el, 'text.node-label, .list-name, text.name');
    });
  });
}

describe('annotations per width', () => {
  it('below 480 px, lettered markers on the targets and the notes listed under the chart in order', async () => {
    const el = await drawn<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline>${TIMELINE_NOTES}</apac-timeline>`,
      320
    );
    expect(qa(el, '.annotations .note-box').length).to.equal(0);
    expect(qa(el, '.annotations .note-number').map((n) => n.textContent)).to.deep.equal(['A', 'B']);
    // The list is lettered as the markers are.
    expect(getComputedStyle(q(el, '.note-list ol') as Element).listStyleType).to.equal(
      'upper-alpha'
    );
    // The letter is drawn in a colour that stands out from its circle.
    const [circle, number] = ['.note-marker', '.note-number'].map((s) =>
      q(el, `.annotations ${s}`)
    );
    expect(getComputedStyle(number as Element).fill).to.not.equal(
      getComputedStyle(circle as Element).fill
    );
    // Each says what it points at once, by the event's short title (its title's own brackets
    // were bracketed again: "(10th AMMTC opens (Kuala Lumpur Declaration; AMMTC made annual))").
    const items = qa(el, '.note-list li').map((li) => text(li));
    expect(items).to.deep.equal([
      'Kuala Lumpur Declaration; the AMMTC meets every year from now on (10th AMMTC)',
      '1st ASEAN Conference on Transnational Crime',
    ]);
  });

  it('at 1280 px, notes are boxes with connectors and no list', async () => {
    const el = await drawn<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline view="1996-01-01,2026-12-31">${TIMELINE_NOTES}</apac-timeline>`,
      1280
    );
    expect(qa(el, '.annotations .note-box').length).to.equal(3);
    expect(
      qa(el, '.annotations .note-text')
        .map((t) => text(t))
        .join(' ')
    ).to.contain('AMMTC week');
    expect(q(el, '.note-list')).to.equal(null);
    // Styled as notes (their styles load with them): a box on the chart's background with a thin
    // rule, the connector a line, not a filled shape, and nothing in the layer takes the pointer.
    const style = (sel: string) => getComputedStyle(qa(el, sel)[0] as Element);
    expect(style('.annotations .note-box').fill).to.equal(style('.frame').backgroundColor);
    expect(style('.annotations .note-box').strokeWidth).to.equal('0.5px');
    expect(style('.annotations .note-connector').fill).to.equal('none');
    expect(style('.annotations').pointerEvents).to.equal('none');
  });

  it('show="phone" notes only below 480 px', async () => {
    const tpl = html`<apac-sankey
      ><apac-note for="crime:heroin" show="phone">Heroin</apac-note></apac-sankey
    >`;
    const wide = await drawn<ApacSankey>('apac-sankey', tpl, 900);
    expect(qa(wide, '.annotations .note').length).to.equal(0);
    const narrow = await drawn<ApacSankey>('apac-sankey', tpl, 320);
    expect(qa(narrow, '.annotations .note').length).to.equal(1);
  });
});

describe('annotations everywhere the chart goes', () => {
  it('the typed property, then the children; edits to a child place the notes again', async () => {
    const el = await drawn<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth
        ><apac-note id="tl" for="TL">Admitted 2025</apac-note></apac-choropleth
      >`,
      900
    );
    el.annotations = [{target: 'MY', text: 'Chair in 2025'}];
    await el.updateComplete;
    expect(qa(el, '.annotations .note').map((n) => n.getAttribute('data-note'))).to.deep.equal([
      'note-MY',
      'tl',
    ]);
    const child = el.querySelector('apac-note');
    if (child) child.textContent = 'Admitted to ASEAN, 26 October 2025';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const lines = qa(el, '[data-note="tl"] .note-text tspan').map((t) => t.textContent);
    expect(lines.join(' ')).to.contain('26 October 2025');
  });

  const sankeyWithNote = (width: number) =>
    drawn<ApacSankey>(
      'apac-sankey',
      html`<apac-sankey
        ><apac-note for=${'origin:EAP->crime:counterfeit-goods'}
          >The largest flow</apac-note
        ></apac-sankey
      >`,
      width
    );

  it('toSVG draws the notes from their placement: a box at 900 px, a marker and the list at 320 px', async () => {
    const wide = new DOMParser().parseFromString(
      (await sankeyWithNote(900)).toSVG(),
      'image/svg+xml'
    );
    expect(wide.querySelector('.annotations rect')).to.not.equal(null);
    expect(text(wide.querySelector('.annotations'))).to.contain('The largest flow');
    const narrow = new DOMParser().parseFromString(
      (await sankeyWithNote(320)).toSVG(),
      'image/svg+xml'
    );
    expect(text(narrow.querySelector('.annotations circle + text'))).to.equal('A');
    expect(text(narrow.documentElement)).to.contain('A. The largest flow');
  });

  it('the description reads the notes out', async () => {
    const el = await sankeyWithNote(900);
    expect(text(q(el, 'svg.chart desc'))).to.contain(
      'Notes on the chart: A. The largest flow (East Asia and the Pacific to Counterfeit goods)'
    );
  });

  it('the open data table lists the notes', async () => {
    const el = await sankeyWithNote(900);
    (q(el, '.table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(q(el, '.table-notes'))).to.contain('The largest flow');
  });
});

describe('notes at a longitude and latitude on the map', () => {
  it('points at the place: Bangkok (100.5, 13.75) lies inside Thailand', async () => {
    const el = await drawn<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth region="asean"
        ><apac-note for="100.5,13.75">Bangkok</apac-note
        ><apac-note for="-170,80">Outside the map</apac-note></apac-choropleth
      >`,
      1000
    );
    expect(qa(el, '.annotations .note').length).to.equal(1);
    const line = q(el, '.annotations .note-connector');
    // The path's last point: where the line ends, short of the place.
    const end = (line?.getAttribute('d') ?? '').split(/[ML]/).at(-1)?.split(',').map(Number) ?? [];
    const th = (q(el, 'svg.chart path[data-id="TH"]') as SVGGraphicsElement).getBBox();
    expect(end[0]).to.be.within(th.x, th.x + th.width);
    expect(end[1]).to.be.within(th.y, th.y + th.height);
    expect(text(q(el, 'svg.chart desc'))).to.contain('A. Bangkok (100.5°, 13.75°)');
  });

  for (const width of [320, 375])
    it(`at ${width} px a note's marker never reads as another economy's: not a number, not beside its circle`, async () => {
      // The Storybook story: Timor-Leste's and Malaysia's notes as markers, on a map that numbers
      // Viet Nam, Lao PDR, Hong Kong, Brunei and Papua New Guinea: a note's 2 beside Lao PDR's 2
      // read as one key, and at 320 px Timor-Leste's marker sat 2 px from Papua New Guinea's
      // circle.
      const el = await drawn<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth
          ><apac-note for="TL">Admitted to ASEAN</apac-note
          ><apac-note for="MY">Hosted the 47th ASEAN Summit</apac-note></apac-choropleth
        >`,
        width - 32
      );
      const layout = (el as unknown as {layout: ChoroplethLayout}).layout;
      const targets = {'note-TL': 'TL', 'note-MY': 'MY'} as Record<string, string>;
      for (const m of qa(el, '.annotations .note')) {
        const circle = m.querySelector('.note-marker');
        if (!circle) continue;
        const [x, y, r] = ['cx', 'cy', 'r'].map((a) => Number(circle.getAttribute(a)));
        const own = targets[m.getAttribute('data-note') ?? ''];
        for (const c of layout.callouts.filter((o) => o.id !== own))
          expect(
            Math.hypot(c.x - (x ?? 0), c.y - (y ?? 0)) - (r ?? 0) - c.r,
            `${own}'s marker off ${c.id}'s circle`
          ).to.be.at.least(5.5);
      }
      const marks = qa(el, '.annotations .note-number').map((n) => text(n));
      expect(marks).to.deep.equal(['A', 'B']);
      const drawnWords = qa(el, 'svg.chart text')
        .filter((t) => !t.closest('.annotations'))
        .map((t) => text(t));
      expect(drawnWords, 'the map numbers economies').to.include('2');
      for (const m of marks) expect(drawnWords).to.not.include(m);
    });
});

describe('Sankey column headings (columns attribute)', () => {
  const tpl = html`<apac-sankey columns="Origin|Crime|Destination"></apac-sankey>`;

  it('at 1280 px, a heading above each column of nodes, clear of the nodes and their labels', async () => {
    const el = await drawn<ApacSankey>('apac-sankey', tpl, 1280);
    const headings = qa(el, '.column-heading');
    expect(headings.map((h) => text(h))).to.deep.equal(['Origin', 'Crime', 'Destination']);
    const top = Math.min(...boxes(el, '.node rect').map((b) => b.top));
    for (const h of headings) expect(h.getBoundingClientRect().bottom).to.be.at.most(top);
    for (const h of boxes(el, '.column-heading'))
      for (const label of boxes(el, '.node text')) expect(meets(h, label)).to.equal(false);
  });

  it('at 320 px, the list heads its stages with them', async () => {
    const el = await drawn<ApacSankey>('apac-sankey', tpl, 320);
    expect(qa(el, 'text.stage').map((h) => text(h))).to.deep.equal([
      'Origin',
      'Crime',
      'Destination',
    ]);
  });
});
