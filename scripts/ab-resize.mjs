// node scripts/ab-resize.mjs DIR_A DIR_B [--width 375] [--runs 6] [--cycles 6]: two one-file
// builds of apac-viz (copies of dist/, as for ab-first-render.mjs) compared on a resize the page
// tells the chart of. Each run opens a fresh tab for A and one for B, in alternating order, draws
// each chart at 800 px, then `--cycles` times sets the box to `--width`, calls `resize()` and
// reads the layout (and goes back to 800 px the same way, untimed). Prints, per chart, the
// medians of the first resize of a page (what a reader's first rotation or opened panel costs)
// and of the later ones: ms from the width set to the new picture laid out (script, the
// reading's forced layout, the redraw's style and layout; the paint is not in it).
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    width: {type: 'string', default: '375'},
    runs: {type: 'string', default: '6'},
    cycles: {type: 'string', default: '6'},
  },
});
const [dirA, dirB] = positionals;
if (!dirA || !dirB) throw new Error('usage: node scripts/ab-resize.mjs DIR_A DIR_B [--width 375]');
const dirs = {a: dirA, b: dirB};

const page = (side) =>
  `<!doctype html><meta charset=utf-8><body style="margin:0"><div id=root style="width:800px">` +
  `</div><script type=module src="/${side}/apac-viz.js"></script>`;
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const [side = '', ...rest] = path.slice(1).split('/');
  if (rest.length === 0 && (side === 'a' || side === 'b'))
    return res.writeHead(200, {'content-type': 'text/html'}).end(page(side));
  const dir = dirs[side];
  let body;
  try {
    body = dir && readFileSync(join(dir, ...rest));
  } catch {
    body = undefined;
  }
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, {'content-type': 'text/javascript'}).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});

const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? NaN;
try {
  for (const tag of ['apac-choropleth', 'apac-timeline', 'apac-sankey']) {
    const first = {a: [], b: []};
    const later = {a: [], b: []};
    for (let run = 0; run < Number(values.runs); run++)
      for (const side of run % 2 ? ['a', 'b'] : ['b', 'a']) {
        const tab = await browser.newPage({viewport: {width: 1000, height: 900}});
        await tab.goto(`http://127.0.0.1:${server.address().port}/${side}`);
        const ms = await tab.evaluate(
          async ({tag, width, cycles}) => {
            await customElements.whenDefined(tag);
            const root = document.getElementById('root');
            const chart = document.createElement(tag);
            const drawn = new Promise((r) =>
              chart.addEventListener('apac-render', r, {once: true})
            );
            root.append(chart);
            await drawn;
            const out = [];
            for (let i = 0; i < cycles * 2; i++) {
              await new Promise((r) => setTimeout(r, 60));
              const t = performance.now();
              root.style.width = `${i % 2 ? 800 : width}px`;
              chart.resize();
              void document.body.offsetHeight;
              if (i % 2 === 0) out.push(performance.now() - t);
            }
            return out;
          },
          {tag, width: Number(values.width), cycles: Number(values.cycles)}
        );
        first[side].push(ms[0]);
        later[side].push(...ms.slice(1));
        await tab.close();
      }
    const f = (xs) => median(xs).toFixed(1);
    console.log(
      `${tag}: first resize A ${f(first.a)} ms, B ${f(first.b)} ms; later A ${f(later.a)}, ` +
        `B ${f(later.b)} (${first.a.length} pages a side)`
    );
  }
} finally {
  await browser.close();
  server.close();
}
