/**
 * Export of a drawn chart: a standalone SVG (styles resolved and inlined, headline and source
 * line included, so it reads the same in print, a CMS or a slide), and a PNG rasterised from it.
 */
import {wrapText} from '../layout/text.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
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
const TEXT_PROPS = [
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

export interface ExportFrame {
  headline: string;
  subhead: string;
  credit: string;
  notes: string;
  width: number;
  height: number;
  background: string;
  color: string;
  muted: string;
  fontFamily: string;
  fontSize: number;
}

/**
 * Writes the computed values of the presentation properties that differ from the parent's onto
 * `target`, and drops attributes that mean nothing outside the page (classes, parts, tabindex,
 * `var(--…)` references that no stylesheet will resolve).
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
  const style = props
    .map((p) => [p, computed.getPropertyValue(p)] as const)
    .filter(([p, value]) => value !== '' && value !== parent.getPropertyValue(p))
    .map(([p, value]) => `${p}:${value}`)
    .join(';');
  if (style) target.setAttribute('style', style);
}

function textLines(
  doc: XMLDocument,
  lines: string[],
  x: number,
  y: number,
  size: number,
  weight: string,
  fill: string,
  font: string
): {node: SVGGElement; bottom: number} {
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  lines.forEach((line, i) => {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y + size * (i + 1) * 1.25));
    t.setAttribute(
      'style',
      `font-family:${font};font-size:${size}px;font-weight:${weight};fill:${fill}`
    );
    t.textContent = line;
    g.append(t);
  });
  return {node: g, bottom: y + size * lines.length * 1.25 + (lines.length ? size * 0.5 : 0)};
}

/** Serialises the rendered chart `svg` into a standalone SVG document string. */
export function standaloneSvg(svg: SVGSVGElement, frame: ExportFrame): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const pad = Math.round(frame.fontSize);
  const chars = Math.max(20, Math.floor((frame.width - 2 * pad) / (frame.fontSize * 0.55)));
  const head = textLines(
    doc,
    wrapText(frame.headline, Math.floor(chars / 1.3)),
    pad,
    pad / 2,
    frame.fontSize * 1.3,
    '700',
    frame.color,
    frame.fontFamily
  );
  const sub = textLines(
    doc,
    wrapText(frame.subhead, chars),
    pad,
    head.bottom,
    frame.fontSize,
    '400',
    frame.muted,
    frame.fontFamily
  );
  const top = Math.max(sub.bottom, pad / 2);

  const chart = doc.createElementNS(SVG_NS, 'g');
  chart.setAttribute('transform', `translate(0 ${top})`);
  for (const child of svg.children) {
    if (child instanceof SVGTitleElement || child instanceof SVGDescElement) continue;
    const copy = doc.importNode(child, true) as Element;
    const from = [child, ...child.querySelectorAll('*')];
    const to = [copy, ...copy.querySelectorAll('*')];
    from.forEach((el, i) => {
      const target = to[i];
      if (target) inlineStyles(el, target, getComputedStyle(el.parentElement ?? svg));
    });
    chart.append(copy);
  }
  const footText = [frame.notes, frame.credit ? `Source: ${frame.credit}` : '']
    .filter(Boolean)
    .join(' ');
  const foot = textLines(
    doc,
    wrapText(footText, Math.floor(chars * 1.15)),
    pad,
    top + frame.height,
    frame.fontSize * 0.85,
    '400',
    frame.muted,
    frame.fontFamily
  );
  const height = Math.ceil(foot.bottom + pad / 2);

  root.setAttribute('width', String(frame.width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${frame.width} ${height}`);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = frame.headline || svg.querySelector('title')?.textContent || 'Chart';
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', frame.background);
  root.append(title, bg, head.node, sub.node, chart, foot.node);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  return new XMLSerializer().serializeToString(doc);
}

/** Rasterises an SVG document string to a PNG blob at `scale` × its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  // Read from the root tag's text, not a DOMParser: parsing a string is a Trusted Types sink.
  const root = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const size = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  const width = size('width') || 640;
  const height = size('height') || 400;
  const url = URL.createObjectURL(new Blob([svgText], {type: 'image/svg+xml'}));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    const factor = Number.isFinite(scale) && scale > 0 ? Math.min(scale, 8) : 2;
    canvas.width = Math.round(width * factor);
    canvas.height = Math.round(height * factor);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw to a canvas.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png'
      )
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
