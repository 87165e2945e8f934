/**
 * What every example app does, checked the same way in each: it draws `<apac-sankey>` with the
 * bundled flows passed through the `data` property, starts with `selected="crime:heroin"`, cuts
 * the data down to one crime from a `<select>`, and shows what the reader picked out, heard from
 * `apac-select`, in `#selection`, passing it back down as `selected`.
 */
import {expect} from 'vitest';
import type {Page} from 'playwright-core';
import {chartsDrawn} from './harness.js';

interface ChartState {
  selected: string | undefined;
  attribute: string | null;
  dataIsObject: boolean;
  marked: (string | null)[];
  links: number;
  text: string | undefined;
}

const state = (page: Page): Promise<ChartState> =>
  page.evaluate(() => {
    const el = document.querySelector('apac-sankey') as HTMLElement & {
      selected?: string;
      data?: unknown;
    };
    const root = el.shadowRoot as ShadowRoot;
    return {
      selected: el.selected,
      attribute: el.getAttribute('selected'),
      dataIsObject: typeof el.data === 'object' && el.data !== null && !el.hasAttribute('data'),
      marked: [...root.querySelectorAll('.node.selected')].map((n) => n.getAttribute('data-id')),
      links: root.querySelectorAll('.link, .row').length,
      text: document.querySelector('#selection')?.textContent?.trim(),
    };
  });

/**
 * Runs the app's script: `attribute` says the framework was asked to set `selected` as an
 * attribute (React 19 and Svelte 5 set a property whenever the element has one).
 */
export async function exerciseSankeyApp(page: Page, {attribute}: {attribute: boolean}) {
  await chartsDrawn(page, 1);
  const first = await state(page);
  expect(first.dataIsObject, 'data reached the element as an object property').toBe(true);
  expect(first.selected).toBe('crime:heroin');
  if (attribute) expect(first.attribute).toBe('crime:heroin');
  expect(first.marked, 'the node named by selected is drawn picked out').toEqual(['crime:heroin']);
  expect(first.text).toBe('Selected: crime:heroin');
  expect(first.links).toBeGreaterThan(20);

  // New data through the property: one crime's flows only.
  await page.selectOption('select', {label: 'Methamphetamines'});
  await page.waitForFunction(
    (n) =>
      (document.querySelector('apac-sankey')?.shadowRoot?.querySelectorAll('.link, .row').length ??
        n) < n,
    first.links
  );
  expect((await state(page)).links).toBeLessThan(first.links);

  // The reader picks a node with the keyboard; the app hears apac-select and passes it back down.
  await page.locator('apac-sankey').locator('.node').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.querySelector('#selection')?.textContent?.trim() !== 'Selected: crime:heroin'
  );
  const picked = await state(page);
  expect(picked.selected).toBeTruthy();
  expect(picked.selected).not.toBe('crime:heroin');
  expect(picked.text).toBe(`Selected: ${picked.selected}`);
  expect(picked.marked).toEqual([picked.selected]);
  if (attribute) expect(picked.attribute).toBe(picked.selected);
}
