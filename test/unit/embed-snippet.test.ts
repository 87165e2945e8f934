import {describe, expect, it} from 'vitest';
import {iframeSnippet, scriptSnippet} from '../../src/embed/snippet.js';
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
