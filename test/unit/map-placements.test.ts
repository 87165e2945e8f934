// Maps of one size and region share their circles' and names' placement (layout.ts, placeOn):
// each map drawn after another must still get what it would get alone.
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import type {Topology} from 'topojson-specification';
import {economies, indicators, topology} from '../../src/data.js';
import {
  computeChoroplethLayout,
  type ChoroplethOptions,
} from '../../src/layout/choropleth/layout.js';

const indicator = (id: string) => {
  const found = indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** What a map places: its circles, touch targets and names. */
const placed = (on: Topology, id: string, options: ChoroplethOptions) => {
  const {callouts, targets, labels} = computeChoroplethLayout(
    on,
    economies,
    indicator(id),
    options
  );
  return {callouts, targets, labels};
};

describe('placement shared between maps', () => {
  const base: ChoroplethOptions = {
    width: 375,
    height: undefined,
    region: 'all',
    year: undefined,
    lang: 'en',
    method: 'quantile',
  };
  // One geometry (same width, region), maps that differ in what decides the names: the language,
  // which economies have a value (17 of 25 host events; 7 have the Convention in force), the
  // year (economies joining later lose their value).
  const maps: [string, ChoroplethOptions][] = [
    ['membership', base],
    ['membership', {...base, lang: 'ja'}],
    ['events-hosted', base],
    ['acct-in-force-year', base],
    ['apec-join-year', {...base, year: 1990}],
    ['membership', base],
    ['events-hosted', {...base, lang: 'ja'}],
  ];

  it('gives each map drawn after others what it gets drawn alone', () => {
    const seen = new Set<string>();
    for (const [id, options] of maps) {
      const shared = placed(topology, id, options);
      // Alone: a topology of its own, so nothing placed for another map can be reused.
      const alone = placed(structuredClone(topology) as Topology, id, options);
      expect(shared, `${id} ${options.lang} ${options.year}`).toEqual(alone);
      seen.add(JSON.stringify(alone.labels.map((l) => l.text)));
    }
    // The maps differ where it matters: a test of maps that all place the same proves nothing.
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  it('returns the same placement to a second map of the same', () => {
    const first = computeChoroplethLayout(topology, economies, indicator('membership'), base);
    const second = computeChoroplethLayout(topology, economies, indicator('membership'), base);
    expect(second.labels).toBe(first.labels);
    expect(second.callouts).toBe(first.callouts);
  });
});
