/** Checks of what a reader sees at a width: text boxes apart, no page scroll sideways. */
import {fixture, html, oneEvent} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import {q, qa} from './helpers.js';

export const PHONES = [320, 375, 414] as const;
export const SCHEMES = ['light', 'dark'] as const;

/** Sets the window to `width` and mounts `template` in the page's own flow; resolves once drawn. */
export async function atWidth<T extends HTMLElement & {updateComplete: Promise<boolean>}>(
  tag: string,
  template: TemplateResult,
  width: number
): Promise<T> {
  await setViewport({width, height: 800});
  const box = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = box.querySelector(tag) as T;
  if (!q(el, 'svg.chart')) await oneEvent(el, 'apac-render');
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
  return el;
}

export interface Named {
  text: string;
  box: DOMRect;
  el: Element;
}

/** Every piece of text drawn in the chart's SVG, with its box on the page. */
export function chartTexts(el: Element, sel = 'svg.chart text'): Named[] {
  return qa(el, sel)
    .filter((t) => (t.textContent ?? '').trim() && (t as SVGGraphicsElement).getBBox().width > 0)
    .map((t) => ({text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect(), el: t}));
}

const meet = (a: DOMRect, b: DOMRect, slack = 0.5) =>
  a.left + slack < b.right &&
  b.left + slack < a.right &&
  a.top + slack < b.bottom &&
  b.top + slack < a.bottom;

/** Pairs of text boxes that intersect, as "a / b", for the assertion message. */
export function overlappingTexts(texts: readonly Named[]): string[] {
  const out: string[] = [];
  for (const [i, a] of texts.entries())
    for (const b of texts.slice(i + 1)) if (meet(a.box, b.box)) out.push(`${a.text} / ${b.text}`);
  return out;
}

/** Whether any point of a grid over `box` (page px) falls inside the filled shape `path`. */
export function boxOnShape(box: DOMRect, path: SVGGeometryElement, step = 2): boolean {
  const m = path.getScreenCTM()?.inverse();
  if (!m) return false;
  for (let x = box.left + 1; x < box.right - 1; x += step)
    for (let y = box.top + 1; y < box.bottom - 1; y += step) {
      const p = new DOMPoint(x, y).matrixTransform(m);
      if (path.isPointInFill(p)) return true;
    }
  return false;
}

/** How far the page scrolls sideways, px (0 when it does not). */
export const sidewaysScroll = () =>
  document.documentElement.scrollWidth - document.documentElement.clientWidth;
