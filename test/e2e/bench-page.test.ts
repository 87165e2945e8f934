/**
 * The bench page (`npm run bench`'s instrument) builds and draws: apac-viz and the plain-d3
 * floor, each scenario the README's table reports, drawn, hovered and resized as scripts/bench.mjs
 * does. The peers' packages live in bench/node_modules, which `npm test` does not install, so
 * their adapters are left out of this build. (Between stop 28 and stop 33 the bench page did not
 * build, and nothing in `npm test` said so.)
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openBench} from '../../scripts/bench-page.mjs';

/**
 * What the page exposes that this test reads (bench/page.ts's BenchApi: not imported, as its
 * module reaches the peers' packages, which a fresh clone does not have for the type check).
 */
type Page = Window & {
  bench?: {
    error?: string;
    renderMs: number;
    resize(width: number): Promise<number>;
    hoverTarget(): {x: number; y: number} | null;
  };
};

const SCENARIOS = ['map', 'map-20', 'sankey', 'sankey-stress', 'timeline', 'timeline-stress'];

let bench: Awaited<ReturnType<typeof openBench>>;

beforeAll(async () => {
  bench = await openBench('.bench-test-dist', {libs: ['apac', 'd3']});
}, 120_000);

afterAll(async () => {
  await bench?.browser.close();
  bench?.server.close();
});

interface Measured {
  error?: string;
  renderMs: number;
  hover: boolean;
  resizeMs: number;
}

describe('the bench page', () => {
  for (const lib of ['apac', 'd3'])
    it(`draws, hovers and resizes every scenario with ${lib}`, async () => {
      for (const scenario of SCENARIOS) {
        const page = await bench.browser.newPage({viewport: {width: 1000, height: 800}});
        try {
          await page.goto(`${bench.base}/index.html?lib=${lib}&scenario=${scenario}`);
          await page.waitForFunction(() => (window as Page).bench, null, {timeout: 30_000});
          const measured = await page.evaluate<Measured>(async () => {
            const api = (window as Page).bench;
            if (!api || api.error)
              return {error: api?.error ?? 'no bench', renderMs: 0, hover: false, resizeMs: 0};
            return {
              renderMs: api.renderMs,
              hover: api.hoverTarget() !== null,
              resizeMs: await api.resize(375),
            };
          });
          expect(measured.error, `${lib} ${scenario}`).toBeUndefined();
          expect(measured.renderMs, `${lib} ${scenario}`).toBeGreaterThan(0);
          expect(measured.resizeMs, `${lib} ${scenario}`).toBeGreaterThan(0);
          expect(measured.hover, `${lib} ${scenario}: a mark to hover`).toBe(true);
        } finally {
          await page.close();
        }
      }
    });

  it('says so when a library it was built without is asked for', async () => {
    const page = await bench.browser.newPage();
    await page.goto(`${bench.base}/index.html?lib=echarts&scenario=map`);
    await page.waitForFunction(() => (window as Page).bench, null, {timeout: 30_000});
    expect(await page.evaluate(() => (window as Page).bench?.error)).toMatch(
      /built without echarts/
    );
    await page.close();
  });
});
