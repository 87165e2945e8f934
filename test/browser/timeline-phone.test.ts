/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {q, qa} from './helpers.js';
import {
  PHONES,
  SCHEMES,
  atWidth,
  chartTexts,
  overlappingTexts,
  sidewaysScroll,
} from './phone-helpers.js';
import '../../src/timeline.js';
import type {ApacTimeline} from '../../src/timeline.js';
import type {TimelineLayout} from '../../src/layout/timeline/layout.js';

const layoutOf = (el: ApacTimeline) => (el as unknown as {layout: TimelineLayout}).layout;

describe('<apac-timeline> on a phone and at desktop width', () => {
  for (const width of [...PHONES, 1280])
    for (const theme of SCHEMES)
      it(`default at ${width} px, ${theme}: text apart, no sideways scroll${width === 320 ? ', at most 2,000 px tall' : ''}`, async () => {
        const el = await atWidth<ApacTimeline>(
          'apac-timeline',
          html`<apac-timeline theme=${theme}></apac-timeline>`,
          width
        );
        expect(overlappingTexts(chartTexts(el)), 'text on text').to.deep.equal([]);
        expect(sidewaysScroll(), 'page scrolls sideways').to.equal(0);
        if (width < 480) expect(el.getBoundingClientRect().height).to.be.at.most(2000);
        // Every line of text inside the chart, none cut at its right edge.
        const right = (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect().right;
        const cut = chartTexts(el)
          .filter((t) => t.box.right > right + 0.5)
          .map((t) => t.text);
        expect(cut, 'text past the right edge').to.deep.equal([]);
      });

  it('reaches every event at 320 px: each closed year opens, and the count of events shown stays true', async () => {
    const el = await atWidth<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline></apac-timeline>`,
      320
    );
    const layout = layoutOf(el);
    const shown = q(el, '.shown')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(layout.shown).to.equal(layout.total);
    expect(shown.trim()).to.match(new RegExp(`^${layout.total} events, `));
    const closed = layout.years.filter((y) => !y.open);
    expect(closed.length, 'some years folded').to.be.above(0);
    expect(layout.years.at(-1)?.open, 'the newest year open').to.equal(true);
    expect(shown).to.contain('in closed years');
    for (const y of closed) {
      const head = q(el, `g.year-head[data-id="${y.id}"]`) as SVGGElement;
      expect(head.getAttribute('aria-expanded')).to.equal('false');
      expect(head.getAttribute('aria-label')).to.equal(
        `${y.year}: ${y.count} ${y.count === 1 ? 'event' : 'events'}`
      );
      expect(head.getBoundingClientRect().height).to.be.at.least(24);
      head.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await el.updateComplete;
    }
    expect(qa(el, 'g.row')).to.have.length(layout.shown);
    expect(layoutOf(el).years.every((y) => y.open)).to.equal(true);
  });

  it('opens and closes a year from the keyboard', async () => {
    const el = await atWidth<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline></apac-timeline>`,
      320
    );
    const first = layoutOf(el).years[0];
    expect(first?.open).to.equal(false);
    (q(el, `g.year-head[data-id="${first?.id}"]`) as SVGGElement).focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(layoutOf(el).years[0]?.open).to.equal(true);
    expect(q(el, `g.year-head[data-id="${first?.id}"]`)?.getAttribute('aria-expanded')).to.equal(
      'true'
    );
    await sendKeys({press: 'ArrowDown'});
    expect(el.shadowRoot?.activeElement?.classList.contains('row')).to.equal(true);
  });

  it('folds the filter chips away at 320 px and draws them when the reader opens the filters', async () => {
    const el = await atWidth<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline group-by="kind"></apac-timeline>`,
      320
    );
    const details = q(el, 'details.filters') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(qa(el, '.chip'), 'chips drawn while folded').to.have.length(0);
    (details.querySelector('summary') as HTMLElement).click();
    await new Promise((resolve) => details.addEventListener('toggle', resolve, {once: true}));
    await el.updateComplete;
    const chips = qa(el, 'details.filters .chip') as HTMLButtonElement[];
    expect(chips.map((c) => c.textContent?.trim())).to.include.members(['Meeting', 'Workshop']);
    expect(
      chips.every((c) => c.getBoundingClientRect().height > 0),
      'chips shown'
    ).to.equal(true);
    chips[0]?.click();
    await el.updateComplete;
    expect(el.kind).to.not.equal('');
    expect(q(el, 'details.filters')?.hasAttribute('open'), 'stays open').to.equal(true);
    (q(el, 'details.filters summary') as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect((q(el, 'details.filters') as HTMLDetailsElement).open).to.equal(false);
  });

  it("a tap on a row of the phone's list picks its event with no tooltip repeating the row", async () => {
    // The row writes the event's date, title, forum and city: its tooltip said them again, over
    // the row above.
    const el = await atWidth<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline from="2023" to="2024"></apac-timeline>`,
      320
    );
    const row = q(el, 'g.event.row') as SVGGElement;
    expect(row, 'a row of the list').to.not.equal(null);
    const id = row.getAttribute('data-id');
    row.dispatchEvent(
      new PointerEvent('click', {bubbles: true, composed: true, pointerType: 'touch'})
    );
    await el.updateComplete;
    expect(el.selected).to.equal(id);
    expect((q(el, '.tooltip') as HTMLElement).hidden, 'no tooltip').to.equal(true);
  });
});
