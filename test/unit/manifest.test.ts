/**
 * custom-elements.json is committed (Storybook's docs, the JSX/Vue types and editors read it), so
 * it must be what `npm run build` writes from the sources; and each chart's docs page in the
 * gallery must list exactly the manifest's public API, each kind of item in its own category.
 */
import {describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {
  declarationOf,
  manifestArgTypes,
  publicApi,
  type Manifest,
} from '../../.storybook/manifest-arg-types.js';

const repo = resolve(import.meta.dirname, '../..');
const committed = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8')) as Manifest;
const CHARTS = ['apac-choropleth', 'apac-timeline', 'apac-sankey'];

describe('custom-elements.json', () => {
  it('is what `npm run build` generates from src/ (run it and commit the manifest)', () => {
    // The analyzer writes package.json's "customElements" too, so it runs on a copy.
    const dir = mkdtempSync(join(tmpdir(), 'apac-viz-cem-'));
    try {
      cpSync(join(repo, 'src'), join(dir, 'src'), {recursive: true});
      copyFileSync(join(repo, 'package.json'), join(dir, 'package.json'));
      execFileSync(process.execPath, [join(repo, 'scripts', 'analyze.mjs')], {
        cwd: dir,
        stdio: 'pipe',
      });
      const fresh = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
      expect(fresh).toEqual(committed);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  }, 30_000);

  for (const tag of CHARTS)
    it(`${tag}: the docs table lists every public attribute, property, method, event, slot, part and custom property, and nothing private`, () => {
      const d = declarationOf(committed, tag);
      expect(d, `${tag} in the manifest`).toBeDefined();
      const rows = Object.values(manifestArgTypes(committed, tag));
      const listed = (category: string) =>
        rows
          .filter((r) => r.table?.category === category)
          .map((r) => r.name)
          .sort();
      const api = publicApi(committed, tag);
      for (const [category, items] of Object.entries(api))
        expect(listed(category), category).toEqual(items.map((i) => i.name || '(default)').sort());
      // The kinds a reader styles and listens to are all there.
      expect(listed('attributes')).toContain('headline');
      expect(listed('css shadow parts')).toContain('headline');
      expect(listed('slots')).toContain('headline');
      expect(listed('events')).toContain('apac-select');
      expect(listed('css custom properties')).toContain('--apac-font-size');
      expect(listed('methods')).toEqual(['resize', 'setState', 'toCSV', 'toPNG', 'toSVG']);
      const hidden = (d?.members ?? []).filter((m) => m.privacy && m.privacy !== 'public');
      expect(hidden.length).toBeGreaterThan(0);
      const names = new Set(rows.map((r) => r.name));
      for (const m of hidden)
        if (!api.attributes.some((a) => a.name === m.name)) expect(names).not.toContain(m.name);
    });
});
