/** Economy names in the reader's language, within APEC's and ASEAN's convention; joins by them. */
import {describe, expect, it} from 'vitest';
import {economies, resolveEconomy} from '../../src/data.js';
import {economyName} from '../../src/layout/choropleth/layout.js';
import {CONVENTION_ONLY, localEconomyName} from '../../src/schema/economy-names.js';
import {createEconomyResolver, NAME_LANGS} from '../../src/schema/economy-key.js';

const byId = (id: string) => {
  const e = economies.find((x) => x.id === id);
  if (!e) throw new Error(`no economy ${id}`);
  return e;
};

describe('localEconomyName', () => {
  it('gives the conventional name in English', () => {
    expect(economyName(byId('VN'), 'all', 'en-GB')).toBe('Viet Nam');
    expect(economyName(byId('KR'), 'all', 'en')).toBe('Republic of Korea');
    expect(economyName(byId('LA'), 'asean', 'en')).toBe('Lao PDR');
  });

  it("gives the platform's name in other languages", () => {
    expect(economyName(byId('VN'), 'all', 'vi')).toBe('Việt Nam');
    expect(economyName(byId('TH'), 'all', 'th')).toBe('ไทย');
    expect(economyName(byId('ID'), 'all', 'ja')).toBe('インドネシア');
    expect(economyName(byId('CN'), 'all', 'id')).toBe('Tiongkok');
    expect(economyName(byId('KR'), 'all', 'ko')).toBe('대한민국');
    expect(economyName(byId('PH'), 'all', 'es')).toBe('Filipinas');
  });

  it('drops a bracketed alternative name ("Myanmar (Burma)")', () => {
    for (const lang of NAME_LANGS)
      expect(economyName(byId('MM'), 'asean', lang)).not.toMatch(/[(（]/);
    expect(economyName(byId('MM'), 'asean', 'es')).toBe('Myanmar');
  });

  it('never renames Chinese Taipei or Hong Kong, China against the convention', () => {
    expect([...CONVENTION_ONLY].sort()).toEqual(['HK', 'TW']);
    for (const lang of NAME_LANGS) {
      expect(economyName(byId('TW'), 'all', lang)).toBe('Chinese Taipei');
      expect(economyName(byId('HK'), 'all', lang)).toBe('Hong Kong, China');
    }
  });

  it('falls back to the conventional name when the platform has none', () => {
    expect(localEconomyName('TH', 'Thailand', 'not a language!')).toBe('Thailand');
  });
});

describe('joins by names in the readers’ languages', () => {
  it('resolves platform names of every shipped language to the economy', () => {
    const cases: [string, string][] = [
      ['Tiongkok', 'CN'],
      ['Korea Selatan', 'KR'],
      ['เวียดนาม', 'VN'],
      ['Việt Nam', 'VN'],
      ['越南', 'VN'],
      ['フィリピン', 'PH'],
      ['ブルネイ', 'BN'],
      ['대한민국', 'KR'],
      ['한국', 'KR'],
      ['Corea del Sur', 'KR'],
      ['Papúa Nueva Guinea', 'PG'],
      ['台湾', 'TW'],
      ['香港', 'HK'],
      ['ミャンマー (ビルマ)', 'MM'],
    ];
    for (const [name, id] of cases) expect(resolveEconomy(name), name).toBe(id);
  });

  it('still resolves the dataset’s own names and refuses unknown ones', () => {
    expect(resolveEconomy('Chinese Taipei')).toBe('TW');
    expect(resolveEconomy('Lao PDR')).toBe('LA');
    expect(resolveEconomy('Atlantis')).toBeUndefined();
    expect(resolveEconomy('北朝鮮')).toBeUndefined();
  });

  it('reads the platform’s names on the first name the dataset does not know, not before', () => {
    // German: a language no other test here reads, so its names are not cached yet.
    const intl = Intl as {DisplayNames: typeof Intl.DisplayNames};
    const Real = intl.DisplayNames;
    let made = 0;
    intl.DisplayNames = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    };
    try {
      const resolve = createEconomyResolver(economies, ['de']);
      expect(made).toBe(0);
      // Codes, numbers and the dataset's own names and aliases (a story's `highlight="VN"`, a
      // CSV in English) never need them.
      for (const [input, id] of [
        ['VN', 'VN'],
        ['vnm', 'VN'],
        ['704', 'VN'],
        [410, 'KR'],
        ['Viet Nam', 'VN'],
        ['Vietnam', 'VN'],
        ['South Korea', 'KR'],
        ['the Philippines', 'PH'],
      ] as const)
        expect(resolve(input), String(input)).toBe(id);
      expect(made).toBe(0);
      expect(resolve('Südkorea')).toBe('KR');
      expect(made).toBeGreaterThan(0);
    } finally {
      intl.DisplayNames = Real;
    }
  });
});
