import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {geoArea} from 'd3-geo';
import {feature} from 'topojson-client';
import type {GeometryCollection} from 'topojson-specification';
import economiesFile from '../../data/economies.json';
import eventsFile from '../../data/events.json';
import indicatorsFile from '../../data/indicators.json';
import flowsFile from '../../data/flows.json';
import {
  derivedTotalUsd,
  economies,
  events,
  flows,
  indicators,
  resolveEconomy,
  topology,
  validateEconomies,
  validateEvents,
  validateFlows,
  validateIndicators,
} from '../../src/data.js';
import {validateTimelineInput} from '../../src/schema/timeline-input.js';
import {bundledEvents, type EventRecord} from '../../src/schema/event-record.js';
import {BUNDLED_EVENTS, readableCitation} from '../../src/elements/timeline/timeline-data.js';
// @ts-expect-error: a plain .mjs module shared with the build script, typed by use here.
import {deriveIndicators} from '../../scripts/derive-rules.mjs';

const APEC = [
  'AU',
  'BN',
  'CA',
  'CL',
  'CN',
  'HK',
  'ID',
  'JP',
  'KR',
  'MY',
  'MX',
  'NZ',
  'PG',
  'PE',
  'PH',
  'RU',
  'SG',
  'TW',
  'TH',
  'US',
  'VN',
];
const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'];

/** Every object in a JSON tree that carries a figure (`value`) or a date (`start`). */
function factRecords(
  node: unknown,
  out: Record<string, unknown>[] = []
): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((n) => factRecords(n, out));
  else if (node && typeof node === 'object') {
    const rec = node as Record<string, unknown>;
    if (
      typeof rec['value'] === 'number' ||
      typeof rec['value'] === 'string' ||
      'start' in rec ||
      'joined' in rec ||
      'low' in rec ||
      'high' in rec
    )
      out.push(rec);
    Object.values(rec).forEach((v) => factRecords(v, out));
  }
  return out;
}

describe('bundled dataset', () => {
  it('every file validates with no issue', () => {
    expect(validateEconomies(economiesFile.economies).issues).toEqual([]);
    expect(validateEvents(eventsFile.events, resolveEconomy).issues).toEqual([]);
    expect(validateIndicators(indicatorsFile.indicators, resolveEconomy).issues).toEqual([]);
    expect(validateFlows(flowsFile).issues).toEqual([]);
    expect(validateEvents(eventsFile.events, resolveEconomy).value).toHaveLength(
      eventsFile.events.length
    );
  });

  it('the charts read the bundled events without a validator, as the validator would give them', () => {
    // The timeline trusts data/events.json (no valibot on its page): this is the build-time check.
    const validated = validateTimelineInput(eventsFile, 'json', resolveEconomy, true);
    expect(validated.issues).toEqual([]);
    const trusted = bundledEvents(eventsFile.events as readonly EventRecord[], resolveEconomy);
    expect(trusted).toEqual(validated.value);
    expect(trusted.filter((e) => e.economy).length).toBeGreaterThan(40);
    // As the timeline reads them: economies by code, the full resolver not built for it, and a
    // seed document named by its file said as what it is.
    expect(BUNDLED_EVENTS()).toEqual(
      validated.value.map((e) => ({...e, citation: readableCitation(e.citation)}))
    );
  });

  it('says what each seed document a citation names is, as data/SOURCES.md does', () => {
    // "Source: 004_19ca3baff67ab955.txt" told a reader nothing; the timeline writes "APEC CTWG
    // web page (seed document 004_19ca3baff67ab955.txt)".
    const seeds: Record<string, string> = eventsFile.seeds;
    const named = new Set(
      events.flatMap((e) => e.citation.split('; ')).filter((c) => /^\d{3}_[0-9a-f]+\.txt$/.test(c))
    );
    expect(named.size).toBe(4);
    for (const file of named) expect(seeds[file], file).toBeTruthy();
    const sources = readFileSync(new URL('../../data/SOURCES.md', import.meta.url), 'utf8');
    for (const [file, what] of Object.entries(seeds))
      expect(sources, file).toContain(`| \`${file}\` | ${what} |`);
    expect(readableCitation('004_19ca3baff67ab955.txt; cebudailynews.inquirer.net/67726')).toBe(
      'APEC CTWG web page (seed document 004_19ca3baff67ab955.txt); cebudailynews.inquirer.net/67726'
    );
    const drawn = BUNDLED_EVENTS();
    expect(drawn.filter((e) => /(^|; )\d{3}_[0-9a-f]+\.txt/.test(e.citation))).toEqual([]);
  });

  it('every record with a figure, a date or a range has a non-empty citation', () => {
    const files = [economiesFile, eventsFile, indicatorsFile, flowsFile];
    const records = files.flatMap((f) => factRecords(f));
    expect(records.length).toBeGreaterThan(300);
    const missing = records.filter(
      (r) => typeof r['citation'] !== 'string' || !(r['citation'] as string).trim()
    );
    expect(missing).toEqual([]);
  });

  it('has all 21 APEC economies and 11 ASEAN member states with the official names', () => {
    const member = (org: string) =>
      economies
        .filter((e) => e.memberships.some((m) => m.org === org))
        .map((e) => e.id)
        .sort();
    expect(member('APEC')).toEqual([...APEC].sort());
    expect(member('ASEAN')).toEqual([...ASEAN].sort());
    expect(member('ASEAN Plus Three')).toEqual(['CN', 'JP', 'KR']);
    const name = (id: string) => economies.find((e) => e.id === id);
    expect(name('HK')?.apecName).toBe('Hong Kong, China');
    expect(name('TW')?.apecName).toBe('Chinese Taipei');
    expect(name('VN')?.apecName).toBe('Viet Nam');
    expect(name('BN')?.apecName).toBe('Brunei Darussalam');
    expect(name('KR')?.apecName).toBe('Republic of Korea');
    expect(name('LA')?.aseanName).toBe('Lao PDR');
    expect(name('TL')?.memberships[0]?.joined).toBe('2025-10-26');
  });

  it('keeps the Brunei ASEAN join-date doubt in a note', () => {
    const bn = economies.find((e) => e.id === 'BN')?.memberships.find((m) => m.org === 'ASEAN');
    expect(bn?.note).toMatch(/7 January 1984/);
    expect(bn?.note).toMatch(/8 January 1984/);
  });

  it('ids are unique in every file', () => {
    const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);
    unique(economies.map((e) => e.id));
    unique(events.map((e) => e.id));
    unique(indicators.map((i) => i.id));
    unique(flows.tocta2013.nodes.map((n) => n.id));
    unique(flows.tocta2013.flows.map((f) => f.id));
  });

  it('has at least 60 events, and every host economy and conflict resolves', () => {
    expect(events.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(events.map((e) => e.id));
    for (const e of events) {
      if (e.economy) expect(resolveEconomy(e.economy), e.id).toBe(e.economy);
      for (const c of e.conflicts ?? []) expect(ids.has(c), `${e.id} → ${c}`).toBe(true);
    }
  });

  it('gives long titles a short title taken from the title: shorter, with no number the title lacks', () => {
    const long = events.filter((e) => e.title.length > 30);
    expect(long.filter((e) => !e.shortTitle).map((e) => e.id)).toEqual([]);
    for (const e of events) {
      if (!e.shortTitle) continue;
      expect(e.shortTitle.length, e.id).toBeLessThan(e.title.length);
      // Ordinals and years ("8th", "2018") come from the title, never added.
      for (const n of e.shortTitle.match(/\d+/g) ?? []) expect(e.title, `${e.id}: ${n}`).toMatch(n);
    }
  });

  it('carries both versions of the New Payment Systems workshop, each pointing at the other', () => {
    const clark = events.find((e) => e.id === 'ctwg-nps-2015-clark');
    const subic = events.find((e) => e.id === 'ctwg-nps-2015-subic');
    expect([clark?.start, clark?.end, clark?.city]).toEqual(['2015-01-30', '2015-01-31', 'Clark']);
    expect([subic?.start, subic?.end, subic?.city]).toEqual([
      '2015-01-29',
      '2015-01-30',
      'Subic Bay',
    ]);
    expect(clark?.conflicts).toEqual(['ctwg-nps-2015-subic']);
    expect(subic?.conflicts).toEqual(['ctwg-nps-2015-clark']);
    // Labelled apart on the timeline, each by the place its account gives.
    expect([clark?.shortTitle, subic?.shortTitle]).toEqual([
      'CTWG Secure Finance Workshop (Clark)',
      'CTWG Secure Finance Workshop (Subic Bay)',
    ]);
  });

  it('marks a date in doubt where its note says the year is inferred or the day unverified', () => {
    // The timeline draws these dashed, as dates it cannot vouch for, and says why (the note).
    const doubted = events.filter((e) => e.dateInDoubt).map((e) => e.id);
    expect(doubted).toEqual([
      'apec-ctwg-15',
      'apec-ctwg-6',
      'somtc-japan-workplan-2015',
      'somtc-2015-siem-reap',
      'somtc-17',
      'ammtc-14',
      'ammtc-16',
    ]);
    const says = /\binferred\b|\bunverified\b|\bunresolved\b/;
    for (const e of events.filter((x) => x.dateInDoubt)) expect(e.note, e.id).toMatch(says);
    // Every day-precise event whose note says its year is inferred is marked (a new record too).
    const inferredYear = events.filter(
      (e) => e.precision === 'day' && /\b(?:year|\d{4})\b[^.]*\binferred\b/.test(e.note ?? '')
    );
    expect(inferredYear.length).toBeGreaterThan(4);
    for (const e of inferredYear) expect(e.dateInDoubt, e.id).toBe(true);
  });

  it('has no stale "planned" event: past announcements say "not confirmed as held", in a note too', () => {
    // Every bundled event is in the past, so none can still be planned.
    expect(events.filter((e) => e.status === 'planned').map((e) => e.id)).toEqual([]);
    const unconfirmed = events.filter((e) => e.status === 'unconfirmed');
    expect(unconfirmed.map((e) => e.id).sort()).toEqual([
      'aj-dialogue-2016-planned',
      'apec-cttf-27',
      'somtc-japan-11',
    ]);
    for (const e of unconfirmed) {
      expect(e.title, e.id).toMatch(/\(announced for /);
      expect(e.note, e.id).toMatch(/announced/i);
      expect(e.note, e.id).toMatch(/unverified|no record/i);
    }
    // The 2017 consultation in Myanmar did not happen as announced: no record, the fact in a note.
    expect(events.some((e) => /myanmar-2017/.test(e.id))).toBe(false);
    expect(events.find((e) => e.id === 'ammtc-japan-2')?.note).toMatch(
      /Myanmar in 2017; that did not happen as announced/
    );
    for (const id of [
      'apec-ctwg-15',
      'somtc-japan-workplan-2015',
      'somtc-2015-siem-reap',
      'somtc-17',
      'ammtc-14',
      'ammtc-16',
      'apec-tourism-resilience-2017',
    ]) {
      expect(events.find((e) => e.id === id)?.note, id).toMatch(/infer|title|two ways/i);
    }
  });

  it('gives each AMMTC+Japan meeting its own record, and dates the 10th AMMTC to its opening', () => {
    const japan = events.filter((e) => e.forum === 'AMMTC+Japan');
    expect(japan.map((e) => [e.id, e.start, e.city])).toEqual([
      ['ammtc-japan-1', '2013-09-18', 'Vientiane'],
      ['ammtc-japan-2', '2015-10-01', 'Kuala Lumpur'],
      ['ammtc-japan-5', '2019-11-28', 'Bangkok'],
      ['ammtc-japan-9', '2024-08-29', 'Vientiane'],
    ]);
    expect(events.filter((e) => e.forum === 'AMMTC Plus' && /Japan/.test(e.title))).toEqual([]);
    expect(events.find((e) => e.id === 'ammtc-japan-5')?.citation).toMatch(/malaymail\.com/);
    expect(events.find((e) => e.id === 'ammtc-japan-9')?.citation).toMatch(/gnlm\.com\.mm/);
    const ammtc10 = events.find((e) => e.id === 'ammtc-10');
    expect([ammtc10?.start, ammtc10?.end]).toEqual(['2015-09-29', undefined]);
    expect(ammtc10?.note).toMatch(/opening ceremony, 29 September 2015/);
    expect(ammtc10?.note).toMatch(/Declaration .* signed when the meeting concluded/);
  });

  it('carries UNODC’s "$100 billion" statement with its geography doubt, in the Sankey data and on the event', () => {
    const [later, ...rest] = flows.tocta2013.laterStatements;
    expect(rest).toEqual([]);
    expect(later?.text).toBe('illicit money flows exceeding $100 billion per year');
    expect(later?.date).toBe('2015-08-26');
    expect(later?.citation).toMatch(/^003_f40d275edc15eb96\.txt/);
    expect(later?.geography).toMatch(/^not named/);
    for (const region of [
      'Southeast Asia alone',
      'East Asia and the Pacific',
      'East and Southeast Asia',
    ])
      expect(later?.note, region).toContain(region);
    expect(later?.note).toMatch(/^Not a total of the flows drawn here/);
    const event = events.find((e) => e.id === 'unodc-border-2015');
    expect(event?.citation).toContain('003_f40d275edc15eb96.txt');
    expect(event?.note).toContain('exceeding $100 billion per year');
    expect(event?.note).toMatch(/without naming the region/);
  });

  it('names Myanmar by its current formal name, and cites a real source for every economy name', () => {
    const mm = economies.find((e) => e.id === 'MM');
    expect(mm?.formalName).toBe('Republic of the Union of Myanmar');
    expect(mm?.aliases).toContain('Union of Myanmar');
    expect(economiesFile.economies.find((e) => e.id === 'MM')?.citation).toMatch(
      /Factbook.*former: "Union of Myanmar"/
    );
    for (const e of economiesFile.economies) {
      expect(e.citation, e.id).not.toMatch(/convention/i);
      if ('apecName' in e) expect(e.citation, e.id).toMatch(/international\.gc\.ca\/apec/);
      if ('aseanName' in e) expect(e.citation, e.id).toMatch(/ASEAN names: .*asean\.org/);
    }
  });

  it('dates the FATF indicator in its label, legend and description', () => {
    const fatf = indicators.find((i) => i.id === 'fatf-member');
    expect(fatf?.label).toMatch(/as listed in 2019 or earlier$/);
    expect(fatf?.kind === 'categorical' && fatf.categories?.map((c) => c.label)).toEqual([
      'Listed as a FATF member (lists of 2019 or earlier)',
    ]);
    expect(fatf?.description).toMatch(/Not a statement of current membership/);
    // As in the reference's lists: 12 economies, Malaysia only in the 2019 guide.
    expect(fatf?.values.map((v) => v.economy).sort()).toEqual(
      ['AU', 'CA', 'CN', 'HK', 'JP', 'KR', 'MX', 'MY', 'NZ', 'RU', 'SG', 'US'].sort()
    );
  });

  it('names the seeds’ Travel Facilitation components, the TEL and the Tourism Working Group', () => {
    const tfi = events.find((e) => e.id === 'ms-travel-facilitation-2011');
    for (const part of [
      'Airport Partnership Program',
      'APEC Business Travel Card',
      'Trusted Traveller Program',
      'air passenger security screening',
      'Advance Passenger Information',
      'checked baggage facilitation',
      'Tourism Working Group',
    ])
      expect(tfi?.note, part).toContain(part);
    expect(tfi?.citation).toBe('004_19ca3baff67ab955.txt');
    const growth = events.find((e) => e.id === 'ms-apec-growth-strategy-2010');
    expect(growth?.note).toContain('Telecommunications and Information Working Group (TEL)');
    expect(growth?.note).toContain('002_ae8a9f0718e4bc17.txt');
  });

  it('says so where an event rests only on a copy on a document-sharing site', () => {
    const mirrors = /docsbay\.net|docest\.com|docstoc\.com|scribd/;
    const onlyMirrors = events.filter((e) =>
      e.citation.split(/;\s*/).every((part) => mirrors.test(part))
    );
    expect(onlyMirrors.length).toBeGreaterThanOrEqual(10);
    for (const e of onlyMirrors) expect(e.note, e.id).toMatch(/copy|copies/);
  });

  it('has the 13 TOCTA 2013 values exactly as printed, and the stated total beside the derived sum', () => {
    const values = flows.tocta2013.flows.map((f) => [f.id, f.value, f.unit]);
    expect(values).toEqual([
      ['F01', 24.4, 'USD bn/yr'],
      ['F02', 17, 'USD bn/yr'],
      ['F03', 16.3, 'USD bn/yr'],
      ['F04', 15, 'USD bn/yr'],
      ['F05', 5, 'USD bn/yr'],
      ['F06', 3.75, 'USD bn/yr'],
      ['F07', 2.5, 'USD bn/yr'],
      ['F08', 1.55, 'USD bn/yr'],
      ['F09', 192, 'USD m/yr'],
      ['F10', 181, 'USD m/yr'],
      ['F11', 97.3, 'USD m/yr'],
      ['F12', 67.7, 'USD m/yr'],
      ['F13', 33, 'USD m/yr'],
    ]);
    expect(flows.tocta2013.statedTotal).toMatchObject({
      text: 'nearly USD 90 billion a year',
      value: 90,
      unit: 'USD bn/yr',
    });
    expect(derivedTotalUsd(flows.tocta2013.flows) / 1e9).toBeCloseTo(86.071, 6);
  });

  it('keeps 2019 ranges only where sourced and leaves the doubtful falsified-medicines figure out', () => {
    const meth = flows.sea2019.markets.find((m) => m.id === 'M01');
    expect([meth?.low, meth?.value, meth?.high]).toEqual([30, undefined, 61.4]);
    expect(meth?.note).toMatch(/unverified/);
    expect(flows.sea2019.markets.some((m) => /falsified/i.test(m.crime))).toBe(false);
  });

  it('has an indicator of each required kind, and no value for unsourced economies', () => {
    const byId = new Map(indicators.map((i) => [i.id, i]));
    for (const id of [
      'membership',
      'apec-join-year',
      'asean-join-year',
      'acct-in-force-year',
      'events-hosted',
      'apg-member',
      'fatf-member',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    const acct = byId.get('acct-in-force-year');
    expect(acct?.values.map((v) => v.economy).sort()).toEqual([
      'BN',
      'ID',
      'KH',
      'MY',
      'PH',
      'SG',
      'TH',
    ]);
    expect(byId.get('fatf-member')?.values.some((v) => v.economy === 'CL')).toBe(false);
    expect(byId.get('membership')?.values).toHaveLength(25);
  });

  it('derived indicators in indicators.json match their rules (run npm run data:derive when not)', () => {
    const derived = deriveIndicators(economiesFile.economies, eventsFile.events) as {id: string}[];
    for (const d of derived) {
      expect(
        indicatorsFile.indicators.find((i) => i.id === d.id),
        d.id
      ).toEqual(d);
    }
    const ph = derived.find((d) => d.id === 'events-hosted') as unknown as {
      values: {economy: string; value: number}[];
    };
    // The two versions of the New Payment Systems workshop count once.
    expect(ph.values.find((v) => v.economy === 'PH')?.value).toBe(8);
  });

  it('the topology has one feature for every economy key, and context land', () => {
    const objects = topology.objects as Record<string, GeometryCollection>;
    const fc = feature(topology, objects['economies'] as GeometryCollection);
    expect(fc.features.map((f) => f.id).sort()).toEqual(economies.map((e) => e.id).sort());
    // The context: one MultiPolygon of every other country's parts (some 230 land masses).
    const context = feature(topology, objects['context'] as GeometryCollection).features;
    expect(context).toHaveLength(1);
    const parts =
      context[0]?.geometry.type === 'MultiPolygon' ? context[0].geometry.coordinates : [];
    expect(parts.length).toBeGreaterThan(200);
    expect(JSON.stringify(topology).length).toBeLessThan(60_000);
    // Small economies keep their land: Singapore and Hong Kong have an area (km²), Brunei keeps
    // Temburong and Timor-Leste keeps Oecusse. (Their area in px at map sizes: choropleth-layout.)
    const km2 = (id: string) => {
      const f = fc.features.find((x) => x.id === id);
      if (f?.geometry.type !== 'MultiPolygon') return [];
      return f.geometry.coordinates
        .map((rings) => geoArea({type: 'Polygon', coordinates: rings}) * 6371 ** 2)
        .sort((a, b) => b - a);
    };
    expect(km2('SG')[0]).toBeGreaterThan(100);
    expect(km2('HK')[0]).toBeGreaterThan(300);
    expect(km2('BN')).toHaveLength(2);
    expect(km2('BN')[1]).toBeGreaterThan(500);
    expect(km2('TL')).toHaveLength(2);
    expect(km2('TL')[1]).toBeGreaterThan(300);
  });

  it('every ring of the topology has an area and is wound as land: none is a line, none paints the globe', () => {
    const objects = topology.objects as Record<string, GeometryCollection>;
    const rings = ['economies', 'context'].flatMap((name) =>
      feature(topology, objects[name] as GeometryCollection).features.flatMap((f) =>
        f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : f.geometry.type === 'Polygon'
            ? [f.geometry.coordinates]
            : []
      )
    );
    const areas = rings.map((polygon) => geoArea({type: 'Polygon', coordinates: polygon}));
    expect(areas.filter((a) => !(a > 0))).toEqual([]);
    // More than a hemisphere: a ring turned inside out (a speck wound the wrong way on the grid).
    expect(areas.filter((a) => a > 2 * Math.PI)).toEqual([]);
  });
});
