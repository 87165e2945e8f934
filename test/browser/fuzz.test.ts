/// <reference types="mocha" />
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import {q} from './helpers.js';

/** Any of the three charts, given any `data`: it draws or shows its error box, never throws. */
describe('any data never breaks the page', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  for (const tag of ['apac-choropleth', 'apac-timeline', 'apac-sankey']) {
    it(`<${tag}>`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:480px"></div>`);
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({maxDepth: 4}), async (data) => {
          const el = document.createElement(tag) as HTMLElement & {
            data: unknown;
            updateComplete: Promise<boolean>;
          };
          el.data = data;
          box.replaceChildren(el);
          // null or undefined data means "use the bundled data", which loads a moment later.
          await waitUntil(
            () => q(el, 'svg.chart') ?? q(el, '.error'),
            `neither drawn nor an error box for ${JSON.stringify(data)?.slice(0, 200)}`,
            {timeout: 3000}
          );
        }),
        {numRuns: 40}
      );
      expect(errors).to.deep.equal([]);
    });
  }
});
