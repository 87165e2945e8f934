import {html, nothing, svg, type TemplateResult} from 'lit';
import {classMap} from 'lit/directives/class-map.js';
import type {LinkMark, NodeMark, SankeyLayout} from '../../layout/sankey/layout.js';
import {labelled, renderCitation} from '../../core/citation.js';
import type {Translate} from '../../i18n/catalogue.js';

export interface MarkState {
  /** Ids on the paths through the hovered, focused or pinned mark; undefined when none. */
  lit: ReadonlySet<string> | undefined;
  focused: string | undefined;
  selected: string | undefined;
}

const color = (i: number) => (i < 0 ? 'var(--_muted)' : `var(--_cat-${(i % 8) + 1})`);

export function nodeName(n: NodeMark): string {
  return `${n.label}: ${n.display}`;
}

export function linkName(l: LinkMark, nodes: ReadonlyMap<string, NodeMark>): string {
  return `${nodes.get(l.source)?.label ?? l.source} → ${nodes.get(l.target)?.label ?? l.target}: ${l.display}`;
}

/** Links (range band under a solid core), then nodes with their labels. */
export function sankeyMarks(layout: SankeyLayout, s: MarkState): TemplateResult {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const cls = (id: string, base: string) =>
    classMap({
      [base]: true,
      lit: s.lit?.has(id) ?? false,
      dim: s.lit !== undefined && !s.lit.has(id),
      selected: s.selected === id,
    });
  const tab = (id: string) => (s.focused === id ? '0' : '-1');
  return svg`<g class="links">
      ${layout.links.map(
        (l) => svg`<g class=${cls(l.id, 'link')} part="link"
          data-id=${l.id} data-focus=${l.id} tabindex=${tab(l.id)} role="graphics-symbol" aria-label=${linkName(l, byId)}>
          ${l.range ? svg`<path class="range" d=${l.range} fill=${color(l.color)} stroke=${color(l.color)}></path>` : nothing}
          <path class="core" d=${l.core} fill=${color(l.color)}></path>
          ${l.text ? svg`<text class="value" x=${l.mid[0]} y=${l.mid[1] + 4} text-anchor="middle">${l.text}</text>` : nothing}
        </g>`
      )}
    </g>
    <g class="nodes">
      ${layout.nodes.map(
        (n) => svg`<g class=${cls(n.id, 'node')} part="node" data-id=${n.id} data-focus=${n.id}
          tabindex=${tab(n.id)} role="graphics-symbol" aria-label=${nodeName(n)}>
          <rect x=${n.x} y=${n.y} width=${n.w} height=${n.h} fill=${color(n.color)}></rect>
          ${n.text ? svg`<text x=${n.labelX} y=${n.labelY} text-anchor=${n.anchor}>${n.text}</text>` : nothing}
        </g>`
      )}
    </g>`;
}

export interface LegendFacts {
  /** The source's own total, said in words ("nearly USD 90 billion a year"). */
  statedTotal: string | undefined;
  statedNote: string | undefined;
  names: ReadonlyMap<string, NodeMark>;
  t: Translate;
}

/** What the chart's marks mean: ranges, widened flows, and links left out of a loop. */
export function sankeyLegend(layout: SankeyLayout, facts: LegendFacts): TemplateResult {
  const hasRange = layout.links.some((l) => l.range);
  const name = (id: string) => facts.names.get(id)?.label ?? id;
  const t = facts.t;
  return html`${
      facts.statedTotal
        ? html`<p class="total">
            ${t('sankey.statedTotal')} <strong>${facts.statedTotal}</strong>.
            ${facts.statedNote ? html`<span class="muted">${facts.statedNote}</span>` : nothing}
          </p>`
        : nothing
    }
    <ul class="key" aria-label=${t('sankey.keyLabel')}>
      <li>
        <span class="swatch core"></span
        >${hasRange ? t('sankey.bandWidthRange') : t('sankey.bandWidth')}
      </li>
      ${hasRange ? html`<li><span class="swatch range"></span>${t('sankey.paleBand')}</li>` : nothing}
      ${layout.widened ? html`<li>${t('sankey.widened')}</li>` : nothing}
    </ul>
    ${
      layout.cut.length
        ? html`<p class="cycle" role="note">
            ${t('sankey.loop')}
            ${layout.cut.map((l, i) => html`${i ? '; ' : ''}<strong>${name(l.source)} → ${name(l.target)}</strong>`)}.
          </p>`
        : nothing
    }`;
}

/** The tooltip for a node (its total) or a link (from → to, value and range, source). */
export function sankeyTip(
  layout: SankeyLayout,
  id: string,
  names: ReadonlyMap<string, NodeMark>,
  sourceOf: (citation: string) => string,
  t: Translate
): TemplateResult | undefined {
  const n = names.get(id);
  if (n)
    return html`<div class="tip-name">${n.label}</div>
      <div>${n.display}</div>`;
  const l = layout.links.find((x) => x.id === id);
  if (!l) return undefined;
  return html`<div class="tip-name">
      ${names.get(l.source)?.label} → ${names.get(l.target)?.label}
    </div>
    <div>${l.display}</div>
    <div class="tip-source">
      ${labelled(t('frame.source'))}${renderCitation(sourceOf(l.link.citation))}
    </div>
    ${l.link.note ? html`<div class="tip-note">${l.link.note}</div>` : nothing}`;
}
