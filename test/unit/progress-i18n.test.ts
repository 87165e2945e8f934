/** The loading and limit messages come from the catalogue, in the chart's language. */
import {describe, expect, it} from 'vitest';
import {LIMIT_MESSAGES, progressSentence} from '../../src/core/progress.js';
import {loadLocale, translator} from '../../src/i18n/catalogue.js';

describe('progress and limit messages', () => {
  it('says each phase in English, with the rows formatted', () => {
    const t = translator('en');
    expect(progressSentence(undefined, t)).toBe('Loading data…');
    expect(progressSentence({phase: 'reading', rows: 200_000, share: 0.4}, t)).toBe(
      'Reading 200,000 rows…'
    );
    expect(progressSentence({phase: 'preparing', rows: undefined, share: 0}, t)).toBe(
      'Preparing the data to draw…'
    );
  });

  it('says them in Japanese and Spanish, numbers formatted for the language', async () => {
    await Promise.all(['ja', 'es', 'zh-Hans'].map(loadLocale));
    expect(progressSentence({phase: 'checking', rows: 20_000, share: 0}, translator('ja'))).toBe(
      '20,000 行を確認しています…'
    );
    expect(progressSentence({phase: 'checking', rows: 20_000, share: 0}, translator('es'))).toBe(
      'Comprobando 20.000 filas…'
    );
    const sankey = LIMIT_MESSAGES.sankey(
      translator('es'),
      150,
      {links: 20_000, nodes: 25_000},
      120
    );
    expect(sankey).toMatch(
      /^Se dibujan los flujos mayores: 150 de 20\.000, entre 120 de 25\.000 nodos/
    );
    expect(LIMIT_MESSAGES.timelineDense(translator('zh-Hans'), 200_000)).toMatch(
      /^视图中的 200,000 项活动过多/
    );
  });
});
