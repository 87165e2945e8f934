/** Hostile text in the embed page's URL parameters: shown as text, never run, never linked. */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {HOSTILE} from '../fixtures/hostile.js';
import {dist, launch, serve, type Served} from './harness.js';

const FIELDS = ['headline', 'subhead', 'notes', 'credit'] as const;
const CHARTS = ['choropleth', 'timeline', 'sankey'] as const;
// The page drops values it cannot take (see params.ts): over 2,000 characters, control characters.
// eslint-disable-next-line no-control-regex
const accepted = (v: string) => v.length <= 2000 && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(v);

let browser: Browser;
let site: Served;
beforeAll(async () => {
  browser = await launch();
  site = await serve(
    Object.fromEntries(
      ['apac-viz.js', 'embed.html', 'embed.js', 'embed.css'].map((f) => [
        `/${f}`,
        {file: join(dist, f)},
      ])
    )
  );
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('embed page with hostile URL parameters', () => {
  it(`${HOSTILE.length} payloads across headline, subhead, notes and credit of all three charts`, async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    let checked = 0;
    for (let i = 0; i < HOSTILE.length; i += FIELDS.length) {
      const chart = CHARTS[(i / FIELDS.length) % CHARTS.length] as string;
      const values = FIELDS.map((_, k) => HOSTILE[(i + k) % HOSTILE.length] as string);
      const params = new URLSearchParams([
        ['chart', chart],
        ...FIELDS.map((f, k) => [f, values[k] as string]),
      ]);
      await page.goto(`${site.url}/embed.html?${params}`);
      await page.waitForFunction(
        (t) => document.querySelector(t)?.shadowRoot?.querySelector('svg.chart'),
        `apac-${chart}`
      );
      const seen = await page.evaluate((t) => {
        const el = document.querySelector(t) as HTMLElement;
        const root = el.shadowRoot as ShadowRoot;
        const text = (sel: string) => root.querySelector(sel)?.textContent ?? '';
        return {
          pwned: (window as unknown as {pwned?: number}).pwned ?? 0,
          attributes: ['headline', 'subhead', 'notes', 'credit'].map((a) => el.getAttribute(a)),
          texts: [text('.headline'), text('.subhead'), text('.notes'), text('.credit')],
          links: [...root.querySelectorAll('.credit a[href]')].map(
            (a) => a.getAttribute('href') ?? ''
          ),
          injected: root.querySelectorAll(
            '.frame script, .frame iframe, .frame img, .frame foreignObject'
          ).length,
          title: document.title,
        };
      }, `apac-${chart}`);
      expect(seen.pwned, values.join(' | ')).toBe(0);
      expect(seen.injected).toBe(0);
      values.forEach((value, k) => {
        expect(seen.attributes[k], value).toBe(accepted(value) ? value : null);
        // Shown as written (whitespace aside); the source line adds "Source: " before it.
        if (accepted(value) && value.trim())
          expect(seen.texts[k]?.replace(/\s+/g, ' ')).toContain(
            value.replace(/\s+/g, ' ').trim().slice(0, 200)
          );
      });
      for (const href of seen.links) expect(href).toMatch(/^https?:\/\//);
      checked += values.length;
    }
    expect(checked).toBeGreaterThanOrEqual(HOSTILE.length);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
