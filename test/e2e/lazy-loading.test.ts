/**
 * What a page loads through the autoloader (dist/lazy), recorded on a real page load: a chart
 * draws its bundled data (checked when the package was built) without the validators, and loads
 * them — in a chunk of their own — only when the page gives it data of its own.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {chartsDrawn, dist, launch, serve, watchErrors, type Served} from './harness.js';
import {preloadFiles, scriptSnippet} from '../../src/embed/snippet.js';
import type {ChunkLists} from '../../src/embed/chunk-files.js';

let browser: Browser;
let site: Served;
/** The build's lists beside the autoloader, which the embed builder reads. */
let lists: ChunkLists;
beforeAll(async () => {
  browser = await launch();
  const lazy = join(dist, 'lazy');
  lists = JSON.parse(readFileSync(join(lazy, 'chunks.json'), 'utf8')) as ChunkLists;
  // As the embed builder writes it: the script, the chart's files as preload links, the tag.
  const attributes = {lang: 'ja'};
  const snippet = scriptSnippet({
    chart: 'timeline',
    attributes,
    base: '/lazy/',
    preload: preloadFiles(lists, 'timeline', attributes),
  });
  site = await serve({
    '/timeline-preloaded.html': {
      body: `<!doctype html><html lang="en"><title>t</title>${snippet}`,
    },
    ...Object.fromEntries(readdirSync(lazy).map((f) => [`/lazy/${f}`, {file: join(lazy, f)}])),
    '/sankey.html': {
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-sankey></apac-sankey>',
    },
    '/flows.csv': {
      body: 'source,target,value\nCee,Dee,3\n',
      type: 'text/csv',
    },
    '/map.html': {
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-choropleth indicator="events-hosted"></apac-choropleth>',
    },
    '/timeline.html': {
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-timeline></apac-timeline>',
    },
    '/linked.html': {
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-choropleth link-group="region"></apac-choropleth><apac-timeline link-group="region"></apac-timeline>',
    },
    '/story.html': {
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-steps><apac-choropleth indicator="membership" year="1967"></apac-choropleth><apac-step year="1967"><p>ASEAN</p></apac-step><apac-step indicator="apg-member"><p>APG</p></apac-step></apac-steps>',
    },
    '/timeline-notes.html': {
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-timeline><apac-note for="2015">A year of meetings</apac-note></apac-timeline>',
    },
    '/map-asks.html': {
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-choropleth indicator="apec-join-year" classification="jenks" highlight="KH, MM" time-slider></apac-choropleth>',
    },
    '/sankey-synced.html': {
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-sankey sync-url></apac-sankey>',
    },
    '/timeline-ja.html': {
      body: '<!doctype html><html lang="ja"><title>t</title><script type="module" src="/lazy/apac-viz.js"></script><apac-timeline></apac-timeline>',
    },
  });
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

/** The chunks requested since `from`, by name (the hash dropped). */
const chunks = (from: number) =>
  site.requests
    .slice(from)
    .filter((r) => r.startsWith('/lazy/'))
    .map((r) => r.replace(/^\/lazy\//, '').replace(/-[\w-]{8}\.js$/, ''));

/** Waits until the timeline's `selector` (in its shadow root) shows `text`. */
const timelineShows = (page: Page, selector: string, text: string) =>
  page.waitForFunction(
    ([selector, text]) =>
      document
        .querySelector('apac-timeline')
        ?.shadowRoot?.querySelector(selector)
        ?.textContent?.includes(text),
    [selector, text] as const
  );

/** Adds a chart `tag` with id `id` and the page's own `data` (the property) to the page. */
const ownData = (page: Page, tag: string, id: string, data: unknown) =>
  page.evaluate(
    ([tag, id, data]) => {
      const el = document.createElement(tag as string) as HTMLElement & {data: unknown};
      el.id = id as string;
      el.data = data;
      document.body.append(el);
    },
    [tag, id, data]
  );

const VALIDATORS = ['valibot', 'sankey-input', 'timeline-input', 'choropleth-input'];
/** Fetching and reading a file at `src` (CSV, the data worker's page side). */
const SRC_PATH = 'fetch-data';
/** The notes' placement and templates. */
const NOTES = 'annotations.templates';
/** Natural breaks (simple-statistics' ckmeans). */
const JENKS = 'jenks';
/** Viridis's colours, for a map with `scheme="viridis"`. */
const VIRIDIS = 'viridis';
/** The map's year slider and play. */
const SLIDER = 'choropleth.slider';
/** The PNG export's rasteriser, loaded by `toPNG()`. */
const PNG = 'export-png';
/** Reading and writing the page URL's hash (`sync-url`, link groups). */
const HASH = 'hash-write';
/** The map's keys in the hash (`sync-url`). */
const MAP_HASH = 'choropleth.hash';
/** A chart's membership of a link group, with link-group.ts. */
const LINKS = 'link-group-member';
/** The timeline's layouts of large data (20,000 events or more: only a user's data). */
const LARGE = 'large';
/** The English words of data problems. */
const ISSUE_WORDS = 'en-issues';
/** A loaded chunk's code, by the name chunks() gives it. */
const source = (name: string) => {
  const file = readdirSync(join(dist, 'lazy')).find(
    (f) =>
      f === name || (f.startsWith(`${name}-`) && f.endsWith('.js') && f.length === name.length + 12)
  );
  return file ? readFileSync(join(dist, 'lazy', file), 'utf8') : '';
};

/** A fresh 800 × 600 page at `path` once its chart is drawn, with the errors it logs. */
async function opened(path: string) {
  const page = await browser.newPage({viewport: {width: 800, height: 600}});
  const errors = watchErrors(page);
  await page.goto(`${site.url}${path}`);
  await chartsDrawn(page, 1);
  return {page, errors};
}

/**
 * The chunks a page at `path` asks for (by name, the hash dropped) when each response takes a
 * round trip of 400 ms, and those it asks for a round trip or more after `chart`'s own chunk.
 * Without the autoloader's lists, a chart's imports are asked for only once its chunk has
 * arrived (a round trip later), and its language's words or its indicator once its code has run
 * (another).
 */
async function asked(path: string, chart: string) {
  const ROUND_TRIP = 400;
  const page = await browser.newPage({viewport: {width: 800, height: 600}});
  const errors = watchErrors(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: ROUND_TRIP,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const at = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', ({request, timestamp}) => {
    const name = new URL(request.url).pathname.replace(/^\/lazy\//, '');
    if (!at.has(name)) at.set(name, timestamp * 1000);
  });
  await page.goto(`${site.url}${path}`);
  await chartsDrawn(page, 1);
  const own = [...at.keys()].find((f) => new RegExp(`^${chart}-[\\w-]{8}\\.js$`).test(f));
  const ownAt = at.get(own ?? '') ?? NaN;
  const chunksAsked = [...at].filter(([f]) => f.endsWith('.js') && f !== 'apac-viz.js');
  const autoloaderAt = at.get('apac-viz.js') ?? NaN;
  return {
    page,
    errors,
    named: chunksAsked.map(([f]) => f.replace(/-[\w-]{8}\.js$/, '')),
    late: chunksAsked.filter(([, t]) => t - ownAt > ROUND_TRIP / 2).map(([f]) => f),
    /** Asked for a round trip or more after the autoloader. */
    afterAutoloader: chunksAsked
      .filter(([, t]) => t - autoloaderAt > ROUND_TRIP / 2)
      .map(([f]) => f),
  };
}

describe('the autoloader on a page with one chart', () => {
  it('a Sankey page loads the flows, not the map, the events or the validators, until own data is given', async () => {
    const from = site.requests.length;
    const {page, errors} = await opened('/sankey.html');
    const loaded = chunks(from);
    expect(loaded).toEqual(expect.arrayContaining(['apac-viz.js', 'sankey', 'data-flows']));
    for (const not of [
      'choropleth',
      'timeline',
      'data-topology',
      'data-events',
      SRC_PATH,
      ISSUE_WORDS,
      PNG,
      ...VALIDATORS,
    ])
      expect(loaded).not.toContain(not);
    // The PNG export's code loads with its first call.
    const pngFrom = site.requests.length;
    const png = await page.evaluate(async () => {
      const el = document.querySelector('apac-sankey') as HTMLElement & {
        toPNG(scale?: number): Promise<Blob>;
      };
      return (await el.toPNG(1)).type;
    });
    expect(png).toBe('image/png');
    expect(chunks(pngFrom)).toEqual([PNG]);
    // Nor the other charts' words: each chart's English comes with its own chunk.
    const code = loaded.map((name) => source(name)).join('\n');
    expect(code).toContain('Sankey chart of flows');
    for (const words of ['Year joined APEC', 'Timeline of meetings', 'must be a number'])
      expect(code).not.toContain(words);

    // Own plain JSON (nothing to convert or report): its reader loads, not the validators.
    const plainFrom = site.requests.length;
    await ownData(page, 'apac-sankey', 'plain', {
      links: [{source: 'Kay', target: 'Ell', value: 3, citation: 'Survey, 2025'}],
    });
    await chartsDrawn(page, 2);
    await page.waitForFunction(() =>
      document.querySelector('#plain')?.shadowRoot?.textContent?.includes('Kay')
    );
    const plain = chunks(plainFrom);
    expect(plain).toContain('sankey-plain');
    for (const not of [...VALIDATORS, ISSUE_WORDS]) expect(plain).not.toContain(not);

    // Own data to check: the Sankey's validators (and valibot) load, and the user's flow is
    // drawn; the words of data problems load with them, and a problem is told in words.
    await ownData(page, 'apac-sankey', 'own', {
      citation: 'Field survey, 2024',
      links: [
        {source: 'Ayy', target: 'Bee', value: 2},
        {source: 'Ayy', target: 'Eff', value: 'many'},
      ],
    });
    await chartsDrawn(page, 3);
    await page.waitForFunction(() =>
      document.querySelector('#own')?.shadowRoot?.textContent?.includes('Ayy')
    );
    const own = await page.evaluate(() => document.querySelector('#own')?.shadowRoot?.textContent);
    expect(own).toContain('(1 problem)');
    expect(own).toContain('must be a number');
    const then = chunks(from);
    expect(then).toEqual(expect.arrayContaining(['sankey-input', 'valibot', ISSUE_WORDS]));
    for (const not of ['timeline-input', 'choropleth-input', 'data-topology', 'data-events'])
      expect(then).not.toContain(not);
    expect(then, 'the data property needs no fetching').not.toContain(SRC_PATH);

    // A file at src: the fetching and reading chunk loads, and the file's flow is drawn.
    await page.evaluate(() => {
      const el = document.createElement('apac-sankey');
      el.id = 'file';
      el.setAttribute('credit', 'Our reporting');
      el.setAttribute('src', '/flows.csv');
      document.body.append(el);
    });
    await chartsDrawn(page, 4);
    await page.waitForFunction(() =>
      document.querySelector('#file')?.shadowRoot?.textContent?.includes('Cee')
    );
    expect(chunks(from)).toContain(SRC_PATH);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('a map page loads natural breaks and the year slider only for maps asked for them', async () => {
    const from = site.requests.length;
    const {page, errors} = await opened('/map.html');
    expect(chunks(from)).toEqual(expect.arrayContaining(['choropleth', 'data-topology']));
    expect(chunks(from)).not.toContain(JENKS);
    expect(chunks(from)).not.toContain(SLIDER);
    expect(chunks(from)).not.toContain(VIRIDIS);
    expect(chunks(from)).not.toContain(MAP_HASH);
    expect(chunks(from)).not.toContain(HASH);
    await page.evaluate(() => {
      const el = document.createElement('apac-choropleth');
      el.setAttribute('indicator', 'events-hosted');
      el.setAttribute('classification', 'jenks');
      document.body.append(el);
    });
    await chartsDrawn(page, 2);
    expect(chunks(from)).toContain(JENKS);
    expect(chunks(from)).not.toContain(SLIDER);
    const legends = await page.evaluate(() =>
      [...document.querySelectorAll('apac-choropleth')].map((el) =>
        [...(el.shadowRoot?.querySelectorAll('.legend-items li') ?? [])].map((li) =>
          li.getAttribute('aria-label')
        )
      )
    );
    expect(legends[1]).not.toEqual(legends[0]);
    // Natural breaks put the economies with one event in a class of their own (counts are
    // labelled by their whole numbers).
    expect(legends[1]?.[0]).toMatch(/^1: /);
    // A map with the year slider: its chunk loads, and the map is drawn with the slider, not
    // before it (the chunk held back a little, as a slow network would).
    await page.route('**/choropleth.slider-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.evaluate(() => {
      const el = document.createElement('apac-choropleth');
      el.setAttribute('time-slider', '');
      document.body.append(el);
    });
    await chartsDrawn(page, 3);
    expect(chunks(from)).toContain(SLIDER);
    const slider = await page.evaluate(
      () =>
        document
          .querySelectorAll('apac-choropleth')[2]
          ?.shadowRoot?.querySelector('input[type="range"]')?.outerHTML ?? ''
    );
    expect(slider).toContain('max="2025"');
    // A map in viridis: its colours' chunk loads, and its first picture is in them (viridis's
    // darkest class, not blues').
    await page.evaluate(() => {
      const el = document.createElement('apac-choropleth');
      el.setAttribute('indicator', 'events-hosted');
      el.setAttribute('scheme', 'viridis');
      el.setAttribute('theme', 'light');
      document.body.append(el);
    });
    await chartsDrawn(page, 4);
    expect(chunks(from)).toContain(VIRIDIS);
    const swatches = await page.evaluate(() =>
      [
        ...(document
          .querySelectorAll('apac-choropleth')[3]
          ?.shadowRoot?.querySelectorAll('.legend-items li svg.swatch :is(rect, circle)') ?? []),
      ].map((s) => getComputedStyle(s).fill)
    );
    // Viridis's palest classes are yellow-green (more green than blue); blues' are blue.
    const [, green = 0, blue = 0] = (swatches[0]?.match(/\d+/g) ?? []).map(Number);
    expect(green, String(swatches[0])).toBeGreaterThan(blue + 40);
    // A map with `sync-url`: the map's keys and the hash's reading load, and it shows the
    // indicator its link names (once drawn: the hash is read when the map can apply it).
    await page.evaluate(() => {
      history.replaceState(null, '', '#m5.indicator=apec-join-year');
      const el = document.createElement('apac-choropleth');
      el.id = 'm5';
      el.setAttribute('sync-url', '');
      document.body.append(el);
    });
    await chartsDrawn(page, 5);
    await page.waitForFunction(
      () =>
        /19\d\d/.test(
          document.querySelector('#m5')?.shadowRoot?.querySelector('.legend-items li')
            ?.textContent ?? ''
        ),
      undefined,
      {timeout: 5000}
    );
    expect(chunks(from)).toEqual(expect.arrayContaining([MAP_HASH, HASH]));
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it("carries in its data chunks only what the charts read, and the map's table still cites every value", async () => {
    // Left out (scripts/chart-data.mjs, indicator-modules.mjs): the files' descriptions, the
    // economies' and their memberships' citations, the indicators' descriptions and derivations,
    // and a value's citation where it is its indicator's (the table below still cites every
    // value). An indicator's names, categories' and missing-value words are the catalogue's,
    // and each indicator's module adds its own English ones: the map's code carries none of
    // the others'.
    const economies = source('data-economies');
    expect(economies).toContain('Brunei Darussalam');
    expect(economies).not.toContain('citation');
    // Each indicator but the default (membership, in the map's code) a chunk of its own
    // (scripts/indicator-modules.mjs); the map's code knows the others' ids and kinds alone.
    const apg = source('indicator-apg-member');
    expect(apg).toContain('citation');
    expect(apg).not.toMatch(/derived|description|"noValue"|"label"/);
    expect(apg).toContain('"category.apg-member.member":"Listed as an APG member"');
    // The membership map's data in the map's code, as JSON (its keys quoted).
    const map = source('choropleth');
    expect(map).toContain('"citation":"Global Affairs Canada');
    expect(map).not.toMatch(/"(derived|description|noValue|label)":/);
    expect(map).not.toContain('apgml.org');
    expect(map).not.toMatch(/Listed as an APG member|Financial Action Task Force|Year joined APEC/);
    expect(map).toContain('"category.membership.apec":"APEC only"');
    const {page, errors} = await opened('/map.html');
    // The membership map: every economy has a value, and each value its source.
    const sources = await page.evaluate(async () => {
      const el = document.querySelector('apac-choropleth');
      el?.setAttribute('indicator', 'membership');
      await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      (
        el?.shadowRoot?.querySelector('button[part~="table-toggle"]') as HTMLElement | null
      )?.click();
      await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      const heads = [...(el?.shadowRoot?.querySelectorAll('table thead th') ?? [])];
      const column = heads.findIndex((th) => th.textContent?.trim() === 'Source');
      return [...(el?.shadowRoot?.querySelectorAll('table tbody tr') ?? [])].map(
        (tr) => tr.children[column]?.textContent?.trim() ?? ''
      );
    });
    expect(sources.length).toBeGreaterThan(10);
    expect(
      sources.filter((s) => s.length <= 10),
      JSON.stringify(sources)
    ).toEqual([]);
    // The APG map's legend: the indicator's name, "Not listed" and its note, all drawn.
    // Its table still cites each value, though the data wrote the indicator's citation once.
    const {legend, cited} = await page.evaluate(async () => {
      const el = document.querySelector('apac-choropleth');
      el?.setAttribute('indicator', 'apg-member');
      await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      const heads = [...(el?.shadowRoot?.querySelectorAll('table thead th') ?? [])];
      const column = heads.findIndex((th) => th.textContent?.trim() === 'Source');
      return {
        legend: (el?.shadowRoot?.querySelector('.legend') as HTMLElement | null)?.innerText ?? '',
        cited: [...(el?.shadowRoot?.querySelectorAll('table tbody tr') ?? [])].map(
          (tr) => tr.children[column]?.textContent?.trim() ?? ''
        ),
      };
    });
    // (9 of its 21 values cite the indicator's own source.)
    expect(cited.filter((s) => s.startsWith('apgml.org about-us page')).length).toBe(9);
    expect(legend).toContain('Asia/Pacific Group on Money Laundering (APG): listed as a member');
    expect(legend).toMatch(/Listed as an APG member\s+21\b/);
    // (The count's brackets are CSS, which innerText leaves out.)
    expect(legend).toMatch(/Not listed\s+4\b/);
    expect(legend).toContain('does not prove non-membership');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('says that a map’s indicator could not be loaded when its chunk does not arrive, not that it has no data', async () => {
    const {page} = await opened('/map.html');
    await page.route(/\/indicator-apg-member-[\w-]{8}\.js$/, (route) => route.abort());
    const shown = await page.evaluate(async () => {
      const el = document.querySelector('apac-choropleth') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      el.setAttribute('indicator', 'apg-member');
      await el.updateComplete;
      const root = el.shadowRoot;
      return {
        error: root?.querySelector('[part="error"]')?.textContent?.trim() ?? '',
        economies: root?.querySelectorAll('svg.chart [data-id][data-focus]').length ?? 0,
      };
    });
    expect(shown.error).toBe('Could not load the data.');
    expect(shown.economies).toBe(0);
    await page.close();
  });

  it('a timeline page loads the events, not the map, the flows or the validators', async () => {
    const from = site.requests.length;
    const {page, errors} = await opened('/timeline.html');
    const loaded = chunks(from);
    expect(loaded).toEqual(expect.arrayContaining(['timeline', 'data-events']));
    for (const not of [
      'choropleth',
      'sankey',
      'data-topology',
      'data-flows',
      SRC_PATH,
      NOTES,
      LINKS,
      HASH,
      LARGE,
      ...VALIDATORS,
    ])
      expect(loaded).not.toContain(not);
    // The bundled events are drawn, as many as the dataset holds (no row lost without a check).
    const marks = await page.evaluate(
      () =>
        document.querySelector('apac-timeline')?.shadowRoot?.querySelectorAll('[data-id]').length ??
        0
    );
    expect(marks).toBeGreaterThan(40);

    // A note written on the chart: the placement loads, and the note is drawn on the chart.
    const note = 'Kuala Lumpur Declaration';
    await page.evaluate((text) => {
      const n = document.createElement('apac-note');
      n.setAttribute('for', 'ammtc-10');
      n.textContent = text;
      document.querySelector('apac-timeline')?.append(n);
    }, note);
    await timelineShows(page, '[data-note]', note);
    expect(chunks(from)).toContain(NOTES);

    // Two timelines in one link group: the group's code loads, and each says it is linked.
    await page.evaluate(() => {
      const other = document.createElement('apac-timeline');
      other.setAttribute('headline', 'The other');
      other.setAttribute('link-group', 'story');
      document.querySelector('apac-timeline')?.setAttribute('link-group', 'story');
      document.body.append(other);
    });
    await chartsDrawn(page, 2);
    await page.waitForFunction(() =>
      document
        .querySelector('apac-timeline')
        ?.shadowRoot?.querySelector('svg.chart desc')
        ?.textContent?.includes('Linked with “The other”')
    );
    expect(chunks(from)).toContain(LINKS);
    expect(chunks(from)).toContain(HASH);

    // `sync-url`: the chart writes its state into the page URL's hash once it changes.
    await page.evaluate(() => {
      const chart = document.querySelector('apac-timeline');
      chart?.removeAttribute('link-group');
      chart?.setAttribute('sync-url', '');
    });
    await page.evaluate(() => {
      Object.assign(document.querySelector('apac-timeline') ?? {}, {selected: 'ammtc-10'});
    });
    await page.waitForFunction(() => location.hash.includes('event=ammtc-10'));
    expect(chunks(from)).not.toContain(LARGE);

    // Own plain JSON (nothing to convert or report, under 20,000 events): its reader loads, not
    // the validators nor the layouts of large data, and its events are drawn.
    const plainFrom = site.requests.length;
    await ownData(page, 'apac-timeline', 'plain', {
      citation: 'Our register',
      events: [
        {title: 'Harbour drill', start: '2024-05-02', economy: 'SG'},
        {title: 'Border workshop', start: '2024-09', kind: 'workshop'},
      ],
    });
    await page.waitForFunction(
      () => document.querySelector('#plain')?.shadowRoot?.querySelectorAll('[data-id]').length === 2
    );
    const plain = chunks(plainFrom);
    expect(plain).toContain('timeline-plain');
    for (const not of [...VALIDATORS, LARGE, ISSUE_WORDS]) expect(plain).not.toContain(not);
    // Own events to check (a date that does not exist): the validators load and say so.
    await ownData(page, 'apac-timeline', 'checked', [
      {title: 'Harbour drill', start: '2024-05-02'},
      {title: 'Border workshop', start: '2024-02-30'},
    ]);
    await page.waitForFunction(() =>
      document.querySelector('#checked')?.shadowRoot?.textContent?.includes('(1 problem)')
    );
    expect(chunks(plainFrom)).toEqual(expect.arrayContaining(['timeline-input', 'valibot']));

    // 20,000 events of the page's own: the validators and the layouts of large data load, and
    // the events are counted in cells rather than drawn one by one.
    await page.evaluate(() => {
      const el = document.createElement('apac-timeline') as HTMLElement & {data: unknown};
      el.id = 'large';
      el.data = Array.from({length: 20_000}, (_, i) => ({
        id: `r${i}`,
        title: `Row ${i}`,
        start: new Date(Date.UTC(2000, 0, 1) + (i % 3_000) * 86_400_000).toISOString().slice(0, 10),
        citation: 'Our register',
      }));
      document.body.append(el);
    });
    await page.waitForFunction(
      () => {
        const root = document.querySelector('#large')?.shadowRoot;
        return (
          root?.querySelector('.shown')?.textContent?.trim() === '20,000 events' &&
          root.querySelector('[part="limit"]')
        );
      },
      null,
      {timeout: 30_000}
    );
    expect(chunks(from)).toEqual(expect.arrayContaining([LARGE, 'timeline-input']));
    const drawn = await page.evaluate(
      () =>
        document.querySelector('#large')?.shadowRoot?.querySelectorAll('g.cluster, g.event').length
    );
    expect(drawn).toBeLessThan(200);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  }, 60_000);
});

describe("the autoloader's linkGroup", () => {
  it('is the group the charts it loaded joined: a selection from code reaches them, theirs reaches code', async () => {
    const {page, errors} = await opened('/linked.html');
    await chartsDrawn(page, 2);
    const shown = () =>
      page.evaluate(() =>
        document
          .querySelector('apac-timeline')
          ?.shadowRoot?.querySelector('.shown')
          ?.textContent?.trim()
      );
    expect(await shown()).toMatch(/^\d+ events$/);
    // From code: every chart in the group shows it. (A string, as vitest would rewrite an
    // import() written in a function.)
    const group = (then: string) =>
      page.evaluate(
        `import('/lazy/apac-viz.js').then((m) => m.linkGroup('region')).then((group) => ${then})`
      );
    await group("group.select({economies: ['MY']})");
    await expect.poll(shown).toMatch(/^Showing \d+ of \d+ events \(host: Malaysia\)$/);
    expect(
      await page.evaluate(
        () => (document.querySelector('apac-choropleth') as {selected?: string}).selected
      )
    ).toBe('MY');
    // From the reader: code sees the group's new selection.
    await page.locator('apac-choropleth svg.chart [data-id="TH"]').first().dispatchEvent('click');
    const picked = await group('group.selection.economies');
    expect(picked).toEqual(['TH']);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});

describe('the autoloader on a slow network', () => {
  it("asks for the chunks a chart's code imports, and its language's words, beside the chart's own", async () => {
    const {page, errors, named, late} = await asked('/timeline-ja.html', 'timeline');
    expect(named).toEqual(
      expect.arrayContaining(['timeline', 'decorate', 'data-events', 'data-economies', 'ja'])
    );
    expect(late, "asked for a round trip or more after the chart's chunk").toEqual([]);
    // And drawn in Japanese.
    const title = await page.evaluate(
      () =>
        document.querySelector('apac-timeline')?.shadowRoot?.querySelector('svg.chart title')
          ?.textContent
    );
    expect(title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
  it("asks for what a chart's first picture waits for beside its code: its notes' placement, a link group, sync-url, a map's name tags, slider and breaks", async () => {
    const cases: [string, string, string[]][] = [
      ['/timeline-notes.html', 'timeline', ['annotations.templates', 'timeline.annotations']],
      [
        '/linked.html',
        'choropleth',
        ['link-group-member', 'link-group', 'en-link', 'hash-write', 'choropleth.link'],
      ],
      ['/sankey-synced.html', 'sankey', ['hash-write', 'sankey.hash']],
      ['/map-asks.html', 'choropleth', ['choropleth.picked', 'choropleth.slider', 'jenks']],
    ];
    for (const [path, chart, features] of cases) {
      const {page, errors, named, late} = await asked(path, chart);
      expect(named, path).toEqual(expect.arrayContaining(features));
      // (The timeline's detail card comes once the page is idle after the first picture.)
      expect(
        late.filter((f) => !f.startsWith('timeline.card-')),
        `${path}: asked for a round trip or more after the chart's chunk`
      ).toEqual([]);
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    }
  });

  it("the embed page in dist/lazy draws the chart its URL names, with its notes, from that chart's code only", async () => {
    const notes = JSON.stringify([{target: '2015', text: 'A year of meetings'}]);
    const from = site.requests.length;
    const {page, errors, named, late} = await asked(
      `/lazy/embed.html?chart=timeline&headline=Meetings&annotations=${encodeURIComponent(notes)}`,
      'timeline'
    );
    await timelineShows(page, 'svg.chart .annotations', 'A year of meetings');
    const headline = await page.evaluate(() =>
      document
        .querySelector('apac-timeline')
        ?.shadowRoot?.querySelector('[part="headline"]')
        ?.textContent?.trim()
    );
    expect(headline).toBe('Meetings');
    expect(named).toEqual(expect.arrayContaining(['timeline', 'decorate', 'data-events']));
    for (const not of ['choropleth', 'sankey', 'data-topology', 'data-flows'])
      expect(chunks(from)).not.toContain(not);
    // The chart's code, what it imports and its notes' placement in one round trip: the page
    // makes the element only once its class is in, and tells the autoloader what it will ask
    // for (the notes came a round trip after the chart's code). (The detail card comes once the
    // page is idle after the first picture.)
    expect(named).toEqual(
      expect.arrayContaining(['annotations.templates', 'timeline.annotations'])
    );
    expect(late.filter((f) => !f.startsWith('timeline.card-'))).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('the embed page asks for what its URL asks of a map beside the map’s code: names in any case, a boolean’s false no attribute', async () => {
    const {page, errors, named, late} = await asked(
      '/lazy/embed.html?chart=choropleth&Highlight=MY&time-slider=false',
      'choropleth'
    );
    // The name tags a highlight draws, asked for beside the map's code; no year slider.
    expect(named).toEqual(expect.arrayContaining(['choropleth', 'choropleth.picked']));
    expect(named).not.toContain('choropleth.slider');
    expect(late).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it("with the embed builder's preload links, asks for a chart's files with the autoloader, not a round trip after it", async () => {
    const {page, errors, named, afterAutoloader} = await asked(
      '/timeline-preloaded.html',
      'timeline'
    );
    expect(named).toEqual(
      expect.arrayContaining(['timeline', 'decorate', 'data-events', 'data-economies', 'ja'])
    );
    // (The timeline's detail card comes later, once the page is idle after the first picture.)
    const hinted = new Set(preloadFiles(lists, 'timeline', {lang: 'ja'}));
    expect(hinted.size).toBeGreaterThan(5);
    expect(
      afterAutoloader.filter((f) => hinted.has(f)),
      'asked for a round trip or more after the autoloader'
    ).toEqual([]);
    expect(afterAutoloader.filter((f) => !f.startsWith('timeline.card-'))).toEqual([]);
    // No file named twice or missing (a 404 is an error on the page), and drawn in Japanese.
    expect(errors, errors.join('\n')).toEqual([]);
    const title = await page.evaluate(
      () =>
        document.querySelector('apac-timeline')?.shadowRoot?.querySelector('svg.chart title')
          ?.textContent
    );
    expect(title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await page.close();
    // Every file the lists name is in the folder: the builder names no file that is not served.
    const files = new Set(readdirSync(join(dist, 'lazy')));
    const listed = [
      ...Object.values(lists.entries ?? {}),
      ...Object.values(lists.charts).flat(),
      ...Object.values(lists.locales),
    ];
    expect(listed.filter((f) => !files.has(f))).toEqual([]);
    expect(Object.keys(lists.entries ?? {}).sort()).toEqual(Object.keys(lists.charts).sort());
  });

  it("asks for the indicator a map draws, and those its story's steps set, beside the map's code, and no other until it is drawn", async () => {
    const {page, errors, named, late} = await asked('/map.html', 'choropleth');
    // map.html draws `indicator="events-hosted"`: its chunk, not the membership map's.
    expect(named.filter((n) => n.startsWith('indicator-'))).toEqual(['indicator-events-hosted']);
    expect(named).toEqual(expect.arrayContaining(['choropleth', 'data-topology']));
    expect(late, "asked for a round trip or more after the map's chunk").toEqual([]);
    // Another indicator loads when the map is asked for it, and is drawn once it is in.
    const from = site.requests.length;
    const legend = await page.evaluate(async () => {
      const el = document.querySelector('apac-choropleth') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      el.setAttribute('indicator', 'apg-member');
      await el.updateComplete;
      return (el.shadowRoot?.querySelector('.legend') as HTMLElement | null)?.innerText ?? '';
    });
    expect(chunks(from)).toEqual(['indicator-apg-member']);
    expect(legend).toMatch(/Listed as an APG member\s+21\b/);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
    // A story's map: the indicators its steps set, asked for beside its code; its own, the
    // default named (`indicator="membership"`), comes with the code and is asked for by no one.
    const story = await asked('/story.html', 'choropleth');
    expect(story.named.filter((n) => n.startsWith('indicator-'))).toEqual(['indicator-apg-member']);
    expect(story.late).toEqual([]);
    expect(story.errors, story.errors.join('\n')).toEqual([]);
    await story.page.close();
  });
});
