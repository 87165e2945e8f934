/// <reference types="mocha" />
/**
 * Text a reader sees does not overlap other text or the marks it labels past, measured in the
 * browser from the rendered glyph boxes (the layouts estimate widths; this checks the result).
 */
import {expect, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/index.js';
import {drawn, qa} from './helpers.js';

type Chart = HTMLElement & {updateComplete: Promise<boolean>};
interface Box {
  text: string;
  r: DOMRect;
}

/**
 * Boxes of the visible, non-empty SVG text in a chart (one per label: halos share a box): the
 * measured width, and the em box (font size) centred in the measured line box, which includes
 * the font's line gap above and below.
 */
function textBoxes(el: Element): Box[] {
  const seen = new Set<string>();
  const boxes: Box[] = [];
  for (const t of qa(el, 'svg.chart text') as SVGTextElement[]) {
    const text = t.textContent?.trim() ?? '';
    const line = t.getBoundingClientRect();
    const style = getComputedStyle(t);
    if (!text || line.width === 0 || style.visibility === 'hidden') continue;
    const em = parseFloat(style.fontSize);
    // Text written upward, or top to bottom (a vertical Sankey's narrow nodes): the em box
    // across its width.
    const along =
      t.getAttribute('transform')?.startsWith('rotate(-90') ||
      t.getAttribute('writing-mode') === 'vertical-rl';
    const r = along
      ? new DOMRect(line.x + (line.width - em) / 2, line.y, em, line.height)
      : new DOMRect(line.x, line.y + (line.height - em) / 2, line.width, em);
    const key = `${text}|${r.x.toFixed(1)}|${r.y.toFixed(1)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    boxes.push({text, r});
  }
  return boxes;
}

/** Pairs whose boxes overlap by more than `slack` px both ways. */
function overlapping(a: Box[], b: Box[] = a, slack = 0.5): string[] {
  const out: string[] = [];
  for (const [i, x] of a.entries())
    for (const [j, y] of b.entries()) {
      if (a === b && j <= i) continue;
      const w = Math.min(x.r.right, y.r.right) - Math.max(x.r.left, y.r.left);
      const h = Math.min(x.r.bottom, y.r.bottom) - Math.max(x.r.top, y.r.top);
      if (w > slack && h > slack) out.push(`"${x.text}" × "${y.text}"`);
    }
  return out;
}

/** Flows named in Japanese (made up for the layout; not data), some nodes too narrow for them. */
export const JAPANESE_FLOWS = {
  unit: 'USD bn/yr',
  citation: 'テスト',
  links: [
    ['東アジア・太平洋', 'ヘロイン', 16.3],
    ['東アジア・太平洋', '偽造品', 24.4],
    ['東アジア・太平洋', '覚醒剤', 15],
    ['東南アジア', '移民の密入国', 1.5],
    ['大メコン圏', '人身取引', 0.18],
    ['ヘロイン', '東アジア', 16.3],
    ['偽造品', '欧州・米国', 24.4],
    ['覚醒剤', '東アジア', 15],
    ['移民の密入国', '欧州・米国', 1.5],
    ['人身取引', 'タイ・カンボジア', 0.18],
  ].map(([source, target, value]) => ({source, target, value})),
};

const CASES: [string, string, TemplateResult, number][] = [
  ['apac-sankey', 'TOCTA 2013, 1000 px', html`<apac-sankey></apac-sankey>`, 1000],
  ['apac-sankey', 'TOCTA 2013, 320 px', html`<apac-sankey></apac-sankey>`, 320],
  ['apac-sankey', 'SEA 2019, 700 px', html`<apac-sankey report="sea2019"></apac-sankey>`, 700],
  // Where the last column's margin was 30 % of the width, less than "Methamphetamine".
  ...[350, 360, 504].map((width): [string, string, TemplateResult, number] => [
    'apac-sankey',
    `SEA 2019, ${width} px`,
    html`<apac-sankey report="sea2019"></apac-sankey>`,
    width,
  ]),
  [
    'apac-sankey',
    'TOCTA 2013 vertical, 375 px',
    html`<apac-sankey orientation="vertical"></apac-sankey>`,
    375,
  ],
  [
    'apac-sankey',
    'TOCTA 2013 vertical, 1280 px',
    html`<apac-sankey orientation="vertical"></apac-sankey>`,
    1280,
  ],
  ...[375, 1280].map((width): [string, string, TemplateResult, number] => [
    'apac-sankey',
    `Japanese names, vertical, ${width} px`,
    html`<apac-sankey lang="ja" orientation="vertical" .data=${JAPANESE_FLOWS}></apac-sankey>`,
    width,
  ]),
  ['apac-timeline', 'all events, 1280 px', html`<apac-timeline></apac-timeline>`, 1280],
  ['apac-timeline', 'all events, 800 px', html`<apac-timeline></apac-timeline>`, 800],
  [
    'apac-timeline',
    'APEC CTWG, 1000 px',
    html`<apac-timeline forum="APEC CTWG"></apac-timeline>`,
    1000,
  ],
  ['apac-timeline', 'all events, 320 px', html`<apac-timeline></apac-timeline>`, 320],
];

describe('names written along a vertical Sankey’s nodes', () => {
  it('are set upright, top to bottom, in Chinese, Japanese and Korean, and turned otherwise', async () => {
    const el = await drawn<Chart>(
      'apac-sankey',
      html`<apac-sankey lang="ja" orientation="vertical" .data=${JAPANESE_FLOWS}></apac-sankey>`,
      375
    );
    const upright = qa(el, 'svg.chart g.node text[writing-mode="vertical-rl"]');
    expect(upright.map((t) => t.textContent?.replace(/\s+/g, ''))).to.include('移民の密入国$15億');
    for (const t of upright) {
      // A column: taller than wide, beside its node (the node's centre line within it).
      const r = t.getBoundingClientRect();
      expect(r.height).to.be.greaterThan(r.width * 2);
      const node = (t.parentElement?.querySelector('rect') as Element).getBoundingClientRect();
      const centre = node.left + node.width / 2;
      expect(centre).to.be.within(r.left - 2, r.right + 2);
    }
    // English names stay turned (read bottom to top, as the rest of the chart's turned text).
    const english = await drawn<Chart>(
      'apac-sankey',
      html`<apac-sankey lang="ja" orientation="vertical"></apac-sankey>`,
      375
    );
    expect(qa(english, 'svg.chart g.node text[transform^="rotate(-90"]').length).to.be.greaterThan(
      2
    );
    expect(qa(english, 'svg.chart g.node text[writing-mode]')).to.have.length(0);
  });
});

describe('measured text does not overlap', () => {
  for (const [tag, name, template, width] of CASES) {
    it(`${tag}, ${name}`, async () => {
      const el = await drawn<Chart>(tag, template, width);
      const boxes = textBoxes(el);
      expect(boxes.length, 'labels drawn').to.be.at.least(5);
      const clashes = overlapping(boxes);
      expect(clashes).to.deep.equal([]);
      if (tag === 'apac-timeline' && width > 320) {
        // An event's label stops short of the next event's mark (or cluster) in its lane.
        const groups = qa(el, 'g.event, g.cluster');
        const marks = groups.map((g) => ({
          g,
          box: {
            text: g.getAttribute('data-id') ?? '',
            r: (g.querySelector('circle, rect') as Element).getBoundingClientRect(),
          },
        }));
        const labelled = groups.filter((g) => g.querySelector('text.label:not(.inside)'));
        expect(labelled.length, 'labelled events').to.be.greaterThan(3);
        const hits = labelled.flatMap((g) => {
          const label = g.querySelector('text.label') as Element;
          const own = {text: label.textContent ?? '', r: label.getBoundingClientRect()};
          const others = marks.filter((m) => m.g !== g).map((m) => m.box);
          return overlapping([own], others);
        });
        expect(hits).to.deep.equal([]);
      }
      const svg = (qa(el, 'svg.chart')[0] as Element).getBoundingClientRect();
      const outside = boxes.filter((b) => b.r.left < svg.left - 0.5 || b.r.right > svg.right + 0.5);
      expect(outside.map((b) => b.text)).to.deep.equal([]);
    });
  }
});
