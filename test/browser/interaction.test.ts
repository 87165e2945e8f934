/// <reference types="mocha" />
/**
 * One journey, three charts: the same keys, pointer moves and picks must give the same events,
 * details, announcements and toggling on the map, the timeline and the Sankey.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import {q, qa} from './helpers.js';
import '../../src/index.js';
import type {ApacDatumDetail} from '../../src/core/events.js';

type Chart = HTMLElement & {selected: string | undefined; updateComplete: Promise<boolean>};

interface Case {
  tag: string;
  template: TemplateResult;
  /** A mark to point at, and what its record must say. */
  pointAt: string;
  record: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    tag: 'apac-choropleth',
    template: html`<apac-choropleth region="asean"></apac-choropleth>`,
    pointAt: 'TH',
    record: {economy: 'TH', name: 'Thailand'},
  },
  {
    tag: 'apac-timeline',
    template: html`<apac-timeline from="2015-01-20" to="2015-02-10"></apac-timeline>`,
    pointAt: 'ctwg-nps-2015-clark',
    record: {id: 'ctwg-nps-2015-clark', start: '2015-01-30'},
  },
  {
    tag: 'apac-sankey',
    // The band chart (flows as marks); the list that \`auto\` may pick draws nodes only.
    template: html`<apac-sankey orientation="horizontal"></apac-sankey>`,
    pointAt: 'F08:a',
    record: {id: 'F08:a', source: 'origin:ESEA', target: 'crime:migrant-smuggling'},
  },
];

/** Layout internals that must never leak into an event's datum. */
const LAYOUT_KEYS = ['x', 'y', 'w', 'h', 'x0', 'x1', 'd', 'core', 'mid', 'lane', 'labelX'];

async function mount(c: Case): Promise<{el: Chart}> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:1000px">${c.template}</div>`);
  const el = box.querySelector(c.tag) as Chart;
  if (!q(el, 'svg.chart')) await oneEvent(el, 'apac-render');
  await el.updateComplete;
  return {el};
}

/** Every apac-hover and apac-select the chart fires, in order. */
function record(el: Element) {
  const seen: {type: string; detail: ApacDatumDetail | null}[] = [];
  for (const type of ['apac-hover', 'apac-select'])
    el.addEventListener(type, (e) => seen.push({type, detail: (e as CustomEvent).detail}));
  return seen;
}

const live = (el: Element) => q(el, '[role="status"][aria-live="polite"]')?.textContent ?? '';
const focused = (el: Element) => el.shadowRoot?.activeElement?.getAttribute('data-focus');
const tooltipShown = (el: Element) => !(q(el, '.tooltip') as HTMLElement).hidden;
const tooltipText = (el: Element) => (q(el, '.tooltip')?.textContent ?? '').replace(/\s+/g, ' ');
/** The focused mark's accessible name, and the part of it that names the mark. */
const nameOf = (el: Element) => el.shadowRoot?.activeElement?.getAttribute('aria-label') ?? '';
const named = (label: string) => label.split(/[:,]| to /)[0]?.trim() ?? '';
const mark = (el: Element, id: string) => q(el, `[data-id="${id}"]`) as Element;
const point = (target: Element, type: string) =>
  target.dispatchEvent(new PointerEvent(type, {bubbles: true, composed: true}));

for (const c of CASES) {
  describe(`the shared interaction on <${c.tag}>`, () => {
    it('keyboard: one mark to Tab to, an arrow moves, Enter picks, Enter again clears, Escape clears', async () => {
      const {el} = await mount(c);
      const seen = record(el);
      const entry = qa(el, '[data-focus][tabindex="0"]');
      expect(entry).to.have.length(1);
      (entry[0] as SVGElement).focus();
      const first = focused(el);
      expect(first).to.be.a('string');
      expect(seen.at(-1)).to.deep.include({type: 'apac-hover'});
      expect(seen.at(-1)?.detail?.id).to.equal(first);
      // A screen reader hears the mark's name; the tooltip names it too.
      expect(live(el)).to.equal(nameOf(el));
      expect(tooltipText(el)).to.include(named(nameOf(el)));

      await sendKeys({press: 'ArrowRight'});
      const second = focused(el);
      expect(second).to.be.a('string').and.not.equal(first);
      // Still exactly one way in with Tab: the mark that has focus.
      expect(
        qa(el, '[data-focus][tabindex="0"]').map((m) => m.getAttribute('data-focus'))
      ).to.deep.equal([second]);
      const hovered = seen.at(-1)?.detail;
      expect(hovered?.id).to.equal(second);
      expect(tooltipShown(el)).to.equal(true);
      expect(live(el), 'announced after the arrow').to.equal(nameOf(el));
      expect(named(nameOf(el))).to.not.equal('');
      expect(tooltipText(el), 'the tooltip follows the arrow').to.include(named(nameOf(el)));

      seen.length = 0;
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.selected).to.equal(second);
      expect(seen).to.have.length(1);
      expect(seen[0]?.type).to.equal('apac-select');
      expect(seen[0]?.detail?.id).to.equal(second);
      expect(seen[0]?.detail?.datum).to.deep.equal(hovered?.datum);
      expect(live(el)).to.match(/^Selected .+\.$/);
      expect(mark(el, second as string).classList.contains('selected')).to.equal(true);

      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect(seen).to.have.length(1);
      expect(live(el)).to.equal('Selection cleared.');
      expect(qa(el, '[data-id].selected')).to.have.length(0);

      await sendKeys({press: 'Enter'});
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect(tooltipShown(el)).to.equal(false);
      expect(seen.map((s) => s.type)).to.deep.equal(['apac-select', 'apac-select', 'apac-hover']);
      expect(seen.at(-1)?.detail).to.equal(null);
    });

    it('pointer: hover gives the record and a tooltip, a click picks, a second click clears', async () => {
      const {el} = await mount(c);
      const seen = record(el);
      const target = mark(el, c.pointAt);
      point(target, 'pointermove');
      await el.updateComplete;
      expect(tooltipShown(el)).to.equal(true);
      const hoveredName = named(target.getAttribute('aria-label') ?? '');
      expect(hoveredName).to.not.equal('');
      expect(tooltipText(el), 'the hovered mark named').to.include(hoveredName);
      expect(target.classList.contains('hovered')).to.equal(true);
      const hover = seen.at(-1)?.detail;
      expect(hover?.id).to.equal(c.pointAt);
      expect(hover?.datum).to.deep.include(c.record);
      for (const key of LAYOUT_KEYS) expect(hover?.datum).to.not.have.property(key);

      target.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await el.updateComplete;
      expect(el.selected).to.equal(c.pointAt);
      expect(seen.at(-1)).to.deep.equal({type: 'apac-select', detail: hover});
      target.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect(seen.filter((s) => s.type === 'apac-select')).to.have.length(1);

      point(q(el, '.plot') as Element, 'pointerleave');
      await el.updateComplete;
      expect(tooltipShown(el)).to.equal(false);
      expect(target.classList.contains('hovered')).to.equal(false);
      expect(seen.at(-1)).to.deep.equal({type: 'apac-hover', detail: null});
    });

    it('pointer moves within one frame are coalesced: the first at once, the last on the next frame', async () => {
      const {el} = await mount(c);
      const seen = record(el);
      const ids = qa(el, '[data-focus]')
        .map((m) => m.getAttribute('data-focus') as string)
        .filter((id) => id !== c.pointAt)
        .slice(0, 2);
      for (const id of [c.pointAt, ...ids]) point(mark(el, id), 'pointermove');
      expect(seen.map((s) => s.detail?.id)).to.deep.equal([c.pointAt]);
      await el.updateComplete;
      expect(seen.map((s) => s.detail?.id ?? null).at(-1)).to.equal(
        (await hoverable(el, ids[1] as string)) ? ids[1] : null
      );
      expect(seen.length).to.be.at.most(2);
    });
  });
}

/** True when the mark has a record (a timeline cluster has none). */
async function hoverable(el: Element, id: string): Promise<boolean> {
  return !mark(el, id).matches('.cluster');
}
