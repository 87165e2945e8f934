/**
 * Global setup of the end-to-end tests: `npm pack` the built package once per run, into a temporary
 * folder outside the repository. Tests that install apac-viz as a user does (test/e2e/packed.ts)
 * copy their example project into that folder and install the tarball there.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import type {TestProject} from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packed apac-viz and the temporary folder the example projects are installed in. */
    packed: {tarball: string; root: string};
  }
}

export default function setup(project: TestProject): () => void {
  const repo = resolve(import.meta.dirname, '../..');
  if (!existsSync(join(repo, 'dist', 'sankey.js')))
    throw new Error('dist/ is missing: run `node scripts/build.mjs` before the end-to-end tests.');
  const root = mkdtempSync(join(tmpdir(), 'apac-viz-e2e-'));
  // --ignore-scripts: dist/ is built already; prepack would build it again.
  const [{filename}] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
  ) as {filename: string}[];
  project.provide('packed', {tarball: join(root, filename), root});
  return () => rmSync(root, {recursive: true, force: true});
}
