// Screenshots of gallery stories at 320 and 1280 px, light and dark, for looking at what we
// build. Run `npm run build-storybook` first. Usage: npm run screenshots [-- filter]
// Other widths: WIDTHS=320,375,414,1280 npm run screenshots -- filter
// Writes screenshots/<story>--<width>-<scheme>.png (git-ignored).
import {createServer} from 'node:http';
import {mkdirSync, readFileSync, existsSync, statSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright-core';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) throw new Error('Run npm run build-storybook first.');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    ''
  );
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end('not found');
  res
    .writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'})
    .end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

const filter = process.argv[2] ?? '';
const widths = (process.env.WIDTHS ?? '320,1280')
  .split(',')
  .map(Number)
  .filter((w) => w > 0);
const stories = Object.values(
  JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries
).filter((e) => e.type === 'story' && e.id.includes(filter));
mkdirSync('screenshots', {recursive: true});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
for (const story of stories) {
  for (const width of widths) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({viewport: {width, height: 800}, colorScheme});
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForTimeout(1200);
      const out = `screenshots/${story.id}--${width}-${colorScheme}.png`;
      const root = page.locator('#storybook-root');
      await ((await root.count()) ? root : page).screenshot({path: out});
      console.log(`${out}${errors.length ? `  page errors: ${errors.join(' | ')}` : ''}`);
      await page.close();
    }
  }
}
await browser.close();
server.close();
