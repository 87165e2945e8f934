/// <reference types="mocha" />
import {expect, html, waitUntil} from '@open-wc/testing';
import {q, qa, text} from './helpers.js';
import {
  PHONES,
  SCHEMES,
  atWidth,
  chartTexts,
  overlappingTexts,
  sidewaysScroll,
} from './phone-helpers.js';
import '../../src/choropleth.js';
import type {ApacChoropleth} from '../../src/choropleth.js';
import {namedOnMap, type ChoroplethLayout} from '../../src/layout/choropleth/layout.js';
import {pickedTag} from '../../src/layout/choropleth/picked.js';
import {widthOf} from '../../src/layout/choropleth/label-spots.js';

const layoutOf = (el: ApacChoropleth) => (el as unknown as {layout: ChoroplethLayout}).layout;

/** Economies in focus whose largest hit target (shape or callout) is under 24 × 24 px. */
function smallTargets(el: ApacChoropleth): string[] {
  return layoutOf(el)
    .marks.filter((m) => m.inFocus)
    .filter((m) => {
      const sizes = qa(el, `[data-id="${m.id}"]`).map((t) => {
        const r = t.getBoundingClientRect();
        return Math.min(r.width, r.height);
      });
      // (Sub-pixel rounding aside.)
      return Math.max(0, ...sizes) < 23.9;
    })
    .map((m) => m.id);
}

describe('<apac-choropleth> on a phone and at desktop width', () => {
  for (const region of ['all', 'apec', 'asean'])
    for (const width of [...PHONES, 1280])
      for (const theme of SCHEMES)
        it(`region ${region} at ${width} px, ${theme}: 24 px targets, names apart`, async () => {
          const el = await atWidth<ApacChoropleth>(
            'apac-choropleth',
            html`<apac-choropleth region=${region} theme=${theme}></apac-choropleth>`,
            width
          );
          const svg = q(el, 'svg.chart') as SVGSVGElement;
          expect(svg.getBoundingClientRect().width, 'drawn at its layout width').to.be.closeTo(
            layoutOf(el).width,
            1
          );
          expect(smallTargets(el), 'economies under 24 px').to.deep.equal([]);
          expect(overlappingTexts(chartTexts(el)), 'text on text').to.deep.equal([]);
          expect(sidewaysScroll(), 'page scrolls sideways').to.equal(0);
        });

  it('on a phone frames APEC as two panels, each side of the Pacific filling the width', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth region="apec"></apac-choropleth>`,
      320
    );
    const box = (id: string) =>
      (q(el, `path[data-id="${id}"]`) as SVGPathElement).getBoundingClientRect();
    // The Americas are drawn below Asia, not beside it across the ocean.
    expect(box('CL').top).to.be.above(box('AU').bottom);
    expect(box('TH').height).to.be.above(20);
  });

  for (const width of [320, 1280])
    it(`at ${width} px, writes each name no wider than the room the layout found for it`, async () => {
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth></apac-choropleth>`,
        width
      );
      const names = chartTexts(el, 'svg.chart text.economy-label');
      expect(names.length).to.be.above(5);
      // The layout keeps names apart and off others' land by their width at 11 px (semibold,
      // estimated as bold, within a few per cent of the font drawn): drawn larger (11.9 px under
      // the frame's rule for chart text), names ran 5-12 % past the room found for them.
      const wider = names.filter((n) => n.box.width > widthOf(n.text) * 1.04);
      expect(wider.map((n) => `${n.text} ${n.box.width.toFixed(1)} px`)).to.deep.equal([]);
    });

  it('names the economies that have room, larger first', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      1280
    );
    const names = chartTexts(el, 'svg.chart text.economy-label').map((t) => t.text);
    expect(names).to.include.members(['Australia', 'Russia', 'Canada', 'United States']);
  });
});

describe('<apac-choropleth>: the picked economy is named where the map has no room', () => {
  /** The tag naming the picked economy: its text, and its box and the other names' on the page. */
  const tagOf = (el: ApacChoropleth) => {
    const g = q(el, 'g.overlay .picked-name');
    const rect = g?.querySelector('rect')?.getBoundingClientRect();
    return g && rect && {text: g.textContent?.trim(), rect};
  };

  for (const width of PHONES)
    it(`at ${width} px: every economy without a name on the map gets one in a tag when picked, over no name`, async () => {
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth></apac-choropleth>`,
        width
      );
      const layout = layoutOf(el);
      const named = namedOnMap(layout);
      const unnamed = layout.marks.filter((m) => m.inFocus && !named.has(m.id));
      // (Viet Nam among them at every phone width until stop 55; at 414 px it is named since
      // each width is drawn from its side's base, rescale.ts.)
      expect(unnamed.length, 'a phone map leaves some unnamed').to.be.greaterThan(0);
      const svg = (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
      for (const m of unnamed) {
        el.selected = m.id;
        await el.updateComplete;
        const tag = tagOf(el);
        expect(tag?.text, `${m.id} picked`).to.equal(m.name);
        const r = tag?.rect as DOMRect;
        expect(
          r.left >= svg.left && r.right <= svg.right && r.top >= svg.top && r.bottom <= svg.bottom,
          `${m.id}'s tag on the map`
        ).to.equal(true);
        const covered = chartTexts(el, 'svg.chart text.economy-label').filter(
          (t) =>
            getComputedStyle(t.el).visibility !== 'hidden' &&
            t.box.left < r.right &&
            r.left < t.box.right &&
            t.box.top < r.bottom &&
            r.top < t.box.bottom
        );
        expect(
          covered.map((t) => t.text),
          `names showing under ${m.id}'s tag`
        ).to.deep.equal([]);
      }
      el.selected = '';
      await el.updateComplete;
      expect(tagOf(el), 'nothing picked, no tag').to.equal(null);
    });

  it("writes the tag's name as large as the map's own names, filling the box sized for it", async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      320
    );
    el.selected = 'VN';
    await el.updateComplete;
    const g = q(el, 'g.overlay .picked-name');
    const words = g?.querySelector('text') as SVGTextElement;
    const label = q(el, 'svg.chart text.economy-label') as SVGTextElement;
    // (The frame's rule for chart text drew it at 0.85 of 11 px: 9.35 px in a box laid out for 11.)
    expect(getComputedStyle(words).fontSize).to.equal(getComputedStyle(label).fontSize);
    const box = (g?.querySelector('rect') as SVGRectElement).getBoundingClientRect();
    const drawn = words.getBoundingClientRect();
    expect(drawn.width, 'the name fills its box, less its 4 px padding').to.be.within(
      box.width - 11,
      box.width
    );
  });

  it('hides a name the tag must cover while it shows, and shows it again after', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      320
    );
    const layout = layoutOf(el);
    // Where the map is crowded, a tag with no free spot near its economy covers one name.
    const [id, hidden] =
      layout.marks
        .map((m) => [m.id, pickedTag(layout, m.id)?.hides[0]] as const)
        .find(([, h]) => h !== undefined) ?? [];
    expect(hidden, 'a name to hide at 320 px').to.be.a('string');
    const name = () => q(el, `text.economy-label[data-of="${hidden}"]`) as SVGTextElement;
    const shown = () => getComputedStyle(name()).visibility !== 'hidden';
    expect(shown(), 'nothing picked').to.equal(true);
    el.selected = id;
    await el.updateComplete;
    expect(shown(), `${id} picked`).to.equal(false);
    // The export draws what the page shows: the tag, and the name it covers left out.
    const copy = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const tag = copy.querySelector('g[font-weight="700"] text');
    expect(tag?.textContent, 'the tag in toSVG()').to.equal(tagOf(el)?.text);
    const covered = [...copy.querySelectorAll('text')].find(
      (t) => t.textContent === name().textContent
    );
    expect(covered?.getAttribute('visibility'), 'the covered name in toSVG()').to.equal('hidden');
    el.selected = undefined;
    await el.updateComplete;
    expect(shown(), 'nothing picked again').to.equal(true);
  });

  it('names nothing twice: an economy the map names has no tag', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth selected="AU"></apac-choropleth>`,
      375
    );
    expect(layoutOf(el).labels.map((l) => l.id)).to.include('AU');
    expect(tagOf(el)).to.equal(null);
  });

  it('keeps the tag beside its economy, at the same size, when the map is resized', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth selected="MY" style="display: block; width: 414px"></apac-choropleth>`,
      414
    );
    for (const width of [414, 340]) {
      el.style.width = `${width}px`;
      (el as unknown as {resize(): boolean}).resize();
      await el.updateComplete;
      const tag = tagOf(el);
      const text = (q(el, 'g.overlay text') as SVGTextElement).getBoundingClientRect();
      const my = (q(el, 'path[data-id="MY"]') as SVGPathElement).getBoundingClientRect();
      expect(tag?.text, `at ${width} px`).to.equal('Malaysia');
      // Beside Malaysia's outline, or off it with a leader line back to it; drawn at 12 px
      // whatever the map's scale.
      const gap = Math.max(
        0,
        my.left - (tag?.rect.right ?? 0),
        (tag?.rect.left ?? 0) - my.right,
        my.top - (tag?.rect.bottom ?? 0),
        (tag?.rect.top ?? 0) - my.bottom
      );
      expect(gap, `at ${width} px, px from Malaysia`).to.be.below(70);
      if (gap > 12) expect(q(el, 'g.overlay line'), `at ${width} px, a leader`).to.not.equal(null);
      expect(text.height, `at ${width} px, text height`).to.be.within(12, 18);
    }
  });
});

describe('<apac-choropleth>: the economies a highlight points at are named', () => {
  const MEKONG = ['KH', 'LA', 'MM', 'TH', 'VN'];
  /** The tags in the map's overlay: the economy each names, its text and its box on the page. */
  const tags = (el: ApacChoropleth) =>
    qa(el, 'g.overlay .picked-name').map((g) => ({
      id: g.getAttribute('data-of'),
      text: g.textContent?.trim(),
      rect: (g.querySelector('rect') as SVGRectElement).getBoundingClientRect(),
    }));
  const named = (el: ApacChoropleth) =>
    chartTexts(el, 'svg.chart text.economy-label').filter(
      (t) => getComputedStyle(t.el).visibility !== 'hidden'
    );

  // The story's map on a 320, 375 and 414 px phone is 288, 343 and 382 px wide.
  for (const width of [...PHONES, 288, 343, 382, 1280])
    it(`at ${width} px: each is named on the map or in a tag; a tag covers no name showing and hides none of theirs`, async () => {
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth highlight=${MEKONG.join(', ')}></apac-choropleth>`,
        width
      );
      await waitUntil(() => tags(el).length > 0, 'no tag for a highlighted economy');
      const layout = layoutOf(el);
      const onMap = namedOnMap(layout);
      const nameOf = (id: string) => layout.marks.find((m) => m.id === id)?.name;
      const drawn = tags(el);
      expect(
        drawn.map((t) => t.id),
        'tagged'
      ).to.deep.equal(MEKONG.filter((id) => !onMap.has(id)));
      // The others keep their names showing: no tag hides a highlighted economy's name.
      const showing = new Set(named(el).map((n) => n.el.getAttribute('data-of')));
      expect(
        MEKONG.filter((id) => onMap.has(id) && !showing.has(id)),
        'highlighted names hidden'
      ).to.deep.equal([]);
      for (const t of drawn) {
        expect(t.text, `${t.id}'s tag`).to.equal(nameOf(t.id ?? ''));
        const under = named(el).filter(
          (n) =>
            n.box.left < t.rect.right &&
            t.rect.left < n.box.right &&
            n.box.top < t.rect.bottom &&
            t.rect.top < n.box.bottom
        );
        expect(
          under.map((n) => n.text),
          `names showing under ${t.id}'s tag`
        ).to.deep.equal([]);
      }
    });

  it('tags none of a group too large to tag: more than six unnamed, the legend line names them', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      320
    );
    const layout = layoutOf(el);
    const all = layout.marks.filter((m) => m.inFocus).map((m) => m.id);
    const unnamed = all.filter((id) => !namedOnMap(layout).has(id));
    expect(unnamed.length, 'economies the map leaves unnamed at 320 px').to.be.above(6);
    el.highlight = all.join(', ');
    await el.updateComplete;
    expect(tags(el)).to.deep.equal([]);
    expect(text(q(el, '.highlighted'))).to.include('Lao PDR');
  });

  it('keeps the tags while a reader picks another economy, and drops them with the highlight', async () => {
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth highlight=${MEKONG.join(', ')}></apac-choropleth>`,
      375
    );
    await waitUntil(() => tags(el).length > 0, 'no tag for a highlighted economy');
    const before = tags(el).map((t) => t.id);
    // The export draws the tags the page shows.
    const copy = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(
      [...copy.querySelectorAll('g[font-weight="700"] text')].map((t) => t.textContent),
      'the tags in toSVG()'
    ).to.deep.equal(tags(el).map((t) => t.text));
    const layout = layoutOf(el);
    const other = layout.marks.find(
      (m) => m.inFocus && !MEKONG.includes(m.id) && !namedOnMap(layout).has(m.id)
    )?.id;
    expect(other, 'another economy the map leaves unnamed at 375 px').to.be.a('string');
    el.selected = other;
    await el.updateComplete;
    expect(tags(el).map((t) => t.id)).to.deep.equal([...before, other]);
    el.highlight = '';
    await el.updateComplete;
    expect(tags(el).map((t) => t.id)).to.deep.equal([other]);
    el.selected = undefined;
    await el.updateComplete;
    expect(tags(el)).to.deep.equal([]);
  });
});

describe('<apac-choropleth>: circles the map has no room to name', () => {
  for (const width of PHONES)
    it(`at ${width} px: are numbered beside them, the legend naming each; picked, a tag names it instead`, async () => {
      // An unnamed circle beside another economy's name was read as that economy's.
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth></apac-choropleth>`,
        width
      );
      const layout = layoutOf(el);
      expect(layout.numbered.length, 'numbered').to.be.above(2);
      // Every circle is named or numbered, but for one at most where South-East Asia crowds the
      // map: at 375 px Korea's and Lao PDR's circles had neither; Lao PDR's still has none, its
      // sides held by its own and Hong Kong's leaders, Viet Nam's circle and China's coast.
      const bare = layout.callouts
        .filter((c) => !layout.labels.some((l) => l.id === c.id))
        .map((c) => c.id);
      expect(bare.length, `circles with neither name nor number: ${bare}`).to.be.at.most(1);
      const numbers = chartTexts(el, 'svg.chart text.economy-label').filter((t) =>
        /^\d+$/.test(t.text)
      );
      expect(numbers.map((n) => n.text)).to.have.members(layout.numbered.map((_, i) => `${i + 1}`));
      const name = (id: string) => layout.marks.find((m) => m.id === id)?.name;
      expect(text(q(el, '.legend .numbered'))).to.equal(
        `Numbered on the map: ${layout.numbered.map((id, i) => `${i + 1} ${name(id)}`).join('; ')}.`
      );
      // Each number is nearer its own circle than any other (where it has one).
      const circles = qa(el, 'circle[part~="callout"]').map((c) => {
        const r = c.getBoundingClientRect();
        return {
          id: c.getAttribute('data-id'),
          x: (r.left + r.right) / 2,
          y: (r.top + r.bottom) / 2,
        };
      });
      for (const n of numbers) {
        const id = n.el.getAttribute('data-of');
        if (!circles.some((c) => c.id === id)) continue;
        const [x, y] = [(n.box.left + n.box.right) / 2, (n.box.top + n.box.bottom) / 2];
        const nearest = circles.reduce((a, b) =>
          Math.hypot(a.x - x, a.y - y) <= Math.hypot(b.x - x, b.y - y) ? a : b
        );
        expect(nearest.id, `number ${n.text}`).to.equal(id);
      }
      // Picked, it is named in a tag and its number steps aside.
      const [first] = layout.numbered;
      el.selected = first;
      await el.updateComplete;
      await waitUntil(() => q(el, 'g.overlay .picked-name'), 'no tag');
      expect(text(q(el, 'g.overlay .picked-name'))).to.equal(name(first ?? ''));
      const own = q(el, `text.economy-label[data-of="${first}"]`) as Element;
      await waitUntil(
        () => getComputedStyle(own).visibility === 'hidden',
        'its number still shows'
      );
    });
});

describe("<apac-choropleth>: a circle's leader and the names it passes", () => {
  it('goes under the names, whose halo parts it, and its circle over them', async () => {
    // Brunei's leader struck "Indonesia" and "Malaysia" through, Korea's "Japan" or "China".
    let crossings = 0;
    for (const width of [320, 375, 1280]) {
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth></apac-choropleth>`,
        width
      );
      const names = qa(el, 'svg.chart text.economy-label') as SVGTextElement[];
      const lines = qa(el, 'svg.chart line');
      const circles = qa(el, 'circle[part~="callout"]');
      for (const c of layoutOf(el).callouts) {
        const line = lines.find(
          (l) => Number(l.getAttribute('x2')) === c.x && Number(l.getAttribute('y2')) === c.y
        );
        expect(line, `${c.id}'s leader at ${width} px`).to.not.equal(undefined);
        const [x1, y1] = c.from;
        const steps = Math.ceil(Math.hypot(c.x - x1, c.y - y1));
        for (const name of names) {
          const b = name.getBBox();
          const crosses = Array.from({length: steps + 1}, (_, i) => i / Math.max(1, steps)).some(
            (t) => {
              const [x, y] = [x1 + (c.x - x1) * t, y1 + (c.y - y1) * t];
              return x > b.x + 1 && x < b.x + b.width - 1 && y > b.y + 1 && y < b.y + b.height - 1;
            }
          );
          if (!crosses) continue;
          crossings++;
          expect(
            Boolean(
              (line as Element).compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING
            ),
            `${c.id}'s leader at ${width} px drawn under "${name.textContent}"`
          ).to.equal(true);
        }
      }
      for (const circle of circles)
        for (const name of names)
          expect(
            Boolean(circle.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_PRECEDING),
            `${circle.getAttribute('data-id')}'s circle at ${width} px drawn over the names`
          ).to.equal(true);
    }
    expect(crossings, 'leaders crossing names on these maps').to.be.above(0);
  });
});

describe('<apac-choropleth>: a highlighted economy the map numbers', () => {
  it('is named in its tag, and the others are numbered 1, 2, 3… again, on the map and in its key', async () => {
    // The key read "1, 4, 6, 7…" and the map kept its numbers where tags had taken some.
    const el = await atWidth<ApacChoropleth>(
      'apac-choropleth',
      html`<apac-choropleth></apac-choropleth>`,
      320
    );
    const numbered = layoutOf(el).numbered;
    const [, second, , fourth] = numbered;
    expect(fourth, 'four economies numbered at 320 px').to.be.a('string');
    el.highlight = `${second}, ${fourth}`;
    await el.updateComplete;
    await waitUntil(() => qa(el, 'g.overlay .picked-name').length === 2, 'no tags');
    const rest = numbered.filter((id) => id !== second && id !== fourth);
    const name = (id: string) => layoutOf(el).marks.find((m) => m.id === id)?.name;
    expect(text(q(el, '.legend .numbered'))).to.equal(
      `Numbered on the map: ${rest.map((id, i) => `${i + 1} ${name(id)}`).join('; ')}.`
    );
    const shown = (id: string) => {
      const label = q(el, `text.economy-label[data-of="${id}"]`);
      return label?.getAttribute('visibility') === 'hidden' ? undefined : label?.textContent;
    };
    expect(rest.map(shown)).to.deep.equal(rest.map((_, i) => `${i + 1}`));
    expect([second, fourth].map((id) => shown(id ?? ''))).to.deep.equal([undefined, undefined]);
    // Without the highlight, every number is back.
    el.highlight = '';
    await el.updateComplete;
    await waitUntil(() => !q(el, 'g.overlay .picked-name'), 'tags left');
    expect(numbered.map(shown)).to.deep.equal(numbered.map((_, i) => `${i + 1}`));
  });
});

describe("<apac-choropleth>: a highlight's tags and the key to the numbers", () => {
  it('key every number drawn, and only those, 1, 2, 3… each beside the economy it names', async () => {
    // A tag that covers another economy's number hides it: the key still listed it ("2
    // Thailand" with no 2 on the map, the scroll story's 1999 step at 320 px).
    const cases = [
      {width: 320, year: '1999', highlight: 'VN, LA, MM, KH'},
      {width: 375, year: '1989', highlight: 'AU, BN, CA, ID, JP, KR, MY, NZ, PH, SG, TH, US'},
      {width: 414, year: '1967', highlight: 'ID, MY, PH, SG, TH'},
      {width: 414, year: '1999', highlight: 'VN, LA, MM, KH'},
    ];
    let hiddenSomewhere = 0;
    for (const {width, year, highlight} of cases) {
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth
          indicator="membership"
          year=${year}
          highlight=${highlight}
        ></apac-choropleth>`,
        width
      );
      await waitUntil(() => q(el, 'g.overlay .picked-name'), 'no tags');
      await el.updateComplete;
      const at = `${highlight} in ${year} at ${width} px`;
      const layout = layoutOf(el);
      const drawn = layout.numbered.flatMap((id) => {
        const label = q(el, `text.economy-label[data-of="${id}"]`);
        return label && label.getAttribute('visibility') !== 'hidden'
          ? [{id, n: label.textContent ?? ''}]
          : [];
      });
      hiddenSomewhere += layout.numbered.length - drawn.length;
      const name = (id: string) => layout.marks.find((m) => m.id === id)?.name;
      expect(
        drawn.map((d) => d.n).sort((a, b) => +a - +b),
        at
      ).to.deep.equal(drawn.map((_, i) => `${i + 1}`));
      const key = drawn
        .sort((a, b) => +a.n - +b.n)
        .map((d) => `${d.n} ${name(d.id)}`)
        .join('; ');
      expect(text(q(el, '.legend .numbered')), at).to.equal(
        key ? `Numbered on the map: ${key}.` : ''
      );
    }
    // (The check can fail: tags hide numbers in these cases.)
    expect(hiddenSomewhere).to.be.above(0);
  });
});

describe('<apac-choropleth>: a tooltip on a phone', () => {
  for (const width of [320, 375])
    it(`at ${width} px, tapped on the map's right half, is laid out as wide as it reads, inside the chart`, async () => {
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth></apac-choropleth>`,
        width
      );
      const jp = qa(el, '[data-id="JP"]')[0] as SVGElement;
      const chart = (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
      expect(jp.getBoundingClientRect().left, "Japan, right of the map's middle").to.be.greaterThan(
        chart.left + chart.width / 2
      );
      jp.dispatchEvent(
        new PointerEvent('click', {bubbles: true, composed: true, pointerType: 'touch'})
      );
      await el.updateComplete;
      const tip = q(el, '.tooltip') as HTMLElement;
      expect(tip.hidden).to.equal(false);
      expect(text(tip)).to.contain('Japan');
      // Held by its left edge and moved back by its width, it was laid out in the few px right
      // of Japan: a third of the chart wide (125 px at 375 px) and twice as tall as now.
      const box = tip.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(chart.width / 2);
      expect(box.left).to.be.at.least(chart.left - 0.5);
      expect(box.right).to.be.at.most(chart.right + 0.5);
    });

  for (const width of [320, 375, 414])
    it(`at ${width} px, tapped near the map's middle, is as wide as it may be, inside the chart, clear of the economy`, async () => {
      // Beside Thailand or Japan, near the middle of a phone's map, there were 150 px for it: a
      // column 300 px tall over the map, its citation's addresses broken at every slash.
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth></apac-choropleth>`,
        width
      );
      const chart = (q(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
      const tip = q(el, '.tooltip') as HTMLElement;
      for (const id of ['TH', 'JP', 'KH', 'PE', 'SG', 'KR', 'BN']) {
        const mark = qa(el, `[data-id="${id}"]`)[0] as SVGElement;
        mark.dispatchEvent(
          new PointerEvent('click', {bubbles: true, composed: true, pointerType: 'touch'})
        );
        await el.updateComplete;
        expect(tip.hidden, id).to.equal(false);
        expect(text(tip), id).to.contain(id === 'KH' ? 'Cambodia' : '');
        const box = tip.getBoundingClientRect();
        expect(box.width, `${id}: tooltip width`).to.be.at.least(
          Math.min(280, chart.width * 0.9) - 1
        );
        expect(box.left, id).to.be.at.least(chart.left - 0.5);
        expect(box.right, id).to.be.at.most(chart.right + 0.5);
        expect(box.top, id).to.be.at.least(chart.top - 0.5);
        expect(box.bottom, `${id}: over the point in the map's lower half`).to.be.at.most(
          chart.bottom + 0.5
        );
        // What it names is not under it: the economy's circle, where it is called out with
        // one (from the economy's point, Singapore's tooltip covered it), else its land.
        const circle = q(el, `.callout [data-id="${id}"]`)?.getBoundingClientRect();
        if (circle)
          expect(
            circle.bottom <= box.top + 0.5 || circle.top >= box.bottom - 0.5,
            `${id}: its circle (${circle.top}–${circle.bottom}) clear of the tooltip (${box.top}–${box.bottom})`
          ).to.equal(true);
        else {
          const r = mark.getBoundingClientRect();
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          const under = x > box.left && x < box.right && y > box.top && y < box.bottom;
          expect(under, `${id}: its middle (${x}, ${y}) under the tooltip`).to.equal(false);
        }
        mark.dispatchEvent(
          new PointerEvent('click', {bubbles: true, composed: true, pointerType: 'touch'})
        );
        await el.updateComplete;
      }
    });
});

describe('<apac-choropleth>: leader lines on a phone', () => {
  for (const width of [320, 375, 414])
    it(`at ${width} px, a tap on a leader line over land reaches the land`, async () => {
      // Peru's circle's leader crosses Peru: a tap there at 414 px hit the line, which names
      // nothing, and showed no tooltip.
      const el = await atWidth<ApacChoropleth>(
        'apac-choropleth',
        html`<apac-choropleth></apac-choropleth>`,
        width
      );
      const lines = qa(el, '.callout-leaders line, .label-leader') as SVGLineElement[];
      expect(lines.length, 'leaders drawn').to.be.above(3);
      const root = el.shadowRoot as ShadowRoot;
      for (const line of lines) {
        line.scrollIntoView({block: 'center'});
        const r = line.getBoundingClientRect();
        const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        expect(hit?.localName, 'what a tap at its middle reaches').to.not.equal('line');
      }
      const pe = q(el, 'path[data-id="PE"]') as SVGPathElement;
      pe.scrollIntoView({block: 'center'});
      const r = pe.getBoundingClientRect();
      const at = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      at?.dispatchEvent(
        new PointerEvent('click', {bubbles: true, composed: true, pointerType: 'touch'})
      );
      await el.updateComplete;
      expect(el.selected, "a tap on the middle of Peru's shape").to.equal('PE');
    });
});
