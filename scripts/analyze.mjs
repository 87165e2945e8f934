// Writes custom-elements.json from src/ with the Custom Elements Manifest analyzer (Lit mode),
// modules sorted by path: the analyzer's own order varies from run to run, and the committed
// manifest should change only when an element's API or docs do. Runs in the current directory.
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const cem = join(import.meta.dirname, '..', 'node_modules', '.bin', 'cem');
execFileSync(
  cem,
  ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', '.', '--quiet'],
  {
    stdio: 'inherit',
  }
);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
