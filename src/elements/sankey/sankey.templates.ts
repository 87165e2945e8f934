import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {LinkMark, NodeMark, SankeyLayout} from '../../layout/sankey/layout.js';
import {barWidth, viaBaseline, type ListRow, type ListView} from '../../layout/sankey/list.js';
import {coreOf, extentOf, flowsAt} from '../../layout/sankey/structure.js';
import {labelled, renderCitation} from '../../core/citation.js';
import type {Translate} from '../../i18n/catalogue.js';
import {paletteColor} from '../../layout/palette.js';
import {flowName} from '../../layout/sankey/flow-name.js';

const color = paletteColor;

export function nodeName(n: NodeMark): string {
  return `${n.label}: ${n.display}`;
}

export function linkName(l: LinkMark, nodes: ReadonlyMap<string, NodeMark>, t: Translate): string {
  const name = (id: string) => nodes.get(id)?.label ?? id;
  return `${flowName(name(l.source), name(l.target), t)}: ${l.display}`;
}

const LINE = 14;

/**
 * The inside of a label's <text>: the line itself when there is one, else a tspan per line, each
 * a line below the one before (so a one-line label is one element: a list of 22 rows drew 75
 * tspans for some 25 wrapped lines).
 */
const lineParts = (x: number, text: readonly string[], step = LINE) =>
  text.length === 1
    ? text[0]
    : text.map((t, i) => svg`<tspan x=${x} dy=${i ? step : 0}>${t}</tspan>`);

/** Chinese, Japanese or Korean characters. */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const FLIP = {start: 'end', end: 'start', middle: 'middle'} as const;

/**
 * A label's lines, the first baseline at y; `rotated`, written upward about (x, y); `upright`,
 * written top to bottom in the same box instead (`vertical-rl`: Chinese, Japanese and Korean
 * characters upright, Latin turned as those languages set it), each line's column centred where
 * the turned line's letters would be (3.5 px before its baseline), a line to the right of the one
 * before, the run anchored at the other end.
 */
const lines = (
  x: number,
  y: number,
  text: readonly string[],
  anchor: 'start' | 'middle' | 'end',
  cls = '',
  step = LINE,
  rotated: boolean | 'upright' = false
) =>
  rotated === 'upright'
    ? svg`<text class=${cls || nothing} writing-mode="vertical-rl" text-anchor=${FLIP[anchor]}>${text.map((t, i) => svg`<tspan x=${x - 3.5 + i * step} y=${y}>${t}</tspan>`)}</text>`
    : svg`<text class=${cls || nothing} x=${x} y=${y} text-anchor=${anchor} transform=${rotated ? `rotate(-90 ${x} ${y})` : nothing}>${lineParts(x, text, step)}</text>`;

function linkMark(l: LinkMark, names: ReadonlyMap<string, NodeMark>, t: Translate) {
  return svg`<g class="link" part="link" data-id=${l.id} data-focus=${l.id} tabindex="-1"
      role="graphics-symbol" aria-label=${linkName(l, names, t)}>
      ${l.range ? svg`<path class="range" d=${l.range} fill=${color(l.color)} stroke=${color(l.color)}></path>` : nothing}
      <path class="core" d=${l.core} fill=${color(l.color)}></path>
      ${l.text ? svg`<text class="value" x=${l.mid[0]} y=${l.mid[1] + 4} text-anchor="middle">${l.text}</text>` : nothing}
    </g>`;
}

/** A name in Chinese, Japanese or Korean written along its node is set upright. */
const nodeLabel = (n: NodeMark) =>
  n.lines.length
    ? lines(
        n.labelX,
        n.labelY,
        n.lines,
        n.anchor,
        n.key ? 'key' : '',
        LINE,
        n.rotated && CJK.test(n.label) ? 'upright' : n.rotated
      )
    : nothing;

function nodeMark(n: NodeMark) {
  return svg`<g class="node" part="node" data-id=${n.id} data-focus=${n.id} tabindex="-1"
      role="graphics-symbol" aria-label=${nodeName(n)}>
      <rect x=${n.x} y=${n.y} width=${n.w} height=${n.h} fill=${color(n.color)}></rect>
      ${nodeLabel(n)}
    </g>`;
}

/**
 * Links (range band under a solid core), then nodes with their labels, then the highlight layer;
 * or the list view. Then `after` (the column headings), in the same template.
 */
export function sankeyMarks(
  layout: SankeyLayout,
  t: Translate,
  after: unknown = nothing
): TemplateResult {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const {list} = layout;
  if (list)
    return svg`<g class="list">
        ${list.headings.map((h) => svg`<text class="stage" x="0" y=${h.y}>${h.text}</text>`)}
        <g class="nodes">${list.rows.map((r) => listRow(r, byId.get(r.id), list.width))}</g>
      </g>
      <g class="highlight" aria-hidden="true"></g>${after}`;
  return svg`<g class="links">${layout.links.map((l) => linkMark(l, byId, t))}</g>
    <g class="nodes">${layout.nodes.map((n) => nodeMark(n))}</g>
    <g class="highlight" aria-hidden="true"></g>${after}`;
}

/** The list's values end this far inside the chart's right edge (bold glyphs overhang their advance). */
const VALUE_INSET = 4;

/**
 * A row of the list view: name, value, bar (pale up to the high end) and partners. The rows on
 * the hovered (else picked) row's paths carry class `lit` (MarkModel.litClass); the rest are dimmed.
 * One template for the row and its parts, its name and value written in it rather than in
 * templates of their own (each a template instance to clone: 120 rows made 240 more). Their
 * attributes are all bound, so they are set in the order they were (static ones come first).
 */
function listRow(r: ListRow, n: NodeMark | undefined, w: number) {
  const nameY = r.y + 13;
  const viaY = viaBaseline(r);
  return svg`<g class="node row" part="node" data-id=${r.id} data-focus=${r.id} tabindex="-1"
      role="graphics-symbol" aria-label=${n ? nodeName(n) : r.id}>
      <text class=${'name'} x=${0} y=${nameY} text-anchor=${'start'}>${lineParts(0, r.name, 16)}</text>
      <text class=${'amount'} x=${w - VALUE_INSET} y=${r.valueLine ? nameY + r.name.length * 16 : nameY} text-anchor=${'end'}>${r.value}</text>
      ${r.highW > r.barW ? svg`<rect class="range" x=${r.barW} y=${r.barY} width=${r.highW - r.barW - 0.5} height="8" fill=${color(r.color)} color=${color(r.color)}></rect>` : nothing}
      <rect class="bar" x="0" y=${r.barY} width=${r.barW} height="8" fill=${color(r.color)}></rect>
      ${r.via.length ? lines(0, viaY, r.via, 'start', 'via') : nothing}
      <rect class="hit" x="0" y=${r.y} width=${w} height=${r.h}></rect>
    </g>`;
}

/** Shapes of one colour joined into one path: a few elements, however many flows are lit. */
function byColor<T extends {color: number}>(marks: readonly T[], d: (m: T) => string) {
  const paths = new Map<number, string[]>();
  for (const m of marks) {
    const list = paths.get(m.color);
    if (list) list.push(d(m));
    else paths.set(m.color, [d(m)]);
  }
  return [...paths].map(([c, ds]) => ({fill: color(c), d: ds.join('')}));
}

/**
 * The list's lit rows but `on` (hovered, else picked), faded past their share: each is lit only as
 * far as its flows on the lit paths, those on its side toward `on` (the flows the bands' view
 * lights), the rest of its bar under a veil of the page's colour, its range beyond the share drawn
 * again over the veil. Lit whole, East Asia and the Pacific's $80.2B bar read as all going to
 * counterfeit goods' $24.4B. One path for the veils and one per colour for the ranges, however
 * many rows are lit (a 300-node list lights a hundred), and no lit row restyled: dimming each lit
 * row's bars cost the bench's hover on 1,200 links 1-2.6 ms.
 */
function listShares(
  layout: SankeyLayout,
  list: ListView,
  lit: ReadonlySet<string>,
  on: string
): SVGTemplateResult {
  const ends = flowsAt(layout.links.filter((l) => lit.has(l.id)).map((l) => l.link));
  const depth = new Map(layout.nodes.map((n) => [n.id, n.depth]));
  const at = depth.get(on) ?? 0;
  const parts = list.rows.flatMap((r) => {
    if (r.id === on || !lit.has(r.id)) return [];
    const {ins, outs} = ends.get(r.id) ?? {ins: [], outs: []};
    const side = (depth.get(r.id) ?? 0) < at ? outs : ins;
    const sum = (f: typeof coreOf) => side.reduce((n, l) => n + f(l), 0);
    const w = Math.min(r.barW, barWidth(sum(coreOf), list.unit));
    const high = Math.min(r.highW, barWidth(sum(extentOf), list.unit));
    return w < r.highW ? [{y: r.barY, w, high, end: r.highW, color: r.color}] : [];
  });
  const veil = parts.map((p) => `M${p.w},${p.y}h${p.end - p.w}v8h${p.w - p.end}Z`).join('');
  const ranges = byColor(
    parts.filter((p) => p.high > p.w),
    (p) => `M${p.w},${p.y}h${p.high - p.w - 0.5}v8h${p.w + 0.5 - p.high}Z`
  );
  return svg`<g class="shares">
    ${veil ? svg`<path class="veil" d=${veil}></path>` : nothing}
    ${ranges.map((p) => svg`<path class="range" d=${p.d} fill=${p.fill} color=${p.fill}></path>`)}
  </g>`;
}

/**
 * The paths through the hovered (else picked) mark, drawn again at full strength above the
 * dimmed marks: one path per colour for flows, bands and nodes, then their labels, and the
 * picked mark's outline. Drawing these few elements, not restyling every flow, keeps a hover on
 * a 1,200-link chart within a frame. In the list view, whose rows are lit by class, the lit rows'
 * bars (listShares).
 */
export function sankeyHighlight(
  layout: SankeyLayout,
  lit: ReadonlySet<string>,
  selected: string | undefined,
  on: string | undefined
): SVGTemplateResult | typeof nothing {
  if (!lit.size || on === undefined) return nothing;
  if (layout.list) return listShares(layout, layout.list, lit, on);
  const links = layout.links.filter((l) => lit.has(l.id));
  const nodes = layout.nodes.filter((n) => lit.has(n.id));
  const picked = [...links, ...nodes].find((m) => m.id === selected);
  const ranges = byColor(
    links.filter((l) => l.range),
    (l) => l.range ?? ''
  );
  return svg`<g class="lit-links">
      ${ranges.map((p) => svg`<path class="range" d=${p.d} fill=${p.fill} stroke=${p.fill}></path>`)}
      ${byColor(links, (l) => l.core).map((p) => svg`<path class="core" d=${p.d} fill=${p.fill}></path>`)}
      ${links.filter((l) => l.text).map((l) => svg`<text class="value" x=${l.mid[0]} y=${l.mid[1] + 4} text-anchor="middle">${l.text}</text>`)}
    </g>
    <g class="lit-nodes">
      ${byColor(nodes, (n) => `M${n.x},${n.y}h${n.w}v${n.h}h${-n.w}Z`).map((p) => svg`<path d=${p.d} fill=${p.fill}></path>`)}
      ${nodes.map(nodeLabel)}
    </g>
    ${
      picked && 'core' in picked
        ? svg`<g class="lit-links selected"><path class="core" d=${picked.core} fill=${color(picked.color)}></path></g>`
        : picked
          ? svg`<g class="lit-nodes selected"><rect x=${picked.x} y=${picked.y} width=${picked.w} height=${picked.h} fill=${color(picked.color)}></rect></g>`
          : nothing
    }`;
}

/**
 * The notes of the flows through node `id` that its row gives: one for each record (a TOCTA
 * flow's two halves are one), on the row of the node on its route with the fewest flows (a
 * crime's, a market's: a region's row would list every note of the flows from it, six for East
 * Asia and the Pacific), each with its route from first node to last.
 */
export function flowNotes(
  layout: SankeyLayout,
  id: string,
  names: ReadonlyMap<string, NodeMark>
): {route: string[]; note: string}[] {
  const records = new Map<string, LinkMark[]>();
  for (const l of layout.links) {
    const key = l.link.path ?? l.id;
    records.set(key, [...(records.get(key) ?? []), l]);
  }
  const stopsOf = (ls: LinkMark[]) => [ls[0]?.source ?? '', ...ls.map((l) => l.target)];
  const flows = new Map<string, number>();
  for (const ls of records.values())
    for (const n of new Set(stopsOf(ls))) flows.set(n, (flows.get(n) ?? 0) + 1);
  const count = (n: string) => flows.get(n) ?? 0;
  return [...records.values()].flatMap((ls) => {
    const note = ls[0]?.link.note;
    const stops = stopsOf(ls);
    if (!note || !stops.includes(id) || count(id) > Math.min(...stops.map(count))) return [];
    return [{route: stops.map((n) => names.get(n)?.label ?? n), note}];
  });
}

/**
 * The arrow between a route's stops in a tooltip (which only the eye reads: the box is
 * aria-hidden). Drawn, not typed: "→" is in few sans-serif faces (not in Linux and Android's Noto
 * Sans), and a missing sign sends the browser through the chart's font list and the system's fonts.
 */
const ROUTE_ARROW = html`<svg class="arrow" viewBox="0 0 10 10" aria-hidden="true">
  <path d="M1 5h7M5 2l3 3-3 3"></path>
</svg>`;

/** A flow's route in a tooltip: its stops' names from first to last, an arrow between each two. */
const routeLine = (stops: string[]) =>
  html`<div class="tip-route">
    ${stops.map((stop, i) => html`${i ? ROUTE_ARROW : nothing}${stop}`)}
  </div>`;

/**
 * The tooltip for a node (its total) or a link (from → to, value and range, source). In the
 * list, which draws nodes and no flows, a node's tooltip also gives its flows' notes (where a
 * source's figure is in doubt, for one), which the bands' tooltips give beside the diagram.
 */
export function sankeyTip(
  layout: SankeyLayout,
  id: string,
  names: ReadonlyMap<string, NodeMark>,
  sourceOf: (citation: string) => string,
  t: Translate,
  /** The notes' language (SourceLine.dataLang). */
  dataLang?: string
): TemplateResult | undefined {
  const n = names.get(id);
  if (n) {
    const notes = layout.list ? flowNotes(layout, id, names) : [];
    return html`<div class="tip-name">${n.label}</div>
      <div>${n.display}</div>
      ${notes.map(
        ({route, note}) =>
          html`${notes.length > 1 ? routeLine(route) : nothing}
            <div class="tip-note" lang=${dataLang ?? nothing}>${note}</div>`
      )}`;
  }
  const l = layout.links.find((x) => x.id === id);
  if (!l) return undefined;
  return html`<div class="tip-name">
      ${flowName(names.get(l.source)?.label ?? l.source, names.get(l.target)?.label ?? l.target, t)}
    </div>
    <div>${l.display}</div>
    ${l.link.period ? html`<div>${t('sankey.flowPeriod', {period: l.link.period})}</div>` : nothing}
    <div class="tip-source">
      ${labelled(t('frame.source'))}${renderCitation(sourceOf(l.link.citation))}
    </div>
    ${l.link.note ? html`<div class="tip-note" lang=${dataLang ?? nothing}>${l.link.note}</div>` : nothing}`;
}

/**
 * The source line's further sources (the total's release, the later statements'), hidden until
 * the reader asks and always printed; the button after them says how many and discloses them
 * (WAI-ARIA's disclosure pattern).
 */
export function moreSources(
  more: string[],
  shown: boolean,
  t: Translate,
  toggle: () => void
): TemplateResult {
  return html`<span class="more" id="more-sources" ?hidden=${!shown}
      >; ${renderCitation(more.join('; '))}</span
    >
    <button
      class="more-sources"
      aria-expanded=${shown ? 'true' : 'false'}
      aria-controls="more-sources"
      @click=${toggle}
    >
      ${shown ? t('sankey.fewerSources') : t('sankey.moreSources', {count: more.length})}
    </button>`;
}
