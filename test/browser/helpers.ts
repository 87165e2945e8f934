/** Shared by the chart tests: shadow-DOM queries, text, and mounting a chart until it draws. */
import {fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';

export const q = <T extends Element = Element>(el: Element, sel: string) =>
  el.shadowRoot?.querySelector<T>(sel) ?? null;
export const qa = (el: Element, sel: string) => [...(el.shadowRoot?.querySelectorAll(sel) ?? [])];
export const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/**
 * The words as laid out (innerText): apart where the page shows them apart (two list items, a
 * swatch's label and the next), which textContent runs together when no space is written between.
 */
export const shown = (el: Element | null) =>
  el instanceof HTMLElement ? el.innerText.replace(/\s+/g, ' ').trim() : '';

/** Mounts `template` in a box `width` px wide; resolves to the chart `tag` once it has drawn. */
export async function drawn<T extends HTMLElement & {updateComplete: Promise<boolean>}>(
  tag: string,
  template: TemplateResult,
  width: number
): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector(tag) as T;
  if (!q(el, 'svg.chart')) await oneEvent(el, 'apac-render');
  await el.updateComplete;
  return el;
}

/** A horizontal timeline's From and To fields, once drawn (they come after its first picture). */
export async function dateFields(el: Element): Promise<HTMLInputElement[]> {
  await waitUntil(() => qa(el, '.range input').length === 2, 'no From / To fields', {
    timeout: 3000,
  });
  return qa(el, '.range input') as HTMLInputElement[];
}
