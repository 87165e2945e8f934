import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import {labelled, renderCitation} from '../../core/citation.js';
import {classMap} from 'lit/directives/class-map.js';
import type {ChoroplethLayout, RegionMark} from '../../layout/choropleth/layout.js';
import type {MapView} from '../../layout/choropleth/zoomed.js';
import {neighbour} from '../../layout/choropleth/reading.js';
import type {MarkModel} from '../../core/marks.js';
import '../../i18n/en-map.js';

/** The datum carried by apac-hover and apac-select. */
export interface ChoroplethDatum {
  economy: string;
  name: string;
  value: number | string | undefined;
  display: string;
  citation: string | undefined;
  note: string | undefined;
}

export interface MarkState {
  /** Legend item being hovered: marks in other classes are dimmed. */
  highlight: number | undefined;
}

const NO_DATA_FILL = 'url(#no-data)';

function label(m: RegionMark): string {
  return `${m.name}: ${m.display}`;
}

/** A name's leader is drawn where it is long enough to read as a line (a stub reads as "|"). */
const leaderLength = ([x1, y1, x2, y2]: readonly number[]) =>
  Math.hypot((x2 ?? 0) - (x1 ?? 0), (y2 ?? 0) - (y1 ?? 0));

/**
 * The map's SVG content: context land, economies, callouts. The touch targets on narrow
 * economies' own shapes (callouts.ts, `inPlace`) go under the land: they take the taps on the sea
 * around the shape, not those on a neighbour. The callouts' leader lines go under the names, whose
 * halo parts them where one passes (Brunei's struck "Indonesia" and "Malaysia" through on most
 * maps, Korea's "Japan" or "China"), and the circles over them.
 */
export function mapMarks(
  layout: ChoroplethLayout,
  state: MarkState,
  /** The move from the view the layout is for to the one shown (zoomed.ts, between). */
  zoom: MapView,
  /** The numbers written, by id, where tags have taken some (layout.ts, numbersOf). */
  numbers?: ReadonlyMap<string, number>
): TemplateResult {
  const called = new Set(layout.callouts.map((c) => c.id));
  const byId = new Map(layout.marks.map((m) => [m.id, m]));
  const dim = (m: RegionMark) =>
    state.highlight !== undefined && m.inFocus && m.index !== state.highlight;
  const cls = (m: RegionMark) => ({region: true, in: m.inFocus, out: !m.inFocus, dim: dim(m)});
  // Paths projected at another width are drawn scaled (layout/choropleth/rescale.ts), and in
  // a view the reader zoomed, moved into it (zoomed.ts).
  const {scale: k, offset} = layout.geometry;
  const move = (k: number, [x, y] = [0, 0]) => `translate(${x} ${y}) scale(${k})`;
  return svg`<defs>
      <pattern id="no-data" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="5" fill="var(--_hatch)"></rect>
        <line class="no-data-lines" x1="0" y1="0" x2="0" y2="5"></line>
      </pattern>
    </defs>
    <g class="zoom" transform=${move(zoom.k, [zoom.x, zoom.y])}>
      ${layout.targets.map((t) => svg`<circle class="hit" cx=${t.x} cy=${t.y} r="12" data-id=${t.id}></circle>`)}
      <g class="geo" transform=${k === 1 && !offset ? nothing : move(k, offset)} >
      <path class="outline" d=${layout.geometry.outline} stroke-width=${0.5 / k}></path>
      <path class="context" d=${layout.geometry.context} stroke-width=${0.4 / k}></path>
      ${layout.marks
        .filter((m) => !m.inFocus)
        .map((m) => svg`<path class=${classMap(cls(m))} d=${m.d}></path>`)}
      ${layout.marks
        .filter((m) => m.inFocus)
        .map((m) =>
          called.has(m.id)
            ? svg`<path part="region" class=${classMap(cls(m))} d=${m.d} fill=${m.color ?? NO_DATA_FILL} data-id=${m.id}></path>`
            : svg`<path part="region" class=${classMap(cls(m))} d=${m.d} fill=${m.color ?? NO_DATA_FILL}
                data-id=${m.id} data-focus=${m.id} tabindex="-1" role="graphics-symbol" aria-label=${label(m)}></path>`
        )}
      <path class="borders casing" d=${layout.geometry.borders}></path>
      <path class="borders" d=${layout.geometry.borders}></path>
      <g class="highlight"></g>
      </g>
      <g class="callout-leaders">
        ${layout.callouts.map((c) => {
          const m = byId.get(c.id);
          return m
            ? svg`<line class=${classMap({dim: dim(m)})} x1=${c.from[0]} y1=${c.from[1]} x2=${c.x} y2=${c.y}></line>`
            : nothing;
        })}
      </g>
      <g class="labels" aria-hidden="true">
        ${layout.labels.map((l) => (l.plate ? svg`<rect class="label-plate" x=${l.plate.x} y=${l.plate.y} width=${l.plate.w} height=${l.plate.h} rx="2"></rect>` : nothing))}
        ${layout.labels.map((l) => (l.leader && leaderLength(l.leader) >= 8 ? svg`<line class="label-leader" x1=${l.leader[0]} y1=${l.leader[1]} x2=${l.leader[2]} y2=${l.leader[3]}></line>` : nothing))}
        ${layout.labels.map((l) => svg`<text class="economy-label" data-of=${l.id} x=${l.x} y=${l.y} text-anchor="middle">${numbers?.get(l.id) ?? l.text}</text>`)}
      </g>
      ${layout.callouts.map((c) => {
        const m = byId.get(c.id);
        if (!m) return nothing;
        return svg`<g class=${classMap({callout: true, dim: dim(m)})}>
          <circle class="hit" cx=${c.x} cy=${c.y} r="12" data-id=${c.id}></circle>
          <circle part="region callout" cx=${c.x} cy=${c.y} r=${c.r} fill=${m.color ?? NO_DATA_FILL}
            data-id=${c.id} data-focus=${c.id} tabindex="-1" role="graphics-symbol" aria-label=${label(m)}></circle>
        </g>`;
      })}
      <g class="overlay"></g>
    </g>`;
}

/**
 * The outlines of the selected and hovered economies, drawn into the map's highlight layer above
 * the borders (callouts show their state on their circle instead).
 */
export function rings(
  layout: ChoroplethLayout,
  hovered: string | undefined,
  selected: string | undefined
): SVGTemplateResult {
  const called = new Set(layout.callouts.map((c) => c.id));
  return svg`${[selected, hovered].map((id) => {
    const m = id === undefined ? undefined : layout.marks.find((x) => x.id === id);
    return m?.inFocus && !called.has(m.id)
      ? svg`<path class=${classMap({ring: true, selected: id === selected, hovered: id === hovered})} d=${m.d}></path>`
      : nothing;
  })}`;
}

/** An economy's tooltip: its name, value (and year), source where it has its own, and note. */
export function tooltip(
  m: RegionMark,
  year: number | undefined,
  source: string,
  sourceLabel: string,
  /** The note's language where it is the data's (SourceLine.dataLang). */
  noteLang: string | undefined
): TemplateResult {
  return html`<div class="tip-name">${m.name}</div>
    <div>${m.display}${year !== undefined ? html` (${year})` : nothing}</div>
    ${source ? html`<div class="tip-source">${labelled(sourceLabel)}${renderCitation(source)}</div>` : nothing}
    ${m.note ? html`<div class="tip-note" lang=${noteLang ?? nothing}>${m.note}</div>` : nothing}`;
}

/**
 * The map's marks for the frame's hover, selection and keyboard: the economies in focus, in
 * reading order, each with its datum, accessible name, tooltip and where the tooltip points
 * (its circle where it has one, else its centroid, through the reader's zoom since the layout).
 */
export function economyMarks(
  layout: ChoroplethLayout,
  tip: (m: RegionMark) => TemplateResult,
  /** The move from the view the layout is for to the one shown (zoomed.ts, between). */
  moved: () => MapView
): Pick<
  MarkModel<ChoroplethDatum>,
  'order' | 'neighbour' | 'datum' | 'label' | 'tooltip' | 'anchor'
> {
  const marks = new Map(layout.marks.filter((m) => m.inFocus).map((m) => [m.id, m]));
  // A called-out economy's tooltip points at its circle, what the reader tapped (from its
  // centroid, a phone's tooltip under Singapore's island covered its circle).
  const circles = new Map(layout.callouts.map((c) => [c.id, [c.x, c.y] as const]));
  return {
    order: layout.order,
    neighbour: (from, key) => neighbour(layout, from, key),
    datum: (id) => {
      const m = marks.get(id);
      return (
        m && {
          economy: m.id,
          name: m.name,
          value: m.value,
          display: m.display,
          citation: m.citation,
          note: m.note,
        }
      );
    },
    label: (id) => {
      const m = marks.get(id);
      return m ? `${m.name}: ${m.display}` : '';
    },
    tooltip: (id) => {
      const m = marks.get(id);
      return m && tip(m);
    },
    anchor: (id) => {
      const [px, py] = circles.get(id) ?? marks.get(id)?.centroid ?? [0, 0];
      const {k, x, y} = moved();
      return [px * k + x, py * k + y];
    },
  };
}
