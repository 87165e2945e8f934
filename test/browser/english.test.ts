/// <reference types="mocha" />
/**
 * English numbers, dates, spans and lists written without ICU (src/i18n/english.ts) read as
 * Chromium's Intl writes them (test/unit/english-without-icu.test.ts: as Node's does).
 */
import {expect} from '@open-wc/testing';
import {englishAgainstIntl} from '../fixtures/english-vs-intl.js';

describe("English without ICU, against Chromium's Intl", () => {
  for (const [name, check] of Object.entries(englishAgainstIntl))
    it(name, () => check((actual, expected, what) => expect(actual, what).to.equal(expected)));
});
