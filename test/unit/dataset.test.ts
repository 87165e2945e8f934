import {describe, expect, it} from 'vitest';
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
  });

  it('marks planned events and puts a note on every inferred or contradicted date', () => {
    const planned = events.filter((e) => e.status === 'planned').map((e) => e.id);
    expect(planned).toEqual(
      expect.arrayContaining([
        'apec-cttf-27',
        'somtc-japan-11',
        'aj-dialogue-2016-planned',
        'ammtc-japan-myanmar-2017-planned',
      ])
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
    for (const e of events.filter((x) => x.status === 'planned')) expect(e.note, e.id).toBeTruthy();
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
    expect(objects['context']?.geometries.length).toBeGreaterThan(150);
    expect(JSON.stringify(topology).length).toBeLessThan(120_000);
  });
});
