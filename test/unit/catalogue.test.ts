/** The message catalogues: complete, consistent with English, and chosen by language. */
import {describe, expect, it, vi} from 'vitest';
import {
  defineLocale,
  LOCALE_CHANGE,
  loadLocale,
  format,
  messageFor,
  pickLocale,
  PSEUDO_LOCALE,
  SHIPPED_LOCALES,
  translator,
  type Message,
  type MessageKey,
} from '../../src/i18n/catalogue.js';
import {pseudoText} from '../../src/i18n/pseudo.js';
import indicatorsFile from '../../data/indicators.json';
import {en} from '../fixtures/english.js';

const keys = Object.keys(en) as MessageKey[];
const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
const placeholders = (m: Message) =>
  [...new Set(texts(m).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

/** What a catalogue lacks of the English one's keys, and what it has that English does not. */
const compared = (catalogue: Record<string, Message>) => ({
  missing: keys.filter((k) => !Object.hasOwn(catalogue, k)),
  extra: Object.keys(catalogue).filter((k) => !Object.hasOwn(en, k)),
});

/** The catalogue a shipped locale registered, without falling back to English. */
async function own(tag: string): Promise<Record<string, Message>> {
  const file = tag === 'zh-Hans' ? 'zh-Hans' : tag;
  const mod = (await import(`../../src/i18n/locales/${file}.ts`)) as Record<
    string,
    Record<string, Message>
  >;
  // The module's catalogue (Korean's exports its particles' function beside it).
  return Object.values(mod).find((v) => typeof v === 'object') as Record<string, Message>;
}

describe('message catalogues', () => {
  for (const tag of SHIPPED_LOCALES.filter((t) => t !== 'en')) {
    it(`${tag} has every key of the English catalogue, and no other`, async () => {
      const {missing, extra} = compared(await own(tag));
      expect(missing, `${tag} lacks`).toEqual([]);
      expect(extra, `${tag} has besides`).toEqual([]);
    });

    it(`${tag} keeps every placeholder and plural 'other' form`, async () => {
      const catalogue = await own(tag);
      for (const k of keys) {
        const m = catalogue[k] as Message;
        expect(placeholders(m), `${tag} ${k}`).toEqual(placeholders(en[k]));
        if (typeof m !== 'string') expect(typeof m.other, `${tag} ${k}`).toBe('string');
        for (const t of texts(m)) expect(t.trim(), `${tag} ${k}`).not.toBe('');
      }
    });
  }

  it('counts the events in closed years among those shown, not as more of them', async () => {
    // "101 events, 93 in closed years": Chinese said 另有 ("besides"), Thai อีก ("another"),
    // so a reader added the two (194 events). Japanese says うち ("of which").
    const of = {'zh-Hans': '其中', th: 'ในจำนวนนี้', ja: 'うち'} as const;
    for (const [tag, word] of Object.entries(of)) {
      const text = (await own(tag))['timeline.closedYears'] as string;
      expect(text, tag).toContain(word);
      expect(text, tag).not.toMatch(/另有|อีก/);
    }
  });

  it('finds a missing key and an extra one (the check the catalogues pass can fail)', async () => {
    const partial: Record<string, Message> = {...(await own('ja'))};
    delete partial['frame.showTable'];
    partial['frame.showTabel'] = 'typo';
    expect(compared(partial)).toEqual({missing: ['frame.showTable'], extra: ['frame.showTabel']});
  });
});

/**
 * The map shows a bundled indicator's name, categories and missing-value words from the catalogue
 * (i18n/data-labels.ts), not from the dataset: where the dataset dates or qualifies a claim, the
 * catalogue has to say so too, in every language, or the map states it undated.
 */
describe("the bundled indicators' words", () => {
  type Words = {
    id: string;
    label: string;
    noValue?: string;
    categories?: {id: string; label: string}[];
  };
  const indicators = indicatorsFile.indicators as Words[];
  /** Each text the map shows for an indicator: its catalogue key and the dataset's own words. */
  const shown = (i: Words): [MessageKey, string][] => [
    [`indicator.${i.id}` as MessageKey, i.label],
    ...(i.noValue === undefined
      ? []
      : [[`noValue.${i.id}` as MessageKey, i.noValue] as [MessageKey, string]]),
    ...(i.categories ?? []).map((c): [MessageKey, string] => [
      `category.${i.id}.${c.id}` as MessageKey,
      c.label,
    ]),
  ];
  const years = (text: string) => text.match(/\b(?:19|20)\d\d\b/g) ?? [];

  it('are, in English, the words the dataset gives', () => {
    const pairs = indicators.flatMap(shown);
    expect(pairs.length).toBeGreaterThan(20);
    for (const [key, words] of pairs) expect(en[key], key).toBe(words);
  });

  for (const tag of SHIPPED_LOCALES.filter((t) => t !== 'en')) {
    it(`keep, in ${tag}, every year the dataset's words give`, async () => {
      const catalogue = await own(tag);
      const dated = indicators.flatMap(shown).filter(([, words]) => years(words).length);
      expect(dated.map(([key]) => key)).toContain('indicator.fatf-member');
      for (const [key, words] of dated) {
        const text = texts(catalogue[key] as Message).join(' ');
        for (const year of years(words)) expect(text, `${tag} ${key}`).toContain(year);
      }
    });
  }
});

describe('choosing a catalogue', () => {
  it('follows a language tag down to a shipped locale, else English', () => {
    expect(pickLocale('id-ID')).toBe('id');
    expect(pickLocale('zh')).toBe('zh-hans');
    expect(pickLocale('zh-CN')).toBe('zh-hans');
    expect(pickLocale('zh-Hans-SG')).toBe('zh-hans');
    expect(pickLocale('zh-TW')).toBe('en');
    expect(pickLocale('es-MX')).toBe('es');
    expect(pickLocale('fr')).toBe('en');
    expect(pickLocale('not a tag')).toBe('en');
  });

  it('fills placeholders with numbers formatted for the language, and picks plural forms', async () => {
    await Promise.all([loadLocale('es'), loadLocale('th')]);
    const t = translator('es');
    expect(t('map.economies', {count: 1})).toBe('1 economía.');
    expect(t('map.economies', {count: 1200})).toBe('1200 economías.');
    expect(translator('en')('frame.someLeftOut', {count: 1})).toContain('(1 problem)');
    expect(translator('en')('frame.someLeftOut', {count: 3})).toContain('(3 problems)');
    expect(translator('th')('timeline.showing', {shown: 1234, total: 5678})).toBe(
      'แสดง 1,234 จาก 5,678 กิจกรรม'
    );
  });
});

describe('a host adds a locale or overrides a message, no build step', () => {
  it('adds French for the keys it gives; English for the rest', () => {
    const ignored = defineLocale('fr', {'frame.showTable': 'Voir les données', nope: 'x'});
    expect(ignored).toEqual(['nope']);
    expect(translator('fr-CA')('frame.showTable')).toBe('Voir les données');
    expect(translator('fr')('frame.hideTable')).toBe(en['frame.hideTable']);
  });

  it('overrides one message of a shipped locale, and a chart overrides it again', async () => {
    defineLocale('id', {'frame.source': 'Sumber data:'});
    // The shipped catalogue loading after the host's words does not undo them.
    await loadLocale('id');
    expect(translator('id')('frame.source')).toBe('Sumber data:');
    expect(messageFor('frame.source', 'id', {'frame.source': 'Dari:'})).toBe('Dari:');
    expect(translator('id')('frame.showTable')).toBe('Tampilkan data sebagai tabel');
  });
});

describe('catalogues loaded per language', () => {
  it('gives English until a shipped catalogue is in, then says so and translates', async () => {
    const t = translator('ko-KR');
    // Not loaded yet (nothing in this file has asked for Korean): English for now.
    expect(t('frame.showTable')).toBe(en['frame.showTable']);
    // Node's global is no event target: the page's window is stood in for by one.
    const page = new EventTarget();
    for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent'] as const)
      vi.stubGlobal(name, page[name].bind(page));
    let told = 0;
    page.addEventListener(LOCALE_CHANGE, () => told++);
    try {
      await loadLocale('ko');
      expect(told, 'charts told once the catalogue is in').toBe(1);
      expect(translator('ko-KR')('frame.showTable')).toBe('데이터를 표로 보기');
      // The translator made before the catalogue came looks it up afresh.
      expect(t('frame.showTable')).toBe('데이터를 표로 보기');
      // Loaded once: asking again is at once and changes nothing.
      await loadLocale('ko');
      expect(told, 'asked again').toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the pseudo-locale', () => {
  it('lengthens every message by at least 40 %, keeping placeholders', async () => {
    await loadLocale(PSEUDO_LOCALE);
    for (const k of keys) {
      const m = messageFor(k, PSEUDO_LOCALE);
      texts(en[k]).forEach((t, i) => {
        const p = texts(m)[i] as string;
        expect(p.length, k).toBeGreaterThanOrEqual(Math.ceil(t.length * 1.4));
      });
      expect(placeholders(m), k).toEqual(placeholders(en[k]));
    }
    expect(pseudoText('Year')).toMatch(/^⟦Ýéár ẋ+⟧$/);
    expect(format(messageFor('map.title', PSEUDO_LOCALE), PSEUDO_LOCALE, {indicator: 'X'})).toMatch(
      /^⟦Máp: X/
    );
  });
});
