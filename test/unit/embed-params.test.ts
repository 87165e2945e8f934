import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parseEmbedParams, plannedChart, type EmbedAttribute} from '../../src/embed/params.js';

const base = 'https://cdn.example/apac-viz/dist/embed.html';
const attrs: EmbedAttribute[] = [
  {name: 'headline', boolean: false},
  {name: 'src', boolean: false},
  {name: 'report', boolean: false},
  {name: 'time-slider', boolean: true},
  {name: 'highlight', boolean: false},
];
const parse = (query: string) => parseEmbedParams(new URLSearchParams(query), () => attrs, base);

describe('embed page parameters', () => {
  it('passes the attributes a chart observes, in order, with booleans as presence', () => {
    expect(parse('chart=sankey&headline=Flows&report=sea2019&time-slider&id=a1')).toEqual({
      request: {
        chart: 'sankey',
        tag: 'apac-sankey',
        attributes: [
          ['headline', 'Flows'],
          ['report', 'sea2019'],
          ['time-slider', ''],
        ],
        id: 'a1',
      },
      ignored: [],
    });
    expect(parse('chart=choropleth&time-slider=false').request?.attributes).toEqual([]);
  });

  it('names every parameter it does not apply, and why', () => {
    const {request, ignored} = parse(
      'chart=sankey&onclick=x&headline=a&headline=b&src=javascript:alert(1)&time-slider=yes&report=' +
        'x'.repeat(2001)
    );
    expect(request?.attributes).toEqual([['headline', 'a']]);
    expect(ignored).toEqual([
      '"onclick": not an attribute of <apac-sankey>',
      '"headline": given twice; the first is used',
      '"src": not an http(s) URL',
      '"time-slider": use true or false',
      '"report": longer than 2000 characters',
    ]);
  });

  it('passes a highlight of ids, codes or names, and ignores one that is not such a list', () => {
    const ok = 'MM, Viet Nam, crime:counterfeit-goods, forum:AMMTC, host:Lao PDR, ammtc-10, Côte';
    expect(
      parse(`chart=choropleth&highlight=${encodeURIComponent(ok)}`).request?.attributes
    ).toEqual([['highlight', ok]]);
    for (const [bad, why] of [
      ['<img src=x onerror=alert(1)>', 'not a comma-separated list of ids, codes or names'],
      ['MM, "TH"', 'not a comma-separated list of ids, codes or names'],
      [' , ,', 'names nothing'],
      [Array(301).fill('MM').join(','), 'more than 300 names'],
    ]) {
      const {request, ignored} = parse(
        `chart=choropleth&highlight=${encodeURIComponent(bad ?? '')}`
      );
      expect(request?.attributes).toEqual([]);
      expect(ignored).toEqual([`"highlight": ${why}`]);
    }
  });

  it('resolves a relative src against the page and accepts http(s) only', () => {
    expect(parse('chart=sankey&src=../data/f.csv').request?.attributes).toEqual([
      ['src', '../data/f.csv'],
    ]);
    for (const src of [
      'data:text/csv,a',
      'file:///etc/passwd',
      'blob:x',
      'javascript:1',
      'http://[bad',
    ])
      expect(parse(`chart=sankey&src=${encodeURIComponent(src)}`).ignored, src).toHaveLength(1);
  });

  it('explains a missing or unknown chart', () => {
    expect(parse('headline=x').error).toBe(
      'No chart named: add ?chart= with one of choropleth, timeline, sankey.'
    );
    expect(parse('chart=__proto__').error).toBe(
      'Unknown chart "__proto__": use one of choropleth, timeline, sankey.'
    );
    expect(parse('chart=toString').request).toBeUndefined();
  });

  it('any query at all: never throws, applies only known attributes, never a non-http(s) src', () => {
    const names = fc.oneof(
      fc.constantFrom(
        'chart',
        'id',
        'headline',
        'src',
        'report',
        'time-slider',
        '__proto__',
        'constructor'
      ),
      fc.string()
    );
    const pairs = fc.array(
      fc.tuple(
        names,
        fc.oneof(
          fc.string(),
          fc.constantFrom('sankey', 'true', 'false', 'toString'),
          // URLs of every scheme a src could carry, and schemes that are only a letter or two.
          fc.constantFrom('data:x', 'file:///a', 'blob:x', 'javascript:1', 'A:', 'ftp://h/f'),
          fc
            .tuple(fc.stringMatching(/^[a-z][a-z0-9+.-]{0,6}$/), fc.string())
            .map(([a, b]) => `${a}:${b}`)
        )
      ),
      {maxLength: 12}
    );
    fc.assert(
      fc.property(pairs, (list) => {
        const params = new URLSearchParams(list);
        const {request, ignored, error} = parseEmbedParams(params, () => attrs, base);
        expect(Boolean(request) !== Boolean(error)).toBe(true);
        for (const [name, value] of request?.attributes ?? []) {
          expect(attrs.map((a) => a.name)).toContain(name);
          if (name === 'src') expect(['http:', 'https:']).toContain(new URL(value, base).protocol);
          if (name === 'time-slider') expect(value).toBe('');
        }
        expect(ignored.every((n) => typeof n === 'string' && n.length < 200)).toBe(true);
      }),
      {numRuns: Number(process.env['FUZZ_RUNS'] ?? 2000)}
    );
  });
});

describe('what the embed page tells the autoloader its chart will ask for', () => {
  it('reads the parameters as the reader does: any case, the first of two, false as none, notes that read', () => {
    const planned = plannedChart(
      new URLSearchParams(
        'chart=choropleth&Highlight=MY&highlight=TH&time-slider=false&sync-url=&annotations=[]'
      )
    );
    expect(planned.attribute('highlight')).toBe('MY');
    expect(planned.attribute('time-slider')).toBeNull();
    expect(planned.attribute('sync-url')).toBe('');
    expect(planned.attribute('link-group')).toBeNull();
    // An empty or unreadable list carries no notes; one note does.
    expect(planned.notes).toBe(false);
    expect(plannedChart(new URLSearchParams('annotations=not-json')).notes).toBe(false);
    const one = encodeURIComponent(JSON.stringify([{target: '2015', text: 'A year'}]));
    expect(plannedChart(new URLSearchParams(`annotations=${one}`)).notes).toBe(true);
  });
});
