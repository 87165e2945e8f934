/**
 * The build's template minifier (scripts/html-literals.mjs): which white space it takes out of
 * html`…` and svg`…` templates, and what it must leave as written.
 */
import {describe, expect, it} from 'vitest';
import {minifyPieces, minifyTemplates} from '../../scripts/html-literals.mjs';

const svg = (...pieces: string[]) => minifyPieces(pieces, true);
const html = (...pieces: string[]) => minifyPieces(pieces, false);

describe('minifyPieces', () => {
  it('removes indentation between tags and bindings inside SVG', () => {
    expect(svg('<g class="a">\n  <path d=', '></path>\n  <rect />\n</g>\n', '\n')).toEqual([
      '<g class="a"><path d=',
      // After the template's end may come text: one space.
      '></path><rect /></g> ',
      ' ',
    ]);
  });

  it("keeps one space for a line break inside SVG's text elements", () => {
    expect(svg('<text x="1">\n  ', '\n  ', '\n</text>')).toEqual([
      '<text x="1"> ',
      ' ',
      ' </text>',
    ]);
    expect(svg('<g><title>\n  ', '\n</title>\n</g>')).toEqual(['<g><title> ', ' </title></g>']);
  });

  it('keeps one space between two things that may draw text, so their words stay apart', () => {
    // Two text elements, as a year's heading draws "1997" and "2 events".
    expect(svg('<g>\n  <text>', '</text>\n  <text>', '</text>\n</g>')).toEqual([
      '<g><text>',
      '</text> <text>',
      '</text></g>',
    ]);
    // Bindings, which may be text: between two of them, or one and a text element.
    expect(svg('<g>\n  ', '\n  ', '\n  <text>a</text>\n</g>')).toEqual([
      '<g>',
      ' ',
      ' <text>a</text></g>',
    ]);
    // Beside a shape too, where the shape may stand between two texts; at a group's edges, none.
    expect(svg('<text>a</text>\n  <rect></rect>\n  <text>b</text>\n  ', '\n</g>')).toEqual([
      '<text>a</text> <rect></rect> <text>b</text> ',
      '</g>',
    ]);
  });

  it('takes every run out of a mark whose content is not given to assistive technology', () => {
    // A mark named by its aria-label (children presentational), to its close and no further.
    expect(
      svg(
        '<g role="graphics-symbol" aria-label=',
        '>\n  ',
        '\n  ',
        '\n  <text>c</text>\n</g>\n<text>a</text>\n<text>b</text>'
      )
    ).toEqual([
      '<g role="graphics-symbol" aria-label=',
      '>',
      '',
      '<text>c</text></g> <text>a</text> <text>b</text>',
    ]);
    // A hidden drawing in HTML; a role given by a binding may be anything, so it counts as none.
    expect(
      html('<i>\n  <svg aria-hidden="true">\n    <text>a</text>\n    ', '\n  </svg>\n</i>')
    ).toEqual(['<i> <svg aria-hidden="true"><text>a</text>', '</svg> </i>']);
    expect(svg('<g role=', '>\n  <text>a</text>\n  <text>b</text>\n</g>')).toEqual([
      '<g role=',
      '><text>a</text> <text>b</text></g>',
    ]);
  });

  it('a self-closing text element or path does not change what follows', () => {
    expect(svg('<text />\n  <path />\n  <rect />\n  <g>\n</g>')).toEqual([
      '<text /> <path /><rect /> <g></g>',
    ]);
  });

  it('makes a line break in HTML one space and leaves runs without one as written', () => {
    expect(html('<p>\n  Hello\n  ', '\n</p>')).toEqual(['<p> Hello ', ' </p>']);
    expect(html('<b>a</b> <i>b</i>  <u>c</u>')).toEqual(['<b>a</b> <i>b</i>  <u>c</u>']);
    expect(svg('<text><tspan>a</tspan> <tspan>b</tspan></text>')).toEqual([
      '<text><tspan>a</tspan> <tspan>b</tspan></text>',
    ]);
  });

  it('an <svg> inside an html template loses its indentation, HTML after it keeps a space', () => {
    expect(
      html('<span>\n  <svg width="8">\n    <circle r="4"></circle></svg\n  >\n  ', '\n</span>')
    ).toEqual(['<span> <svg width="8"><circle r="4"></circle></svg> ', ' </span>']);
  });

  it('joins attributes on one line; quoted values and comments stay as written', () => {
    expect(html('<div\n  class="a"\n  id=', '\n  title="x\n  y"\n>', '</div>')).toEqual([
      '<div class="a" id=',
      ' title="x\n  y">',
      '</div>',
    ]);
    expect(html('<circle r=', '\n/>')).toEqual(['<circle r=', ' />']);
    expect(svg('<g><!--\n  a note\n--></g>')).toEqual(['<g><!--\n  a note\n--></g>']);
  });

  it('leaves the inside of pre and textarea as written', () => {
    expect(html('<div>\n  <pre>a\n  b\n', '</pre>\n  <textarea>\n x</textarea>\n</div>')).toEqual([
      '<div> <pre>a\n  b\n',
      '</pre> <textarea>\n x</textarea> </div>',
    ]);
  });

  it('a "<" that opens no tag is text', () => {
    expect(svg('<text>a < b\n  </text>')).toEqual(['<text>a < b </text>']);
  });
});

describe('minifyTemplates', () => {
  const source = (body: string) => `import {html, svg} from 'lit';\n${body}`;

  it('minifies html`…` and svg`…`, the templates in their bindings too', () => {
    const out = minifyTemplates(
      source(
        'const t = html`<div>\n  ${items.map((i) => svg`<g>\n  <rect></rect>\n</g>`)}\n</div>`;'
      ),
      'x.ts'
    );
    expect(out?.toString()).toBe(
      source('const t = html`<div> ${items.map((i) => svg`<g><rect></rect></g>`)} </div>`;')
    );
  });

  it('leaves other templates and files without the tags from lit alone', () => {
    const css = 'const s = `a\n  b`; const c = css`:host {\n  x: 1;\n}`;';
    expect(minifyTemplates(source(css), 'x.ts')).toBeNull();
    expect(minifyTemplates('const html = (s) => s;\nhtml`<p>\n  a</p>`;', 'x.ts')).toBeNull();
  });
});
