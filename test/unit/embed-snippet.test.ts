import {describe, expect, it} from 'vitest';
import {iframeSnippet, preloadFiles, scriptSnippet} from '../../src/embed/snippet.js';
import type {ChunkLists} from '../../src/embed/chunk-files.js';
import {loadLocale} from '../../src/i18n/catalogue.js';
import {parseEmbedParams} from '../../src/embed/params.js';

const base = 'https://cdn.example/apac-viz/dist';

describe('embed snippets', () => {
  it('script and tag, leaving out empty and false attributes, escaping the rest', () => {
    expect(
      scriptSnippet({
        chart: 'sankey',
        attributes: {
          headline: 'Flows "2019" <b>',
          report: 'sea2019',
          subhead: '',
          'sync-url': false,
        },
        base,
      })
    ).toBe(
      '<script type="module" src="https://cdn.example/apac-viz/dist/apac-viz.js"></script>\n' +
        '<apac-sankey headline="Flows &quot;2019&quot; &lt;b&gt;" report="sea2019"></apac-sankey>'
    );
  });

  it('puts many attributes on their own lines, booleans bare', () => {
    expect(
      scriptSnippet({
        chart: 'choropleth',
        attributes: {
          indicator: 'acct-in-force-year',
          region: 'asean',
          'time-slider': true,
          year: 2010,
        },
        base: `${base}/`,
      })
    ).toBe(
      '<script type="module" src="https://cdn.example/apac-viz/dist/apac-viz.js"></script>\n' +
        '<apac-choropleth\n  indicator="acct-in-force-year"\n  region="asean"\n  time-slider\n  year="2010"\n></apac-choropleth>'
    );
  });

  // As the build writes them (dist/lazy/chunks.json), shortened.
  const lists: ChunkLists = {
    charts: {
      timeline: ['core-1.js', 'data-events-2.js', 'lit-3.js'],
      choropleth: ['core-1.js', 'data-topology-4.js', 'lit-3.js'],
    },
    entries: {timeline: 'timeline-5.js', choropleth: 'choropleth-6.js'},
    locales: {ja: 'ja-7.js', 'zh-hans': 'zh-Hans-8.js', th: 'th-9.js'},
    indicators: {file: 'indicator-{id}-10.js', inline: ['membership']},
    asks: {
      choropleth: {
        picked: ['choropleth.picked-19.js'],
        slider: ['choropleth.slider-20.js'],
        jenks: ['jenks-21.js'],
        viridis: ['viridis-22.js'],
      },
      timeline: {
        notes: ['annotations.templates-11.js', 'timeline.annotations-12.js'],
        linkGroup: [
          'en-link-13.js',
          'link-group-member-14.js',
          'link-group-15.js',
          'timeline.link-16.js',
        ],
        syncUrl: ['hash-write-17.js', 'timeline.hash-18.js'],
      },
    },
  };

  it("names a chart's files as preload links after the script: its own, its imports, its lang's words", () => {
    expect(preloadFiles(lists, 'timeline', {})).toEqual([
      'timeline-5.js',
      'core-1.js',
      'data-events-2.js',
      'lit-3.js',
    ]);
    expect(preloadFiles(lists, 'timeline', {lang: 'ja'}).at(-1)).toBe('ja-7.js');
    // By its likely script, as the chart picks its words; English comes with the core.
    expect(preloadFiles(lists, 'timeline', {lang: 'zh-CN'}).at(-1)).toBe('zh-Hans-8.js');
    expect(preloadFiles(lists, 'timeline', {lang: 'en-GB'})).toHaveLength(4);
    expect(
      scriptSnippet({chart: 'timeline', attributes: {lang: 'th'}, base, preload: ['timeline-5.js']})
    ).toBe(
      '<script type="module" src="https://cdn.example/apac-viz/dist/apac-viz.js"></script>\n' +
        '<link rel="modulepreload" href="https://cdn.example/apac-viz/dist/timeline-5.js">\n' +
        '<apac-timeline lang="th"></apac-timeline>'
    );
  });

  it('adds what the first picture waits for: the notes, a link group, sync-url', () => {
    const extra = (attributes: Record<string, string | boolean>, notes = 0) =>
      preloadFiles(
        lists,
        'timeline',
        attributes,
        Array.from({length: notes}, () => ({target: '2015', text: 'A note'}))
      ).slice(4);
    expect(extra({})).toEqual([]);
    expect(extra({}, 1)).toEqual(['annotations.templates-11.js', 'timeline.annotations-12.js']);
    expect(extra({'link-group': 'region'})).toEqual([
      'en-link-13.js',
      'link-group-member-14.js',
      'link-group-15.js',
      'timeline.link-16.js',
    ]);
    expect(extra({'sync-url': true})).toEqual(['hash-write-17.js', 'timeline.hash-18.js']);
    expect(extra({'sync-url': false, 'link-group': ''})).toEqual([]);
  });

  it("adds a map's indicator where it has a chunk of its own, and none for a map of its own file", () => {
    const last = (attributes: Record<string, string>) =>
      preloadFiles(lists, 'choropleth', attributes).at(-1);
    expect(last({indicator: 'apg-member'})).toBe('indicator-apg-member-10.js');
    expect(last({indicator: 'membership'})).toBe('lit-3.js');
    expect(last({indicator: 'apg-member', src: 'mine.csv'})).toBe('lit-3.js');
    // A map's name tags, year slider, breaks and colours, where its attributes ask for them.
    const extra = (attributes: Record<string, string | boolean>) =>
      preloadFiles(lists, 'choropleth', attributes).slice(4);
    expect(extra({highlight: 'KH, MM'})).toEqual(['choropleth.picked-19.js']);
    expect(extra({selected: 'MY', 'time-slider': true})).toEqual([
      'choropleth.picked-19.js',
      'choropleth.slider-20.js',
    ]);
    expect(extra({classification: 'jenks', scheme: 'viridis'})).toEqual([
      'jenks-21.js',
      'viridis-22.js',
    ]);
    expect(extra({classification: 'quantile', scheme: 'blues', 'time-slider': false})).toEqual([]);
    // The Sankey's lists are not in these: no file is made up.
    expect(preloadFiles(lists, 'sankey', {})).toEqual([]);
  });

  it("titles an iframe without a headline by what the chart is, in the chart's language", async () => {
    await Promise.all(['ja', 'id', 'es'].map(loadLocale));
    const title = (chart: 'choropleth' | 'timeline' | 'sankey', attributes = {}) =>
      /title="([^"]*)"/.exec(iframeSnippet({chart, attributes, base}))?.[1];
    expect(title('sankey')).toBe('Sankey chart of flows');
    expect(title('sankey', {lang: 'ja'})).toBe('フローのサンキー図');
    expect(title('timeline', {lang: 'id'})).toBe(
      'Linimasa pertemuan, lokakarya, dialog, dan konferensi'
    );
    expect(title('choropleth', {lang: 'es', indicator: 'apec-join-year'})).toBe(
      'Mapa: Año de ingreso en APEC'
    );
  });

  it('an iframe whose URL the embed page reads back to the same attributes', () => {
    const attributes = {headline: 'A & B', 'group-by': 'kind', 'sync-url': true};
    const snippet = iframeSnippet({chart: 'timeline', attributes, base});
    expect(snippet).toContain('title="A &amp; B"');
    expect(snippet).toContain(
      '<script src="https://cdn.example/apac-viz/dist/embed-parent.js" defer></script>'
    );
    const src = /src="([^"]+embed\.html[^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const parsed = parseEmbedParams(
      new URL(src).searchParams,
      () => [
        {name: 'headline', boolean: false},
        {name: 'group-by', boolean: false},
        {name: 'sync-url', boolean: true},
      ],
      src
    );
    expect(parsed.request?.attributes).toEqual([
      ['headline', 'A & B'],
      ['group-by', 'kind'],
      ['sync-url', ''],
    ]);
  });
});
