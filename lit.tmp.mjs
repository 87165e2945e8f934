import {chromium} from 'playwright-core';
import {createServer} from 'http';
import {readFileSync} from 'fs';
const page = `<!doctype html><body><svg id=a width=800 height=400></svg><script type=module>
import {render, svg, nothing} from '/lit-html/lit-html.js';
const N = Number(new URLSearchParams(location.search).get('n') || 74);
const items = Array.from({length: N}, (_, i) => ({id: 'e' + i, x: i * 10, y: 20 + (i % 7) * 24, label: i % 3 ? 'Meeting number ' + i + ' <&>' : '', bar: i % 4 === 0, color: '#' + (i * 123456 % 0xffffff).toString(16).padStart(6, '0'), name: 'Event ' + i + ': 12 May 2020, Jakarta'}));
const shape = (it) => it.bar ? svg\`<rect class="mark" x=\${it.x} y=\${it.y - 6} width="30" height="12" rx="3" fill=\${it.color} stroke=\${it.color}></rect>\` : svg\`<circle class="mark" cx=\${it.x} cy=\${it.y} r="5" fill=\${it.color} stroke=\${it.color}></circle>\`;
const item = (it) => svg\`<g class="event" data-id=\${it.id} data-focus=\${it.id} tabindex="-1" role="graphics-symbol" aria-label=\${it.name}>\${shape(it)}\${it.label ? svg\`<text class="label" x=\${it.x + 8} y=\${it.y + 4}>\${it.label}</text>\` : nothing}</g>\`;
const flat = (it) => it.bar
  ? svg\`<g class="event" data-id=\${it.id} data-focus=\${it.id} tabindex="-1" role="graphics-symbol" aria-label=\${it.name}><rect class="mark" x=\${it.x} y=\${it.y - 6} width="30" height="12" rx="3" fill=\${it.color} stroke=\${it.color}></rect><text class="label" x=\${it.x + 8} y=\${it.y + 4}>\${it.label}</text></g>\`
  : svg\`<g class="event" data-id=\${it.id} data-focus=\${it.id} tabindex="-1" role="graphics-symbol" aria-label=\${it.name}><circle class="mark" cx=\${it.x} cy=\${it.y} r="5" fill=\${it.color} stroke=\${it.color}></circle><text class="label" x=\${it.x + 8} y=\${it.y + 4}>\${it.label}</text></g>\`;
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const str = (it) => '<g class="event" data-id="' + esc(it.id) + '" data-focus="' + esc(it.id) + '" tabindex="-1" role="graphics-symbol" aria-label="' + esc(it.name) + '">' + (it.bar ? '<rect class="mark" x="' + it.x + '" y="' + (it.y - 6) + '" width="30" height="12" rx="3" fill="' + it.color + '" stroke="' + it.color + '"></rect>' : '<circle class="mark" cx="' + it.x + '" cy="' + it.y + '" r="5" fill="' + it.color + '" stroke="' + it.color + '"></circle>') + (it.label ? '<text class="label" x="' + (it.x + 8) + '" y="' + (it.y + 4) + '">' + esc(it.label) + '</text>' : '') + '</g>';
const which = location.hash.slice(1);
await new Promise(r => setTimeout(r, 200));
const t0 = performance.now();
if (which === 'lit') render(svg\`\${items.map(item)}\`, document.getElementById('a'));
else if (which === 'flat') render(svg\`\${items.map(flat)}\`, document.getElementById('a'));
else document.getElementById('a').innerHTML = items.map(str).join('');
const t1 = performance.now();
document.body.offsetHeight;
const t2 = performance.now();
window.result = [t1 - t0, t2 - t0];
</script>`;
const srv = createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/') { res.setHeader('content-type', 'text/html'); res.end(page); return; }
  try { res.setHeader('content-type', 'text/javascript'); res.end(readFileSync('/work/main/node_modules' + u.pathname)); } catch { res.statusCode = 404; res.end(); }
}).listen(8128);
const browser = await chromium.launch({executablePath: '/usr/bin/chromium'});
for (const n of [74, 1000]) for (const w of ['lit', 'flat', 'str']) {
  const v = [];
  for (let i = 0; i < 15; i++) { const p = await browser.newPage(); await p.goto(`http://localhost:8128/?n=${n}#` + w); await p.waitForFunction(() => window.result); v.push(await p.evaluate(() => window.result)); await p.close(); }
  const med = (k) => v.map((x) => x[k]).sort((a, b) => a - b)[7].toFixed(2);
  console.log(n, w.padEnd(5), 'script', med(0), 'ms; with layout', med(1));
}
await browser.close(); srv.close();
