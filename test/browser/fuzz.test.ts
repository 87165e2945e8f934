/// <reference types="mocha" />
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import {q} from './helpers.js';

/**
 * Any of the three charts, given any `data` or a `src` answering any bytes: it draws or shows its
 * error box, and nothing is thrown or rejected unhandled.
 */
/** Cases per chart and per kind of input: each mounts a real element, so fewer than in Vitest. */
const ELEMENT_RUNS = 200;

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
    it(`<${tag}>`, async function () {
      this.timeout(120_000);
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
        {numRuns: ELEMENT_RUNS}
      );
      expect(errors).to.deep.equal([]);
    });

    it(`<${tag}> with a src that answers arbitrary bytes`, async function () {
      this.timeout(120_000);
      const box = await fixture<HTMLDivElement>(html`<div style="width:480px"></div>`);
      // What a server might send: noise, text, broken CSV or JSON, under any content type.
      const body = fc.oneof(
        fc.uint8Array({maxLength: 400}),
        fc.string({unit: 'binary', maxLength: 300}).map((t) => new TextEncoder().encode(t)),
        fc
          .array(fc.array(fc.string({maxLength: 12}), {maxLength: 6}), {maxLength: 8})
          .map((rows) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'))),
        fc.jsonValue({maxDepth: 3}).map((j) => new TextEncoder().encode(JSON.stringify(j) ?? ''))
      );
      const type = fc.constantFrom('application/json', 'text/csv', 'text/plain', '', 'image/png');
      await fc.assert(
        fc.asyncProperty(body, type, async (bytes, contentType) => {
          const url = URL.createObjectURL(new Blob([bytes], {type: contentType}));
          const el = document.createElement(tag) as HTMLElement & {src: string};
          el.src = url;
          box.replaceChildren(el);
          try {
            await waitUntil(
              () => q(el, 'svg.chart') ?? q(el, '.error'),
              `neither drawn nor an error box for ${bytes.length} bytes as "${contentType}"`,
              {timeout: 3000}
            );
          } finally {
            URL.revokeObjectURL(url);
          }
        }),
        {numRuns: ELEMENT_RUNS}
      );
      expect(errors).to.deep.equal([]);
    });
  }
});
