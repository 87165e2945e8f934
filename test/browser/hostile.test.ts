/// <reference types="mocha" />
import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/index.js';
import {HOSTILE} from '../fixtures/hostile.js';
import {q, qa} from './helpers.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

type Chart = HTMLElement & {
  data: unknown;
  headline: string;
  subhead: string;
  credit: string;
  notes: string;
  selected: string | undefined;
  updateComplete: Promise<boolean>;
};

/** Every text field a user controls, for each chart, filled from the corpus. */
const DATA: Record<string, () => unknown> = {
  'apac-choropleth': () => ({
    indicator: {label: HOSTILE[1], unit: HOSTILE[2], citation: HOSTILE[14]},
    values: [
      ...['SG', 'MY', 'TH', 'VN', 'ID', 'PH'].map((economy, i) => ({
        economy,
        value: HOSTILE[i] ?? 'x',
        citation: HOSTILE[(i + 13) % HOSTILE.length] ?? 'x',
        note: HOSTILE[(i + 25) % HOSTILE.length],
      })),
      {economy: HOSTILE[3], value: 1, citation: 'x'},
    ],
  }),
  'apac-timeline': () => ({
    events: HOSTILE.map((text, i) => ({
      id: `e${i}`,
      title: text,
      start: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 9}`,
      city: HOSTILE[(i + 1) % HOSTILE.length],
      forum: HOSTILE[i % 5],
      kind: HOSTILE[(i + 2) % 7],
      economy: i % 10 === 0 ? text : 'SG',
      citation: HOSTILE[(i + 13) % HOSTILE.length],
      note: HOSTILE[(i + 3) % HOSTILE.length],
    })),
  }),
  'apac-sankey': () => ({
    links: HOSTILE.slice(0, 30).map((text, i) => ({
      source: `from ${i % 3} ${HOSTILE[i % 3]}`,
      target: text,
      value: 1 + i,
      citation: HOSTILE[(i + 13) % HOSTILE.length],
      note: HOSTILE[(i + 20) % HOSTILE.length],
    })),
  }),
};

/** Elements no chart ever draws from data; finding one means markup got through. */
const FORBIDDEN =
  'script, img, iframe, object, embed, video, audio, source, marquee, details, link, meta, base, foreignObject, animate, set, style, body';

function checkShadow(el: Element): void {
  expect(qa(el, FORBIDDEN).map((n) => n.localName)).to.deep.equal([]);
  const hrefs = qa(el, 'a').map((a) => a.getAttribute('href') ?? '');
  expect(hrefs.filter((h) => !/^https?:\/\//i.test(h))).to.deep.equal([]);
  const handlers = qa(el, '*').flatMap((n) =>
    [...n.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)
  );
  expect(handlers).to.deep.equal([]);
}

describe('hostile text is shown as text and never runs', () => {
  beforeEach(() => {
    delete window.pwned;
  });

  for (const tag of Object.keys(DATA)) {
    it(`<${tag}>: ${HOSTILE.length} payloads in every field`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      const el = document.createElement(tag) as Chart;
      el.data = DATA[tag]?.();
      box.append(el);
      await oneEvent(el, 'apac-render');
      // Frame text: each payload in turn, shown literally.
      for (const text of HOSTILE) {
        el.headline = text;
        el.subhead = text;
        el.credit = text;
        el.notes = text;
        await el.updateComplete;
        const shown = q(el, '.headline')?.textContent ?? '';
        expect(shown.replace(/\s+/g, ' ').trim()).to.equal(text.replace(/\s+/g, ' ').trim());
      }
      // The table, a tooltip and (timeline) the detail card put data text on screen too.
      (q(el, '.table-toggle') as HTMLButtonElement).click();
      const mark = q(el, '[data-id]');
      mark?.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, composed: true}));
      // (An event the validators kept: some payloads are no kind, and drop their event.)
      const event = qa(el, '[data-id]')
        .map((m) => m.getAttribute('data-id') ?? '')
        .find((id) => /^e\d+$/.test(id));
      if (tag === 'apac-timeline') el.selected = event;
      await el.updateComplete;
      await aTimeout(50);
      checkShadow(el);
      expect(q(el, 'tbody')?.textContent).to.contain(HOSTILE[0]);
      if (tag === 'apac-timeline') {
        const note = HOSTILE[(Number(event?.slice(1)) + 3) % HOSTILE.length] ?? '';
        const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
        expect(flat(q(el, '.card')?.textContent), 'the card shows its note as text').to.contain(
          flat(note)
        );
      }
      expect(window.pwned).to.equal(undefined);
    });
  }
});

/** A target each chart draws from its bundled data, for notes carrying the payloads. */
const NOTE_TARGETS: Record<string, string> = {
  'apac-choropleth': 'TL',
  'apac-timeline': 'ammtc-10',
  'apac-sankey': 'crime:heroin',
};

describe('hostile annotation text is shown as text and never runs', () => {
  beforeEach(() => {
    delete window.pwned;
  });

  for (const [tag, target] of Object.entries(NOTE_TARGETS)) {
    it(`<${tag}>: ${HOSTILE.length} payloads as notes (property and <apac-note>)`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      const el = document.createElement(tag) as Chart & {annotations: unknown; toSVG(): string};
      const note = document.createElement('apac-note');
      note.setAttribute('for', target);
      el.append(note);
      box.append(el);
      await oneEvent(el, 'apac-render');
      (q(el, '.table-toggle') as HTMLButtonElement).click();
      for (const text of HOSTILE) {
        const flat = text.replace(/\s+/g, ' ').trim();
        if (!flat) continue;
        el.annotations = [{id: text, target, text}];
        note.textContent = text;
        note.setAttribute('id', text);
        await aTimeout(0);
        await el.updateComplete;
        const desc = (q(el, 'svg.chart desc')?.textContent ?? '').replace(/\s+/g, ' ');
        expect(desc).to.contain(`A. ${flat}`);
        expect(desc).to.contain(`B. ${flat}`);
        expect(q(el, '.table-notes')?.textContent?.replace(/\s+/g, ' ')).to.contain(flat);
        checkShadow(el);
        // The export: the payload is text in it, never an element or a handler.
        const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
        expect([...doc.querySelectorAll(FORBIDDEN)].map((n) => n.localName)).to.deep.equal([]);
        const on = [...doc.querySelectorAll('*')].flatMap((n) =>
          [...n.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)
        );
        expect(on).to.deep.equal([]);
        expect(doc.documentElement.textContent?.replace(/\s+/g, '')).to.contain(
          flat.replace(/\s+/g, '').slice(0, 20)
        );
      }
      expect(window.pwned).to.equal(undefined);
    });
  }
});
