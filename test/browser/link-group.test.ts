/// <reference types="mocha" />
/**
 * Charts that work together: three charts in a link group share one selection (README, "Charts
 * that work together"). Counts are taken from the bundled data here, not from the chart.
 */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import eventsFile from '../../data/events.json';
import {dateFields, q, qa, text} from './helpers.js';
import '../../src/index.js';
import {linkGroup, type LinkChangeDetail} from '../../src/core/link-group.js';

type Chart = HTMLElement & {
  selected: string | undefined;
  linkGroup: string;
  updateComplete: Promise<boolean>;
};
type Map_ = Chart & {year: number | undefined};
type Timeline = Chart & {economy: string};

const EVENTS = eventsFile.events as {id: string; economy: string | null; start: string}[];
const hostedBy = (code: string) => EVENTS.filter((e) => e.economy === code).length;

/** Mounts the charts of `template` side by side and waits until every one has drawn. */
async function mount(template: TemplateResult): Promise<Chart[]> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:1000px">${template}</div>`);
  const charts = [...box.querySelectorAll<Chart>('apac-choropleth, apac-timeline, apac-sankey')];
  await Promise.all(
    charts.map(async (el) => {
      if (!q(el, 'svg.chart')) await oneEvent(el, 'apac-render');
      await el.updateComplete;
    })
  );
  await settle(charts);
  return charts;
}

/** Lets every chart finish the updates one chart's pick sets off in the others. */
async function settle(charts: Chart[]): Promise<void> {
  for (let round = 0; round < 3; round++) for (const el of charts) await el.updateComplete;
}

const click = (el: Chart, id: string) => {
  const mark = q(el, `svg.chart [data-id="${CSS.escape(id)}"]`);
  if (!mark) throw new Error(`no mark ${id} in ${el.localName}`);
  mark.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
};
const showing = (timeline: Chart) => text(q(timeline, '.shown'));
const live = (el: Chart) => text(q(el, '.live'));
/** The ids of the marks outlined as picked out by another chart (a callout has several). */
const linked = (el: Chart) => [
  ...new Set(qa(el, 'svg.chart .linked').map((m) => m.getAttribute('data-id'))),
];

const trio = (group: string, attrs = '') =>
  html`<apac-choropleth link-group=${group} data-attrs=${attrs}></apac-choropleth>
    <apac-timeline link-group=${group} orientation="horizontal"></apac-timeline>
    <apac-sankey link-group=${group} orientation="horizontal"></apac-sankey>`;

afterEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
});

describe('link-group: three charts, one selection', () => {
  it('picking MY on the map lists the events MY hosted on the timeline, counted from the data', async () => {
    const [map, timeline, sankey] = (await mount(trio('mt'))) as [Map_, Timeline, Chart];
    const total = EVENTS.length;
    expect(showing(timeline)).to.equal(`${total} events`);
    click(map, 'MY');
    await settle([map, timeline, sankey]);
    expect(map.selected).to.equal('MY');
    const my = hostedBy('MY');
    expect(my).to.be.greaterThan(0);
    expect(showing(timeline)).to.equal(`Showing ${my} of ${total} events (host: Malaysia)`);
    // Every event drawn (or counted in a cluster) is one MY hosted.
    expect(timeline.economy).to.equal('MY');
    // The change is announced politely where it was caused by another chart, not where it was made.
    expect(live(timeline)).to.equal('From the map: Only events hosted by Malaysia.');
    expect(live(map)).to.equal('Selected Malaysia: APEC and ASEAN.');
    // No Sankey node names Malaysia.
    expect(sankey.selected).to.equal(undefined);
    expect(linked(sankey)).to.deep.equal([]);
  });

  it("says in each chart's description what it is linked to", async () => {
    const [map, timeline, sankey] = await mount(trio('desc'));
    const desc = (el: Chart) => text(q(el, 'svg.chart desc'));
    expect(desc(map)).to.contain('Linked with the timeline and the flows chart:');
    expect(desc(timeline)).to.contain('Linked with the map and the flows chart:');
    expect(desc(sankey)).to.contain('Linked with the map and the timeline:');
    // A chart alone says nothing of links.
    const [alone] = await mount(html`<apac-choropleth></apac-choropleth>`);
    expect(desc(alone as Chart)).not.to.contain('Linked');
  });

  it("picking an event on the timeline sets the map's year and picks out its host", async () => {
    const charts = (await mount(
      html`<apac-choropleth link-group="ev"></apac-choropleth>
        <apac-timeline link-group="ev" from="2015-01-20" to="2015-02-10"></apac-timeline>`
    )) as [Map_, Timeline];
    const [map, timeline] = charts;
    const event = EVENTS.find((e) => e.id === 'ctwg-nps-2015-clark');
    click(timeline, 'ctwg-nps-2015-clark');
    await settle(charts);
    expect(timeline.selected).to.equal('ctwg-nps-2015-clark');
    expect(map.selected).to.equal(event?.economy);
    expect(map.year).to.equal(Number(event?.start.slice(0, 4)));
    expect(live(map)).to.equal('From the timeline: Selected The Philippines. Showing 2015.');
    // The timeline is not filtered by its own pick.
    expect(timeline.economy).to.equal('');
  });

  it('a date range on the timeline sets the map year to the range end', async () => {
    const charts = (await mount(
      html`<apac-choropleth link-group="rg" year="2024"></apac-choropleth>
        <apac-timeline link-group="rg" orientation="horizontal"></apac-timeline>`
    )) as [Map_, Timeline];
    const [map, timeline] = charts;
    const [from, to] = await dateFields(timeline);
    if (!from || !to) throw new Error('no From / To fields');
    from.value = '2003-01-01';
    to.value = '2009-06-30';
    to.dispatchEvent(new Event('change', {bubbles: true}));
    await settle(charts);
    expect(map.year).to.equal(2009);
    // Clearing the group gives the map back the page's own year.
    linkGroup('rg').clear();
    await settle(charts);
    expect(map.year).to.equal(2024);
  });

  it('a Sankey node that names economies picks them out on the map; a region links to nothing', async () => {
    const charts = (await mount(trio('sk'))) as [Map_, Timeline, Chart];
    const [map, timeline, sankey] = charts;
    click(sankey, 'destination:thailand-cambodia');
    await settle(charts);
    expect(sankey.selected).to.equal('destination:thailand-cambodia');
    expect(map.selected).to.equal(undefined);
    expect(linked(map).sort()).to.deep.equal(['KH', 'TH']);
    expect(live(map)).to.equal('From the flows chart: Picked out: Thailand and Cambodia.');
    const both = hostedBy('TH') + hostedBy('KH');
    expect(showing(timeline)).to.equal(
      `Showing ${both} of ${EVENTS.length} events (host: Thailand and Cambodia)`
    );
    // One economy: selected on the map.
    click(sankey, 'destination:thailand');
    await settle(charts);
    expect(map.selected).to.equal('TH');
    expect(linked(map)).to.deep.equal([]);
    // The Greater Mekong Sub-region lists no economies in its source: nothing is picked out.
    click(sankey, 'origin:GMS');
    await settle(charts);
    expect(map.selected).to.equal(undefined);
    expect(linked(map)).to.deep.equal([]);
    expect(showing(timeline)).to.equal(`${EVENTS.length} events`);
  });

  it('picking TH on the map outlines both Sankey nodes that name it', async () => {
    const charts = await mount(trio('th'));
    const [map, , sankey] = charts as [Chart, Chart, Chart];
    click(map, 'TH');
    await settle(charts);
    expect(linked(sankey).sort()).to.deep.equal([
      'destination:thailand',
      'destination:thailand-cambodia',
    ]);
  });

  it('Escape, or the same mark again, clears all three', async () => {
    const charts = (await mount(trio('esc'))) as [Map_, Timeline, Chart];
    const [map, timeline, sankey] = charts;
    click(map, 'TH');
    await settle(charts);
    expect(timeline.economy).to.equal('TH');
    // Escape on the Sankey, which has nothing selected of its own.
    const node = q<SVGElement>(sankey, '[data-focus="destination:thailand"]');
    node?.focus();
    await sendKeys({press: 'Escape'});
    await settle(charts);
    expect(map.selected).to.equal(undefined);
    expect(timeline.economy).to.equal('');
    expect(showing(timeline)).to.equal(`${EVENTS.length} events`);
    expect(linked(sankey)).to.deep.equal([]);
    expect(linkGroup('esc').selection).to.deep.equal({});
    // The same mark again.
    click(map, 'MY');
    await settle(charts);
    expect(timeline.economy).to.equal('MY');
    click(map, 'MY');
    await settle(charts);
    expect(map.selected).to.equal(undefined);
    expect(timeline.economy).to.equal('');
  });

  it("a map's own selected attribute starts the group, with no script", async () => {
    const charts = (await mount(
      html`<apac-choropleth link-group="own" selected="LA"></apac-choropleth>
        <apac-timeline link-group="own"></apac-timeline>`
    )) as [Map_, Timeline];
    expect(showing(charts[1])).to.equal(
      `Showing ${hostedBy('LA')} of ${EVENTS.length} events (host: Lao PDR)`
    );
  });

  it('two groups on one page do not interfere', async () => {
    const charts = (await mount(html`${trio('one')}${trio('two')}`)) as Chart[];
    const [mapOne, timelineOne, , mapTwo, timelineTwo, sankeyTwo] = charts as [
      Map_,
      Timeline,
      Chart,
      Map_,
      Timeline,
      Chart,
    ];
    click(mapOne, 'MY');
    await settle(charts);
    expect(timelineOne.economy).to.equal('MY');
    expect(timelineTwo.economy).to.equal('');
    expect(mapTwo.selected).to.equal(undefined);
    click(mapTwo, 'TH');
    await settle(charts);
    expect(timelineOne.economy).to.equal('MY');
    expect(timelineTwo.economy).to.equal('TH');
    expect(linked(sankeyTwo).length).to.equal(2);
    expect(mapOne.selected).to.equal('MY');
  });
});

describe('link-group: the API', () => {
  it('join, listen, select and leave from code', async () => {
    const [map, timeline] = (await mount(
      html`<apac-choropleth></apac-choropleth> <apac-timeline></apac-timeline>`
    )) as [Map_, Timeline];
    const group = linkGroup('api');
    group.join(map);
    group.join(timeline);
    await settle([map, timeline]);
    expect(map.getAttribute('link-group')).to.equal('api');
    expect(group.members).to.deep.equal([map, timeline]);
    const seen: LinkChangeDetail[] = [];
    const stop = group.subscribe((d) => seen.push(d));
    group.select({economies: ['SG']});
    await settle([map, timeline]);
    expect(map.selected).to.equal('SG');
    expect(timeline.economy).to.equal('SG');
    click(map, 'ID');
    await settle([map, timeline]);
    expect(seen.map((d) => [d.selection.economies, d.origin])).to.deep.equal([
      [['SG'], undefined],
      [['ID'], map],
    ]);
    stop();
    group.leave(timeline);
    await settle([map, timeline]);
    expect(group.members).to.deep.equal([map]);
    // The timeline left with the group's filter still on; the page then owns it again.
    click(map, 'MY');
    await settle([map, timeline]);
    expect(timeline.economy).to.equal('ID');
    expect(seen.length).to.equal(2);
  });
});

describe('link-group: the URL', () => {
  it('a group with sync-url keeps one state in the hash and reads it back into fresh charts', async () => {
    const page = () =>
      html`<apac-choropleth link-group="url" sync-url></apac-choropleth>
        <apac-timeline link-group="url" sync-url orientation="horizontal"></apac-timeline>
        <apac-sankey link-group="url" sync-url orientation="horizontal"></apac-sankey>`;
    const charts = (await mount(page())) as [Map_, Timeline, Chart];
    click(charts[0], 'MY');
    await settle(charts);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('url.economy')).to.equal('MY');
    // The map does not keep the selection a second time.
    expect(params.get('map.selected')).to.equal(null);
    expect(params.get('map.indicator')).to.equal('membership');
    // "Reload": the charts go and new ones come, with the hash as it was.
    for (const el of charts) el.remove();
    // The page's memory goes too: only the URL is left.
    linkGroup('url').clear();
    expect(new URLSearchParams(location.hash.slice(1)).get('url.economy')).to.equal('MY');
    const again = (await mount(page())) as [Map_, Timeline, Chart];
    expect(again[0].selected).to.equal('MY');
    expect(showing(again[1])).to.equal(
      `Showing ${hostedBy('MY')} of ${EVENTS.length} events (host: Malaysia)`
    );
  });

  it('the map and the Sankey keep their own state with sync-url', async () => {
    history.replaceState(
      null,
      '',
      '#m.indicator=apec-join-year&m.year=1994&m.selected=JP&m.zoom=2,-100,-50&f.report=sea2019'
    );
    const [map, sankey] = (await mount(
      html`<apac-choropleth id="m" sync-url></apac-choropleth>
        <apac-sankey id="f" sync-url></apac-sankey>`
    )) as [Map_ & {indicator: string}, Chart & {report: string}];
    // The hash is read once each chart can apply it (its code loads with `sync-url`).
    await waitUntil(() => map.indicator !== 'membership', 'the map did not read the hash');
    await map.updateComplete;
    expect(map.indicator).to.equal('apec-join-year');
    expect(map.year).to.equal(1994);
    expect(map.selected).to.equal('JP');
    await waitUntil(() => sankey.report === 'sea2019', 'the Sankey did not read the hash');
    await map.updateComplete;
    const zoomed = qa(map, 'svg.chart [transform]').map((g) => g.getAttribute('transform'));
    expect(zoomed).to.include('translate(-100 -50) scale(2)');
    // And the map writes its state back as the reader changes it.
    map.year = 2001;
    await map.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const params = new URLSearchParams(location.hash.slice(1));
    expect([params.get('m.year'), params.get('m.zoom'), params.get('m.selected')]).to.deep.equal([
      '2001',
      '2,-100,-50',
      'JP',
    ]);
  });
});
