import {describe, expect, it} from 'vitest';
import {
  economies,
  resolveEconomy,
  validateEconomies,
  validateEvents,
  validateFlows,
  validateIndicators,
} from '../../src/data.js';
import flowsFile from '../../data/flows.json';
import type {Issue} from '../../src/schema/issues.js';
import {plainLink, validateSankeyInput} from '../../src/schema/sankey-input.js';
import {plainGraph} from '../../src/schema/sankey-plain.js';
import {syntheticFlows} from '../fixtures/synthetic.js';

/** Issues as the page's author reads them (English), without the catalogue key readers see them by. */
const plain = (issues: readonly Issue[]) => issues.map(({path, message}) => ({path, message}));

const event = (over: Record<string, unknown> = {}) => ({
  title: 'Workshop',
  start: '2015-08-30',
  citation: 'seed.txt',
  ...over,
});

describe('resolveEconomy', () => {
  it('normalises codes, names and common variants to alpha-2', () => {
    const cases: [unknown, string][] = [
      ['SG', 'SG'],
      ['sgp', 'SG'],
      ['702', 'SG'],
      [702, 'SG'],
      ['36', 'AU'],
      ['036', 'AU'],
      ['Vietnam', 'VN'],
      ['Viet Nam', 'VN'],
      ['South Korea', 'KR'],
      ['Republic of Korea', 'KR'],
      ['Taiwan', 'TW'],
      ['Chinese Taipei', 'TW'],
      ['Hong Kong, China', 'HK'],
      ['hong kong', 'HK'],
      ['Laos', 'LA'],
      ['Lao PDR', 'LA'],
      ["Lao People's Democratic Republic", 'LA'],
      ['Burma', 'MM'],
      ['the Philippines', 'PH'],
      ['Brunei', 'BN'],
      ['East Timor', 'TL'],
      ['United States of America', 'US'],
      ['Perú', 'PE'],
      ['  Russia  ', 'RU'],
    ];
    for (const [input, want] of cases) expect(resolveEconomy(input), String(input)).toBe(want);
  });

  it('returns undefined for anything it does not know', () => {
    for (const input of [
      'Atlantis',
      'XX',
      '999',
      '',
      null,
      undefined,
      3.5,
      {},
      ['SG'],
      'Macao',
      'IN',
    ]) {
      expect(resolveEconomy(input), String(input)).toBeUndefined();
    }
  });
});

describe('validateEvents', () => {
  it('fills defaults for user events and infers precision from the date', () => {
    const {value, issues} = validateEvents(
      [event({start: '2016-02'}), event({start: '2013', economy: 'Vietnam'})],
      resolveEconomy
    );
    expect(issues).toEqual([]);
    expect(value.map((e) => [e.id, e.precision, e.status, e.kind, e.economy])).toEqual([
      ['event-1', 'month', 'held', 'meeting', null],
      ['event-2', 'year', 'held', 'meeting', 'VN'],
    ]);
  });

  it('keeps 29 February in leap years only, and the 31st only in months that have one', () => {
    const starts = [
      '2024-02-29',
      '2000-02-29',
      '2023-02-29',
      '1900-02-29',
      '2019-04-31',
      '2019-12-31',
    ];
    const {value, issues} = validateEvents(
      starts.map((start) => event({start})),
      resolveEconomy
    );
    expect(value.map((e) => e.start)).toEqual(['2024-02-29', '2000-02-29', '2019-12-31']);
    expect(issues.map((i) => i.path)).toEqual([
      'events[2].start',
      'events[3].start',
      'events[4].start',
    ]);
  });

  it('drops impossible dates, end before start and missing citations, reporting each by path', () => {
    const {value, issues} = validateEvents(
      [
        event({start: '2015-02-30'}),
        event({start: '2015-13'}),
        event({end: '2015-08-01'}),
        event({citation: '  '}),
        event({title: 42}),
        event(),
      ],
      resolveEconomy
    );
    expect(value).toHaveLength(1);
    expect(issues.map((i) => i.path)).toEqual([
      'events[0].start',
      'events[1].start',
      'events[2].end',
      'events[3].citation',
      'events[4].title',
    ]);
    expect(issues[0]?.message).toBe('is not a real calendar date');
    expect(issues[2]?.message).toMatch(/before the start/);
  });

  it('says plainly when a required field is missing', () => {
    expect(
      plain(validateEvents([{title: 'No source', start: '2015'}], resolveEconomy).issues)
    ).toEqual([{path: 'events[0].citation', message: 'is missing'}]);
  });

  it('keeps an event with an unknown economy but lists it', () => {
    const {value, issues} = validateEvents([event({economy: 'Atlantis'})], resolveEconomy);
    expect(value[0]?.economy).toBeNull();
    expect(plain(issues)).toEqual([
      {
        path: 'events[0].economy',
        message: '"Atlantis" matches no APEC or ASEAN economy; the event is shown without a host',
      },
    ]);
  });

  it('drops duplicate ids after the first', () => {
    const {value, issues} = validateEvents(
      [event({id: 'a'}), event({id: 'a', title: 'Other'})],
      resolveEconomy
    );
    expect(value.map((e) => e.title)).toEqual(['Workshop']);
    expect(plain(issues)[0]).toEqual({
      path: 'events[1].id',
      message: 'repeats the id "a" of events[0]; dropped',
    });
  });

  it('rejects a precision that contradicts the date, and a non-list', () => {
    expect(validateEvents([event({precision: 'year'})], resolveEconomy).issues[0]?.path).toBe(
      'events[0].precision'
    );
    const notList = validateEvents({events: []}, resolveEconomy);
    expect(notList.value).toEqual([]);
    expect(plain(notList.issues)).toEqual([
      {path: 'events', message: 'must be a list, got an object'},
    ]);
    // Readers see it in their language: the key, and the value's kind as a catalogue word.
    expect(notList.issues[0]?.key).toBe('issue.notList');
    expect(notList.issues[0]?.params).toEqual({value: {term: 'object'}});
  });

  it('keeps hostile text as plain data and ignores unknown keys', () => {
    const title = '<img src=x onerror=alert(1)>';
    // JSON.parse makes "__proto__" an own key (an object literal would set the prototype instead),
    // as a hostile file fetched by `src` would deliver it.
    const row = JSON.parse(
      JSON.stringify(event({title, extra: 1})).replace(/^\{/, '{"__proto__": {"polluted": true},')
    ) as Record<string, unknown>;
    expect(Object.keys(row)).toContain('__proto__');
    const {value} = validateEvents([row], resolveEconomy);
    expect(value[0]?.title).toBe(title);
    expect(Object.keys(value[0] ?? {})).not.toContain('extra');
    expect(Object.keys(value[0] ?? {})).not.toContain('__proto__');
    expect(Object.getPrototypeOf(value[0])).toBe(Object.prototype);
    expect((value[0] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('validateIndicators', () => {
  const indicator = (values: unknown[], over: Record<string, unknown> = {}) => [
    {id: 'x', label: 'X', unit: null, kind: 'numeric', citation: 'c', values, ...over},
  ];

  it('drops NaN, Infinity, unknown economies and duplicate economies, never turning them into zero', () => {
    const {value, issues} = validateIndicators(
      indicator([
        {economy: 'SG', value: 1, citation: 'c'},
        {economy: 'MY', value: Number.NaN, citation: 'c'},
        {economy: 'TH', value: Number.POSITIVE_INFINITY, citation: 'c'},
        {economy: 'Atlantis', value: 2, citation: 'c'},
        {economy: 'Singapore', value: 3, citation: 'c'},
        {economy: 'ID', value: '4', citation: 'c'},
      ]),
      resolveEconomy
    );
    expect(value[0]?.values).toEqual([{economy: 'SG', value: 1, citation: 'c', note: undefined}]);
    expect(issues.map((i) => i.path)).toEqual([
      'indicators[0].values[1].value',
      'indicators[0].values[2].value',
      'indicators[0].values[3].economy',
      'indicators[0].values[4].id',
      'indicators[0].values[5].value',
    ]);
  });

  it('checks categorical values against the categories', () => {
    const {value, issues} = validateIndicators(
      indicator(
        [
          {economy: 'SG', value: 'member', citation: 'c'},
          {economy: 'MY', value: 'maybe', citation: 'c'},
        ],
        {
          kind: 'categorical',
          categories: [{id: 'member', label: 'Member'}],
        }
      ),
      resolveEconomy
    );
    expect(value[0]?.values.map((v) => v.economy)).toEqual(['SG']);
    expect(issues[0]?.message).toBe('"maybe" is not one of the categories (member)');
  });
});

describe('validateFlows', () => {
  it('drops negative flows and flows whose ends are not nodes of the right column', () => {
    const input = structuredClone(flowsFile);
    const [first, second] = input.tocta2013.flows;
    if (!first || !second) throw new Error('fixture');
    first.value = -1;
    second.destination = 'crime:heroin';
    const {value, issues} = validateFlows(input);
    expect(value?.tocta2013.flows).toHaveLength(11);
    expect(plain(issues)).toEqual([
      {path: 'tocta2013.flows[0].value', message: 'must not be negative'},
      {path: 'tocta2013.flows[1].destination', message: '"crime:heroin" is not a destination node'},
    ]);
  });

  it('rejects a range whose low is above its high, and a missing report', () => {
    const input = structuredClone(flowsFile) as unknown as {
      sea2019: {markets: {low?: number; high?: number}[]};
    };
    const meth = input.sea2019.markets[0];
    if (meth) meth.low = 99;
    expect(plain(validateFlows(input).issues)).toEqual([
      {path: 'sea2019.markets[0]', message: 'must have low ≤ value ≤ high'},
    ]);
    const broken = validateFlows({tocta2013: 'x'});
    expect(broken.value).toBeUndefined();
    expect(broken.issues[0]?.path).toBe('tocta2013');
  });
});

describe('validateEconomies', () => {
  it('reports bad codes by path', () => {
    const bad = {...economies[0], id: 'aus', numeric: 36};
    const {value, issues} = validateEconomies([bad]);
    expect(value).toEqual([]);
    expect(issues.map((i) => i.path)).toEqual(['economies[0].id', 'economies[0].numeric']);
  });
});

describe('validateSankeyInput, links read as they are', () => {
  // Rows of every kind: names, amounts and text as given, with spaces to trim, empty, too long,
  // of the wrong type, out of range. Each row's twin has a space before its source: the same
  // link to the schema (it trims names), but one the quick reading (plainLink) leaves to it.
  let seed = 11;
  const pick = <T>(xs: readonly T[]): T =>
    xs[(seed = (seed * 48271) % 2147483647) % xs.length] as T;
  const names = ['A', 'B', 'C', 'Drug trafficking', 'B ', '', 7];
  const amounts = [undefined, 0, 1.5, 42, 1e12, -0, -1, NaN, Infinity, '12', ' 3 ', 'x', null];
  const texts = [
    undefined,
    '',
    'UNODC 2013, p. 4',
    ' padded ',
    'x'.repeat(2001),
    'y'.repeat(2000),
    5,
  ];
  const ids = [undefined, undefined, 'l1', 'l2', ' l3', '', 'z'.repeat(201), 3];
  // Every other row from the values a plain link has only.
  const good = <T>(xs: readonly T[], i: number) => pick(i % 2 ? xs : xs.slice(0, 4));
  const rows = Array.from({length: 3000}, (_, i) => ({
    id: good(ids, i),
    source: good(names, i),
    target: good(names, i),
    value: good(amounts, i),
    low: good([undefined, undefined, ...amounts], i),
    high: good([undefined, undefined, ...amounts], i),
    citation: good(texts, i),
    note: good(texts, i),
  }));
  const twins = rows.map((r) => ({
    ...r,
    source: typeof r.source === 'string' ? ` ${r.source}` : r.source,
  }));

  it('keeps and reports exactly what the schema keeps and reports', () => {
    // The quick reading is taken for a good share of the rows, and never for a twin.
    expect(rows.filter((r) => plainLink(r) !== undefined).length).toBeGreaterThan(100);
    expect(twins.filter((r) => plainLink(r) !== undefined)).toEqual([]);
    for (const units of [{}, {unit: 'USD bn/yr'}]) {
      const quick = validateSankeyInput({...units, links: rows}, 'json');
      const schema = validateSankeyInput({...units, links: twins}, 'json');
      expect(quick.value.links.length).toBeGreaterThan(100);
      expect(quick).toEqual(schema);
    }
  });
});

describe('plainGraph: own JSON read without the validators', () => {
  let seed = 5;
  const pick = <T>(xs: readonly T[]): T =>
    xs[(seed = (seed * 48271) % 2147483647) % xs.length] as T;
  // Half the graphs from the values a plain graph has only (the first of each list).
  let clean = false;
  const any = <T>(xs: readonly T[], plainOnes: number): T =>
    pick(clean ? xs.slice(0, plainOnes) : xs);
  const names = ['A', 'B', 'C', 'D', 'Drug trafficking', 'B ', ''];
  const amounts = [undefined, 0, 1.5, 42, 1e12, -1, '12'];
  const link = () => ({
    ...(pick([0, 0, 0, 1]) ? {id: any(['l1', 'l2', 'l3', ' l4', ''], 3)} : {}),
    source: any(names, 5),
    target: any(names, 5),
    value: any(amounts, 5),
    ...(pick([0, 1]) ? {low: any(amounts, 5), high: any([...amounts, 1e13], 5)} : {}),
    ...(pick([0, 1]) ? {citation: any(['UNODC', '', ' padded'], 2)} : {}),
    ...(pick([0, 0, 1]) ? {note: any(['a note', 5], 1)} : {}),
  });
  // Graphs of one to eight links, a unit or a citation or not, nodes listed now and then.
  const graphs = Array.from({length: 4000}, (_, i) => {
    clean = i % 2 === 0;
    return {
      ...(pick([0, 1]) ? {unit: pick(['USD bn/yr', ' USD m/yr ', 'tonnes', ''])} : {}),
      ...(pick([0, 1]) ? {citation: pick(['Survey, 2024', ' ', 3])} : {}),
      ...(pick([0, 0, 0, 0, 1]) ? {nodes: [{id: 'A'}, {id: 'B'}]} : {}),
      links: Array.from({length: 1 + pick([0, 1, 2, 3, 4, 5, 6, 7])}, link),
    };
  });

  it('gives what the validators give whenever it reads a graph, and reads the plain ones', () => {
    let read = 0;
    for (const graph of graphs) {
      const quick = plainGraph(graph);
      const full = validateSankeyInput(graph, 'json');
      if (quick) {
        read++;
        expect(quick).toEqual(full);
      } else if (!graph.nodes) {
        // Left to the validators only where they convert, trim or report something.
        const converted = graph.links.some((l) => plainLink(l) === undefined);
        expect(converted || full.issues.length > 0, JSON.stringify(graph)).toBe(true);
      }
    }
    expect(read).toBeGreaterThan(150);
  });

  it('reads the 1,200 links of the bench stress test as the validators do; not arrays or large lists', () => {
    const graph = syntheticFlows();
    expect(plainGraph(graph)).toEqual(validateSankeyInput(graph, 'json'));
    expect(plainGraph(graph, 1200)).toBeUndefined();
    expect(plainGraph(graph.links)).toBeUndefined();
    expect(plainGraph({links: 'x'})).toBeUndefined();
    expect(plainGraph({...graph, nodes: []})).toBeUndefined();
  });
});
