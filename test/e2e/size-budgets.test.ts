/**
 * Size budgets (bytes are deterministic, so they are checked in `npm test`). Each budget was set
 * from the first measurement, a little above it; lower one whenever the size drops, never raise
 * one without saying why in the commit.
 */
import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {dist} from './harness.js';

/**
 * gzip kB allowed. Chart entries are what a page loading only that chart downloads. Raised by
 * about 21 kB each for issue 18: the message catalogues of the seven shipped languages besides
 * English (Thai and CJK text is 3 bytes a character), inlined so that one file still draws in
 * every language. Loading a catalogue only for the language a page asks for is the way down.
 */
const BUDGETS = {
  'dist/apac-viz.js (all three charts, dataset, map)': 170,
  'choropleth via dist/lazy': 132,
  'timeline via dist/lazy': 99,
  'sankey via dist/lazy': 58,
  'dist/embed.js': 2,
  'dist/embed-parent.js': 0.5,
};

const gzipKB = (files: string[]) =>
  files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0) / 1024;

/** A lazy chunk and every chunk it imports statically, with the autoloader itself. */
function closure(chart: string): string[] {
  const dir = join(dist, 'lazy');
  const start = readdirSync(dir).find((f) => f.startsWith(`${chart}-`) && f.endsWith('.js'));
  if (!start) throw new Error(`no ${chart} chunk in dist/lazy`);
  const seen = new Set<string>(['apac-viz.js']);
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[^'"()]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g
    ))
      visit(m[1] as string);
  };
  visit(start);
  return [...seen].map((f) => join(dir, f));
}

const measured: Record<keyof typeof BUDGETS, () => number> = {
  'dist/apac-viz.js (all three charts, dataset, map)': () => gzipKB([join(dist, 'apac-viz.js')]),
  'choropleth via dist/lazy': () => gzipKB(closure('choropleth')),
  'timeline via dist/lazy': () => gzipKB(closure('timeline')),
  'sankey via dist/lazy': () => gzipKB(closure('sankey')),
  'dist/embed.js': () => gzipKB([join(dist, 'embed.js')]),
  'dist/embed-parent.js': () => gzipKB([join(dist, 'embed-parent.js')]),
};

describe('size budgets (gzip)', () => {
  for (const [name, budget] of Object.entries(BUDGETS) as [keyof typeof BUDGETS, number][]) {
    it(`${name} ≤ ${budget} kB`, () => {
      const kb = measured[name]();
      console.log(`${name}: ${kb.toFixed(1)} kB gzip (budget ${budget})`);
      expect(kb).toBeGreaterThan(0.1);
      expect(kb).toBeLessThanOrEqual(budget);
    });
  }

  it('a chart loaded alone ships less than the one-file bundle', () => {
    const all = measured['dist/apac-viz.js (all three charts, dataset, map)']();
    for (const chart of ['sankey', 'timeline'] as const)
      expect(gzipKB(closure(chart))).toBeLessThan(all * 0.6);
  });
});
