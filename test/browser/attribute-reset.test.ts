/// <reference types="mocha" />
/**
 * An attribute taken away goes back to its default (README, "Embed in an article"): removed from
 * the tag, set to null or undefined as a property, or left out of a story step (`setState` with
 * `undefined`, JSON's `null`). The chart then draws what it draws with the attribute never set,
 * and nothing throws.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {q} from './helpers.js';
import '../../src/index.js';

type Chart = HTMLElement & {
  updateComplete: Promise<boolean>;
  toSVG(): string;
  setState(state: Record<string, unknown>): Promise<boolean>;
};

/** A value other than the default for each attribute of each chart (booleans aside). */
const VALUES: Record<string, Record<string, string>> = {
  'apac-choropleth': {
    indicator: 'apec-join-year',
    region: 'asean',
    year: '2000',
    classification: 'equal',
    classes: '3',
    thresholds: '1990,2000',
    scheme: 'greens',
    selected: 'TH',
    'no-value': 'Not listed here',
    highlight: 'VN',
  },
  'apac-timeline': {
    'group-by': 'kind',
    from: '2015',
    to: '2020',
    forum: 'APEC CTWG',
    economy: 'JP',
    kind: 'workshop',
    'event-theme': 'cyber',
    orientation: 'vertical',
    selected: 'apec-ctwg-15',
    highlight: 'forum:APEC CTWG',
  },
  'apac-sankey': {
    report: 'tocta2013-trafficking',
    'node-order': 'auto',
    'node-align': 'left',
    orientation: 'list',
    columns: 'Origin, Destination',
    selected: 'x',
    highlight: 'crime:counterfeit-goods',
  },
};
/** Every chart's own attributes. */
const COMMON = {
  headline: 'A headline',
  subhead: 'A subhead',
  credit: 'A credit',
  notes: 'A note',
  theme: 'dark',
  'heading-level': '4',
  width: '500',
  height: '420',
  lang: 'ja',
  'link-group': 'reset-test',
  // A file that is not there: the error box, then the bundled data again.
  src: '/no-such-file.json',
};

const WIDTH = 600;
const mount = async (tag: string, attr?: [string, string]): Promise<Chart> => {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${WIDTH}px"></div>`);
  const el = document.createElement(tag) as Chart;
  if (attr) el.setAttribute(...attr);
  // Drawn, or an error box (`src` at a file that is not there).
  const shown = Promise.race([oneEvent(el, 'apac-render'), oneEvent(el, 'apac-error')]);
  box.append(el);
  await shown;
  await el.updateComplete;
  return el;
};
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
/** The picture: the export, less the ids a chart makes unique per element. */
const picture = (el: Chart) => el.toSVG().replace(/(apac-[a-z]+-)\d+/g, '$1#');

for (const [tag, own] of Object.entries(VALUES)) {
  const values: Record<string, string> = {...own, ...COMMON};
  describe(`${tag}: an attribute taken away`, () => {
    it('has a test value for each of its attributes', () => {
      const ctor = customElements.get(tag) as unknown as {
        elementProperties: Map<string, {attribute?: unknown; type?: unknown}>;
      };
      const attributes = [...ctor.elementProperties]
        .filter(([, o]) => o.attribute !== false && o.type !== Boolean)
        .map(([name, o]) => (typeof o.attribute === 'string' ? o.attribute : name.toLowerCase()));
      expect(attributes.filter((a) => !(a in values))).to.deep.equal([]);
    });

    /** The picture with no attribute set, drawn once. */
    let plain = '';
    before(async () => {
      plain = picture(await mount(tag));
    });

    const ways = ['removed', 'null', 'undefined'] as const;
    Object.entries(values).forEach(([name, value], i) => {
      const way = ways[i % ways.length] as (typeof ways)[number];
      it(`draws the default once ${name} is ${way}`, async () => {
        const errors: string[] = [];
        const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
          errors.push(String('reason' in e ? e.reason : e.message));
        addEventListener('error', onError);
        addEventListener('unhandledrejection', onError);
        try {
          const el = await mount(tag, [name, value]);
          if (way === 'removed') el.removeAttribute(name);
          else
            (el as unknown as Record<string, unknown>)[camel(name)] =
              way === 'null' ? null : undefined;
          await el.updateComplete;
          // A picture that needs a second update (a report's data, a language's words) may
          // follow: up to a second for it.
          for (let t = 0; t < 20 && picture(el) !== plain; t++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            await el.updateComplete;
          }
          expect(q(el, 'svg.chart, .list'), 'drawn').not.to.equal(null);
          expect(picture(el) === plain, 'the picture is the default one').to.equal(true);
          expect(errors).to.deep.equal([]);
        } finally {
          removeEventListener('error', onError);
          removeEventListener('unhandledrejection', onError);
        }
      });
    });
  });
}

describe('a story step that clears fields', () => {
  it('draws the timeline whole again after setState with from and to undefined or null', async () => {
    const el = await mount('apac-timeline');
    const plain = picture(el);
    await el.setState({from: '2015', to: '2020'});
    expect(picture(el) === plain, 'the span drawn').to.equal(false);
    await el.setState({from: undefined, to: null});
    expect(picture(el) === plain, 'the whole timeline drawn').to.equal(true);
  });
});

describe('a value of another type, and a state that is not an object', () => {
  /** The picture of a chart given `state` in one setState. */
  const drawnWith = async (tag: string, state: unknown) => {
    const el = await mount(tag);
    await el.setState(state as Record<string, unknown>);
    return picture(el);
  };

  it('reads numbers and lists in a step’s JSON as the attribute’s text, and text as a number', async () => {
    for (const [tag, typed, text] of [
      ['apac-timeline', {from: 2015, to: 2020}, {from: '2015', to: '2020'}],
      [
        'apac-sankey',
        {highlight: ['crime:heroin', 'crime:wood']},
        {highlight: 'crime:heroin,crime:wood'},
      ],
      ['apac-choropleth', {highlight: ['VN', 'TH']}, {highlight: 'VN,TH'}],
      [
        'apac-choropleth',
        {indicator: 'apec-join-year', year: '1995'},
        {indicator: 'apec-join-year', year: 1995},
      ],
    ] as const) {
      const expected = await drawnWith(tag, text);
      expect(
        expected === picture(await mount(tag)),
        `${tag}: ${JSON.stringify(text)} draws`
      ).to.equal(false);
      expect(
        (await drawnWith(tag, typed)) === expected,
        `${tag}: ${JSON.stringify(typed)}`
      ).to.equal(true);
    }
  });

  it('ignores a state that is not an object, with a console warning, and keeps the picture', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
    try {
      const el = await mount('apac-timeline');
      const plain = picture(el);
      for (const state of [null, undefined, 'from=2015', 2015]) {
        await el.setState(state as unknown as Record<string, unknown>);
        expect(picture(el) === plain, String(state)).to.equal(true);
      }
      expect(
        warned.some((w) => /setState takes an object/.test(w)),
        warned.join('\n')
      ).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});
