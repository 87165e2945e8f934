/**
 * Export of a drawn chart: a standalone SVG (styles resolved and inlined, headline and source
 * line included, so it reads the same in print, a CMS or a slide), and a PNG rasterised from it.
 */

import {labelled} from './citation.js';
import {SVG_NS, TEXT_PROPS, Writer, drawLegend, importStyled, srgb} from './export-parts.js';
import type {LegendModel, Paint} from '../layout/legend.js';
import {paintValue} from './legend.js';
import type {ExportNotes} from './export-notes.js';

export interface ExportFrame {
  headline: string;
  subhead: string;
  credit: string;
  /** Words before the credit (default `Source:`), in the chart's language. */
  sourceLabel?: string | undefined;
  notes: string;
  width: number;
  height: number;
  background: string;
  color: string;
  muted: string;
  fontFamily: string;
  fontSize: number;
  /** The chart's own legend, drawn from its model (the page's legend is not read back). */
  legend?: LegendModel | undefined;
  /** The notes on the chart, drawn from their placement, and the list of those drawn as markers. */
  annotations?: ExportNotes | undefined;
  /** The colour a legend paint resolves to in the chart's theme. */
  paint?: (p: Paint) => string;
}

/** Serialises the rendered chart `svg` into a standalone SVG document string. */
export function standaloneSvg(svg: SVGSVGElement, frame: ExportFrame): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const size = frame.fontSize;
  const pad = Math.round(size);
  const w = new Writer(doc, frame.fontFamily, frame.width, pad);
  const head = w.block(frame.headline, pad / 2, size * 1.3, '700', frame.color);
  const sub = w.block(frame.subhead, head.bottom, size, '400', frame.muted);
  const key = frame.legend
    ? drawLegend(doc, frame.legend, w, sub.bottom, {
        size: size * 0.85,
        color: frame.color,
        muted: frame.muted,
        paint: frame.paint ?? paintValue,
      })
    : undefined;
  const top = Math.ceil(Math.max(key?.bottom ?? sub.bottom, pad / 2));

  // A nested viewport clips the chart as the page does: map land beyond the frame stays out of
  // the headline and the source line.
  const chart = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({
    x: 0,
    y: top,
    width: frame.width,
    height: frame.height,
    viewBox: `0 0 ${frame.width} ${frame.height}`,
    overflow: 'hidden',
  }))
    chart.setAttribute(k, String(v));
  // What the chart's text and marks inherit on the page, stated once for the copy.
  const inherited = getComputedStyle(svg);
  for (const p of TEXT_PROPS.filter((p) => !['display', 'visibility', 'opacity'].includes(p))) {
    const value = inherited.getPropertyValue(p);
    if (value) chart.setAttribute(p, value);
  }
  for (const child of svg.children) {
    if (child instanceof SVGTitleElement || child instanceof SVGDescElement) continue;
    // The page's notes are drawn again below from their placement, not copied.
    if (child.classList.contains('annotations')) continue;
    chart.append(importStyled(doc, child, svg));
  }
  const notes = frame.annotations;
  if (notes?.placed.notes.length)
    chart.append(notes.draw(doc, notes.placed, {...frame, family: frame.fontFamily}));
  const list = w.block(
    notes?.list.join(' ') ?? '',
    top + frame.height,
    size * 0.85,
    '400',
    frame.color
  );
  const footText = [
    frame.notes,
    // No label where the line says what it is ("Sources: each row cites its own…").
    frame.credit && frame.sourceLabel !== ''
      ? `${labelled(frame.sourceLabel ?? 'Source:')}${frame.credit}`
      : frame.credit,
  ]
    .filter(Boolean)
    .join(' ');
  const foot = w.block(footText, list.bottom, size * 0.85, '400', frame.muted);
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
  root.append(
    title,
    bg,
    head.node,
    sub.node,
    ...(key ? [key.node] : []),
    chart,
    ...(notes?.list.length ? [list.node] : []),
    foot.node
  );
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  return new XMLSerializer().serializeToString(doc);
}

/**
 * The drawn chart in `root` (its `svg.chart` and `.frame`, as the frame renders them) as a
 * standalone SVG, in the colours and fonts it is shown in.
 */
export function exportChart(
  root: ParentNode,
  size: {width: number; height: number},
  {
    legend,
    ...text
  }: {
    headline: string;
    subhead: string;
    credit: string;
    sourceLabel?: string | undefined;
    notes: string;
    /** The chart's own legend model, unless the page slotted in a legend of its own. */
    legend: LegendModel | undefined;
    annotations?: ExportNotes | undefined;
  }
): string {
  const svg = root.querySelector<SVGSVGElement>('svg.chart');
  const frame = root.querySelector<HTMLElement>('.frame');
  if (!svg || !frame)
    throw new Error('apac-viz: nothing is drawn yet; wait for the apac-render event.');
  // A fade under way (a highlight or setState just applied) is copied as it will end.
  if (root instanceof ShadowRoot)
    for (const a of root.getAnimations()) if (a instanceof CSSTransition) a.finish();
  const style = getComputedStyle(frame);
  return standaloneSvg(svg, {
    ...text,
    width: size.width,
    height: size.height,
    background: srgb(style.backgroundColor),
    color: srgb(style.color),
    muted: srgb(style.getPropertyValue('--_muted').trim() || style.color),
    fontFamily: style.fontFamily,
    fontSize: parseFloat(style.fontSize) || 14,
    legend,
    paint: themePaint(frame),
  });
}

/**
 * Resolves a legend paint to the colour `frame` shows it in: a probe element takes the paint's
 * CSS value (through CSSOM, which a strict `style-src` allows) and reports its computed colour.
 */
function themePaint(frame: HTMLElement): (p: Paint) => string {
  const probe = document.createElement('span');
  probe.hidden = true;
  const seen = new Map<string, string>();
  return (p) => {
    const value = paintValue(p);
    if (value === 'none' || value.startsWith('url(')) return value;
    let resolved = seen.get(value);
    if (resolved === undefined) {
      frame.append(probe);
      probe.style.color = value;
      resolved = srgb(getComputedStyle(probe).color);
      probe.remove();
      seen.set(value, resolved);
    }
    return resolved;
  };
}

/** Offers `text` as a file download (a blob URL: no request, nothing a CSP blocks). */
export function downloadFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
