// The published package as npm would pack it (after `node scripts/build.mjs`), checked by publint
// (package.json fields, exports, files) and @arethetypeswrong/cli (every entry point resolves to
// JavaScript and types under Node 16+ ESM and bundler resolution). apac-viz is ESM-only, so the
// CommonJS and node10 rows are skipped; embed.html, embed-parent (a classic script for pasting),
// the manifest and package.json are not modules. Exits non-zero when either tool finds a problem.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'apac-viz-pack-'));
let failed = false;
try {
  // --ignore-scripts: dist/ is already built; prepack would build it again.
  const [{filename}] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
  );
  const tarball = join(dir, filename);
  const checks = [
    ['publint', ['run', tarball, '--strict']],
    [
      'attw',
      [
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'ascii',
        '--exclude-entrypoints',
        'embed.html',
        'embed-parent',
        'custom-elements.json',
        'package.json',
      ],
    ],
  ];
  for (const [tool, args] of checks) {
    console.log(`\n${tool} ${filename}`);
    const result = spawnSync('npx', ['--no-install', tool, ...args], {stdio: 'inherit'});
    if (result.status !== 0) {
      console.log(`${tool} found problems in the packed package`);
      failed = true;
    }
  }
} finally {
  rmSync(dir, {recursive: true, force: true});
}
process.exit(failed ? 1 : 0);
