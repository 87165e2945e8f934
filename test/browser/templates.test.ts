/// <reference types="mocha" />
/**
 * The charts drawn from the templates as the builds ship them (scripts/html-literals.mjs, applied
 * here by web-test-runner.config.mjs): no text node inside a drawing but the text it draws, and
 * that text and the frame's words read as they are written.
 */
import {expect, html} from '@open-wc/testing';
import {drawn, q, qa, text} from './helpers.js';
import '../../src/choropleth.js';
import '../../src/sankey.js';
import '../../src/timeline.js';

const SVG_TEXT = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);
const SHAPES = new Set(['rect', 'circle', 'path', 'line']);

/**
 * White-space text nodes under `root`, outside the SVG elements that draw text, that separate
 * nothing: first or last in their parent, or between two shapes. (One beside a binding, whose
 * place Lit marks with a comment, or between two things that may hold text, keeps words apart.)
 */
function strayText(root: Node): number {
  const shape = (s: Node | null) => s instanceof Element && SHAPES.has(s.localName);
  let n = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentElement;
    if (t.textContent?.trim() || !parent || SVG_TEXT.has(parent.localName)) continue;
    const [before, after] = [t.previousSibling, t.nextSibling];
    if (!before || !after || (shape(before) && shape(after))) n++;
  }
  return n;
}

const charts = [
  ['apac-timeline', html`<apac-timeline></apac-timeline>`, '[data-focus]'],
  ['apac-sankey', html`<apac-sankey></apac-sankey>`, 'g.node'],
  ['apac-choropleth', html`<apac-choropleth></apac-choropleth>`, 'path[data-id]'],
] as const;

describe('shipped templates', () => {
  for (const [tag, template, mark] of charts) {
    it(`${tag}: its drawing has no white-space text nodes that separate nothing; labels and words read as written`, async () => {
      const el = await drawn<HTMLElement & {updateComplete: Promise<boolean>}>(tag, template, 800);
      const svg = q(el, 'svg.chart') as SVGSVGElement;
      expect(qa(el, mark).length, 'marks drawn').to.be.greaterThan(3);
      expect(strayText(svg), 'white-space text nodes in the drawing').to.equal(0);
      // Drawn text: no line breaks or indents carried into a label.
      for (const t of svg.querySelectorAll('text')) {
        expect(t.textContent, 'a label').not.to.match(/\n|\s{2}/);
      }
      // The frame's HTML keeps its spaces between words and parts (one space where a line broke).
      const caption = text(q(el, '.footer'));
      // The source line's label and text, and the line and the table's button, stay apart.
      expect(caption).to.match(/^Source: \S.*\S Show data as table$/);
      expect(q(el, '.footer')?.textContent ?? '').not.to.include('\n');
    });
  }
});
