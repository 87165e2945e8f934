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
    // Text written upward (a vertical Sankey's narrow nodes): the em box across its width.
    const r = t.getAttribute('transform')?.startsWith('rotate(-90')
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

const CASES: [string, string, TemplateResult, number][] = [
  ['apac-sankey', 'TOCTA 2013, 1000 px', html`<apac-sankey></apac-sankey>`, 1000],
  ['apac-sankey', 'TOCTA 2013, 320 px', html`<apac-sankey></apac-sankey>`, 320],
  ['apac-sankey', 'SEA 2019, 700 px', html`<apac-sankey report="sea2019"></apac-sankey>`, 700],
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

describe('measured text does not overlap', () => {
  for (const [tag, name, template, width] of CASES) {
    it(`${tag}, ${name}`, async () => {
      const el = await drawn<Chart>(tag, template, width);
      const boxes = textBoxes(el);
      expect(boxes.length, 'labels drawn').to.be.greaterThan(5);
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
