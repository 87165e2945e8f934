/**
 * The pieces of a standalone SVG export: computed styles inlined as presentation attributes,
 * text wrapped by measured width, and the chart's legend redrawn in SVG.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';
const SHAPE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'visibility',
  'display',
];
export const TEXT_PROPS = [
  ...SHAPE_PROPS,
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
];
const DROP_ATTRS = ['class', 'part', 'tabindex', 'style'];

/**
 * Writes the computed values of the presentation properties that differ from the parent's onto
 * `target` as SVG presentation attributes, and drops attributes that mean nothing outside the
 * page (classes, parts, tabindex, `var(--…)` references that no stylesheet will resolve).
 * Attributes, not a `style` attribute: a strict `style-src` policy refuses inline styles, even in
 * a document built only to be serialised.
 */
function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration): void {
  for (const attr of [...target.attributes]) {
    if (DROP_ATTRS.includes(attr.name) || attr.value.includes('var('))
      target.removeAttribute(attr.name);
  }
  if (source instanceof SVGTitleElement || source instanceof SVGDescElement) return;
  const props =
    source instanceof SVGTextElement || source instanceof SVGTSpanElement
      ? TEXT_PROPS
      : SHAPE_PROPS;
  const computed = getComputedStyle(source);
  for (const p of props) {
    const value = computed.getPropertyValue(p);
    if (value !== '' && value !== parent.getPropertyValue(p)) target.setAttribute(p, value);
    else target.removeAttribute(p);
  }
}

/** Copies `source` (an SVG subtree on the page) into `doc` with its computed look inlined. */
export function importStyled(doc: XMLDocument, source: Element, parent: Element): Element {
  const copy = doc.importNode(source, true) as Element;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (target) inlineStyles(el, target, getComputedStyle(el.parentElement ?? parent));
  });
  return copy;
}

let measurer: CanvasRenderingContext2D | null | undefined;
/** Width of `text` in `font` (a CSS font shorthand), measured; estimated where canvas is absent. */
function textWidth(text: string, font: string, size: number): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.55;
  measurer.font = font;
  return measurer.measureText(text).width;
}

/** Lays out and draws the picture's text: lines wrapped by measured width. */
export class Writer {
  constructor(
    private doc: XMLDocument,
    private family: string,
    readonly width: number,
    readonly pad: number
  ) {}

  private font(size: number, weight: string): string {
    return `${weight} ${size}px ${this.family}`;
  }

  measure(text: string, size: number, weight = '400'): number {
    return textWidth(text, this.font(size, weight), size);
  }

  /** `text` broken into lines no wider than `max` px (a longer word gets a line of its own). */
  wrap(text: string, size: number, weight: string, max: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.measure(next, size, weight) > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }

  text(
    x: number,
    baseline: number,
    content: string,
    size: number,
    weight: string,
    fill: string
  ): Element {
    const t = this.doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(round(x)));
    t.setAttribute('y', String(round(baseline)));
    t.setAttribute('font-family', this.family);
    t.setAttribute('font-size', `${size}px`);
    t.setAttribute('font-weight', weight);
    t.setAttribute('fill', fill);
    t.textContent = content;
    return t;
  }

  /** A wrapped paragraph at `y`; returns its group and the y below it. */
  block(
    text: string,
    y: number,
    size: number,
    weight: string,
    fill: string
  ): {node: Element; bottom: number} {
    const g = this.doc.createElementNS(SVG_NS, 'g');
    const lines = this.wrap(text, size, weight, this.width - 2 * this.pad);
    lines.forEach((line, i) =>
      g.append(this.text(this.pad, y + size * (i + 1) * 1.25, line, size, weight, fill))
    );
    return {node: g, bottom: y + size * lines.length * 1.25 + (lines.length ? size * 0.5 : 0)};
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
const clean = (el: Element | null | undefined) =>
  el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The legend as the reader sees it, redrawn in SVG: paragraphs (title, totals, notes) as text,
 * list items as a swatch and a label flowing in rows, a colour ramp with its ends. Controls
 * (chips, sliders, date fields, buttons) are left out: they mean nothing on paper.
 */
export function drawLegend(
  doc: XMLDocument,
  legend: Element,
  w: Writer,
  y: number,
  size: number,
  color: string,
  muted: string
): {node: Element; bottom: number} {
  const g = doc.createElementNS(SVG_NS, 'g');
  let bottom = y;
  const visible = (el: Element) => el.checkVisibility() && !el.closest('details:not([open])');
  const blocks = [...legend.querySelectorAll('p, ul, .ramp')].filter(
    (el) => visible(el) && !el.parentElement?.closest('p, ul, .ramp')
  );
  for (const block of blocks) {
    if (block.matches('p')) {
      const strong = block.matches('.legend-title');
      const para = w.block(
        clean(block),
        bottom,
        size,
        strong ? '700' : '400',
        strong ? color : muted
      );
      g.append(para.node);
      bottom = para.bottom - size * 0.25;
    } else if (block.matches('.ramp')) {
      const [lo, hi] = [...block.querySelectorAll('span')].map(clean);
      const bar = block.querySelector('svg');
      const row = bottom + size * 0.4;
      let x = w.pad;
      g.append(w.text(x, row + size, lo ?? '', size, '400', color));
      x += w.measure(lo ?? '', size) + 6;
      if (bar) {
        const copy = importStyled(doc, bar, bar);
        copy.setAttribute('x', String(round(x)));
        copy.setAttribute('y', String(round(row)));
        copy.setAttribute('width', '120');
        copy.setAttribute('height', String(size));
        g.append(copy);
        x += 126;
      }
      g.append(w.text(x, row + size, hi ?? '', size, '400', color));
      bottom = row + size * 1.8;
    } else {
      let x = w.pad;
      let row = bottom + size * 0.3;
      for (const li of block.querySelectorAll(':scope > li')) {
        if (li.querySelector('button, input, select')) continue;
        const swatch = li.querySelector('svg, .swatch');
        const count = clean(li.querySelector('.count'));
        // Text and elements only: Lit's comment markers are not words.
        const words = [...li.childNodes]
          .filter((n) =>
            n instanceof Element ? n !== swatch && !n.matches('.count') : n instanceof Text
          )
          .map((n) => n.textContent?.replace(/\s+/g, ' ').trim() ?? '')
          .filter(Boolean)
          .join(' ');
        const label = count ? `${words} (${count})` : words;
        const sw =
          swatch instanceof SVGSVGElement ? Number(swatch.getAttribute('width')) || 14 : 14;
        const itemWidth = sw + 5 + w.measure(label, size) + 14;
        if (x > w.pad && x + itemWidth > w.width - w.pad) {
          x = w.pad;
          row += size * 1.5;
        }
        if (swatch instanceof SVGSVGElement) {
          const copy = importStyled(doc, swatch, li);
          copy.setAttribute('x', String(round(x)));
          copy.setAttribute('y', String(round(row)));
          g.append(copy);
        } else if (swatch) {
          const css = getComputedStyle(swatch);
          const rect = doc.createElementNS(SVG_NS, 'rect');
          const hatched = swatch.matches('.no-data');
          for (const [k, v] of [
            ['x', round(x + 0.5)],
            ['y', round(row + 0.5)],
            ['width', 13],
            ['height', 13],
            ['fill', hatched ? 'url(#no-data)' : css.backgroundColor],
            ['stroke', css.borderTopWidth !== '0px' ? css.borderTopColor : 'none'],
            ['stroke-dasharray', css.borderTopStyle === 'dashed' ? '3 2' : ''],
          ] as const)
            if (v !== '') rect.setAttribute(k, String(v));
          g.append(rect);
        }
        g.append(w.text(x + sw + 5, row + size * 0.95, label, size, '400', color));
        x += itemWidth;
      }
      bottom = row + size * 1.8;
    }
  }
  return {node: g, bottom};
}
