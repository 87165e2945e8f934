/// <reference types="mocha" />
import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {drawn, q, qa} from './helpers.js';
import '../../src/choropleth.js';
import type {ApacChoropleth, ChoroplethDatum} from '../../src/choropleth.js';
import type {ApacDatumDetail, ApacErrorDetail} from '../../src/core/events.js';
import {indicators} from '../../src/data.js';
import {breaks} from '../../src/layout/choropleth/classify.js';
import {naturalBreaks} from '../../src/layout/choropleth/jenks.js';

/** A `transform` attribute's translate(x y) and scale(k), either left out. */
const moveOf = (transform: string | null | undefined) => {
  const [, x = 0, y = 0] = /translate\((\S+) (\S+)\)/.exec(transform ?? '')?.map(Number) ?? [];
  const [, k = 1] = /scale\((\S+)\)/.exec(transform ?? '')?.map(Number) ?? [];
  return {k, x, y};
};
/**
 * How the map's land is drawn: scaled by k and moved by (x, y), through the view it is laid out
 * for (its paths' group) and the move since (the zoom group, while a pinch goes on).
 */
const landView = (el: Element) => {
  const zoom = moveOf(q(el, 'g.zoom')?.getAttribute('transform'));
  const geo = moveOf(q(el, 'g.geo')?.getAttribute('transform'));
  return {k: zoom.k * geo.k, x: zoom.k * geo.x + zoom.x, y: zoom.k * geo.y + zoom.y};
};
const zoomOf = (el: Element) => JSON.stringify(landView(el));

/** A map in a box of `width` px, resolved once it has drawn. */
const map = (template: ReturnType<typeof html>, width = 640) =>
  drawn<ApacChoropleth>('apac-choropleth', template, width);

describe('<apac-choropleth>', () => {
  it('is accessible', async () => {
    const el = await map(html`<apac-choropleth headline="Membership"></apac-choropleth>`);
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('draws the membership map of all 25 economies with legend, callouts and credit', async () => {
      const el = await map(html`<apac-choropleth></apac-choropleth>`);
      const regions = qa(el, 'path.region.in');
      expect(regions).to.have.length(25);
      expect(qa(el, 'circle[data-focus]').map((c) => c.getAttribute('data-id'))).to.include.members(
        ['SG', 'HK', 'BN']
      );
      const legend = qa(el, '.legend-items li').map((li) => li.getAttribute('aria-label'));
      expect(legend).to.deep.equal([
        'APEC and ASEAN: 7 economies',
        'APEC and ASEAN Plus Three partner: 3 economies',
        'APEC only: 11 economies',
        'ASEAN only: 4 economies',
      ]);
      expect(q(el, '.credit')?.textContent).to.contain('Global Affairs Canada');
      const labels = qa(el, '[role="graphics-symbol"]').map((p) => p.getAttribute('aria-label'));
      expect(labels).to.include('Hong Kong, China: APEC only');
      expect(labels).to.include('Timor-Leste: ASEAN only');
    });

    it('names Thailand, Papua New Guinea and New Zealand off their coasts at 1280 px', async () => {
      // Without room on their land they went unnamed, the sea open beside them: now over the
      // sea, with a leader where the name stands off.
      const el = await map(html`<apac-choropleth></apac-choropleth>`, 1280);
      const names = qa(el, '.economy-label').map((t) => t.getAttribute('data-of'));
      expect(names).to.include.members(['TH', 'PG', 'NZ']);
      expect(qa(el, 'line.label-leader').length).to.be.greaterThan(0);
    });

    it('names economies by ASEAN convention in the ASEAN region, and frames the map on it', async () => {
      const el = await map(html`<apac-choropleth region="asean"></apac-choropleth>`);
      expect(qa(el, 'path.region.in')).to.have.length(11);
      const labels = qa(el, '[role="graphics-symbol"]').map((p) => p.getAttribute('aria-label'));
      expect(labels).to.include('Lao PDR: ASEAN only');
      expect(labels).to.include('Philippines: APEC and ASEAN');
    });
  });

  describe('indicators and years', () => {
    it('draws by default the first indicator of the dataset, the one shipped with its code', () => {
      const el = document.createElement('apac-choropleth') as ApacChoropleth;
      expect(el.indicator).to.equal(indicators[0]?.id);
    });

    it('draws an indicator that loads in a chunk of its own in its first update, never its frame alone', async () => {
      const box = document.createElement('div');
      box.style.width = '640px';
      const el = document.createElement('apac-choropleth') as ApacChoropleth;
      el.setAttribute('indicator', 'actip-ratified');
      // The economies drawn after each of its updates.
      const drawnAfter: number[] = [];
      const update = (el as unknown as {update: (c: unknown) => void}).update.bind(el);
      Object.assign(el, {
        update(changed: unknown) {
          update(changed);
          drawnAfter.push(qa(el, 'svg.chart [data-id][data-focus]').length);
        },
      });
      box.append(el);
      document.body.append(box);
      await oneEvent(el, 'apac-render');
      await el.updateComplete;
      expect(drawnAfter.length, String(drawnAfter)).to.equal(1);
      expect(drawnAfter[0]).to.be.above(20);
      expect(q(el, '.legend')?.textContent).to.contain('Trafficking in Persons');
      box.remove();
    });

    it('draws a numeric indicator with binned legend, no-data hatch and formatted values', async () => {
      const el = await map(
        html`<apac-choropleth indicator="events-hosted" lang="en"></apac-choropleth>`
      );
      const noData = qa(el, 'path.region.in').filter(
        (p) => p.getAttribute('fill') === 'url(#no-data)'
      );
      expect(noData.length).to.equal(8);
      // No event of the dataset held there: not "No data" (the dataset is not a full register).
      expect(qa(el, '.legend-items li').at(-1)?.getAttribute('aria-label')).to.equal(
        'None in this dataset: 8 economies'
      );
      expect(
        qa(el, '[role="graphics-symbol"]').map((p) => p.getAttribute('aria-label'))
      ).to.include('Thailand: 11 events');
    });

    it('draws natural breaks (their chunk loaded for it) in its first picture', async () => {
      const labels = (el: Element) =>
        qa(el, '.legend-items li').map((li) => li.getAttribute('aria-label'));
      const jenks = await map(
        html`<apac-choropleth indicator="events-hosted" classification="jenks"></apac-choropleth>`
      );
      const values = indicators.find((i) => i.id === 'events-hosted')?.values ?? [];
      const bounds = breaks(
        values.map((v) => Number(v.value)),
        {method: 'jenks', classes: 5, naturalBreaks}
      );
      // Each class after the first starts at a natural break (the last one: "9–11").
      const starts = labels(jenks).map((l) => Number(/^(\d+)(?: to under |–)/.exec(l ?? '')?.[1]));
      expect(starts.slice(1, -1)).to.deep.equal(bounds);
      const quantile = await map(
        html`<apac-choropleth
          indicator="events-hosted"
          classification="quantile"
        ></apac-choropleth>`
      );
      expect(labels(jenks)).to.not.deep.equal(labels(quantile));
    });

    it('shows membership as it stood in a year, and the slider changes the year', async () => {
      const el = await map(html`<apac-choropleth year="1995" time-slider></apac-choropleth>`);
      expect(qa(el, '.legend-items li').map((li) => li.getAttribute('aria-label'))).to.include(
        'Not yet a member in 1995: 6 economies'
      );
      const slider = q<HTMLInputElement>(el, 'input[type="range"]') as HTMLInputElement;
      expect([slider.min, slider.max, slider.value]).to.deep.equal(['1967', '2025', '1995']);
      slider.value = '2025';
      slider.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(el.year).to.equal(2025);
      expect(
        qa(el, '.legend-items li')
          .map((li) => li.getAttribute('aria-label'))
          .join()
      ).not.to.contain('Not yet');
    });
  });

  describe('events and keyboard', () => {
    it('fires apac-select on click with the economy and its citation, but not when selected is set', async () => {
      const el = await map(html`<apac-choropleth></apac-choropleth>`);
      const seen: ApacDatumDetail<ChoroplethDatum>[] = [];
      el.addEventListener('apac-select', (e) =>
        seen.push(e.detail as ApacDatumDetail<ChoroplethDatum>)
      );
      el.selected = 'AU';
      await el.updateComplete;
      expect(seen).to.have.length(0);
      (q(el, 'path[data-id="JP"]') as SVGPathElement).dispatchEvent(
        new MouseEvent('click', {bubbles: true, composed: true})
      );
      expect(seen).to.have.length(1);
      expect(seen[0]?.id).to.equal('JP');
      expect(seen[0]?.datum.display).to.equal('APEC and ASEAN Plus Three partner');
      expect(seen[0]?.datum.citation).to.contain('Global Affairs Canada');
    });

    it('Tab enters the map, arrows move west to east, Enter selects, Escape clears', async () => {
      const el = await map(html`<apac-choropleth region="asean"></apac-choropleth>`);
      const focusables = qa(el, '[data-focus][tabindex="0"]');
      expect(focusables).to.have.length(1);
      (focusables[0] as SVGElement).focus();
      const first = el.shadowRoot?.activeElement?.getAttribute('data-focus');
      expect(first).to.equal('MM'); // Myanmar is the westernmost ASEAN state
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      await el.updateComplete;
      const second = el.shadowRoot?.activeElement?.getAttribute('data-focus');
      expect(second).to.not.equal(first);
      expect(q(el, '[role="status"][aria-live="polite"]')?.textContent).to.match(/: /);
      const selected = oneEvent(el, 'apac-select');
      await sendKeys({press: 'Enter'});
      expect(
        ((await selected) as CustomEvent<ApacDatumDetail<ChoroplethDatum>>).detail.id
      ).to.equal(second);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
    });

    it('hovering a legend item dims the economies of other classes', async () => {
      const el = await map(html`<apac-choropleth></apac-choropleth>`);
      (qa(el, '.legend-items li')[3] as HTMLElement).dispatchEvent(
        new PointerEvent('pointerenter')
      );
      await el.updateComplete;
      expect(qa(el, 'path.region.in:not(.dim)')).to.have.length(4);
    });

    it('zooms with the buttons and resets', async () => {
      const el = await map(html`<apac-choropleth></apac-choropleth>`);
      const before = zoomOf(el);
      (q(el, 'button[aria-label="Zoom in"]') as HTMLButtonElement).click();
      // d3-zoom loads on the first zoom (a chunk of its own); the step is taken once it has.
      await waitUntil(() => zoomOf(el) !== before, 'the map zoomed');
      expect(landView(el).k / (JSON.parse(before) as {k: number}).k).to.be.closeTo(1.5, 1e-9);
      (q(el, 'button[aria-label="Reset zoom"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(zoomOf(el)).to.equal(before);
    });

    it('the zoom keys work from the first press, before d3-zoom has loaded, in the order pressed', async () => {
      const el = await map(html`<apac-choropleth></apac-choropleth>`);
      const region = q(el, '[data-focus][tabindex="0"]') as SVGElement;
      region.focus();
      const press = (key: string, shiftKey = false) => {
        const e = new KeyboardEvent('keydown', {key, shiftKey, bubbles: true, cancelable: true});
        region.dispatchEvent(e);
        return e.defaultPrevented;
      };
      // Each key is the zoom's at once (the page does not act on it), and none is dropped:
      // in one step, 40 px to the right, out one step (about the centre, so the pan is 40 / 1.5).
      const before = zoomOf(el);
      expect([press('+'), press('ArrowLeft', true), press('-')]).to.deep.equal([true, true, true]);
      await waitUntil(() => zoomOf(el) !== before, 'the map zoomed');
      const {x, y, k} = landView(el);
      expect(x).to.be.closeTo(40 / 1.5, 1e-6);
      expect(y).to.be.closeTo(0, 1e-6);
      expect(k / (JSON.parse(before) as {k: number}).k).to.be.closeTo(1, 1e-9);
      expect(press('0')).to.equal(true);
      await waitUntil(() => zoomOf(el) === before, 'the zoom reset');
    });
  });

  describe('own data', () => {
    it('draws a CSV from src, naming economies any way, and reports the rows it could not place', async () => {
      const errors: ApacErrorDetail[] = [];
      const el = await map(
        html`<apac-choropleth
          src="/test/fixtures/apec-join-years.csv"
          headline="Join years"
          @apac-error=${(e: CustomEvent<ApacErrorDetail>) => errors.push(e.detail)}
        ></apac-choropleth>`
      );
      const valued = qa(el, 'path.region.in, circle[data-focus]').filter(
        (p) => p.getAttribute('fill') !== 'url(#no-data)'
      );
      expect(new Set(valued.map((p) => p.getAttribute('data-id')))).to.deep.equal(
        new Set(['VN', 'KR', 'TW', 'HK', 'SG', 'PE', 'CL', 'MX'])
      );
      // English for the page's author, with the catalogue key readers see it by.
      expect(errors[0]?.issues).to.deep.equal([
        {
          path: 'rows[8].economy',
          message: '"Atlantis" matches no APEC or ASEAN economy',
          key: 'issue.noEconomy',
          params: {value: '"Atlantis"'},
          // Where it is in the file, as a spreadsheet shows it (the header is row 1).
          row: 10,
          column: 'economy',
        },
      ]);
      expect(q(el, '[role="alert"]')?.textContent).to.contain('Atlantis');
      expect(q(el, '[role="alert"] li')?.textContent).to.contain('Row 10, column “economy”');
    });

    it('says what a missing value means in the author’s words, from a CSV or from JSON', async () => {
      const noValue = (el: Element) =>
        qa(el, '.legend-items li').at(-1)?.getAttribute('aria-label');
      const csv = await map(
        html`<apac-choropleth
          src="/test/fixtures/apec-join-years.csv"
          headline="Join years"
          no-value="Joined before 1989"
        ></apac-choropleth>`
      );
      expect(noValue(csv)).to.match(/^Joined before 1989: \d+ economies$/);
      const labels = qa(csv, '[role="graphics-symbol"]').map((p) => p.getAttribute('aria-label'));
      expect(labels).to.include('Australia: Joined before 1989');
      expect(labels).to.not.include('Australia: No data');
      const json = await map(
        html`<apac-choropleth
          .data=${{
            indicator: {label: 'Hosted a summit', unit: null, noValue: 'Never hosted'},
            values: [{economy: 'PE', value: 'Yes', citation: 'test'}],
          }}
        ></apac-choropleth>`
      );
      expect(noValue(json)).to.match(/^Never hosted: \d+ economies$/);
      // The attribute has the last word, on bundled indicators too.
      json.setAttribute('no-value', 'Not a host');
      await waitUntil(() => noValue(json)?.startsWith('Not a host:'), 'the legend redrawn');
    });

    it("says, on a year's map, that the Plus Three partners are partners in every year", async () => {
      const note = (el: Element) =>
        q(el, '.legend .note')?.textContent?.replace(/\s+/g, ' ').trim();
      const el = await map(html`<apac-choropleth year="1989"></apac-choropleth>`);
      expect(note(el)).to.equal(
        'The sources read give no date on which Japan and Republic of Korea became ASEAN Plus Three partners: the map shows them as partners in every year.'
      );
      expect(el.toSVG()).to.contain('partners in every year');
      // In the reader's language, the names listed as that language lists them.
      const ja = await map(html`<apac-choropleth year="1995" lang="ja"></apac-choropleth>`);
      await waitUntil(() => note(ja)?.includes('ASEAN+3'), 'the Japanese words');
      expect(note(ja)).to.contain('日本、');
      // Today's map has no such note.
      expect(q(await map(html`<apac-choropleth></apac-choropleth>`), '.legend .note')).to.equal(
        null
      );
    });

    it('lists what it shows in the table and exports it as CSV', async () => {
      const el = await map(
        html`<apac-choropleth indicator="acct-in-force-year" region="asean"></apac-choropleth>`
      );
      (q(el, 'button.table-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(qa(el, 'tbody tr')).to.have.length(11);
      const csv = el.toCSV().split('\r\n');
      expect(csv[0]).to.equal('Economy,ISO code,Value,Class,Source,Note');
      expect(csv.find((l) => l.startsWith('Brunei Darussalam,BN,2011'))).to.contain('asean.org');
    });
  });

  describe('sizes and themes', () => {
    it('fits 320 px without overflow, with callouts', async () => {
      const el = await map(html`<apac-choropleth></apac-choropleth>`, 320);
      const svg = q(el, 'svg.chart') as SVGSVGElement;
      expect(svg.getAttribute('width')).to.equal('320');
      expect(el.scrollWidth).to.be.at.most(320);
      expect(qa(el, 'circle[data-focus]').length).to.be.at.least(3);
    });

    it('draws dark with theme="dark"', async () => {
      const el = await map(html`<apac-choropleth theme="dark"></apac-choropleth>`);
      expect(getComputedStyle(q(el, '.frame') as HTMLElement).backgroundColor).to.equal(
        'rgb(21, 24, 29)'
      );
    });
  });
});

describe("<apac-choropleth>: an indicator's words", () => {
  it("names an indicator other than the default, its categories and a missing value with the dataset's words", async () => {
    // The map's page carries only the default indicator's words; each other indicator's module
    // adds its own English as it loads (scripts/indicator-modules.mjs).
    const apg = indicators.find((i) => i.id === 'apg-member');
    const el = await drawn<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth indicator="apg-member"></apac-choropleth>`,
      800
    );
    const legend = q(el, '.legend')?.textContent ?? '';
    expect(legend).to.contain(apg?.label);
    expect(legend).to.contain(apg?.categories?.[0]?.label);
    expect(legend).to.contain(apg?.noValue);
  });
});
