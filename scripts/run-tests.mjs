// `npm test`: type check, lint and format, Vitest (schema, layout, data), @web/test-runner
// (elements in headless Chromium), the library build, and the end-to-end tests of what the build
// ships (one-file bundle, embed page, CLI, examples) in Chromium, with the packed package checked by
// publint and @arethetypeswrong/cli and installed into fresh Vite, React, Vue, Svelte and Angular apps. Every step runs even after a failure,
// so one run shows everything that is wrong. The last line is the total over both test runners:
// `N passed, N failed`; a failed step that is not a test runner counts as one failure.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';

const env = {...process.env, TZ: 'UTC', NO_COLOR: '1', CI_JSON: '1', FORCE_COLOR: '0'};
rmSync('.test-results', {recursive: true, force: true});
mkdirSync('.test-results', {recursive: true});

const steps = [
  ['type check', 'npx', ['tsc', '-p', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['vitest', 'npx', ['vitest', 'run']],
  ['web-test-runner', 'npx', ['wtr']],
  ['build', 'node', ['scripts/build.mjs']],
  ['package lint (publint, attw)', 'node', ['scripts/check-package.mjs']],
  ['end-to-end', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
];

const failedSteps = [];
const times = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n── ${name} ${'─'.repeat(Math.max(0, 70 - name.length))}`);
  const start = performance.now();
  const result = spawnSync(cmd, args, {stdio: 'inherit', env});
  times.push(`${name} ${((performance.now() - start) / 1000).toFixed(0)} s`);
  if (result.status !== 0) failedSteps.push(name);
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = read('.test-results/vitest.json');
const wtr = read('.test-results/wtr.json');
const e2e = read('.test-results/e2e.json');
const counts = {
  vitest: {passed: vitest?.numPassedTests ?? 0, failed: vitest?.numFailedTests ?? 0},
  'web-test-runner': {passed: wtr?.passed ?? 0, failed: wtr?.failed ?? 0},
  'end-to-end': {passed: e2e?.numPassedTests ?? 0, failed: e2e?.numFailedTests ?? 0},
};
let passed = 0;
let failed = 0;
for (const c of Object.values(counts)) {
  passed += c.passed;
  failed += c.failed;
}
// A step that failed without reporting any failed test (crash, load error, lint) still counts.
for (const name of failedSteps) if (!counts[name]?.failed) failed++;
console.log(
  '\n' +
    Object.entries(counts)
      .map(([name, c]) => `${name}: ${c.passed} passed, ${c.failed} failed`)
      .join('; ')
);
console.log(`wall time: ${times.join('; ')}`);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
