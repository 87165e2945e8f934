/**
 * The pieces of a standalone SVG export: computed styles inlined as presentation attributes,
 * text wrapped by measured width, and the chart's legend drawn in SVG from its model.
 */
import {runsText, type LegendModel, type Paint, type Swatch} from '../layout/legend.js';
import {textWidth as estimateWidth} from '../layout/text.js';

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
const COLOR_PROPS = new Set(['fill', 'stroke', 'color']);

let pixel: CanvasRenderingContext2D | null | undefined;
/**
 * `value` as `rgb()` / `rgba()` where it is a colour in another space (the page computes
 * `lab()` for text inside a bar and `oklch()` for a mark's outline): SVG editors and renderers
 * outside browsers read sRGB only. Painted on a 1 px canvas and read back; others pass as given.
 */
export function srgb(value: string): string {
  if (!/^(?:ok)?(?:lab|lch)\(|^(?:color|hwb)\(/.test(value)) return value;
  pixel ??= document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  if (!pixel) return value;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = value;
  pixel.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = pixel.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${+(a / 255).toFixed(3)})`;
}

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
    if (value !== '' && value !== parent.getPropertyValue(p))
      target.setAttribute(p, COLOR_PROPS.has(p) ? srgb(value) : value);
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
  if (!measurer) return estimateWidth(text, size);
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

/** Creates an SVG element in `doc` with attributes (undefined ones left off). */
export function el(
  doc: XMLDocument,
  tag: string,
  attrs: Record<string, string | number | undefined>
): Element {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined) node.setAttribute(k, typeof v === 'number' ? String(round(v)) : v);
  return node;
}

/** A swatch of the model at (x, y), its paints resolved to the colours the page shows. */
function drawSwatch(
  doc: XMLDocument,
  s: Swatch,
  x: number,
  y: number,
  paint: (p: Paint) => string
): Element {
  if (s.kind === 'no-data')
    return el(doc, 'rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: 13,
      height: 13,
      fill: 'url(#no-data)',
      stroke: paint('border'),
    });
  const box = el(doc, 'svg', {x, y, width: s.width, height: s.height});
  for (const p of s.shapes) {
    const common = {
      fill: paint(p.fill),
      stroke: p.stroke === undefined ? undefined : paint(p.stroke),
      'stroke-width': p.strokeWidth,
      'stroke-dasharray': p.dash,
      'fill-opacity': p.fillOpacity,
      opacity: p.opacity,
    };
    box.append(
      p.shape === 'circle'
        ? el(doc, 'circle', {cx: p.x, cy: p.y, r: p.r, ...common})
        : el(doc, 'rect', {
            x: p.x,
            y: p.y,
            width: p.width,
            height: p.height,
            rx: p.rx,
            ...common,
          })
    );
  }
  return box;
}

export interface LegendLook {
  size: number;
  color: string;
  muted: string;
  /** The colour a paint resolves to in the chart's theme. */
  paint: (p: Paint) => string;
}

/**
 * The legend model drawn in SVG: paragraphs (title, totals, notes) as wrapped text, entries as a
 * swatch and a label flowing in rows (a label too long for a row wraps), a colour ramp with its
 * ends. Controls (chips, sliders, date fields) have no place on paper and are left out.
 */
export function drawLegend(
  doc: XMLDocument,
  model: LegendModel,
  w: Writer,
  y: number,
  {size, color, muted, paint}: LegendLook
): {node: Element; bottom: number} {
  const g = doc.createElementNS(SVG_NS, 'g');
  let bottom = y;
  for (const block of model) {
    if (block.type === 'title' || block.type === 'text') {
      const strong = block.type === 'title';
      // A paragraph wholly in strong runs (the "Highlighted: …" line) is drawn strong too.
      const bold = !strong && block.runs.every((r) => r.emphasis === 'strong');
      const text = strong ? block.text : runsText(block.runs);
      const weight = strong ? '700' : bold ? '600' : '400';
      const para = w.block(text, bottom, size, weight, strong || bold ? color : muted);
      g.append(para.node);
      bottom = para.bottom - size * 0.25;
    } else if (block.type === 'ramp') {
      const row = bottom + size * 0.4;
      let x = w.pad;
      g.append(w.text(x, row + size, block.lo, size, '400', color));
      x += w.measure(block.lo, size) + 6;
      const bar = el(doc, 'svg', {
        viewBox: '0 0 100 10',
        preserveAspectRatio: 'none',
        x,
        y: row,
        width: 120,
        height: size,
      });
      const gradient = el(doc, 'linearGradient', {id: 'ramp'});
      block.stops.forEach((c, k) =>
        gradient.append(
          el(doc, 'stop', {
            offset: String(k / Math.max(1, block.stops.length - 1)),
            'stop-color': c,
          })
        )
      );
      const defs = el(doc, 'defs', {});
      defs.append(gradient);
      bar.append(defs, el(doc, 'rect', {width: 100, height: 10, fill: 'url(#ramp)'}));
      g.append(bar);
      x += 126;
      g.append(w.text(x, row + size, block.hi, size, '400', color));
      bottom = row + size * 1.8;
    } else if (block.type === 'entries') {
      let x = w.pad;
      let row = bottom + size * 0.3;
      for (const e of block.entries) {
        const label = e.count ? `${e.label} (${e.count.text})` : e.label;
        const sw = e.swatch ? (e.swatch.kind === 'shapes' ? e.swatch.width : 14) + 5 : 0;
        const room = w.width - 2 * w.pad - sw;
        const lines = w.measure(label, size) > room ? w.wrap(label, size, '400', room) : [label];
        const itemWidth = sw + Math.max(...lines.map((l) => w.measure(l, size))) + 14;
        if (x > w.pad && x + itemWidth > w.width - w.pad) {
          x = w.pad;
          row += size * 1.5;
        }
        if (e.swatch) {
          const h = e.swatch.kind === 'shapes' ? e.swatch.height : 14;
          g.append(drawSwatch(doc, e.swatch, x, row + (14 - h) / 2, paint));
        }
        lines.forEach((line, i) =>
          g.append(w.text(x + sw, row + size * (0.95 + i * 1.25), line, size, '400', color))
        );
        row += size * 1.25 * (lines.length - 1);
        x += itemWidth;
      }
      bottom = row + size * 1.8;
    }
  }
  return {node: g, bottom};
}
