// `npm test`: type check, lint and format, Vitest (schema, layout, data), @web/test-runner
// (elements in headless Chromium), and the library build. Every step runs even after a failure,
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
];

const failedSteps = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n── ${name} ${'─'.repeat(Math.max(0, 70 - name.length))}`);
  const result = spawnSync(cmd, args, {stdio: 'inherit', env});
  if (result.status !== 0) failedSteps.push(name);
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = read('.test-results/vitest.json');
const wtr = read('.test-results/wtr.json');
let passed = (vitest?.numPassedTests ?? 0) + (wtr?.passed ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (wtr?.failed ?? 0);
// A runner that failed without reporting any failed test (crash, load error) still counts.
for (const name of failedSteps) {
  const reported =
    name === 'vitest' ? vitest?.numFailedTests : name === 'web-test-runner' ? wtr?.failed : 0;
  if (!reported) failed++;
}
console.log(
  `\nvitest: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? 0} failed; web-test-runner: ${wtr?.passed ?? 0} passed, ${wtr?.failed ?? 0} failed`
);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
