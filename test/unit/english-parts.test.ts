/**
 * Each chart's English words come with the chart's modules (a page pays only for the words its
 * charts can show): what that means for a host that defines words before a chart has loaded.
 * Each test starts from fresh modules, as a page does.
 */
import {beforeEach, describe, expect, it, vi} from 'vitest';
import type * as Catalogue from '../../src/i18n/catalogue.js';

let catalogue: typeof Catalogue;
beforeEach(async () => {
  vi.resetModules();
  catalogue = await import('../../src/i18n/catalogue.js');
});

describe("the charts' English words, loaded with each chart", () => {
  it("has the shared words at once, and a chart's words once its modules load", async () => {
    const t = catalogue.translator('en');
    expect(t('frame.showTable')).toBe('Show data as table');
    // Not loaded: the key itself, never a crash.
    expect(t('sankey.title')).toBe('sankey.title');
    expect(catalogue.isMessageKey('kind.meeting')).toBe(false);
    await import('../../src/i18n/en-sankey.js');
    await import('../../src/i18n/en-timeline.js');
    expect(t('sankey.title')).toBe('Sankey chart of flows');
    expect(catalogue.isMessageKey('kind.meeting')).toBe(true);
  });

  it("keeps a host's words for a chart not loaded yet, and drops its unknown keys when it loads", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ignored = catalogue.defineLocale('fr', {
      'sankey.title': 'Diagramme de Sankey des flux',
      'sankey.titel': 'faute de frappe',
      'nope.key': 'x',
    });
    // An unknown namespace is refused at once; a chart's keys wait for its words.
    expect(ignored).toEqual(['nope.key']);
    await import('../../src/i18n/en-sankey.js');
    expect(warn).toHaveBeenLastCalledWith(
      "apac-viz: defineLocale('fr') ignored unknown keys: sankey.titel"
    );
    const t = catalogue.translator('fr');
    expect(t('sankey.title')).toBe('Diagramme de Sankey des flux');
    expect(t('sankey.summary', {links: 2, nodes: 3})).toBe('2 flows between 3 nodes.');
    warn.mockRestore();
  });

  it('loads the words of data problems on demand', async () => {
    const t = catalogue.translator('en');
    expect(t('issue.notNumber')).toBe('issue.notNumber');
    await catalogue.loadIssueWords();
    expect(t('issue.notNumber')).toBe('must be a number');
  });

  it("lengthens a chart's words in the pseudo-locale once they load", async () => {
    const t = catalogue.translator(catalogue.PSEUDO_LOCALE);
    // A chunk of its own, loaded on demand as a shipped language is: English until then.
    expect(t('frame.source')).toBe('Source:');
    await catalogue.loadLocale(catalogue.PSEUDO_LOCALE);
    expect(t('frame.source')).toMatch(/^⟦Šöürçé:/);
    // (The year slider's words, which load with the slider's chunk.)
    await import('../../src/i18n/en-slider.js');
    expect(t('map.year')).toMatch(/^⟦Ýéár ẋ+⟧$/);
  });
});
