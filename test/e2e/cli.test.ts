/** `apac-viz render`: the same picture the element draws, as SVG and PNG, from the command line. */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import type {Browser} from 'playwright-core';
import {dist, launch, repo, serve} from './harness.js';

const run = promisify(execFile);
const bin = join(repo, 'bin', 'apac-viz.mjs');
let out: string;
let browser: Browser;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'apac-viz-cli-'));
  browser = await launch();
});
afterAll(async () => {
  rmSync(out, {recursive: true, force: true});
  await browser?.close();
});

async function cli(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run('node', [bin, ...args], {cwd: out});
    return {code: 0, stdout, stderr};
  } catch (e) {
    const err = e as {code: number; stdout: string; stderr: string};
    return {code: err.code, stdout: err.stdout, stderr: err.stderr};
  }
}

/** The element's own toSVG() on a plain page, for the same attributes. */
async function elementSvg(tag: string, attributes: Record<string, string>): Promise<string> {
  const site = await serve({'/apac-viz.js': {file: join(dist, 'apac-viz.js')}});
  const page = await browser.newPage({
    viewport: {width: 1200, height: 800},
    reducedMotion: 'reduce',
  });
  const attrs = Object.entries(attributes)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  await page.route(`${site.url}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>t</title><script type="module" src="/apac-viz.js"></script><${tag} ${attrs}></${tag}>`,
    })
  );
  await page.goto(`${site.url}/`);
  await page.waitForFunction(
    (t) => document.querySelector(t)?.shadowRoot?.querySelector('svg.chart'),
    tag
  );
  const svg = await page.evaluate(
    (t) => (document.querySelector(t) as HTMLElement & {toSVG(): string}).toSVG(),
    tag
  );
  await page.close();
  await site.close();
  return svg;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('apac-viz render', () => {
  const cases = [
    ['choropleth', ['--indicator', 'acct-in-force-year', '--region', 'asean']],
    ['timeline', ['--from', '2013', '--to', '2018', '--group-by', 'kind']],
    ['sankey', ['--report', 'sea2019', '--headline', 'Illicit flows']],
  ] as const;

  for (const [chart, args] of cases) {
    it(`${chart}: the SVG is the element's toSVG() for the same attributes, and the PNG its size × scale`, async () => {
      const svg = await cli('render', chart, ...args, '--width', '640', '--out', `${chart}.svg`);
      expect(svg.code, svg.stderr).toBe(0);
      const written = readFileSync(join(out, `${chart}.svg`), 'utf8');
      const attributes: Record<string, string> = {width: '640'};
      for (let i = 0; i < args.length; i += 2)
        attributes[(args[i] as string).slice(2)] = args[i + 1] as string;
      expect(written).toBe(await elementSvg(`apac-${chart}`, attributes));
      const height = Number(/viewBox="0 0 640 (\d+)"/.exec(written)?.[1]);
      expect(svg.stdout).toBe(`apac-viz: wrote ${chart}.svg (640 × ${height})\n`);

      const png = await cli(
        'render',
        chart,
        ...args,
        '--width',
        '640',
        '--scale',
        '1.5',
        '--out',
        `${chart}.png`
      );
      expect(png.code, png.stderr).toBe(0);
      expect(pngSize(join(out, `${chart}.png`))).toEqual([960, Math.round(height * 1.5)]);
    });
  }

  it('draws own data from --data, and names attributes the chart does not have', async () => {
    writeFileSync(
      join(out, 'flows.csv'),
      'source,target,value,citation\nOrigin A,Crime B,10,Test report p. 1\nCrime B,Market C,4,Test report p. 2\n'
    );
    const r = await cli(
      'render',
      'sankey',
      '--data',
      'flows.csv',
      '--colour',
      'red',
      '--out',
      'own.svg'
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('ignored parameter "colour": not an attribute of <apac-sankey>');
    const svg = readFileSync(join(out, 'own.svg'), 'utf8');
    for (const name of ['Origin A', 'Crime B', 'Market C']) expect(svg).toContain(name);
  });

  it('writes the notes of --annotations into the SVG, and names a problem with them', async () => {
    writeFileSync(
      join(out, 'notes.json'),
      JSON.stringify([
        {target: 'origin:EAP->crime:counterfeit-goods', text: 'The largest flow'},
        {target: 'crime:heroin'},
      ])
    );
    const r = await cli('render', 'sankey', '--annotations', 'notes.json', '--out', 'notes.svg');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('"annotations": 1 of 2 notes have no text and are left out');
    const svg = readFileSync(join(out, 'notes.svg'), 'utf8');
    expect(svg).toContain('class="annotations"');
    expect(svg).toContain('The largest flow');
  });

  it("draws --data that cites nothing with the --credit as every row's source", async () => {
    writeFileSync(
      join(out, 'flows.tsv'),
      '\uFEFFSource\tTarget \tValue (USD bn)\r\nOrigin A\tHub B\t1,200\r\nHub B\tMarket C\t900\r\n'
    );
    const r = await cli(
      'render',
      'sankey',
      '--data',
      'flows.tsv',
      '--credit',
      'Our reporting',
      '--out',
      'credit.svg'
    );
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(join(out, 'credit.svg'), 'utf8');
    expect(svg).toContain('Our reporting');
    expect(svg.match(/data-id="link-\d+"/g)).toHaveLength(2);
    expect(svg).toContain('Origin A to Hub B: 1,200 USD bn');
    const bare = await cli('render', 'sankey', '--data', 'flows.tsv', '--out', 'bare.svg');
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stderr).toContain('no source is given for this data');
  });

  it('--highlight mutes all but what it names and says so in the picture; a bad one is named and left out', async () => {
    const r = await cli('render', 'choropleth', '--highlight', 'MM, Thailand', '--out', 'hl.svg');
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(join(out, 'hl.svg'), 'utf8');
    expect(svg).toContain('Highlighted: Myanmar and Thailand.');
    const opacity = (id: string) =>
      Number(new RegExp(`<path[^>]*data-id="${id}"[^>]*opacity="([\\d.]+)"`).exec(svg)?.[1] ?? 1);
    expect(opacity('JP')).toBeLessThan(0.5);
    expect(opacity('MM')).toBe(1);

    const bad = await cli(
      'render',
      'choropleth',
      '--highlight',
      '<b>MM</b>',
      '--out',
      'bad-hl.svg'
    );
    expect(bad.code, bad.stderr).toBe(0);
    expect(bad.stderr).toContain(
      'ignored parameter "highlight": not a comma-separated list of ids, codes or names'
    );
    expect(readFileSync(join(out, 'bad-hl.svg'), 'utf8')).not.toContain('Highlighted:');
  });

  it('says what is wrong: usage errors exit 2, data that cannot be drawn exits 1', async () => {
    const pie = await cli('render', 'pie', '--out', 'x.svg');
    expect(pie.code).toBe(2);
    expect(pie.stderr).toContain(
      'apac-viz: Name the chart: choropleth, timeline or sankey, not "pie".'
    );
    const noOut = await cli('render', 'sankey');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('Say where to write: --out chart.svg or --out chart.png.');
    const gif = await cli('render', 'sankey', '--out', 'x.gif');
    expect(gif.code).toBe(2);
    expect(gif.stderr).toContain('--out must end in .svg or .png, not "x.gif".');
    expect(existsSync(join(out, 'x.gif'))).toBe(false);

    writeFileSync(join(out, 'bad.csv'), 'source,target,value,citation\nA,B,-1,x\n');
    const bad = await cli('render', 'sankey', '--data', 'bad.csv', '--out', 'bad.svg');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/apac-viz: None of the data could be drawn \(1 problem\)/);
    const missing = await cli('render', 'sankey', '--data', 'nope.csv', '--out', 'bad.svg');
    expect(missing.stderr).toContain('apac-viz: No data file at nope.csv.');
    const help = await cli('--help');
    expect(help.stdout).toMatch(/^Usage: apac-viz render/);
  });
});
