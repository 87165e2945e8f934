/// <reference types="mocha" />
import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {dateFields, drawn, q, qa, text} from './helpers.js';
import '../../src/timeline.js';
import type {ApacTimeline} from '../../src/timeline.js';
import type {ApacDatumDetail, ApacErrorDetail, ApacRangeDetail} from '../../src/core/events.js';
import type {TimelineEvent} from '../../src/schema/events.js';
import {events as bundled} from '../../src/data.js';

/** A timeline in a box of `width` px, resolved once it has drawn. */
const timeline = (template: ReturnType<typeof html>, width = 1280) =>
  drawn<ApacTimeline>('apac-timeline', template, width);

/** Events drawn one by one plus those counted in clusters. */
function eventsDrawn(el: Element): number {
  const single = qa(el, 'g.event').length;
  const clustered = qa(el, 'g.cluster text').reduce((n, t) => n + Number(t.textContent), 0);
  return single + clustered;
}

async function redraw(el: ApacTimeline): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

describe('<apac-timeline>', () => {
  it('is accessible, horizontal and vertical', async () => {
    const wide = await timeline(html`<apac-timeline headline="Meetings"></apac-timeline>`);
    await expect(wide).to.be.accessible();
    const narrow = await timeline(html`<apac-timeline headline="Meetings"></apac-timeline>`, 320);
    await expect(narrow).to.be.accessible();
  });

  it('draws all 101 bundled events in 14 forum lanes, and says how many it shows', async () => {
    const el = await timeline(html`<apac-timeline></apac-timeline>`);
    expect(text(q(el, '.shown'))).to.equal('101 events');
    expect(text(q(el, '.shown strong'))).to.equal('101');
    expect(qa(el, '.lane-label').map((l) => l.textContent)).to.have.length(14);
    expect(qa(el, '.lane-label')[1]?.textContent).to.equal('AMMTC');
    expect(eventsDrawn(el)).to.equal(101);
    expect(qa(el, '.axis text').map((t) => t.textContent)).to.include.members(['2000', '2010']);
    expect(text(q(el, '.credit'))).to.contain('rows cite their own sources');
  });

  it('draws an announced event not confirmed as held, and one known only to the month, distinctly, and says so in words', async () => {
    const el = await timeline(
      html`<apac-timeline from="2016" to="2016" forum="ASEAN-Japan" lang="en-GB"></apac-timeline>`
    );
    const planned = q(el, '[data-id="aj-dialogue-2016-planned"]');
    expect(planned?.getAttribute('aria-label')).to.match(
      /January – June 2016, announced, not confirmed held; Only the month is known\.$/
    );
    const mark = planned?.querySelector('.mark');
    expect(mark?.classList.contains('planned')).to.equal(true);
    expect(mark?.classList.contains('fuzzy')).to.equal(true);
    expect(getComputedStyle(mark as Element).strokeDasharray).to.not.equal('none');
    // The legend and the table say it in words.
    expect(text(q(el, '.legend, [part~="legend"]') ?? el)).to.contain(
      'Planned, or announced and not confirmed as held'
    );
    const row = el
      .toCSV()
      .split('\n')
      .find((r) => r.includes('announced for 2016'));
    expect(row).to.contain('Announced; not confirmed as held');
  });

  describe('filters', () => {
    it('keeps only the forums, kinds and host economies asked for', async () => {
      const el = await timeline(html`<apac-timeline forum="APEC CTWG"></apac-timeline>`);
      expect(text(q(el, '.shown'))).to.equal('Showing 18 of 101 events');
      expect(qa(el, '.lane-label')).to.have.length(1);
      el.forum = '';
      el.economy = 'Malaysia, SG';
      await redraw(el);
      // The filter's economies named, in the reader's words and order.
      expect(text(q(el, '.shown'))).to.match(
        /^Showing \d+ of 101 events \(host: Malaysia and Singapore\)$/
      );
      const rows = el.toCSV().trim().split('\n').slice(1);
      expect(rows.every((r) => /Malaysia|Singapore/.test(r))).to.equal(true);
      el.economy = '';
      el.kind = 'workshop';
      await redraw(el);
      expect(text(q(el, '.shown'))).to.equal('Showing 11 of 101 events');
    });

    it('has a chip per lane that hides and shows it', async () => {
      const el = await timeline(html`<apac-timeline group-by="kind"></apac-timeline>`);
      const chips = qa(el, '.chip') as HTMLButtonElement[];
      expect(chips.map((c) => text(c))).to.deep.equal([
        'Meeting',
        'Workshop',
        'Dialogue',
        'Conference',
        'Summit',
        'Exercise',
        'Report launch',
        'Milestone',
      ]);
      chips[0]?.click();
      await redraw(el);
      expect(el.kind).to.equal(
        'workshop,dialogue,conference,summit,exercise,report-launch,milestone'
      );
      expect(text(q(el, '.shown'))).to.equal('Showing 51 of 101 events');
      expect(chips[0]?.getAttribute('aria-pressed')).to.equal('false');
      chips[0]?.click();
      await redraw(el);
      expect(el.kind).to.equal('');
      expect(text(q(el, '.shown'))).to.equal('101 events');
    });
  });

  describe('keyboard and detail card', () => {
    it('Tab enters, arrows move in time order, Enter opens the card, Escape closes it', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width:1280px">
          <button id="before">before</button>
          <apac-timeline forum="AMMTC" lang="en-GB"></apac-timeline>
        </div>`
      );
      const el = box.querySelector('apac-timeline') as ApacTimeline;
      if (!q(el, 'svg.chart')) await oneEvent(el, 'apac-render');
      await el.updateComplete;
      (box.querySelector('#before') as HTMLButtonElement).focus();
      // Past the chips, the From / To fields and into the map.
      let guard = 0;
      while (!el.shadowRoot?.activeElement?.hasAttribute('data-focus') && guard++ < 40)
        await sendKeys({press: 'Tab'});
      const first = el.shadowRoot?.activeElement;
      expect(first?.getAttribute('aria-label')).to.match(
        /^1st ASEAN Conference on Transnational Crime/
      );
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement?.getAttribute('aria-label')).to.match(
        /^2nd ASEAN Ministerial Meeting on Transnational Crime \(AMMTC\), 23 June 1999/
      );
      const selected = oneEvent(el, 'apac-select');
      await sendKeys({press: 'Enter'});
      const detail = ((await selected) as CustomEvent<ApacDatumDetail<TimelineEvent>>).detail;
      expect(detail.id).to.equal(detail.datum.id);
      await el.updateComplete;
      const card = q(el, '.card');
      expect(text(card?.querySelector('.card-title') ?? null)).to.equal(
        '2nd ASEAN Ministerial Meeting on Transnational Crime (AMMTC)'
      );
      expect(text(card)).to.contain('Date 23 June 1999');
      expect(text(card)).to.contain('City Yangon');
      expect(text(card)).to.contain('Host economy Myanmar');
      expect(text(card)).to.contain('Source asean.or.id/5632.htm');
      // Styled by its own chunk's styles (timeline.card.ts), not only its template: a card
      // with a coloured edge, its labels and values in two columns.
      expect(getComputedStyle(card as Element).borderLeftWidth).to.equal('4px');
      expect(getComputedStyle(card?.querySelector('dl') as Element).display).to.equal('grid');
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(q(el, '.card')).to.equal(null);
    });

    it('shows the note and the other account of an event the sources disagree on', async () => {
      const el = await timeline(html`<apac-timeline></apac-timeline>`);
      el.selected = 'ctwg-nps-2015-clark';
      await el.updateComplete;
      const card = q(el, '.card');
      expect(text(card)).to.contain('The seed contradicts itself');
      const other = card?.querySelector<HTMLButtonElement>('button.link');
      expect(text(other ?? null)).to.contain('(as given in another passage)');
      other?.click();
      await el.updateComplete;
      expect(el.selected).to.equal('ctwg-nps-2015-subic');
    });

    it('draws a date in doubt dashed, says so, and labels two accounts of one event apart', async () => {
      const el = await timeline(
        html`<apac-timeline from="2015-01" to="2015-02" lang="en"></apac-timeline>`
      );
      for (const id of ['ctwg-nps-2015-clark', 'ctwg-nps-2015-subic']) {
        const g = q(el, `[data-id="${id}"]`);
        const mark = g?.querySelector('.mark');
        expect(mark?.classList.contains('fuzzy'), id).to.equal(true);
        expect(getComputedStyle(mark as Element).strokeDasharray, id).to.not.equal('none');
        expect(g?.getAttribute('aria-label'), id).to.match(
          /, The date is in doubt; the note says why\.$/
        );
      }
      const labels = qa(el, '.event .label').map((l) => text(l));
      expect(labels).to.include('CTWG Secure Finance Workshop (Clark)');
      expect(labels).to.include('CTWG Secure Finance Workshop (Subic Bay)');
      expect(text(q(el, '.legend') ?? el)).to.contain('Month or year only, or date in doubt');
      el.selected = 'ctwg-nps-2015-subic';
      await el.updateComplete;
      expect(text(q(el, '.card'))).to.contain('(the date is in doubt; the note says why)');
      // Its source: the seed document said as what it is, not by its file name alone.
      expect(text(q(el, '.card'))).to.contain(
        'Source APEC CTWG web page (seed document 004_19ca3baff67ab955.txt); apec.org/press'
      );
    });

    it('a cluster tells a screen reader which events it holds: the first titles and "and N more"', async () => {
      for (const [lang, more] of [
        ['en', (n: number) => `and ${n} more. Press Enter to zoom in.`],
        ['es', (n: number) => `y ${n} más. Pulse Intro para acercar.`],
      ] as const) {
        // At 600 px some clusters hold more than four events.
        const el = await timeline(html`<apac-timeline lang=${lang}></apac-timeline>`, 600);
        const clusters = qa(el, 'g.cluster');
        expect(clusters.length, lang).to.be.above(0);
        let listed = 0;
        for (const c of clusters) {
          const label = c.getAttribute('aria-label') ?? '';
          const count = Number(c.querySelector('text')?.textContent);
          const first = bundled.find((e) => c.getAttribute('data-id')?.endsWith(`:${e.id}`));
          expect(label, label).to.contain(first?.title);
          if (count > 4) {
            expect(label, label).to.contain(more(count - 3));
            listed++;
          } else expect(label, label).to.not.match(/ more\.| más\./);
        }
        // Clusters of both kinds were checked.
        expect(listed, lang).to.be.within(1, clusters.length - 1);
      }
    });

    it('a cluster zooms in when clicked until its events stand apart, ticks turning to months', async () => {
      const el = await timeline(
        html`<apac-timeline forum="APEC CTWG" lang="en-GB"></apac-timeline>`
      );
      const cluster = q(el, 'g.cluster');
      expect(cluster?.getAttribute('aria-label')).to.match(/^\d+ events close together/);
      const first = cluster?.getAttribute('data-id')?.split(':').at(-1) ?? '';
      expect(q(el, `g.event[data-id="${first}"]`)).to.equal(null);
      for (let i = 0; i < 6 && !q(el, `g.event[data-id="${first}"]`); i++) {
        const next = qa(el, 'g.cluster').find((c) =>
          c.getAttribute('data-id')?.endsWith(`:${first}`)
        );
        next?.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
        await redraw(el);
        await aTimeout(20);
      }
      expect(q(el, `g.event[data-id="${first}"]`)).to.not.equal(null);
      // Focus went with the cluster's first event into the zoomed view.
      expect(q(el, `[data-focus="${first}"]`)?.getAttribute('tabindex')).to.equal('0');
      expect(qa(el, '.axis text').some((t) => /[A-Za-z]/.test(t.textContent ?? ''))).to.equal(true);
    });
  });

  it('zooms to a range typed into From and To, and emits it', async () => {
    const el = await timeline(html`<apac-timeline></apac-timeline>`);
    const [from, to] = await dateFields(el);
    (from as HTMLInputElement).value = '2015-01-01';
    (to as HTMLInputElement).value = '2015-12-31';
    const ranged = oneEvent(el, 'apac-range');
    to?.dispatchEvent(new Event('change'));
    const detail = ((await ranged) as CustomEvent<ApacRangeDetail>).detail;
    expect(detail).to.deep.equal({from: '2015-01-01', to: '2015-12-31'});
    await redraw(el);
    expect(text(q(el, '.shown'))).to.match(/^Showing \d+ of 101 events$/);
    expect(Number(text(q(el, '.shown strong')))).to.be.within(1, 29);
  });

  it('moved to another box before the page was idle, still draws its From and To fields', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:1280px"></div>`);
    const other = await fixture<HTMLDivElement>(html`<div style="width:1280px"></div>`);
    const el = document.createElement('apac-timeline') as ApacTimeline;
    const drawn = oneEvent(el, 'apac-render');
    box.append(el);
    await drawn;
    // Taken off the page (its wait for idle dropped) and put back at the same width.
    other.append(el);
    expect(await dateFields(el)).to.have.length(2);
  });

  it('draws the From and To fields after its first picture, in a row that keeps their height', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:1280px"></div>`);
    const el = document.createElement('apac-timeline') as ApacTimeline;
    const place = () => ({
      row: q(el, '.range')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      plot: q(el, 'svg.chart')?.getBoundingClientRect().top,
    });
    let first: {fields: number; at: ReturnType<typeof place>} | undefined;
    el.addEventListener('apac-render', () => {
      first ??= {fields: qa(el, 'input').length, at: place()};
    });
    box.append(el);
    const [from, to] = await dateFields(el);
    // The first picture has none (a page's first date field costs 9-13 ms to make and lay out).
    expect(first?.fields).to.equal(0);
    // Nothing moved when they came: the row kept their height and the drawing its place.
    const later = place();
    expect(first?.at.row?.height).to.be.above(15);
    expect(later.row?.height).to.equal(first?.at.row?.height);
    expect(later.row?.top).to.equal(first?.at.row?.top);
    expect(later.plot).to.equal(first?.at.plot);
    expect(from?.getBoundingClientRect().height).to.equal(later.row?.height);
    // Named, and showing the days drawn.
    expect(text(from?.labels?.[0] ?? null)).to.equal('From');
    expect(text(to?.labels?.[0] ?? null)).to.equal('To');
    expect([from?.value, to?.value]).to.deep.equal(['1997-01-01', '2025-12-31']);
    await expect(el).to.be.accessible();
  });

  it('draws the From and To fields when a phone-width timeline is widened', async () => {
    const el = await timeline(html`<apac-timeline></apac-timeline>`, 375);
    // The vertical list has no From / To row, and none comes while it stays one.
    await new Promise((r) => setTimeout(r, 600));
    expect(q(el, '.range')).to.equal(null);
    (el.parentElement as HTMLElement).style.width = '1000px';
    const [from, to] = await dateFields(el);
    expect([from?.value, to?.value]).to.deep.equal(['1997-01-01', '2025-12-31']);
  });

  it('zooms to a range dragged along the dates, and emits it', async () => {
    const el = await timeline(html`<apac-timeline></apac-timeline>`);
    const area = q(el, '.brush-area') as SVGRectElement;
    const box = area.getBoundingClientRect();
    const at = (type: string, x: number) =>
      area.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          composed: true,
          clientX: box.left + x,
          clientY: box.top + 10,
          pointerId: 1,
        })
      );
    const ranged = oneEvent(el, 'apac-range');
    at('pointerdown', box.width * 0.5);
    at('pointermove', box.width * 0.55);
    await el.updateComplete;
    expect(q(el, 'rect.brush')).to.not.equal(null);
    at('pointerup', box.width * 0.55);
    const {from, to} = ((await ranged) as CustomEvent<ApacRangeDetail>).detail;
    expect(from < to).to.equal(true);
    const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
    expect(years).to.be.within(0, 2);
    await redraw(el);
    expect(q(el, 'rect.brush')).to.equal(null);
    expect(Number(text(q(el, '.shown strong')))).to.be.within(1, 99);
  });

  it('lays out vertically at 320 px: one row per event under year headings', async () => {
    const el = await timeline(html`<apac-timeline forum="APEC CTWG"></apac-timeline>`, 320);
    // Rows of the open years, and the closed years' counts, make the 18 events.
    const closed = qa(el, 'g.year-head:not(.open)').map((g) =>
      Number.parseInt(g.getAttribute('aria-label')?.split(': ')[1] ?? '0', 10)
    );
    expect(qa(el, 'g.row').length + closed.reduce((a, b) => a + b, 0)).to.equal(18);
    expect(qa(el, 'text.year').map((t) => t.textContent)).to.include.members(['2013', '2020']);
    expect(q(el, '.controls')).to.equal(null);
    const svg = q(el, 'svg.chart') as SVGSVGElement;
    expect(svg.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('keeps the selected event in the URL hash with sync-url, and opens it from there', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#tl.event=apec-ctwg-15');
    try {
      const el = await timeline(html`<apac-timeline id="tl" sync-url></apac-timeline>`);
      await waitUntil(() => q(el, '.card'), 'the card did not open from the hash');
      expect(text(q(el, '.card-title'))).to.equal(
        '15th APEC Counter-Terrorism Working Group meeting'
      );
      el.selected = 'ctwg-soft-targets-2018';
      await el.updateComplete;
      await waitUntil(() => location.hash.includes('ctwg-soft-targets-2018'), 'hash not written');
      expect(location.hash).to.equal('#tl.event=ctwg-soft-targets-2018');
    } finally {
      history.replaceState(null, '', before || location.pathname);
    }
  });

  describe('your data', () => {
    it('reads a CSV file at src', async () => {
      const el = await timeline(
        html`<apac-timeline src="/test/fixtures/ammtc-meetings.csv"></apac-timeline>`
      );
      expect(text(q(el, '.shown'))).to.equal('8 events');
      expect(q(el, '.error')).to.equal(null);
    });

    it('lists bad rows, draws the rest, and shows hostile text as text', async () => {
      const errors: ApacErrorDetail[] = [];
      const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      box.addEventListener('apac-error', (e) => errors.push(e.detail));
      const el = document.createElement('apac-timeline');
      el.data = {
        events: [
          {title: 'Fine', start: '2015-09-29', citation: 'x'},
          {title: 'No such day', start: '2015-02-30', citation: 'x'},
          {title: 'No source', start: '2016-01-01'},
          {title: '<img src=x onerror=alert(1)>', start: '2016', citation: 'x'},
        ],
      };
      box.append(el);
      await oneEvent(el, 'apac-render');
      await el.updateComplete;
      // The row without a source is kept (a chart-level source would stand for it).
      expect(text(q(el, '.shown'))).to.equal('3 events');
      expect(errors[0]?.issues.map((i) => i.path)).to.deep.equal(['events[1].start']);
      expect(text(q(el, '.error'))).to.contain('events[1].start');
      expect(el.shadowRoot?.querySelector('img')).to.equal(null);
      await aTimeout(0);
    });
  });
});
