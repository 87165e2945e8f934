/**
 * The one legend template: draws a chart's legend model (`layout/legend.ts`) on the page. The SVG
 * export draws the same model (`export-parts.ts`), so what the reader sees and what a file shows
 * come from one source.
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import type {LegendBlock, LegendEntry, LegendModel, Paint, Run, Swatch} from '../layout/legend.js';
import {paletteColor} from '../layout/palette.js';

const ROLE_TOKENS = {
  text: 'var(--_text)',
  muted: 'var(--_muted)',
  background: 'var(--_bg)',
  border: 'var(--_border)',
  none: 'none',
} as const;

/** The colour a paint stands for, as a CSS value of the theme's tokens. */
export const paintValue = (p: Paint): string =>
  typeof p === 'number' ? paletteColor(p) : typeof p === 'string' ? ROLE_TOKENS[p] : p.color;

export interface LegendOptions {
  /** The chart's controls, by the name the model gives their place. */
  controls?: Readonly<Record<string, unknown>>;
  /** A class of marks is picked out (an entry hovered or focused), or none. */
  onHighlight?: (index: number | undefined) => void;
}

function swatchTemplate(s: Swatch): TemplateResult {
  if (s.kind === 'no-data') return html`<span class="swatch no-data"></span>`;
  return html`<svg class="swatch" width=${s.width} height=${s.height} aria-hidden="true">
    ${s.shapes.map((p) => {
      const a = {
        fill: paintValue(p.fill),
        stroke: p.stroke === undefined ? nothing : paintValue(p.stroke),
        sw: p.strokeWidth ?? nothing,
        dash: p.dash ?? nothing,
        fo: p.fillOpacity ?? nothing,
        op: p.opacity ?? nothing,
      };
      return p.shape === 'circle'
        ? svg`<circle cx=${p.x} cy=${p.y} r=${p.r ?? 0} fill=${a.fill} stroke=${a.stroke}
            stroke-width=${a.sw} stroke-dasharray=${a.dash} fill-opacity=${a.fo} opacity=${a.op}></circle>`
        : svg`<rect x=${p.x} y=${p.y} width=${p.width ?? 0} height=${p.height ?? 0} rx=${p.rx ?? nothing}
            fill=${a.fill} stroke=${a.stroke} stroke-width=${a.sw} stroke-dasharray=${a.dash}
            fill-opacity=${a.fo} opacity=${a.op}></rect>`;
    })}
  </svg>`;
}

const run = (r: Run) =>
  r.emphasis === 'strong'
    ? html`<strong>${r.text}</strong>`
    : r.emphasis || r.lang
      ? html`<span class=${r.emphasis ?? nothing} lang=${r.lang ?? nothing}>${r.text}</span>`
      : r.text;

function entry(e: LegendEntry, picks: boolean, o: LegendOptions): TemplateResult {
  const pick = (on: boolean) => () => o.onHighlight?.(on ? e.highlight : undefined);
  // The count inside the label's text, so that a label that wraps carries it on its last line.
  const content = html`${e.swatch ? swatchTemplate(e.swatch) : nothing}<span
      >${e.label}${e.count ? html` <span class="count">${e.count.text}</span>` : nothing}</span
    >`;
  return picks
    ? html`<li
        class=${e.count?.value === 0 ? 'empty' : ''}
        tabindex="0"
        aria-label=${e.count?.name ?? e.label}
        @pointerenter=${pick(true)}
        @pointerleave=${pick(false)}
        @focus=${pick(true)}
        @blur=${pick(false)}
      >
        ${content}
      </li>`
    : html`<li>${content}</li>`;
}

function block(b: LegendBlock, o: LegendOptions): unknown {
  switch (b.type) {
    case 'title':
      return html`<p class="legend-title">${b.text}</p>`;
    case 'text':
      return html`<p
        class=${b.role}
        part=${b.role === 'highlighted' ? 'highlighted' : nothing}
        role=${b.note ? 'note' : nothing}
        aria-live=${b.live ? 'polite' : nothing}
      >
        ${b.runs.map(run)}
      </p>`;
    case 'ramp':
      return html`<div class="ramp">
        <span>${b.lo}</span>
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
          <defs>
            <linearGradient id="ramp">
              ${b.stops.map((c, k) => svg`<stop offset=${k / Math.max(1, b.stops.length - 1)} stop-color=${c}></stop>`)}
            </linearGradient>
          </defs>
          <rect width="100" height="10" fill="url(#ramp)"></rect>
        </svg>
        <span>${b.hi}</span>
      </div>`;
    case 'entries': {
      const picks = b.role === 'classes';
      return html`<ul
        class=${picks ? 'legend-items' : 'key'}
        role=${picks ? 'list' : nothing}
        aria-label=${b.label ?? nothing}
      >
        ${b.entries.map((e) => entry(e, picks, o))}
      </ul>`;
    }
    case 'control':
      return o.controls?.[b.name] ?? nothing;
  }
}

/** The legend of `model`, with the chart's controls where the model places them. */
export function legendTemplate(model: LegendModel, options: LegendOptions = {}): TemplateResult {
  return html`${model.map((b) => block(b, options))}`;
}
