// The bundled longitude/latitude topology, projected in the page (the element ships it projected).
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import {textWidth} from '../../src/layout/text.js';
import {economies, indicators, resolveEconomy, topology} from '../../src/data.js';
import {placeCallouts, type Callout} from '../../src/layout/choropleth/callouts.js';
import {centroidOf, contains, insidePoint} from '../../src/layout/choropleth/projected.js';
import {economyAt} from '../../src/layout/choropleth/land-at.js';
import {breaks, classifyCategories, classifyNumeric} from '../../src/layout/choropleth/classify.js';
import {rampOf} from '../../src/layout/choropleth/ramps.js';
import {naturalBreaks} from '../../src/layout/choropleth/jenks.js';
import {
  computeMapGeometry,
  decodeTopology,
  regionMembers,
} from '../../src/layout/choropleth/geo.js';
import {mapGeometry} from '../../src/layout/choropleth/rescale.js';
import {labelBox} from '../../src/layout/choropleth/labels.js';
import {leaderPoints} from '../../src/layout/choropleth/label-spots.js';
import {computeChoroplethLayout, membershipAsOf} from '../../src/layout/choropleth/layout.js';
import {
  choroplethTable,
  describeChoropleth,
  neighbour,
} from '../../src/layout/choropleth/reading.js';
import {validateChoroplethInput} from '../../src/schema/choropleth-input.js';
import {choroplethLegend} from '../../src/layout/choropleth/legend.js';
import {runsText} from '../../src/layout/legend.js';
import {translator} from '../../src/i18n/catalogue.js';
import {joinList} from '../../src/i18n/lists.js';

const indicator = (id: string) => {
  const found = indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};
const all = regionMembers('all', economies);
const options = {
  width: 600,
  height: undefined,
  region: 'all' as const,
  year: undefined,
  lang: 'en',
  method: 'quantile' as const,
};

describe('decodeTopology and regionMembers', () => {
  it('decodes every economy once and shares the result', () => {
    const a = decodeTopology(topology);
    expect(a.economies.size).toBe(25);
    expect(decodeTopology(topology)).toBe(a);
  });

  it('puts 21, 11, 14 and 25 economies in focus for the four regions', () => {
    expect([...regionMembers('apec', economies)]).toHaveLength(21);
    expect([...regionMembers('asean', economies)].sort()).toEqual([
      'BN',
      'ID',
      'KH',
      'LA',
      'MM',
      'MY',
      'PH',
      'SG',
      'TH',
      'TL',
      'VN',
    ]);
    expect([...regionMembers('asean-plus-three', economies)]).toHaveLength(14);
    expect(all.size).toBe(25);
  });
});

describe('computeMapGeometry', () => {
  it('gives every economy key a path, inside a map sized from the width', () => {
    const g = computeMapGeometry(topology, {width: 600, focus: all});
    expect(g.economies).toHaveLength(25);
    for (const e of g.economies) expect(e.d, e.id).toMatch(/^M[-\d.]+,[-\d.]+/);
    expect(g.height).toBeGreaterThanOrEqual(270);
    expect(g.height).toBeLessThanOrEqual(640);
    expect(g.context.length).toBeGreaterThan(1000);
  });

  it('draws Singapore and Hong Kong with an area, and Temburong and Oecusse, at 320–1280 px', () => {
    /** Area in px² of each ring of an SVG path of straight segments (shoelace). */
    const ringAreas = (d: string) =>
      d
        .split('M')
        .filter(Boolean)
        .map((ring) => {
          const xy = (ring.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
          let twice = 0;
          for (let i = 0; i + 3 < xy.length; i += 2)
            twice += (xy[i] ?? 0) * (xy[i + 3] ?? 0) - (xy[i + 2] ?? 0) * (xy[i + 1] ?? 0);
          return Math.abs(twice / 2);
        });
    for (const width of [320, 600, 1280]) {
      const g = computeMapGeometry(topology, {width, focus: all});
      const shape = (id: string) => g.economies.find((e) => e.id === id);
      for (const id of ['SG', 'HK'])
        expect(shape(id)?.area, `${id} at ${width}`).toBeGreaterThan(0);
      // Brunei's two parts (with Temburong), Timor-Leste's two (with Oecusse): each has an area.
      for (const id of ['BN', 'TL']) {
        const parts = ringAreas(shape(id)?.d ?? '');
        expect(parts, `${id} at ${width}`).toHaveLength(2);
        for (const a of parts) expect(a, `${id} at ${width}`).toBeGreaterThan(0);
      }
    }
  });

  it('frames the focus: ASEAN fills the width, and Russia is not split at 180°', () => {
    const g = computeMapGeometry(topology, {width: 600, focus: regionMembers('asean', economies)});
    const id = g.economies.find((e) => e.id === 'ID');
    expect(id?.centroid[0]).toBeGreaterThan(200);
    const world = computeMapGeometry(topology, {width: 600, focus: all});
    const ru = world.economies.find((e) => e.id === 'RU');
    const us = world.economies.find((e) => e.id === 'US');
    // Pacific-centred: Russia west of the United States, both on the map.
    expect(ru?.centroid[0]).toBeLessThan(us?.centroid[0] ?? 0);
    expect(us?.centroid[0]).toBeLessThan(600);
  });

  it('is remembered for the same size and focus, so recolouring does not re-project', () => {
    const a = mapGeometry(topology, {width: 500, focus: all});
    expect(mapGeometry(topology, {width: 500, focus: all})).toBe(a);
    expect(mapGeometry(topology, {width: 501, focus: all})).not.toBe(a);
  });
});

describe('breaks and classifyNumeric', () => {
  const series = [1, 2, 4, 5, 7, 9, 10, 20, 21, 22];

  it('finds natural breaks (ckmeans) on a known series; quantiles when they are not given', () => {
    expect(breaks(series, {method: 'jenks', classes: 3, naturalBreaks})).toEqual([7, 20]);
    // The element passes them once their chunk is in; should it not load, quantiles.
    expect(breaks(series, {method: 'jenks', classes: 3})).toEqual(
      breaks(series, {method: 'quantile', classes: 3})
    );
  });

  it('computes quantile, equal-interval and threshold bounds', () => {
    expect(breaks([1, 2, 3, 4], {method: 'quantile', classes: 2})).toEqual([2.5]);
    expect(breaks([0, 10], {method: 'equal', classes: 5})).toEqual([2, 4, 6, 8]);
    expect(breaks(series, {method: 'threshold', thresholds: [10, 5]})).toEqual([5, 10]);
    expect(breaks([3, 3, 3], {method: 'quantile', classes: 5})).toEqual([]);
  });

  it('counts each bin and the missing values for the legend', () => {
    const c = classifyNumeric([...series, undefined, Number.NaN], {
      method: 'jenks',
      classes: 3,
      naturalBreaks,
    });
    expect(c.items.map((i) => [i.label, i.count])).toEqual([
      ['1 to under 7', 4],
      ['7 to under 20', 3],
      ['20–22', 3],
      ['No data', 2],
    ]);
    expect(c.indexOf(7)).toBe(1);
    expect(c.colorOf(undefined)).toBeUndefined();
    // In the reader's words (the element passes the catalogue's map.below).
    const ja = classifyNumeric(series, {
      method: 'jenks',
      classes: 3,
      naturalBreaks,
      below: (from, to) => `${from}以上${to}未満`,
    });
    expect(ja.items[0]?.label).toBe('1以上7未満');
    expect(new Set(series.map((v) => c.colorOf(v))).size).toBe(3);
  });

  it('draws a continuous ramp over the extent', () => {
    const c = classifyNumeric([2, 4, 6], {method: 'continuous'});
    expect(c.kind).toBe('ramp');
    expect(c.ramp?.domain).toEqual([2, 6]);
    expect(c.colorOf(2)).not.toBe(c.colorOf(6));
  });

  it('runs its ramps the other way on a dark background: the most, the lightest', () => {
    const light = (c: string) => (c.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
    for (const method of ['quantile', 'continuous'] as const) {
      const lightMap = classifyNumeric([1, 2, 3, 4, 5, 6], {method, classes: 3});
      const darkMap = classifyNumeric([1, 2, 3, 4, 5, 6], {method, classes: 3, dark: true});
      expect(light(lightMap.colorOf(6) ?? '')).toBeLessThan(light(lightMap.colorOf(1) ?? ''));
      expect(light(darkMap.colorOf(6) ?? '')).toBeGreaterThan(light(darkMap.colorOf(1) ?? ''));
    }
    // The light map keeps ColorBrewer's blues from 0.2 to 0.95 of the way.
    expect(classifyNumeric([1, 2], {method: 'continuous'}).colorOf(2)).toBe(rampOf('blues')(0.95));
  });

  it('gives categories the theme colours in order, or their fixed colour', () => {
    const c = classifyCategories(
      ['a', 'b', 'a', undefined],
      [
        {id: 'a', label: 'A'},
        {id: 'b', label: 'B', color: 'grey'},
      ]
    );
    expect(c.colorOf('a')).toBe('var(--_cat-1)');
    expect(c.colorOf('b')).toBe('grey');
    expect(c.items.map((i) => i.count)).toEqual([2, 1, 1]);
  });
});

describe('placeCallouts', () => {
  it('calls out Singapore, Hong Kong and Brunei at 600 px, without overlaps, inside the map', () => {
    const g = computeMapGeometry(topology, {width: 600, focus: all});
    const callouts = placeCallouts(g.economies, {width: 600, height: g.height});
    const ids = callouts.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['SG', 'HK', 'BN']));
    expect(ids).not.toContain('AU');
    for (const a of callouts) {
      expect(a.x - a.r).toBeGreaterThanOrEqual(0);
      expect(a.x + a.r).toBeLessThanOrEqual(600);
      for (const b of callouts)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r * 2);
    }
  });

  it('calls out more economies as the map shrinks', () => {
    const small = computeMapGeometry(topology, {width: 320, focus: all});
    const large = computeMapGeometry(topology, {width: 1200, focus: all});
    expect(
      placeCallouts(small.economies, {width: 320, height: small.height}).length
    ).toBeGreaterThan(placeCallouts(large.economies, {width: 1200, height: large.height}).length);
  });
});

describe('computeChoroplethLayout', () => {
  it('draws the membership map with the four categories counted', () => {
    const layout = computeChoroplethLayout(topology, economies, indicator('membership'), options);
    expect(layout.classification.items.map((i) => [i.label, i.count])).toEqual([
      ['APEC and ASEAN', 7],
      ['APEC and ASEAN Plus Three partner', 3],
      ['APEC only', 11],
      ['ASEAN only', 4],
      ['No data', 0],
    ]);
    expect(layout.order).toHaveLength(25);
  });

  it('shows membership as of a year, with APEC and ASEAN join dates', () => {
    const asOf = membershipAsOf(
      indicator('membership'),
      economies,
      (y) => `Not yet a member in ${y}`,
      1995
    );
    const value = (id: string) => asOf.values.find((v) => v.economy === id)?.value;
    expect([value('VN'), value('PE'), value('CL'), value('TL'), value('SG')]).toEqual([
      'asean',
      'not-yet',
      'apec',
      'not-yet',
      'apec-asean',
    ]);
  });

  it("says on a year's map that the Plus Three partners are shown as partners in every year", () => {
    // The sources read date no Plus Three partnership, so Japan in 1989 is drawn as a partner:
    // the legend's note and each partner's own note say why, in the reader's language.
    const t = translator('en');
    const words = {
      noData: t('map.noData'),
      notYet: (year: number) => t('map.notYet', {year: String(year)}),
      undatedPartners: (names: string[]) =>
        t('map.undatedPartners', {names: joinList(names, 'en')}),
    };
    const at = (year: number | undefined, region: 'all' | 'asean' = 'all') =>
      computeChoroplethLayout(topology, economies, indicator('membership'), {
        ...options,
        region,
        year,
        words,
      });
    const note = (l: ReturnType<typeof at>) =>
      choroplethLegend(l, 'en', t)
        .filter((b) => b.type === 'text' && b.role === 'note')
        .map((b) => (b.type === 'text' ? runsText(b.runs) : ''));
    const y1989 = at(1989);
    expect(note(y1989)).toEqual([
      'The sources read give no date on which Japan and Republic of Korea became ASEAN Plus Three partners: the map shows them as partners in every year.',
    ]);
    expect(y1989.marks.find((m) => m.id === 'JP')?.note).toBe(note(y1989)[0]);
    expect(y1989.marks.find((m) => m.id === 'AU')?.note).toBeUndefined();
    // China joins APEC in 1991: a partner on the map from then on, and named in the note.
    expect(note(at(1995))[0]).toContain("People's Republic of China, Japan, and Republic of Korea");
    // Today's map, and a year's map of ASEAN (no partner in focus), draw no such doubt.
    expect(note(at(undefined))).toEqual([]);
    expect(note(at(1995, 'asean'))).toEqual([]);
  });

  it('uses ASEAN names in the ASEAN region and APEC names elsewhere', () => {
    const asean = computeChoroplethLayout(topology, economies, indicator('membership'), {
      ...options,
      region: 'asean',
    });
    const name = (l: typeof asean, id: string) => l.marks.find((m) => m.id === id)?.name;
    expect(name(asean, 'LA')).toBe('Lao PDR');
    expect(name(asean, 'PH')).toBe('Philippines');
    const apec = computeChoroplethLayout(topology, economies, indicator('membership'), {
      ...options,
      region: 'apec',
    });
    expect(name(apec, 'PH')).toBe('The Philippines');
    expect(name(apec, 'HK')).toBe('Hong Kong, China');
  });

  it('drops year values after the year asked for, and formats values for the language', () => {
    const layout = computeChoroplethLayout(topology, economies, indicator('apec-join-year'), {
      ...options,
      year: 1990,
    });
    expect(layout.marks.filter((m) => m.value !== undefined)).toHaveLength(12);
    const hosted = computeChoroplethLayout(topology, economies, indicator('events-hosted'), {
      ...options,
      lang: 'de',
    });
    expect(hosted.marks.find((m) => m.id === 'TH')?.display).toBe('11 events');
  });
});

describe('validateChoroplethInput', () => {
  it('reads CSV rows named any way, listing rows that match no economy', () => {
    const rows = [
      {economy: 'Vietnam', value: '1,200'},
      {economy: 'KOR', value: '3'},
      {economy: 'Atlantis', value: '5'},
    ];
    const {value, issues} = validateChoroplethInput(rows, 'csv', resolveEconomy, 'Spending');
    expect(value.kind).toBe('numeric');
    expect(value.label).toBe('Spending');
    expect(value.values.map((v) => [v.economy, v.value])).toEqual([
      ['VN', 1200],
      ['KR', 3],
    ]);
    expect(issues.map(({path, message}) => ({path, message}))).toEqual([
      {path: 'rows[2].economy', message: '"Atlantis" matches no APEC or ASEAN economy'},
    ]);
  });

  it('makes categories of text values, in order of appearance', () => {
    const {value} = validateChoroplethInput(
      {
        indicator: {label: 'Status', citation: 'x'},
        values: [
          {economy: 'SG', value: 'yes'},
          {economy: 'MY', value: 'no'},
          {economy: 'TH', value: 'yes'},
        ],
      },
      'json',
      resolveEconomy
    );
    expect(value.kind).toBe('categorical');
    expect(value.categories).toEqual([
      {id: 'yes', label: 'yes'},
      {id: 'no', label: 'no'},
    ]);
    expect(value.values[0]?.citation).toBe('x');
  });
});

describe('year classes', () => {
  it('gives each year its own class when there are few, and whole-year ranges otherwise', () => {
    const few = classifyNumeric([2011, 2011, 2012, 2013], {method: 'equal', integer: true});
    expect(few.items.map((i) => [i.label, i.count])).toEqual([
      ['2011', 2],
      ['2012', 1],
      ['2013', 1],
      ['No data', 0],
    ]);
    const many = classifyNumeric([1967, 1984, 1995, 1997, 1999, 2025, 1989, 1991, 1993, 1994], {
      method: 'equal',
      classes: 3,
      integer: true,
    });
    expect(many.items.map((i) => i.label)).toEqual([
      '1967–1986',
      '1987–2005',
      '2006–2025',
      'No data',
    ]);
  });

  it('reads user data of whole numbers in 1800–2200 as years', () => {
    const {value} = validateChoroplethInput(
      [
        {economy: 'SG', value: '1989'},
        {economy: 'PE', value: '1998'},
      ],
      'csv',
      resolveEconomy
    );
    expect(value.kind).toBe('year');
  });
});

describe('reading the map without seeing it', () => {
  const membership = indicator('membership');
  const asean = computeChoroplethLayout(topology, economies, membership, {
    ...options,
    region: 'asean',
  });

  it('orders ASEAN west to east, and arrow keys move to the neighbour that way', () => {
    expect(asean.order).toEqual(['MM', 'TH', 'SG', 'LA', 'KH', 'VN', 'ID', 'BN', 'MY', 'PH', 'TL']);
    const from = (id: string, key: string) => neighbour(asean, id, key);
    expect([from('SG', 'ArrowLeft'), from('SG', 'ArrowRight')]).toEqual(['TH', 'LA']);
    expect([from('SG', 'ArrowDown'), from('SG', 'ArrowUp')]).toEqual(['ID', 'KH']);
    expect([from('SG', 'Home'), from('SG', 'End'), from('SG', 'x')]).toEqual([
      'MM',
      'TL',
      undefined,
    ]);
    expect([from('MM', 'ArrowLeft'), from('TL', 'ArrowRight')]).toEqual(['MM', 'TL']);
  });

  it('tables every economy in focus by name, with its class and source', () => {
    const table = choroplethTable(asean, membership, economies, 'asean');
    expect(table.caption).toBe(membership.label);
    expect(table.rows).toHaveLength(11);
    expect(table.rows[0]).toMatchObject({
      economy: 'Brunei Darussalam',
      code: 'BN',
      value: 'apec-asean',
      class: 'APEC and ASEAN',
    });
    expect(table.rows.every((r) => typeof r.citation === 'string' && r.citation.length > 0)).toBe(
      true
    );
    const before = choroplethTable(undefined, membership, economies, 'asean');
    expect(before.rows.map((r) => r.code).sort()).toEqual(table.rows.map((r) => r.code).sort());
  });

  it('describes the map by counting each class', () => {
    expect(describeChoropleth(asean, membership)).toEqual({
      title: `Map: ${membership.label}`,
      description:
        '11 economies. APEC and ASEAN: 7; ASEAN only: 4. Use the arrow keys to move between economies and Enter to select one; the data table lists every value.',
    });
  });

  it("says what a missing value means where the indicator's source says more than no data", () => {
    // A FATF member list read in full: Thailand is not listed, which is not "No data".
    const fatf = indicator('fatf-member');
    const layout = computeChoroplethLayout(topology, economies, fatf, options);
    const thailand = layout.marks.find((m) => m.id === 'TH');
    expect(thailand?.display).toBe('Not listed');
    expect(layout.classification.items.map((i) => i.label)).toEqual([
      'Listed as a FATF member (lists of 2019 or earlier)',
      'Not listed',
    ]);
    expect(describeChoropleth(layout, fatf).description).toContain('Not listed: 13.');
    const table = choroplethTable(layout, fatf, economies, 'all');
    expect(table.rows.find((r) => r.code === 'TH')?.class).toBe('Not listed');
    expect(table.rows.find((r) => r.code === 'SG')?.class).toContain('Listed as a FATF member');
    // Every bundled indicator that leaves economies without a value says why, or says no data.
    const hosted = computeChoroplethLayout(
      topology,
      economies,
      indicator('events-hosted'),
      options
    );
    expect(hosted.marks.find((m) => m.id === 'CN')?.display).toBe('None in this dataset');
    const membership = computeChoroplethLayout(topology, economies, indicator('membership'), {
      ...options,
      year: 1990,
    });
    expect(membership.classification.items.at(-1)?.label).toBe('No data');
  });

  it('labels classes of counts by the whole numbers in them', () => {
    // Events hosted are counts: "1 to under 1.2" and "2 to under 4.4" were classes of whole
    // numbers, and APEC's map had an empty first class ("1–0") where a bound fell on the lowest.
    for (const region of ['all', 'apec', 'asean'] as const) {
      const layout = computeChoroplethLayout(topology, economies, indicator('events-hosted'), {
        ...options,
        region,
      });
      const classes = layout.classification.items.filter((i) => i.index >= 0);
      expect(classes.length).toBeGreaterThan(2);
      for (const c of classes) {
        expect(c.label, region).toMatch(/^\d+(–\d+)?$/);
        expect(c.count, `${region}: ${c.label}`).toBeGreaterThan(0);
      }
      // Each value in the class its label names.
      for (const m of layout.marks.filter((m) => m.inFocus && typeof m.value === 'number')) {
        const [lo = 0, hi = lo] = (classes[m.index]?.label ?? '').split('–').map(Number);
        expect(m.value, m.id).toBeGreaterThanOrEqual(lo);
        expect(m.value, m.id).toBeLessThanOrEqual(hi);
      }
    }
    // Large whole numbers (a population) keep "… to under …": "1,000,000–2,499,999" is pedantic.
    const people = {
      ...indicator('events-hosted'),
      values: ['TH', 'VN', 'MY', 'ID', 'PH', 'SG'].map((economy, i) => ({
        economy,
        value: (i + 1) * 1_250_000,
        citation: 'test',
      })),
    };
    const big = computeChoroplethLayout(topology, economies, people, options);
    expect(big.classification.items[0]?.label).toMatch(/ to under /);
  });

  it("leaves out of the legend a category no economy in focus has, but not on a year's map", () => {
    const entries = (year: number | undefined) => {
      const layout = computeChoroplethLayout(topology, economies, indicator('membership'), {
        ...options,
        region: 'asean',
        year,
      });
      const block = choroplethLegend(layout, 'en', translator('en')).find(
        (b) => b.type === 'entries'
      );
      return block?.type === 'entries'
        ? block.entries.map((e) => `${e.label} ${e.count?.value}`)
        : [];
    };
    // "APEC only (0)" and "APEC and ASEAN Plus Three partner (0)" on the map of ASEAN.
    expect(entries(undefined)).toEqual(['APEC and ASEAN 7', 'ASEAN only 4']);
    // A year's map keeps every category in its place as the years fill them (a story's steps).
    expect(entries(1967).length).toBeGreaterThan(3);
    expect(entries(1967)).toContain('APEC only 0');
  });

  it("says under the classes what the indicator's sources leave open, where it has a note", () => {
    const notes = (id: string) =>
      choroplethLegend(
        computeChoroplethLayout(topology, economies, indicator(id), options),
        'en',
        translator('en')
      )
        .filter((b) => b.type === 'text' && b.role === 'note')
        .map((b) => (b.type === 'text' && b.note ? runsText(b.runs) : 'not a note'));
    // "Not listed" on the map is the lists read, not a finding of non-membership.
    expect(notes('apg-member')).toEqual([indicator('apg-member').note]);
    expect(notes('apg-member')[0]).toContain('does not prove non-membership');
    expect(notes('fatf-member')[0]).toContain('were not verified and are not shown');
    // Every bundled indicator with a note says it; one without has no empty paragraph.
    for (const i of indicators) expect(notes(i.id), i.id).toEqual(i.note ? [i.note] : []);
    expect(notes('membership')).toEqual([]);
    // Own data in JSON says it with `indicator.note`.
    const own = validateChoroplethInput(
      {
        indicator: {label: 'Hosted', citation: 'x', note: 'Only the meetings we counted.'},
        values: [{economy: 'MY', value: 3}],
      },
      'json',
      resolveEconomy
    ).value;
    const model = choroplethLegend(
      computeChoroplethLayout(topology, economies, own, options),
      'en',
      translator('en')
    );
    expect(model.find((b) => b.type === 'text' && b.role === 'note')).toEqual({
      type: 'text',
      role: 'note',
      note: true,
      runs: [{text: 'Only the meetings we counted.'}],
    });
  });

  it('titles the legend with the unit in brackets, but not a second pair of brackets', () => {
    const title = (id: string, label?: string) => {
      const source = {...indicator(id), ...(label && {label})};
      const model = choroplethLegend(
        computeChoroplethLayout(topology, economies, source, options),
        'en',
        translator('en')
      );
      return model.find((b) => b.type === 'title')?.text;
    };
    // "… hosted (in this dataset) (events)" read as two asides; its values say "11 events".
    expect(title('events-hosted')).toBe(
      'Meetings, workshops and conferences hosted (in this dataset)'
    );
    expect(title('events-hosted', 'Events hosted')).toBe('Events hosted (events)');
    expect(title('apec-join-year')).toBe(indicator('apec-join-year').label);
  });
});

/** The economies named on the membership map of `region` at `width` px. */
const namedAt = (region: 'apec' | 'asean' | 'all', width: number) =>
  new Set(
    computeChoroplethLayout(topology, economies, indicator('membership'), {
      ...options,
      width,
      region,
    }).labels.map((l) => l.id)
  );

describe('names on a phone', () => {
  it("names most of ASEAN's member states on a phone, a coastal name running out over the sea", () => {
    // A name had to fit inside its economy's box: the ASEAN map at 320 px named 5 of its 11
    // members (not Thailand, Myanmar, Viet Nam or the Philippines); now 8 to 11.
    for (const width of [320, 375, 414]) {
      const named = namedAt('asean', width);
      expect(named.size, `${width} px: ${[...named].sort().join(' ')}`).toBeGreaterThanOrEqual(8);
      for (const id of ['TH', 'MM', 'PH', 'ID', 'MY'])
        expect(named.has(id), `${id} at ${width}`).toBe(true);
    }
  });

  it('names the largest economies of a panel even where small economies crowd their coasts', () => {
    // A callout circle pushed onto China's middle had left the largest economy of the west panel
    // unnamed at every phone width, with Korea's name beside its circle over China's land.
    for (const width of [320, 375, 414]) {
      const named = namedAt('apec', width);
      for (const id of ['CN', 'RU', 'AU', 'CA', 'US'])
        expect(named.has(id), `${id} at ${width} px`).toBe(true);
    }
  });

  it('writes a sourced short form only where the whole English name does not fit', () => {
    const text = (width: number, lang: string) =>
      computeChoroplethLayout(topology, economies, indicator('membership'), {
        ...options,
        width,
        lang,
        region: 'apec',
      }).labels.find((l) => l.id === 'CN')?.text;
    expect(text(320, 'en')).toBe('China');
    expect(text(1280, 'en')).toBe("People's Republic of China");
    // Other languages write the platform's own (short) name, never the English short form.
    expect(text(320, 'ja')).toBe('中国');
  });
});

describe('economies the map cannot name', () => {
  it('are numbered beside them, 1, 2, 3… west to east, and the legend names each number', () => {
    // On a phone an unnamed circle beside another economy's name was read as that economy's:
    // Korea's under "Japan" at 320 px.
    let numberedSomewhere = 0;
    for (const region of ['apec', 'asean', 'asean-plus-three', 'all'] as const)
      for (const width of [320, 375, 414, 1280]) {
        const layout = computeChoroplethLayout(topology, economies, indicator('membership'), {
          ...options,
          width,
          region,
        });
        const at = `${region} at ${width} px`;
        const text = new Map(layout.labels.map((l) => [l.id, l.text]));
        const circles = [...layout.callouts, ...layout.targets];
        // Every economy with a circle or a touch target is named, or numbered, but for a few where
        // the map has no room beside a circle in South-East Asia's crowd (the world map at 320
        // px: 10 of 15 were neither, 3 now).
        const neither = circles.filter((c) => !text.has(c.id)).map((c) => c.id);
        expect(neither.length, `${at}: ${neither.join(' ')}`).toBeLessThanOrEqual(3);
        expect(
          layout.numbered.map((id) => text.get(id)),
          at
        ).toEqual(layout.numbered.map((_, i) => `${i + 1}`));
        const x = layout.numbered.map(
          (id) =>
            circles.find((c) => c.id === id)?.x ??
            layout.marks.find((m) => m.id === id)?.centroid[0] ??
            NaN
        );
        expect(x, at).toEqual([...x].sort((a, b) => a - b));
        const key = choroplethLegend(layout, 'en', translator('en')).find(
          (b) => b.type === 'text' && b.role === 'numbered'
        );
        const name = (id: string) => layout.marks.find((m) => m.id === id)?.name;
        expect(key && key.type === 'text' ? runsText(key.runs) : '', at).toBe(
          layout.numbered.length
            ? `Numbered on the map: ${layout.numbered.map((id, i) => `${i + 1} ${name(id)}`).join('; ')}.`
            : ''
        );
        numberedSomewhere += layout.numbered.length;
        // No circle's leader runs through a number, its own included (Timor-Leste's 5 was
        // struck through by its own leader on the highlighted world map at 320 px): tested on
        // the number's line, its box less the halo's 3 px above and below.
        for (const id of layout.numbered) {
          const label = layout.labels.find((l) => l.id === id);
          if (!label) continue;
          const {x0, x1, y0, y1} = labelBox(label);
          const through = layout.callouts.filter((c) =>
            leaderPoints(c).some(([px, py]) => px > x0 && px < x1 && py > y0 + 3 && py < y1 - 3)
          );
          expect(
            through.map((c) => c.id),
            `${at}: ${id}'s number`
          ).toEqual([]);
        }
      }
    // (The check above can fail: phones number some.)
    expect(numberedSomewhere).toBeGreaterThan(0);
  });

  it('number a circle before the names where, numbered after them, it would have no room', () => {
    // Hong Kong, China's circle on the APEC map at 440 px, among Chinese Taipei's and the names
    // of the coast, was neither named nor numbered (only its tooltip said whose it was), and so
    // were Korea's on the whole region's map at 360 px, Thailand's and Brunei's at 440 and
    // Malaysia's at 640: the names had taken the room beside them. Such a circle's number is now
    // placed before the names, which are written around it, where that leaves fewer economies
    // with neither name nor number.
    for (const [width, region, left] of [
      [440, 'apec', []],
      [360, 'all', ['LA']],
      [440, 'all', ['KH']],
      [640, 'all', []],
    ] as const) {
      const {layout} = layoutAt(region, width);
      const written = new Set(layout.labels.map((l) => l.id));
      const area = new Map(layout.geometry.economies.map((s) => [s.id, s.area]));
      const neither = layout.marks
        .filter((m) => m.inFocus && (area.get(m.id) ?? 0) > 0 && !written.has(m.id))
        .map((m) => m.id);
      expect(neither, `${region} at ${width} px: neither name nor number`).toEqual(left);
    }
  });

  it('number a circle at one of its corners, or a step out, where its sides have no room', () => {
    // Hong Kong, China's circle on the default map (the whole region's) of a 375 px phone, 343
    // px wide, had neither name nor number: its sides were held by Viet Nam's and Korea's
    // circles, Chinese Taipei's leader and China's coast. Viet Nam's on the APEC map at 720 px.
    for (const [width, region, id] of [
      [343, 'all', 'HK'],
      [720, 'apec', 'VN'],
    ] as const) {
      const {layout} = layoutAt(region, width);
      const at = `${region} at ${width} px`;
      const number = layout.labels.find((l) => l.id === id);
      expect(layout.numbered, at).toContain(id);
      if (!number) continue;
      // Its number is nearer its own circle than any other.
      const [nearest] = [...layout.callouts].sort(
        (a, b) =>
          Math.hypot(a.x - number.x, a.y - number.y + 4) -
          Math.hypot(b.x - number.x, b.y - number.y + 4)
      );
      expect(nearest?.id, at).toBe(id);
    }
  });

  it('number an economy drawn large enough to see that has no room for its name, on its shape', () => {
    // Cambodia on the ASEAN map had neither name nor number at 280–382 px (nor on the ASEAN Plus
    // Three map from 375 px up): with no circle, it was not numbered. Over the four regions at
    // these widths, 63 economies drawn in focus went unnamed and unnumbered; 34 before numbers
    // were also written on their economies' shapes, finely (a name or another number there
    // moving for one), 19 now (17 where a number stood 13 px from a name, not 15: the page drew
    // their text 1 px into each other, Papua New Guinea's 6 on Timor-Leste's name at 398 px).
    let neither = 0;
    for (const region of ['apec', 'asean', 'asean-plus-three', 'all'] as const)
      for (const width of [280, 320, 343, 375, 382, 414, 480, 640, 800, 960, 1280]) {
        const layout = computeChoroplethLayout(topology, economies, indicator('membership'), {
          ...options,
          width,
          region,
        });
        const labelled = new Set(layout.labels.map((l) => l.id));
        const drawn = new Set(layout.geometry.economies.filter((s) => s.d).map((s) => s.id));
        const unnamed = layout.marks
          .filter((m) => m.inFocus && drawn.has(m.id) && !labelled.has(m.id))
          .map((m) => m.id);
        const at = `${region} at ${width} px`;
        if (region === 'asean') expect(unnamed, at).toEqual([]);
        if (region !== 'all') expect(unnamed, at).not.toContain('KH');
        neither += unnamed.length;
        // Numbered on its shape: a number with no circle has no leader (written off a coast, Lao
        // PDR's went past Viet Nam into the sea).
        const circled = new Set([...layout.callouts, ...layout.targets].map((c) => c.id));
        for (const id of layout.numbered.filter((n) => !circled.has(n)))
          expect(
            layout.labels.find((l) => l.id === id)?.leader,
            `${at}: ${id}'s number`
          ).toBeUndefined();
      }
    expect(neither).toBeLessThanOrEqual(19);
  });

  it("number Malaysia on the whole region's map on a phone, where its coasts have no room", () => {
    // Malaysia, which the stories highlight and a note on the annotated map points at, had
    // neither name nor number on the whole region's map at 343 px (a 375 px phone's), 375 and
    // 406 px:
    // Indonesia's name covered the south of its Borneo and Brunei's leader the rest; circles,
    // their leaders, names and Lao PDR's number held the sea off its coasts. Its number now goes
    // on its shape, Indonesia's name a step along its own. Lao PDR, on the ASEAN Plus Three map
    // at 280–384 px, had no number either: the steps a name is tried at missed its narrow land.
    // (It was numbered at 406 px too, until each width was drawn from its side's base
    // (rescale.ts): from 378 to 412 px it has neither at most widths, before that and since.)
    const cases = [
      ...[343, 375].map((width) => ['all', width, 'MY'] as const),
      ...[280, 320, 375].map((width) => ['asean-plus-three', width, 'LA'] as const),
    ];
    for (const [region, width, id] of cases) {
      const fresh = structuredClone(topology);
      const layout = computeChoroplethLayout(fresh, economies, indicator('membership'), {
        ...options,
        width,
        region,
      });
      const at = `${region} at ${width} px`;
      const label = layout.labels.find((l) => l.id === id);
      expect(label, `${at}: ${id} named or numbered`).toBeDefined();
      if (!label || !layout.numbered.includes(id) || label.leader) continue;
      // A number with no leader and no circle lies on its own economy's land.
      if (layout.callouts.some((c) => c.id === id)) continue;
      const drawn = layout.geometry.economies.filter((e) => e.d).map((e) => e.id);
      const landAt = economyAt(fresh, layout.geometry.frames, drawn);
      expect(landAt(label.x, label.y - 4), `${at}: ${id}'s number on its land`).toBe(id);
    }
  });

  it("write no number's or name's letters on another's or on a circle, nor a number across a leader", () => {
    // Numbers on their economies' shapes keep their letters (and halo, and a pixel) off the boxes
    // other text keeps (labelBox): those less the 3 px each keeps above and below.
    for (const region of ['apec', 'asean', 'asean-plus-three', 'all'] as const)
      for (const width of [280, 320, 343, 375, 382, 414, 640, 1280]) {
        const layout = computeChoroplethLayout(
          structuredClone(topology),
          economies,
          indicator('membership'),
          {...options, width, region}
        );
        const at = `${region} at ${width} px`;
        const inked = layout.labels.map((l) => {
          const b = labelBox(l);
          return {id: l.id, x0: b.x0, x1: b.x1, y0: b.y0 + 3, y1: b.y1 - 3};
        });
        const meet = (a: (typeof inked)[number], b: (typeof inked)[number]) =>
          a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        for (const [i, a] of inked.entries()) {
          for (const b of inked.slice(i + 1))
            expect(meet(a, b), `${at}: ${a.id}, ${b.id}`).toBe(false);
          for (const c of layout.callouts) {
            const circle = {id: c.id, x0: c.x - c.r, x1: c.x + c.r, y0: c.y - c.r, y1: c.y + c.r};
            expect(meet(a, circle), `${at}: ${a.id} on ${c.id}'s circle`).toBe(false);
            // (A name on its shape may lie across a leader: Brunei's over "Indonesia".)
            if (!layout.numbered.includes(a.id)) continue;
            const across = leaderPoints(c).some(
              ([x, y]) => x > a.x0 && x < a.x1 && y > a.y0 && y < a.y1
            );
            expect(across, `${at}: ${c.id}'s leader across ${a.id}`).toBe(false);
          }
        }
      }
  });
});

const REGIONS = ['apec', 'asean', 'asean-plus-three', 'all'] as const;
/** The membership map of `region` at `width` px, and which economy it draws at a point. */
const layoutAt = (region: (typeof REGIONS)[number], width: number) => {
  const layout = computeChoroplethLayout(topology, economies, indicator('membership'), {
    ...options,
    width,
    region,
  });
  const drawn = layout.geometry.economies.filter((s) => s.d).map((s) => s.id);
  return {layout, landAt: economyAt(topology, layout.geometry.frames, drawn)};
};

describe('a name beside its circle over other land', () => {
  it('is written on a ground of its own, so it does not name the land under it', () => {
    // "Singapore" beside its circle lay over the Malay peninsula on the ASEAN map at every phone
    // width (no spot beside the circle was clearer), and read as the peninsula's name.
    let plated = 0;
    for (const region of REGIONS)
      for (const width of [288, 320, 343, 382, 480, 800]) {
        const {layout, landAt} = layoutAt(region, width);
        const circled = new Set(layout.callouts.map((c) => c.id));
        for (const l of layout.labels) {
          // Points every 3 px over its box, halo included (the ground covers it too).
          const b = labelBox(l);
          let others = 0;
          let n = 0;
          for (let x = b.x0 + 2; x < b.x1; x += 3)
            for (let y = b.y0 + 3; y < b.y1 - 2; y += 3) {
              n++;
              const e = landAt(x, y);
              if (e && e !== l.id) others++;
            }
          const other = others / n;
          const where = `${l.id} (${region} at ${width} px)`;
          if (!circled.has(l.id) || l.leader) expect(l.plate, where).toBeUndefined();
          else if (other > 0.25) expect(l.plate, where).toBeDefined();
          else if (others === 0) expect(l.plate, where).toBeUndefined();
          if (l.plate) {
            plated++;
            expect(l.plate.x, where).toBeLessThanOrEqual(l.x - textWidth(l.text, 11) / 2);
            expect(l.plate.y + l.plate.h, where).toBeGreaterThan(l.y);
          }
        }
        if (region === 'asean' && (width === 343 || width === 382))
          expect(
            layout.labels.find((l) => l.id === 'SG')?.plate,
            `SG at ${width} px`
          ).toBeDefined();
      }
    expect(plated).toBeGreaterThan(0);
  });
});

describe('circles and names off other economies’ land', () => {
  /** Economies other than `id` under a circle: its centre and four points halfway to its rim. */
  const under = (c: Callout, landAt: (x: number, y: number) => string | undefined) => {
    const points = [[c.x, c.y]];
    for (let i = 0; i < 4; i++) {
      const a = Math.PI / 8 + (i * Math.PI) / 2;
      points.push([c.x + 0.5 * c.r * Math.cos(a), c.y + 0.5 * c.r * Math.sin(a)]);
    }
    return points
      .map(([x = 0, y = 0]) => landAt(x, y))
      .filter((at) => at !== undefined && at !== c.id);
  };

  it('puts a point inside a shape whose centroid falls outside it', () => {
    // A U open at the top: its centroid is in the gap between the arms.
    const u = [
      [
        [0, 0],
        [30, 0],
        [30, 30],
        [20, 30],
        [20, 10],
        [10, 10],
        [10, 30],
        [0, 30],
        [0, 0],
      ],
    ];
    const centroid = centroidOf([u]);
    expect(contains([u], ...centroid)).toBe(false);
    const [x, y] = insidePoint([u], centroid);
    expect(contains([u], x, y)).toBe(true);
    // A square keeps its centroid.
    const square = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ];
    expect(insidePoint([square], centroidOf([square]))).toEqual([5, 5]);
  });

  it('places no callout circle on another economy from 600 px up, and few on phones', () => {
    // At 1280 px Viet Nam's circle sat on Thailand (drawn outward from the middle of the focus,
    // over the land beside it) and Cambodia's on Thailand's coast, in the colours of their own
    // values: a reader took them for Thailand's.
    let onPhones = 0;
    let circles = 0;
    for (const region of REGIONS)
      for (const width of [320, 375, 414, 600, 800, 1024, 1280]) {
        const {layout, landAt} = layoutAt(region, width);
        for (const c of layout.callouts) {
          const over = under(c, landAt);
          if (width >= 600) expect(over, `${c.id}'s circle, ${region} at ${width} px`).toEqual([]);
          else if (over.length) onPhones++;
          if (width < 600) circles++;
        }
      }
    // Phone-width world maps crowd ten circles into a few px of sea: most still find water.
    expect(onPhones / circles).toBeLessThan(0.1);
  });

  it('writes no name mostly over another economy, nor beside another economy’s circle', () => {
    for (const region of REGIONS)
      for (const width of [320, 375, 414, 600, 800, 1024, 1280]) {
        const {layout, landAt} = layoutAt(region, width);
        const called = new Set(layout.callouts.map((c) => c.id));
        for (const label of layout.labels) {
          const at = `${label.id}, ${region} at ${width} px`;
          const w = label.text.length * 5.5;
          const xs = Array.from({length: 9}, (_, i) => label.x - w / 2 + (w * i) / 8);
          const over = xs.filter((x) => ![undefined, label.id].includes(landAt(x, label.y - 4)));
          // (Beside its circle on a ground of its own a little more: the ground says it is not
          // that land's. Lao PDR's "3" on the Philippines, the whole region at 375 px: 5.)
          expect(over.length, at).toBeLessThanOrEqual(label.plate ? 5 : 4);
          if (called.has(label.id)) continue;
          if (label.leader) {
            // A name off a coast: no other circle within 20 px past either end, level with it.
            const tw = textWidth(label.text, 11, true);
            for (const c of layout.callouts.filter((o) => !o.inPlace)) {
              const past = Math.max(c.x - (label.x + tw / 2), label.x - tw / 2 - c.x);
              const level = Math.abs(c.y - (label.y - 4)) < 12;
              expect(level && past >= 0 && past < 20, `${c.id}'s circle after ${at}`).toBe(false);
            }
          }
          // A circle right at either end of another economy's name reads as that name's.
          for (const c of layout.callouts) {
            const gap = Math.min(
              Math.abs(c.x - (label.x - w / 2)),
              Math.abs(c.x - (label.x + w / 2))
            );
            const level = Math.abs(c.y - (label.y - 4)) < 8;
            expect(level && gap < 12, `${c.id}'s circle beside ${at}`).toBe(false);
          }
        }
      }
  });
});

describe('names where they compete for room', () => {
  it('go to the economies with a value before those without', () => {
    // Maps whose no-value economies are many ("Not listed", "None in this dataset").
    let total = 0;
    for (const id of [
      'fatf-member',
      'apg-member',
      'actip-ratified',
      'events-hosted',
      'api-feasibility-study',
    ])
      for (const region of ['all', 'apec', 'asean'] as const)
        for (const width of [320, 375, 414]) {
          const ind = indicator(id);
          const layout = computeChoroplethLayout(topology, economies, ind, {
            ...options,
            region,
            width,
          });
          const valued = new Set(
            layout.marks.filter((m) => m.inFocus && m.value !== undefined).map((m) => m.id)
          );
          total += layout.labels.filter((l) => valued.has(l.id)).length;
        }
    // Over these 45 maps of phone width, 310 names of economies with a value before valued
    // economies were named first, 318 after.
    expect(total).toBeGreaterThanOrEqual(316);
  });
});

describe('names off a coast and beside circles, where they want the same sea', () => {
  it('go to the larger economies first, and a name moves where that makes room for another', () => {
    // The names beside Hong Kong's and Viet Nam's circles took the sea off Luzon and the
    // Andaman Sea first: the APEC map left the Philippines unnamed at every width from 600 px
    // and Thailand at 1248 and 1280. Now the larger economies' names go first; a name beside a
    // circle, or off a coast, moves to another of its spots where that lets one more be named
    // (Hong Kong's, on the APEC map from 1000 px).
    for (const width of [1000, 1248, 1280]) {
      const named = namedAt('apec', width);
      for (const id of ['PH', 'TH', 'HK']) expect(named.has(id), `${id} at ${width} px`).toBe(true);
    }
    expect(namedAt('apec', 1000).size, 'all 21 at 1000 px').toBe(21);
    for (const width of [600, 800]) expect(namedAt('apec', width).has('PH'), `${width}`).toBe(true);
    for (const width of [800, 1000, 1280])
      expect(namedAt('all', width).has('PH'), `all ${width}`).toBe(true);
  });
});

describe('a name written on the map', () => {
  it('lies partly on its own economy, no less than on any other: never wholly out over the sea or a neighbour', () => {
    let checked = 0;
    // Lao PDR's name, landlocked, went out over the Gulf of Thailand below Thailand's (in Thai
    // at 1248 px, where "ลาว" is short enough to be tried there).
    for (const lang of ['en', 'th'])
      for (const region of ['all', 'asean'] as const)
        for (const width of [320, 414, 800, 1248]) {
          const ind = indicator('membership');
          const layout = computeChoroplethLayout(topology, economies, ind, {
            ...options,
            region,
            width,
            lang,
          });
          const drawn = layout.geometry.economies.filter((e) => e.d).map((e) => e.id);
          const landAt = economyAt(topology, layout.geometry.frames, drawn);
          // (Called-out economies are named beside their circle or target instead.)
          const beside = new Set([...layout.callouts, ...layout.targets].map((c) => c.id));
          // (…and economies named off their coast, with a leader: the test below.)
          for (const l of layout.labels.filter((x) => !beside.has(x.id) && !x.leader)) {
            // Every 2 px along the name's letters, on three lines through them: the land under
            // it, by economy. Viet Nam's name, on its narrow middle, lay more over Lao PDR.
            const w = textWidth(l.text, 11, true);
            const under = new Map<string, number>();
            for (let x = l.x - w / 2; x <= l.x + w / 2; x += 2)
              for (const y of [l.y - 7, l.y - 4, l.y - 1]) {
                const at = landAt(x, y);
                if (at) under.set(at, (under.get(at) ?? 0) + 1);
              }
            const own = under.get(l.id) ?? 0;
            const most = Math.max(0, ...[...under].filter(([id]) => id !== l.id).map(([, n]) => n));
            expect(own, `${lang} ${region} ${width}: ${l.text}`).toBeGreaterThan(0);
            expect(
              own,
              `${lang} ${region} ${width}: ${l.text} on a neighbour`
            ).toBeGreaterThanOrEqual(most);
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(100);
  });

  it("beside its circle, moves off other economies' land where a free spot beside it allows", () => {
    // "Brunei Darussalam", left of its circle on the ASEAN map, ran over the Malay peninsula at
    // 800–1280 px (0.18 of these points at 800 px) with open sea above its circle; "Timor-Leste"
    // on the whole region's map at 600 px lay over Indonesia's islands.
    const share = (region: 'all' | 'asean', width: number, id: string) => {
      const {layout, landAt} = layoutAt(region, width);
      const l = layout.labels.find((x) => x.id === id);
      expect(l, `${region} ${width}: ${id} named`).toBeDefined();
      if (!l) return 1;
      const w = textWidth(l.text, 11, true);
      let other = 0;
      let all = 0;
      for (let x = l.x - w / 2; x <= l.x + w / 2; x += 2)
        for (const y of [l.y - 7, l.y - 4, l.y - 1]) {
          const at = landAt(x, y);
          all++;
          if (at && at !== id) other++;
        }
      return other / all;
    };
    for (const width of [800, 1024, 1280])
      expect(share('asean', width, 'BN'), `asean ${width}: Brunei Darussalam`).toBeLessThan(0.1);
    expect(share('all', 600, 'TL'), 'all 600: Timor-Leste').toBeLessThan(0.1);
  });

  it('off its coast where it has no room on its land: over the sea, its leader over no other land or name', () => {
    // At 1280 px Thailand, the Philippines, Papua New Guinea and New Zealand went unnamed, with
    // the Pacific open beside them.
    let offshore = 0;
    for (const region of ['all', 'apec', 'asean'] as const)
      for (const width of [320, 414, 800, 1024, 1248]) {
        const layout = computeChoroplethLayout(topology, economies, indicator('membership'), {
          ...options,
          region,
          width,
        });
        const drawn = layout.geometry.economies.filter((e) => e.d).map((e) => e.id);
        const anyLand = economyAt(topology, layout.geometry.frames, drawn, true);
        const boxes = layout.labels.map((l) => {
          const w = textWidth(l.text, 11, true);
          return {id: l.id, x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y - 11, y1: l.y + 2};
        });
        for (const l of layout.labels) {
          if (!l.leader) continue;
          offshore++;
          const at = `${region} ${width}: ${l.text}`;
          const box = boxes.find((b) => b.id === l.id);
          if (!box) throw new Error(at);
          // Over the sea (a sliver of its own coast aside, finer than the placement's 2 px test).
          for (let x = box.x0; x <= box.x1; x += 3) {
            const land = anyLand(x, l.y - 4);
            expect(land === undefined || land === l.id, `${at}: letters over ${land}`).toBe(true);
          }
          const [x1, y1, x2, y2] = l.leader;
          for (let i = 0; i <= 40; i++) {
            const [x, y] = [x1 + ((x2 - x1) * i) / 40, y1 + ((y2 - y1) * i) / 40];
            const land = anyLand(x, y);
            expect(land === undefined || land === l.id, `${at}: leader over ${land}`).toBe(true);
            for (const b of boxes)
              if (b.id !== l.id)
                expect(
                  x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1,
                  `${at}: leader through ${b.id}`
                ).toBe(false);
          }
        }
      }
    expect(offshore).toBeGreaterThan(10);
    const wide = computeChoroplethLayout(topology, economies, indicator('membership'), {
      ...options,
      region: 'all',
      width: 1248,
    });
    const named = new Set(wide.labels.map((l) => l.id));
    for (const id of ['TH', 'PH', 'PG']) expect(named.has(id), id).toBe(true);
  });
});
