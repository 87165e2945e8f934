import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {transformSync} from 'esbuild';
import {minifyTemplates} from './scripts/html-literals.mjs';
import {HEADS, ONE, indicatorModule} from './scripts/indicator-modules.mjs';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter, summaryReporter} from '@web/test-runner';

/**
 * Writes {passed, failed} to .test-results/wtr.json for the one-line total that `npm test` prints
 * (or to $WTR_COUNT_FILE: test/e2e/test-runner.test.ts runs a file of its own).
 */
function countReporter() {
  const count = (suite, acc) => {
    for (const t of suite?.tests ?? [])
      acc[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
    for (const s of suite?.suites ?? []) count(s, acc);
    return acc;
  };
  return {
    onTestRunFinished({sessions}) {
      const acc = {passed: 0, failed: 0, skipped: 0};
      for (const s of sessions) {
        count(s.testResults, acc);
        if (
          s.errors?.length ||
          (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length)
        )
          acc.failed++;
      }
      const file = process.env.WTR_COUNT_FILE ?? '.test-results/wtr.json';
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(acc));
    },
  };
}

/**
 * JSON imported as a module (`import x from './data.json'`) is served as a JS module; JSON
 * fetched with fetch() is served untouched, so tests of `src` loading see real JSON.
 */
function jsonModules() {
  // A module worker's imports are fetched with the worker's destination.
  const isImport = (context) =>
    context.path.endsWith('.json') && ['script', 'worker'].includes(context.get('sec-fetch-dest'));
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      if (isImport(context)) return 'js';
    },
    transform(context) {
      if (isImport(context)) return {body: `export default ${context.body};`};
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', {active})`: forced-colors emulation over the
 * DevTools protocol (the built-in emulateMedia command only knows colour scheme and motion).
 */
function forcedColors() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}],
      });
      return true;
    },
  };
}

/**
 * A stand-in for a spreadsheet's "publish to the web" link, for the own-data tests. Like the
 * services it imitates, the link has no file extension and redirects (307) to the file, which
 * comes with a download name, no-store caching, nosniff and open CORS:
 * - `/sheet/pub?output=csv` → `text/csv; charset=utf-8`, `filename="Sheet1.csv"`;
 * - `/sheet/pub?output=tsv` → `application/octet-stream` with only `filename="Sheet1.tsv"` to
 *   tell what it is (as some storage services send a download).
 */
function publishedSheet() {
  const files = {csv: 'test/fixtures/own/flows.csv', tsv: 'test/fixtures/own/events.tsv'};
  return async (context, next) => {
    const url = new URL(context.url, 'http://localhost');
    const output = url.searchParams.get('output');
    if (url.pathname === '/sheet/pub' && output in files) {
      context.status = 307;
      context.set('location', `/sheet/content/${output}?token=abc`);
      return;
    }
    const served = /^\/sheet\/content\/(csv|tsv)$/.exec(url.pathname)?.[1];
    if (!served) return next();
    context.status = 200;
    context.set(
      'content-type',
      served === 'csv' ? 'text/csv; charset=utf-8' : 'application/octet-stream'
    );
    context.set(
      'content-disposition',
      `attachment; filename="Sheet1.${served}"; filename*=UTF-8''Sheet1.${served}`
    );
    context.set('cache-control', 'no-cache, no-store, max-age=0, must-revalidate');
    context.set('x-content-type-options', 'nosniff');
    context.set('access-control-allow-origin', '*');
    context.body = readFileSync(files[served]);
  };
}

/**
 * Large generated files at real URLs, for the large-input tests: `/generated/events.csv?rows=N`
 * and `/generated/flows.csv?links=N&nodes=M`, made by test/fixtures/synthetic.ts on request.
 */
async function generatedFiles() {
  const source = readFileSync(new URL('./test/fixtures/synthetic.ts', import.meta.url), 'utf8');
  const {code} = transformSync(source, {loader: 'ts', format: 'esm'});
  const synthetic = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  const files = {
    '/generated/events.csv': (p) => synthetic.syntheticEventsCSV(Number(p.get('rows'))),
    '/generated/flows.csv': (p) =>
      synthetic.syntheticFlowsCSV(Number(p.get('links')), Number(p.get('nodes'))),
  };
  return async (context, next) => {
    const make = files[context.path];
    if (!make) return next();
    context.type = 'text/csv';
    context.body = make(new URLSearchParams(context.querystring));
  };
}

/**
 * `?slow=<id>` on any request: the response is held for 1.5 s, and the server records what became
 * of it — `pending`, `aborted` (the browser hung up first) or `served`. Tests read the state with
 * `executeServerCommand('slow-request-state', {id})`, so an abort can be told from a finished load.
 */
function slowResponses() {
  const states = new Map();
  return {
    middleware: async (context, next) => {
      const id = context.URL.searchParams.get('slow');
      if (!id) return next();
      states.set(id, 'pending');
      const aborted = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), 1500);
        context.req.once('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (aborted) {
        states.set(id, 'aborted');
        return undefined;
      }
      await next();
      states.set(id, 'served');
      return undefined;
    },
    plugin: {
      name: 'slow-responses',
      executeCommand({command, payload}) {
        if (command !== 'slow-request-state') return undefined;
        return states.get(payload?.id) ?? 'none';
      },
    },
  };
}
const slow = slowResponses();

/**
 * `?flaky=<id>` on any request: it fails until the test heals the id with
 * `executeServerCommand('heal-flaky', {id})`, and is served from then on. It fails as a dropped
 * connection (the browser's fetch rejects: a phone that lost its network), or with `&fail=503`,
 * as a server that is down.
 */
function flakyResponses() {
  const healed = new Set();
  return {
    middleware: async (context, next) => {
      const id = context.URL.searchParams.get('flaky');
      if (!id || healed.has(id)) return next();
      const status = Number(context.URL.searchParams.get('fail'));
      if (status) {
        context.status = status;
        context.set('cache-control', 'no-store');
        context.body = 'unavailable';
      } else context.req.socket.destroy();
      return undefined;
    },
    plugin: {
      name: 'flaky-responses',
      executeCommand({command, payload}) {
        if (command !== 'heal-flaky') return undefined;
        healed.add(payload?.id);
        return true;
      },
    },
  };
}
const flaky = flakyResponses();

/** The map's indicators as modules, as every Vite build makes them (scripts/indicator-modules.mjs). */
function indicatorModules() {
  const FOLDER = '/__indicators/';
  return {
    name: 'indicator-modules',
    resolveImport({source}) {
      if (source === HEADS) return `${FOLDER}index.js`;
      if (source.startsWith(ONE)) return `${FOLDER}${source.slice(ONE.length)}.js`;
      return undefined;
    },
    serve(context) {
      const name = context.path.startsWith(FOLDER) && context.path.slice(FOLDER.length, -3);
      if (!name) return undefined;
      // The catalogue at the address the tests' own imports give it: one module, not two.
      const code = indicatorModule(name === 'index' ? HEADS : ONE + name, '/src/i18n/catalogue.ts');
      return {body: code, type: 'js'};
    },
  };
}

/** src's html`…` and svg`…` templates as the builds ship them (scripts/html-literals.mjs). */
function shippedTemplates() {
  return {
    name: 'shipped-templates',
    transform(context) {
      if (!/\/src\/.*\.ts$/.test(context.path)) return undefined;
      const out = minifyTemplates(context.body, context.path);
      return out ? {body: out.toString()} : undefined;
    },
  };
}

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
  // test/browser/setup.ts first: a failed assertion about an element reports instead of hanging.
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body>` +
    `<script type="module" src="/test/browser/setup.ts"></script>` +
    `<script type="module" src="${framework}"></script></body></html>`,
  middleware: [publishedSheet(), await generatedFiles(), slow.middleware, flaky.middleware],
  plugins: [
    slow.plugin,
    flaky.plugin,
    jsonModules(),
    indicatorModules(),
    forcedColors(),
    shippedTemplates(),
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // For the leak tests: window.gc() and exact heap sizes.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countReporter()],
};
