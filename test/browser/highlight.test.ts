/// <reference types="mocha" />
/**
 * The author's `highlight` (README, "Highlight and setState"): what it names keeps its strength,
 * the rest is muted, a line says what is highlighted, the reader's selection works on top of it,
 * it is exported; and `setState` sets several fields in one update.
 */
import {expect, html, oneEvent} from '@open-wc/testing';
import eventsFile from '../../data/events.json';
import {drawn, q, qa, text} from './helpers.js';
import {contrast, contrastOn} from './contrast.js';
import '../../src/index.js';
import type {ApacChoropleth} from '../../src/elements/choropleth/choropleth.js';
import type {ApacTimeline} from '../../src/elements/timeline/timeline.js';
import type {ApacSankey} from '../../src/elements/sankey/sankey.js';

const EVENTS = eventsFile.events as {id: string; forum: string; title: string; start: string}[];

/** A drawn mark's opacity as the reader sees it once any fade has ended. */
function opacity(el: HTMLElement, id: string): number {
  for (const a of el.shadowRoot?.getAnimations() ?? []) a.finish();
  const mark = q(el, `svg.chart [data-id="${CSS.escape(id)}"][data-focus]`);
  if (!mark) throw new Error(`no mark ${id} in ${el.localName}`);
  return Number(getComputedStyle(mark).opacity);
}
/**
 * How faded a timeline item's mark is: its group's opacity times its shape's (a muted event's
 * words keep full opacity in the muted text colour; its mark fades).
 */
function markOpacity(el: HTMLElement, id: string): number {
  const group = q(el, `svg.chart [data-id="${CSS.escape(id)}"][data-focus]`);
  const shape = group?.querySelector(':scope > :not(text)');
  if (!shape) throw new Error(`no mark ${id} in ${el.localName}`);
  return opacity(el, id) * Number(getComputedStyle(shape).opacity);
}
const line = (el: HTMLElement) => text(q(el, '.highlighted'));
const description = (el: HTMLElement) => text(q(el, 'svg.chart desc'));
const ids = (el: HTMLElement, sel: string) =>
  qa(el, sel).map((m) => m.getAttribute('data-id') ?? '');
const click = (el: HTMLElement, id: string) =>
  q(el, `svg.chart [data-id="${CSS.escape(id)}"][data-focus]`)?.dispatchEvent(
    new MouseEvent('click', {bubbles: true, composed: true})
  );
/** Counts the element's updates (Lit's `update`, once per batch of property sets). */
function countUpdates(el: HTMLElement): () => number {
  let n = 0;
  const host = el as unknown as {update: (c: unknown) => void};
  const update = host.update.bind(el);
  host.update = (c) => {
    n++;
    update(c);
  };
  return () => n;
}

describe('highlight on the map', () => {
  it('keeps the named economies (codes or names) strong and mutes the rest, and says so', async () => {
    const el = await drawn<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth highlight="MM, Thailand"></apac-choropleth>`,
      800
    );
    expect(opacity(el, 'MM')).to.equal(1);
    expect(opacity(el, 'TH')).to.equal(1);
    expect(opacity(el, 'JP')).to.be.below(0.5);
    expect(line(el)).to.equal('Highlighted: Myanmar and Thailand.');
    expect(description(el)).to.contain('Highlighted: Myanmar and Thailand.');
    el.highlight = '';
    await el.updateComplete;
    expect(opacity(el, 'JP')).to.equal(1);
    expect(q(el, '.highlighted'), 'no line').to.equal(null);
  });

  it('lets the reader select a muted economy on top of it, and clear it again', async () => {
    const el = await drawn<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth highlight="MM"></apac-choropleth>`,
      800
    );
    const picked = oneEvent(el, 'apac-select');
    click(el, 'JP');
    expect((await picked).detail.id).to.equal('JP');
    await el.updateComplete;
    expect(el.selected).to.equal('JP');
    expect(opacity(el, 'JP')).to.equal(1);
    expect(opacity(el, 'MM')).to.equal(1);
    expect(opacity(el, 'TH')).to.be.below(0.5);
    const name = () => q(el, '.economy-label[data-of="JP"]') as SVGTextElement;
    expect(name().classList.contains('emphasised'), "Japan's name strong").to.equal(true);
    click(el, 'JP');
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(opacity(el, 'JP')).to.be.below(0.5);
    // Its name muted with it in the same render (it stayed strong until the next one).
    expect(name().classList.contains('emphasised'), "Japan's name muted").to.equal(false);
    expect(el.highlight).to.equal('MM');
  });

  it('is in the exported SVG: the line, and the muted economies muted', async () => {
    const el = await drawn<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth highlight="MM"></apac-choropleth>`,
      800
    );
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(svg.documentElement.textContent).to.contain('Highlighted: Myanmar.');
    // One legend model: the line heads the legend on the page and in the file alike.
    expect(q(el, '[part="legend"] p')?.getAttribute('part')).to.equal('highlighted');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const at = (words: string) => texts.findIndex((t) => t.includes(words));
    expect(at('Highlighted: Myanmar.')).to.be.above(-1);
    expect(at('Highlighted: Myanmar.')).to.be.below(at('Membership'));
    const of = (id: string) => svg.querySelector(`[data-id="${id}"][data-focus]`);
    expect(Number(of('JP')?.getAttribute('opacity') ?? 1)).to.be.below(0.5);
    expect(of('MM')?.getAttribute('opacity') ?? '1').to.equal('1');
    // Exported straight after a change, the fade under way is copied as it ends.
    el.highlight = 'TH';
    await el.updateComplete;
    const next = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const mm = next.querySelector('[data-id="MM"][data-focus]')?.getAttribute('opacity');
    expect(Number(mm ?? 1)).to.equal(0.2);
  });

  for (const theme of ['light', 'dark'])
    it(`${theme}: mutes the names of the muted economies too, still 4.5:1 against their halo`, async () => {
      const el = await drawn<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth theme=${theme} highlight="AU, Russia"></apac-choropleth>`,
        800
      );
      const names = qa(el, 'svg.chart text.economy-label').map((t) => {
        const style = getComputedStyle(t);
        return {name: text(t), fill: style.fill, ratio: contrast(style.fill, style.stroke)};
      });
      const strong = names.filter((n) => ['Australia', 'Russia'].includes(n.name));
      const muted = names.filter((n) => !['Australia', 'Russia'].includes(n.name));
      expect(strong.length, 'highlighted names drawn').to.equal(2);
      expect(muted.length, 'other names drawn').to.be.above(3);
      const full = strong[0]?.fill;
      expect(strong.every((n) => n.fill === full)).to.equal(true);
      expect(muted.filter((n) => n.fill === full).map((n) => n.name)).to.deep.equal([]);
      expect(names.filter((n) => n.ratio < 4.5)).to.deep.equal([]);
      el.highlight = '';
      await el.updateComplete;
      const after = qa(el, 'svg.chart text.economy-label').map((t) => getComputedStyle(t).fill);
      expect(after.every((f) => f === full)).to.equal(true);
    });
});

describe('highlight on the timeline', () => {
  it('reads forum: and event ids, keeps those events strong and mutes the others', async () => {
    const ammtc = EVENTS.filter((e) => e.forum === 'AMMTC').map((e) => e.id);
    const el = await drawn<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline orientation="horizontal" highlight="forum:ammtc"></apac-timeline>`,
      1200
    );
    const events = ids(el, 'svg.chart g.event');
    const strong = events.filter((id) => ammtc.includes(id));
    const other = events.filter((id) => !ammtc.includes(id));
    expect(strong.length).to.be.above(0);
    expect(other.length).to.be.above(0);
    for (const id of strong) expect(markOpacity(el, id), id).to.equal(1);
    for (const id of other) expect(markOpacity(el, id), id).to.be.below(0.5);
    expect(line(el)).to.equal('Highlighted: AMMTC events.');

    const one = EVENTS.find((e) => e.id === other[0]);
    el.highlight = one?.id ?? '';
    await el.updateComplete;
    expect(line(el)).to.equal(`Highlighted: ${one?.title}.`);
    expect(markOpacity(el, one?.id ?? '')).to.equal(1);
    expect(markOpacity(el, strong[0] ?? '')).to.be.below(0.5);
  });

  for (const [orientation, width] of [
    ['horizontal', 1200],
    ['vertical', 320],
  ] as const)
    it(`keeps the muted events' words readable (4.5:1), ${orientation}, light and dark`, async () => {
      for (const theme of ['light', 'dark']) {
        const el = await drawn<ApacTimeline>(
          'apac-timeline',
          html`<apac-timeline
            theme=${theme}
            orientation=${orientation}
            highlight="forum:AMMTC"
          ></apac-timeline>`,
          width
        );
        const words = 'svg.chart [data-id] > text';
        expect(qa(el, words).length, theme).to.be.above(5);
        // (Faded with their marks, labels fell to 1.5:1 on a lane's band.)
        expect(mutedNames(el, words), theme).to.deep.equal([]);
      }
    });
});

/** Names in the chart under 4.5:1 against the background, with their ratio. */
function mutedNames(el: HTMLElement, sel = 'svg.chart .node text'): string[] {
  for (const a of el.shadowRoot?.getAnimations() ?? []) a.finish();
  const bg = getComputedStyle(q(el, '.frame') as Element).backgroundColor;
  return qa(el, sel)
    .filter((t) => t.textContent?.trim())
    .map((t) => {
      let opacity = 1;
      for (let n: Element | null = t; n && n.localName !== 'svg'; n = n.parentElement)
        opacity *= Number(getComputedStyle(n).opacity);
      return [t.textContent?.trim(), contrastOn(getComputedStyle(t).fill, bg, opacity)] as const;
    })
    .filter(([, ratio]) => ratio < 4.5)
    .map(([name, ratio]) => `${name} ${ratio.toFixed(1)}`);
}

describe('highlight on the Sankey', () => {
  it('keeps the muted rows of the phone list readable (4.5:1), light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await drawn<ApacSankey>(
        'apac-sankey',
        html`<apac-sankey theme=${theme} highlight="crime:counterfeit-goods"></apac-sankey>`,
        320
      );
      expect(q(el, 'svg.chart .list'), 'the list').to.not.equal(null);
      expect(mutedNames(el), theme).to.deep.equal([]);
    }
  });

  it('keeps a node and its flows strong, mutes the rest; selection works on top', async () => {
    const el = await drawn<ApacSankey>(
      'apac-sankey',
      html`<apac-sankey
        orientation="horizontal"
        highlight="crime:counterfeit-goods"
      ></apac-sankey>`,
      1000
    );
    expect(opacity(el, 'crime:counterfeit-goods')).to.equal(1);
    // The flows through it (the largest, counterfeit goods to Europe and the US) stay strong.
    const links = ids(el, 'svg.chart g.link');
    const through = ids(el, 'svg.chart g.link.emphasised');
    expect(through.length).to.be.above(0);
    expect(through.length).to.be.below(links.length);
    for (const id of links) expect(opacity(el, id), id).to.equal(through.includes(id) ? 1 : 0.2);
    // A muted node's bar fades; its name keeps 4.5:1 in the muted text colour.
    const heroin = q(el, 'svg.chart [data-id="crime:heroin"][data-focus]') as Element;
    expect(Number(getComputedStyle(heroin.querySelector('rect') as Element).opacity)).to.be.below(
      0.5
    );
    expect(mutedNames(el)).to.deep.equal([]);
    expect(line(el)).to.equal('Highlighted: Counterfeit goods.');
    expect(description(el)).to.contain('Highlighted: Counterfeit goods.');
    click(el, 'crime:heroin');
    await el.updateComplete;
    expect(el.selected).to.equal('crime:heroin');
    expect(q(el, 'svg.chart [data-id="crime:heroin"]')?.classList.contains('selected')).to.equal(
      true
    );
    expect(opacity(el, 'crime:heroin')).to.equal(1);
    expect(el.highlight).to.equal('crime:counterfeit-goods');
  });
});

describe('setState', () => {
  it('sets the map’s indicator, year, selection and highlight with one drawing, keeping the old while a new indicator loads', async () => {
    const el = await drawn<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      800
    );
    // The economies drawn after each update.
    const drawnAfter: number[] = [];
    const host = el as unknown as {update: (c: unknown) => void};
    const update = host.update.bind(el);
    host.update = (c) => {
      update(c);
      drawnAfter.push(qa(el, 'svg.chart [data-id][data-focus]').length);
    };
    let renders = 0;
    el.addEventListener('apac-render', () => renders++);
    // An indicator not loaded yet: the update that asks for its chunk keeps the picture (the
    // membership map), the one after draws the new one; one drawing.
    await el.setState({indicator: 'apec-join-year', year: 2000, selected: 'TH', highlight: 'VN'});
    expect(drawnAfter.length).to.equal(2);
    expect(
      drawnAfter.every((n) => n > 20),
      String(drawnAfter)
    ).to.equal(true);
    expect(renders).to.equal(1);
    expect([el.indicator, el.year, el.selected, el.highlight]).to.deep.equal([
      'apec-join-year',
      2000,
      'TH',
      'VN',
    ]);
    expect(ids(el, 'svg.chart .selected[data-focus]')).to.deep.equal(['TH']);
    expect(line(el)).to.equal('Highlighted: Viet Nam.');
    // Back to an indicator loaded before: one update, one drawing.
    const again = countUpdates(el);
    renders = 0;
    await el.setState({indicator: 'membership', year: 1995, selected: 'VN', highlight: 'TH'});
    expect([again(), renders]).to.deep.equal([1, 1]);
    expect(ids(el, 'svg.chart .selected[data-focus]')).to.deep.equal(['VN']);
    expect(line(el)).to.equal('Highlighted: Thailand.');
  });

  it('sets the timeline’s span, highlight and selection in one update', async () => {
    const el = await drawn<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline orientation="horizontal"></apac-timeline>`,
      1200
    );
    // With the detail card's chunk in, as it is once the page has been idle after the first
    // picture (before then, the card comes in an update of its own).
    el.selected = 'apec-ctwg-7';
    await el.updateComplete;
    el.selected = undefined;
    await el.updateComplete;
    const updates = countUpdates(el);
    await el.setState({
      from: '2015',
      to: '2020',
      highlight: 'forum:APEC CTWG',
      selected: 'apec-ctwg-15',
    });
    expect(updates()).to.equal(1);
    expect(el.selected).to.equal('apec-ctwg-15');
    expect(line(el)).to.equal('Highlighted: APEC CTWG events.');
    expect(opacity(el, 'apec-ctwg-15')).to.equal(1);
  });

  it('sets the Sankey’s report, highlight and selection with one drawing', async () => {
    const el = await drawn<ApacSankey>(
      'apac-sankey',
      html`<apac-sankey orientation="horizontal" report="sea2019"></apac-sankey>`,
      1000
    );
    const updates = countUpdates(el);
    let renders = 0;
    el.addEventListener('apac-render', () => renders++);
    await el.setState({
      report: 'tocta2013',
      highlight: 'crime:counterfeit-goods',
      selected: 'crime:heroin',
    });
    // One drawing; a new report is new data, so a second update follows its (bundled) load.
    expect(renders).to.equal(1);
    expect(updates()).to.be.at.most(2);
    expect(line(el)).to.equal('Highlighted: Counterfeit goods.');
    expect(ids(el, 'svg.chart .selected[data-focus]')).to.deep.equal(['crime:heroin']);
    expect(opacity(el, 'crime:counterfeit-goods')).to.equal(1);
  });
});

describe('highlight on the phone timeline', () => {
  it('keeps strong the year headings that hold a highlighted event, muting the others', async () => {
    const el = await drawn<ApacTimeline>(
      'apac-timeline',
      html`<apac-timeline highlight="forum:AMMTC"></apac-timeline>`,
      320
    );
    const years = new Set(
      EVENTS.filter((e) => e.forum === 'AMMTC').map((e) => Number(e.start.slice(0, 4)))
    );
    const heads = qa(el, 'svg.chart .year-head');
    expect(heads.length).to.be.above(0);
    let muted = 0;
    const [textColour, mutedColour] = ['--_text', '--_muted'].map((v) => {
      const probe = q(el, '.frame') as HTMLElement;
      probe.style.color = `var(${v})`;
      const c = getComputedStyle(probe).color;
      probe.style.color = '';
      return c;
    });
    for (const h of heads) {
      const year = Number(/\d{4}/.exec(text(h))?.[0]);
      const strong = years.has(year);
      if (!strong) muted++;
      // A muted year's heading is written in the muted text colour, at full opacity.
      expect(getComputedStyle(h).opacity, String(year)).to.equal('1');
      const fill = getComputedStyle(h.querySelector('text.year') as Element).fill;
      expect(fill, String(year)).to.equal(strong ? textColour : mutedColour);
    }
    expect(muted).to.be.above(0);
  });
});
