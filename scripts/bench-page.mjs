// The bench page (bench/index.html) built, served and opened in Chromium: shared by
// scripts/bench.mjs and scripts/trace-render.mjs, which measure it in different ways.
import {createServer} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join} from 'node:path';
import {build} from 'vite';
import {chromium} from 'playwright-core';
import {browserPlugins, JSON_AS_STRING, sourcePlugins} from './shipped-build.mjs';
import {compileHints} from './compile-hints.mjs';

const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json'};

const MISSING = '\0bench-lib-not-built:';

/**
 * Builds only the adapters of `libs` (`apac`, `d3`): the others' imports in bench/page.ts load a
 * module that says they were not built. For a build without bench/node_modules, where the peers'
 * packages are (the test that the bench page builds and draws, test/e2e/bench-page.test.ts).
 */
const onlyLibs = (libs) => ({
  name: 'bench:only-libs',
  enforce: 'pre',
  resolveId(id, importer) {
    const lib = /^\.\/libs\/(\w+)\.js$/.exec(id)?.[1];
    return lib && !libs.includes(lib) && /page\.ts$/.test(importer ?? '') ? MISSING + lib : null;
  },
  load: (id) =>
    id.startsWith(MISSING)
      ? `throw new Error('the bench page was built without ${id.slice(MISSING.length)}');`
      : null,
});

/**
 * Builds the bench page into `out` (minified, as a page would ship it; with source maps when
 * asked), serves it on a free local port and launches Chromium. Close both when done.
 *
 * apac-viz is built from src with the plugins and JSON handling the shipped builds share
 * (scripts/shipped-build.mjs, which vite.config.ts uses too), so the bench draws what a page gets:
 * the styles and templates minified, the map's topology packed (and projected: the element
 * imports the projected file), the data files trimmed to what the charts read and parsed from
 * one string, d3-zoom without its animation's packages, V8's compile hint on the chunks a chart's
 * first picture runs (compile-hints.mjs: apac-viz's only). The other libraries' adapters read the
 * same data modules (bench/scenarios.ts), before the clock starts. Not d3-array's deduplication:
 * here the plain-d3 floor's d3-sankey and ours both run d3-array 2's max, min and sum (the same
 * functions), and deduplicating moves code between the chunks the libraries share in this one
 * build, which changes what the JS column counts for each without changing any shipped file.
 * `libs`: build only these libraries' adapters (see onlyLibs).
 */
export async function openBench(out, {sourcemap = false, libs} = {}) {
  await build({
    root: 'bench',
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [
      ...sourcePlugins(),
      ...browserPlugins(),
      compileHints(),
      ...(libs ? [onlyLibs(libs)] : []),
    ],
    json: JSON_AS_STRING,
    build: {
      outDir: join('..', out),
      emptyOutDir: true,
      minify: true,
      sourcemap,
      chunkSizeWarningLimit: 4000,
    },
  });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(out, path === '/' ? 'index.html' : path);
    if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res
      .writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'})
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  return {server, browser, base: `http://127.0.0.1:${server.address().port}`};
}
