import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * The browser tests' runner reports a failure instead of hanging: an assertion whose `actual` is
 * an element once kept a file's tab busy until the 300 s file timeout, with no test reported
 * (test/browser/setup.ts). Runs the fixture file with the project's config, counting into a file of
 * its own so that `npm test`'s totals are not touched. The hang took over three minutes and a
 * report takes seconds: a run still going after 100 s is interrupted and fails.
 */
describe('web-test-runner', () => {
  it('reports a failed assertion about an element, with its markup, and runs on', async () => {
    const counts = join(mkdtempSync(join(tmpdir(), 'wtr-')), 'counts.json');
    const run = spawn(
      'node',
      ['node_modules/.bin/wtr', '--files', 'test/fixtures/wtr/element-failure.ts'],
      {
        env: {...process.env, NO_COLOR: '1', WTR_COUNT_FILE: counts},
      }
    );
    let output = '';
    run.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    run.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Interrupted as at a terminal, the runner closes its browser.
    let hung = false;
    const timer = setTimeout(() => (hung = run.kill('SIGINT')), 100_000);
    const [status, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      run.on('close', (code, sig) => resolve([code, sig]))
    );
    clearTimeout(timer);
    expect(hung, `still running after 100 s:\n${output}`).toBe(false);
    expect(signal, output).toBe(null);
    expect(status, output).toBe(1);
    expect(output).toMatch(/expected <svg class="chart[^>]*>.* to equal null/);
    expect(JSON.parse(readFileSync(counts, 'utf8'))).toMatchObject({passed: 1, failed: 1});
  }, 120_000);
});
