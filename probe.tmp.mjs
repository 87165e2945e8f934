import {chromium} from 'playwright-core';
import {createServer} from 'node:http';
import {readFileSync, existsSync, statSync} from 'node:fs';
import {join, extname} from 'node:path';
const [id, out, h = '200', scheme = 'light', width = '320'] = process.argv.slice(2);
const root = 'storybook-static';
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, {'content-type': {'.js':'text/javascript','.html':'text/html','.css':'text/css','.json':'application/json','.csv':'text/csv'}[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const b = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']});
const p = await b.newPage({viewport: {width: Number(width), height: 900}, deviceScaleFactor: 2, colorScheme: scheme});
await p.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=${id}&viewMode=story`);
await p.waitForTimeout(1500);
const over = await p.evaluate(() => {
  const out = [];
  const walk = (root) => { for (const el of root.querySelectorAll('*')) { const r = el.getBoundingClientRect(); if (r.width && (r.right > innerWidth + 0.5 || r.left < -0.5)) out.push(`${el.tagName}.${el.getAttribute('class') ?? ''} ${Math.round(r.left)}-${Math.round(r.right)} ${(el.textContent||'').slice(0,40)}`); if (el.shadowRoot) walk(el.shadowRoot); } };
  walk(document); return out.slice(0, 20);
});
console.log(over.join('\n'));
await p.screenshot({path: out, clip: {x: 0, y: 0, width: Number(width), height: Number(h)}});
await b.close(); server.close();
