// node scripts/render-twice.mjs [--chart timeline] [--runs 15] [--warm-intl] [--width 800]:
// what a chart's first picture on a page pays once. Loads the one-file build (dist/apac-viz.js,
// `npm run build` first) in a fresh tab, waits for the page to settle, adds the chart and times
// it to apac-render, then adds an identical second chart and times that. The second reuses what
// the first made once per page: code compiled by V8, Lit's prepared templates, the chart's
// styles, ICU's locale data (Intl's first use), the map's decoded topology. `--warm-intl` makes
// one of every Intl formatter the charts use before the first chart, so the difference it makes
// to the first is ICU's share. Prints medians.
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';

const {values} = parseArgs({
  options: {
    chart: {type: 'string', default: 'timeline'},
    runs: {type: 'string', default: '15'},
    width: {type: 'string', default: '800'},
    'warm-intl': {type: 'boolean', default: false},
  },
});
const PAGE = `<!doctype html><meta charset="utf-8"><body style="margin:0">
<div id="root" style="width:${Number(values.width)}px"></div>
<script type="module" src="/apac-viz.js"></script>`;
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') return res.writeHead(200, {'content-type': 'text/html'}).end(PAGE);
  try {
    const body = readFileSync(join('dist', path.replace(/^\/+/, '')));
    res.writeHead(200, {'content-type': 'text/javascript'}).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
});
const tag = `apac-${values.chart}`;
const times = {first: [], second: []};
for (let run = 0; run < Number(values.runs); run++) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction((t) => customElements.get(t), tag);
  await page.waitForTimeout(300);
  const ms = await page.evaluate(
    async ([t, warm]) => {
      if (warm) {
        new Intl.NumberFormat('en').format(1);
        new Intl.DateTimeFormat('en', {month: 'long', timeZone: 'UTC'}).format(new Date());
        new Intl.PluralRules('en').select(1);
        new Intl.Collator().compare('a', 'b');
        Array.from(new Intl.Segmenter(undefined, {granularity: 'word'}).segment('a b'));
        new Intl.ListFormat('en').format(['a']);
        new Intl.Locale('en').maximize();
      }
      const add = () =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const el = document.createElement(t);
          el.addEventListener('apac-render', () => resolve(performance.now() - t0), {once: true});
          document.getElementById('root').append(el);
        });
      const first = await add();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return [first, await add()];
    },
    [tag, values['warm-intl']]
  );
  times.first.push(ms[0]);
  times.second.push(ms[1]);
  await page.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)].toFixed(1);
console.log(
  `<${tag}> added → apac-render${values['warm-intl'] ? ' (Intl warmed first)' : ''}: first ${median(times.first)} ms, second ${median(times.second)} ms (medians of ${values.runs})`
);
await browser.close();
server.close();
