/**
 * Size budgets (bytes are deterministic, so they are checked in `npm test`). What each chart loads
 * is read from Vite's build manifest of the autoloader (dist/lazy/.vite/manifest.json). Each budget was set
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
 * about 21 kB each for issue 18 (about 26–28 kB after merging issues 14, 19 and 21, measured; issue 13's phone layouts add about 3.5 kB to the bundle and 2 kB to the Sankey; issue 14's legend model, drawn on the page and in exports, with the one text measure and the timeline's split, about 1.5–2 kB to each): the message catalogues of the seven shipped languages besides
 * English (Thai and CJK text is 3 bytes a character), inlined so that one file still draws in
 * every language. Loading a catalogue only for the language a page asks for is the way down.
 */
const BUDGETS = {
  'dist/apac-viz.js (all three charts, dataset, map)': 186,
  'choropleth via dist/lazy': 141.5,
  'timeline via dist/lazy': 110,
  'sankey via dist/lazy': 70.5,
  'dist/embed.js': 2,
  'dist/embed-parent.js': 0.5,
};

const gzipKB = (files: string[]) =>
  files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0) / 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** Vite's record of the autoloader build: every chunk, its static imports, its CSS and assets. */
const manifest = (): Record<string, ManifestChunk> =>
  JSON.parse(readFileSync(join(dist, 'lazy', '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;

/**
 * What a page with only `chart` on it downloads: the autoloader, the chart's chunk, and every
 * chunk those import statically (with their CSS and assets), as Vite's build manifest lists them.
 */
function closure(chart: string): string[] {
  const chunks = manifest();
  const entry = Object.entries(chunks).find(([, c]) => c.isEntry);
  const key = `src/${chart}.ts`;
  if (!entry) throw new Error('no entry in dist/lazy/.vite/manifest.json');
  if (!entry[1].dynamicImports?.includes(key))
    throw new Error(
      `the autoloader does not load ${key} (dynamic imports: ${entry[1].dynamicImports})`
    );
  const files = new Set<string>();
  const visit = (name: string) => {
    const chunk = chunks[name];
    if (!chunk) throw new Error(`${name} is not in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entry[0]);
  visit(key);
  return [...files].map((f) => join(dist, 'lazy', f));
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

  it('the manifest accounts for every file in dist/lazy', () => {
    const listed = new Set(['sankey', 'timeline', 'choropleth'].flatMap((c) => closure(c)));
    const onDisk = readdirSync(join(dist, 'lazy'))
      .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
      .map((f) => join(dist, 'lazy', f));
    expect(onDisk.length).toBeGreaterThanOrEqual(4);
    expect([...listed].sort()).toEqual(onDisk.sort());
  });

  it('a chart loaded alone ships less than the one-file bundle', () => {
    const all = measured['dist/apac-viz.js (all three charts, dataset, map)']();
    for (const chart of ['sankey', 'timeline'] as const)
      expect(gzipKB(closure(chart))).toBeLessThan(all * 0.6);
  });
});
