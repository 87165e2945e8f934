/// <reference types="mocha" />
/**
 * `<apac-steps>` (README, "Scroll-driven stories"): the step crossing the middle of the screen
 * sets the chart's state; Previous / Next step without scrolling; a polite live region says each
 * step; no fade under reduced motion; two stories on one page each drive their own chart.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {q, qa, text} from './helpers.js';
import '../../src/index.js';
import type {ApacChoropleth} from '../../src/elements/choropleth/choropleth.js';
import type {ApacSankey} from '../../src/elements/sankey/sankey.js';
import type {ApacSteps} from '../../src/elements/steps/steps.js';
import type {ApacStep} from '../../src/elements/steps/step.js';

const story = () =>
  html`<apac-steps>
    <apac-choropleth indicator="membership" year="1967"></apac-choropleth>
    <apac-step year="1967" highlight="ID, MY, PH, SG, TH"
      ><h3>1967: ASEAN's founders</h3></apac-step
    >
    <apac-step year="1989" label="1989: APEC founded"><p>APEC's first members.</p></apac-step>
    <apac-step year="1999" highlight="KH" selected="KH"><h3>1999: Cambodia joins</h3></apac-step>
  </apac-steps>`;

async function mounted(
  template = story(),
  width = 800
): Promise<{steps: ApacSteps; map: ApacChoropleth}> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const steps = box.querySelector('apac-steps') as ApacSteps;
  const map = box.querySelector('apac-choropleth') as ApacChoropleth;
  if (!q(map, 'svg.chart')) await oneEvent(map, 'apac-render');
  await until(() => steps.current === 0);
  await map.updateComplete;
  return {steps, map};
}

async function until(test: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!test()) throw new Error(`timed out waiting for ${what}`);
}

/** Scrolls so that step `i`'s card sits across the middle of the screen. */
async function scrollTo(steps: ApacSteps, i: number): Promise<void> {
  const step = steps.querySelectorAll('apac-step')[i] as ApacStep;
  const box = step.getBoundingClientRect();
  window.scrollBy(0, box.top + box.height / 2 - innerHeight / 2);
  await until(() => steps.current === i, `step ${i + 1}`);
  await (steps.querySelector('[slot="chart"]') as ApacChoropleth).updateComplete;
}

/**
 * The marks' extent on the screen (they stick) clear of step `i`'s card all the while it is
 * read: as its top crosses the middle of the screen (when it takes effect, scrolling down),
 * centred there, and as its bottom crosses it.
 */
async function clearOfCard(steps: ApacSteps, i: number, [top, bottom]: number[]): Promise<void> {
  const step = steps.querySelectorAll('apac-step')[i] as ApacStep;
  for (const at of ['top', 'middle', 'bottom'] as const) {
    const box = step.getBoundingClientRect();
    const y = {top: box.top + 2, middle: box.top + box.height / 2, bottom: box.bottom - 2}[at];
    window.scrollBy(0, y - innerHeight / 2);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(steps.current, `step ${i + 1} still read`).to.equal(i);
    const card = step.getBoundingClientRect();
    expect(
      (top as number) >= card.bottom || (bottom as number) <= card.top,
      `step ${i + 1}, its ${at} on the middle: the marks (${top}–${bottom}) clear of its card (${card.top}–${card.bottom})`
    ).to.equal(true);
  }
}

const position = (steps: ApacSteps) => text(q(steps, '[part="position"]'));
const button = (steps: ApacSteps, which: 'previous' | 'next') =>
  q<HTMLButtonElement>(steps, `button[part~="${which}"]`) as HTMLButtonElement;
const highlighted = (map: HTMLElement) => text(q(map, '.highlighted'));

describe('<apac-steps>', () => {
  beforeEach(async () => {
    await setViewport({width: 900, height: 700});
    await emulateMedia({reducedMotion: 'no-preference'});
    window.scrollTo(0, 0);
  });

  it('sets the chart to the step crossing the middle of the screen, and back again', async () => {
    const {steps, map} = await mounted();
    expect(position(steps)).to.equal('Step 1 of 3');
    expect(highlighted(map)).to.contain('Singapore');
    await scrollTo(steps, 2);
    expect(map.year).to.equal(1999);
    expect(map.selected).to.equal('KH');
    expect(highlighted(map)).to.equal('Highlighted: Cambodia.');
    expect(position(steps)).to.equal('Step 3 of 3');
    expect(steps.querySelectorAll('apac-step')[2]?.getAttribute('aria-current')).to.equal('step');
    await scrollTo(steps, 1);
    // Step 2 names no highlight or selection: the chart's own (none) comes back.
    expect(map.year).to.equal(1989);
    expect(map.selected).to.equal(undefined);
    expect(q(map, '.highlighted'), 'no line').to.equal(null);
    expect(steps.querySelectorAll('apac-step')[2]?.hasAttribute('aria-current')).to.equal(false);
  });

  it('steps by the Previous / Next buttons, with a click or the keyboard, and stops at the ends', async () => {
    const {steps, map} = await mounted();
    expect(button(steps, 'previous').getAttribute('aria-disabled')).to.equal('true');
    const reached = oneEvent(steps, 'apac-step');
    button(steps, 'next').click();
    expect((await reached).detail.index).to.equal(1);
    await until(() => map.year === 1989, 'year 1989');
    button(steps, 'next').focus();
    await sendKeys({press: 'Enter'});
    await until(() => map.year === 1999, 'year 1999');
    expect(position(steps)).to.equal('Step 3 of 3');
    await steps.updateComplete;
    expect(button(steps, 'next').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({press: 'Enter'});
    expect(steps.current).to.equal(2);
    button(steps, 'previous').click();
    await until(() => map.year === 1989, 'back to 1989');
    expect(position(steps)).to.equal('Step 2 of 3');
  });

  it('keeps each button on one line on a phone, the position above them, all in the box', async () => {
    for (const width of [320, 375]) {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width:${width}px">${story()}</div>`
      );
      const steps = box.querySelector('apac-steps') as ApacSteps;
      await until(() => steps.current === 0);
      await steps.updateComplete;
      const outer = box.getBoundingClientRect();
      const place = (q(steps, '[part="position"]') as HTMLElement).getBoundingClientRect();
      for (const which of ['previous', 'next'] as const) {
        const b = button(steps, which);
        const words = (b.querySelector('span') as HTMLSpanElement).getClientRects();
        expect(words.length, `${width} px: ${which}'s lines`).to.equal(1);
        const r = b.getBoundingClientRect();
        expect(
          r.left >= outer.left && r.right <= outer.right,
          `${width} px: ${which} in the box`
        ).to.equal(true);
        expect(r.top, `${width} px: ${which} below the position`).to.be.at.least(place.bottom);
      }
    }
  });

  it('says each step in a polite live region: its position and its label or heading', async () => {
    const {steps} = await mounted();
    const live = q(steps, '[aria-live="polite"]') as HTMLElement;
    await until(() => text(live) !== '', 'first announcement');
    const heard = [text(live)];
    const observer = new MutationObserver(() => heard.push(text(live)));
    observer.observe(live, {childList: true, characterData: true, subtree: true});
    await scrollTo(steps, 1);
    await until(() => heard.length >= 2, 'second announcement');
    await scrollTo(steps, 2);
    await until(() => heard.length >= 3, 'third announcement');
    observer.disconnect();
    expect(heard).to.deep.equal([
      "Step 1 of 3: 1967: ASEAN's founders",
      'Step 2 of 3: 1989: APEC founded',
      'Step 3 of 3: 1999: Cambodia joins',
    ]);
  });

  it('fades the marks a step mutes, and not at all under prefers-reduced-motion', async () => {
    const fades = async (reduce: boolean): Promise<number> => {
      await emulateMedia({reducedMotion: reduce ? 'reduce' : 'no-preference'});
      const {steps, map} = await mounted();
      await steps.next();
      await steps.next();
      await map.updateComplete;
      return map.shadowRoot?.getAnimations().length ?? 0;
    };
    expect(await fades(false)).to.be.above(0);
    expect(await fades(true)).to.equal(0);
  });

  it('drives one chart per story when a page has two', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:800px">
        ${story()}
        <apac-steps id="flows">
          <apac-sankey></apac-sankey>
          <apac-step></apac-step>
          <apac-step highlight="crime:counterfeit-goods"></apac-step>
        </apac-steps>
      </div>`
    );
    const [first, second] = [...box.querySelectorAll('apac-steps')] as ApacSteps[];
    const map = box.querySelector('apac-choropleth') as ApacChoropleth;
    const sankey = box.querySelector('apac-sankey') as ApacSankey;
    await until(() => first?.current === 0 && second?.current === 0, 'both stories');
    await second?.next();
    expect(sankey.highlight).to.equal('crime:counterfeit-goods');
    expect(map.year).to.equal(1967);
    expect(position(second as ApacSteps)).to.equal('Step 2 of 2');
    expect(position(first as ApacSteps)).to.equal('Step 1 of 3');
  });
  it("shows only a step's notes, and every note again at a step without `notes`", async () => {
    const {steps, map} = await mounted(
      html`<apac-steps>
        <apac-choropleth indicator="membership" year="2025">
          <apac-note id="tl" for="TL">Admitted 26 October 2025</apac-note>
          <apac-note id="my" for="MY">Chair in 2025</apac-note>
        </apac-choropleth>
        <apac-step notes="tl"><h3>Timor-Leste</h3></apac-step>
        <apac-step notes="my, tl"><h3>Both</h3></apac-step>
        <apac-step><h3>All</h3></apac-step>
      </apac-steps>`
    );
    const notes = () => qa(map, '.annotations .note').map((n) => n.getAttribute('data-note'));
    expect(notes()).to.deep.equal(['tl']);
    await steps.next();
    await map.updateComplete;
    expect(notes()).to.deep.equal(['tl', 'my']);
    await steps.next();
    await map.updateComplete;
    expect(notes()).to.deep.equal(['tl', 'my']);
    await steps.goTo(0);
    await map.updateComplete;
    expect(notes()).to.deep.equal(['tl']);
  });

  it('on a phone, keeps the marks a step picks out on screen when the chart is taller than it', async () => {
    await setViewport({width: 390, height: 700});
    const {steps, map} = await mounted(
      html`<apac-steps>
        <apac-choropleth indicator="membership" year="1967"></apac-choropleth>
        <apac-step year="1967" highlight="ID, MY, PH, SG, TH"><h3>1967</h3></apac-step>
        <apac-step year="1989"><h3>1989</h3></apac-step>
        <apac-step year="1999" highlight="KH" selected="KH"><h3>1999</h3></apac-step>
      </apac-steps>`,
      358
    );
    const graphic = q(steps, '[part="graphic"]') as HTMLElement;
    const controls = q(steps, '[part="controls"]') as HTMLElement;
    expect(graphic.offsetHeight, 'the map is taller than the screen').to.be.above(700);
    /** The marks' extent on the screen, once the graphic has moved there. */
    const marks = async () => {
      await until(() => getComputedStyle(graphic).top === graphic.style.top, 'the move');
      await new Promise((r) => setTimeout(r, 300));
      // The shapes and circles, and the names and tags written for them.
      const boxes = qa(
        map,
        '[data-id].emphasised, [data-id].selected, [data-of].emphasised, .picked-name'
      )
        .map((m) => m.getBoundingClientRect())
        .filter((r) => r.height > 0);
      expect(boxes.length, 'marks picked out').to.be.above(0);
      return [Math.min(...boxes.map((r) => r.top)), Math.max(...boxes.map((r) => r.bottom))];
    };
    const buttonsShown = () => {
      const r = controls.getBoundingClientRect();
      expect(r.top, 'the buttons on screen').to.be.at.least(0);
      expect(r.bottom, 'the buttons on screen').to.be.at.most(innerHeight + 0.5);
      return r.top;
    };
    for (const i of [0, 2]) {
      await scrollTo(steps, i);
      const [top, bottom] = await marks();
      const foot = buttonsShown();
      expect(top, `step ${i + 1}: the marks below the top of the screen`).to.be.at.least(0);
      expect(bottom, `step ${i + 1}: the marks above the buttons`).to.be.at.most(foot);
      await clearOfCard(steps, i, [top, bottom]);
    }
    // A step that picks out nothing: the chart sticks by its bottom edge.
    await scrollTo(steps, 1);
    await until(() => !qa(map, '[data-id].emphasised, [data-id].selected').length, 'step 2');
    await new Promise((r) => setTimeout(r, 300));
    expect(graphic.getBoundingClientRect().bottom).to.be.closeTo(innerHeight, 1);
    buttonsShown();
  });

  it('on a phone, moves a chart that fits the screen so that the event a step picks out is clear of its card', async () => {
    // The story's timeline fits a 375 × 740 screen, stuck at its top: the one event the step
    // highlights sat under the card as it crossed the middle. The chart now sticks lower.
    await setViewport({width: 375, height: 740});
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:351px">
        <apac-steps>
          <apac-timeline orientation="horizontal" group-by="kind"></apac-timeline>
          <apac-step><h3>1997–2025</h3></apac-step>
          <apac-step from="2015-09-21" to="2015-10-04" highlight="ammtc-10"
            ><h3>September 2015</h3>
            <p>
              The 10th ASEAN Ministerial Meeting on Transnational Crime (AMMTC) opens in Kuala
              Lumpur: the Kuala Lumpur Declaration, and the AMMTC made annual.
            </p></apac-step
          >
        </apac-steps>
      </div>`
    );
    const steps = box.querySelector('apac-steps') as ApacSteps;
    const timeline = box.querySelector('apac-timeline') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    if (!q(timeline, 'svg.chart')) await oneEvent(timeline, 'apac-render');
    const step = steps.querySelectorAll('apac-step')[1] as ApacStep;
    const r = step.getBoundingClientRect();
    window.scrollBy(0, r.top + r.height / 2 - innerHeight / 2);
    await until(() => steps.current === 1, 'the step');
    await timeline.updateComplete;
    const graphic = q(steps, '[part="graphic"]') as HTMLElement;
    // The move's transition (250 ms).
    await new Promise((done) => setTimeout(done, 400));
    expect(graphic.offsetHeight, 'the chart fits the screen').to.be.below(innerHeight);
    const mark = (
      q(timeline, '[data-id="ammtc-10"].emphasised') as Element
    ).getBoundingClientRect();
    const foot = (q(steps, '[part="controls"]') as HTMLElement).getBoundingClientRect();
    expect(mark.top, 'the event on screen').to.be.at.least(0);
    expect(mark.bottom, 'the event above the buttons').to.be.at.most(foot.top);
    expect(foot.bottom, 'the buttons on screen').to.be.at.most(innerHeight + 0.5);
    await clearOfCard(steps, 1, [mark.top, mark.bottom]);
    // And named: the lane's rows were full, and the next mark cut its label to nothing.
    expect(text(q(timeline, '[data-id="ammtc-10"] text'))).to.match(/AMMTC/);
  });

  it('at desktop width, where the cards run beside the chart, leaves the chart where the styles stick it', async () => {
    // The cards do not cover the chart there: it was pushed 180–260 px down the screen for
    // marks level with the card beside it.
    await setViewport({width: 1280, height: 800});
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:1100px">
        <apac-steps>
          <apac-timeline orientation="horizontal" group-by="kind"></apac-timeline>
          <apac-step><h3>1997–2025</h3></apac-step>
          <apac-step from="2015-09-21" to="2015-10-04" highlight="ammtc-10"
            ><h3>September 2015</h3>
            <p>
              The 10th ASEAN Ministerial Meeting on Transnational Crime (AMMTC) opens in Kuala
              Lumpur: the Kuala Lumpur Declaration, and the AMMTC made annual.
            </p></apac-step
          >
        </apac-steps>
      </div>`
    );
    const steps = box.querySelector('apac-steps') as ApacSteps;
    const timeline = box.querySelector('apac-timeline') as HTMLElement;
    if (!q(timeline, 'svg.chart')) await oneEvent(timeline, 'apac-render');
    const step = steps.querySelectorAll('apac-step')[1] as ApacStep;
    for (const at of [2, step.getBoundingClientRect().height / 2]) {
      const r = step.getBoundingClientRect();
      window.scrollBy(0, r.top + at - innerHeight / 2);
      await until(() => steps.current === 1, 'the step');
      await new Promise((done) => setTimeout(done, 100));
      expect((q(steps, '[part="graphic"]') as HTMLElement).style.top, 'moved').to.equal('');
    }
  });

  it("on a phone, keeps a Sankey list's picked row on screen and clear of the card at the story's last step", async () => {
    // The story's last step names a crime whose origin and destination rows, highlighted with
    // it, are far above and below it in the phone's list: placed by all three, the crime's row
    // sat under the step's card, and went on up the screen with it (the story ends there).
    await setViewport({width: 320, height: 568});
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:288px">
        <apac-steps>
          <apac-sankey></apac-sankey>
          <apac-step><h3>All flows</h3></apac-step>
          <apac-step highlight="crime:counterfeit-goods"
            ><h3>The largest flow</h3>
            <p>
              Counterfeit goods, from East Asia and the Pacific to Europe and the US: USD 24.4
              billion a year.
            </p></apac-step
          >
        </apac-steps>
      </div>`
    );
    const steps = box.querySelector('apac-steps') as ApacSteps;
    const sankey = box.querySelector('apac-sankey') as ApacSankey;
    if (!q(sankey, 'svg.chart')) await oneEvent(sankey, 'apac-render');
    const graphic = q(steps, '[part="graphic"]') as HTMLElement;
    expect(graphic.offsetHeight, 'the list is taller than the screen').to.be.above(1400);
    const step = steps.querySelectorAll('apac-step')[1] as ApacStep;
    const r = step.getBoundingClientRect();
    window.scrollBy(0, r.top + r.height / 2 - innerHeight / 2);
    await until(() => steps.current === 1, 'the last step');
    await sankey.updateComplete;
    await new Promise((done) => setTimeout(done, 400));
    const row = q(sankey, '[data-id="crime:counterfeit-goods"]') as Element;
    // As the step's card crosses the middle of the screen, and as the reader reads on.
    for (const more of [0, 60, 120]) {
      window.scrollBy(0, more && 60);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const [at, card] = [row.getBoundingClientRect(), step.getBoundingClientRect()];
      const foot = (q(steps, '[part="controls"]') as HTMLElement).getBoundingClientRect().top;
      expect(at.top, `${more} px on: the row below the top of the screen`).to.be.at.least(0);
      expect(at.bottom, `${more} px on: the row above the buttons`).to.be.at.most(foot);
      expect(
        at.top >= card.bottom || at.bottom <= card.top,
        `${more} px on: the row (${at.top}–${at.bottom}) clear of the card (${card.top}–${card.bottom})`
      ).to.equal(true);
    }
  });
});
