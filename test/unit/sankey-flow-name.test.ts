/** A Sankey's flows named in words, in each shipped language, however the name is put together. */
import {describe, expect, it} from 'vitest';
import {flowName} from '../../src/layout/sankey/flow-name.js';
import {loadLocale, SHIPPED_LOCALES, translator} from '../../src/i18n/catalogue.js';
import '../../src/i18n/en-sankey.js';

describe("a Sankey flow's name", () => {
  it('reads as the catalogue words it, in every shipped language', async () => {
    for (const lang of SHIPPED_LOCALES) {
      await loadLocale(lang);
      const t = translator(lang);
      for (const [from, to] of [
        ['Heroin', 'East Asia and the Pacific'],
        ['A', 'B'],
        ['동아시아', '일본'],
        ['{to}', '$1 (x)'],
      ] as const)
        expect(flowName(from, to, t), `${lang}: ${from} / ${to}`).toBe(
          t('sankey.flow', {from, to})
        );
    }
  });

  it('in words, not an arrow; Korean particles follow the name', async () => {
    expect(flowName('Heroin', 'East Asia', translator('en'))).toBe('Heroin to East Asia');
    await loadLocale('ko');
    const ko = translator('ko');
    expect(flowName('일본', '동아시아', ko)).toBe('일본에서 동아시아로');
    expect(flowName('일본', '한국', ko)).toBe('일본에서 한국으로');
  });
});
