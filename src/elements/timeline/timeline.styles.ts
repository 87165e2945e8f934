import {css, unsafeCSS} from 'lit';
import {PALETTE_SIZE} from '../../layout/palette.js';

/** The colour under a label inside a bar, by the classes timeline.templates.ts gives it. */
const barColours = unsafeCSS(
  Array.from({length: PALETTE_SIZE}, (_, i) => {
    const c = `var(--_cat-${i + 1})`;
    return `.label.inside.c${i + 1} { --_bar: ${c}; }
    .label.inside.c${i + 1}.tint { --_bar: color-mix(in srgb, ${c} 25%, var(--_bg)); }`;
  }).join('\n') +
    `.label.inside.c0 { --_bar: var(--_muted); }
    .label.inside.c0.tint { --_bar: color-mix(in srgb, var(--_muted) 25%, var(--_bg)); }
    .label.inside.hollow { --_bar: var(--_bg); }`
);

/** `--_edge-1` … `--_edge-8` on the frame, each the page's `--apac-color-N-edge` or `value(N)`. */
const edges = (value: (i: number) => string) =>
  `.frame{${Array.from(
    {length: PALETTE_SIZE},
    (_, i) => `--_edge-${i + 1}:var(--apac-color-${i + 1}-edge,${value(i + 1)});`
  ).join('')}}`;

/**
 * Outlines of the marks in the palette's colours (paletteEdge). Where relative colours work, an
 * outline keeps its category's hue at an OKLCH lightness that stands 3:1 on the background: at
 * most 0.6 on light (about 3.6:1 on white), at least 0.6 on dark. Elsewhere it is the colour
 * itself. Whole rules, so that the build minifies the CSS around them (scripts/css-literals.mjs).
 */
const edgeRules = unsafeCSS(
  `.frame{--_edge-min:0;--_edge-max:.6}.frame.dark{--_edge-min:.6;--_edge-max:1}` +
    edges((i) => `var(--_cat-${i})`) +
    `@supports (color:oklch(from red l c h)){${edges(
      (i) => `oklch(from var(--_cat-${i}) clamp(var(--_edge-min),l,var(--_edge-max)) c h)`
    )}}`
);

export const timelineStyles = css`
  ${edgeRules}
  .frame {
    --_lane-bg: var(--apac-timeline-lane-background, var(--_surface));
  }
  svg.chart {
    cursor: grab;
  }
  svg.chart text {
    font-size: 12px;
  }
  .axis text {
    fill: var(--_muted);
  }
  .axis text.major {
    fill: var(--_text);
    font-weight: 600;
  }
  .axis .baseline {
    stroke: var(--_border);
  }
  .axis .grid {
    stroke: var(--_border);
    stroke-width: 0.5;
    stroke-dasharray: 2 3;
  }
  .axis .grid.major {
    stroke-dasharray: none;
  }
  .brush-area {
    fill: transparent;
    cursor: col-resize;
  }
  .brush {
    fill: var(--_accent);
    fill-opacity: 0.15;
    stroke: var(--_accent);
  }
  .lane-band {
    fill: var(--_lane-bg);
    fill-opacity: 0.5;
  }
  .lane-label {
    fill: var(--_text);
    font-weight: 600;
  }
  .mark {
    stroke-width: 1.5;
  }
  .mark.fuzzy {
    fill-opacity: 0.25;
    stroke-dasharray: 3 2;
  }
  .mark.planned {
    fill: var(--_bg);
    stroke-dasharray: 2 2;
  }
  .hovered .mark,
  .selected .mark {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .event {
    cursor: pointer;
  }
  .event .label:not(.inside) {
    fill: var(--_text);
  }
  /* A label inside its bar is plain text in black or white, whichever contrasts more with the
     colour the bar shows (--_bar, from the label's classes): L* 49.4 (relative luminance 0.18)
     is where both give 4.6:1, so the lightness is pushed to 0 or 100 on either side of it.
     Where relative colours are not supported, the chart's text on a halo. */
  ${barColours}
  svg.chart .event .label.inside {
    fill: var(--_text);
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    stroke-linejoin: round;
  }
  @supports (color: lab(from red l a b)) {
    svg.chart .event .label.inside {
      fill: lab(from var(--_bar, var(--_bg)) calc((49.4 - l) * 1000) 0 0);
      stroke: none;
    }
  }
  /* Events, clusters and years a highlight mutes: their marks fade (highlight.styles.ts), their
     words take the muted text colour instead, as the map's and the Sankey's do (faded with the
     mark, a label fell to 1.5:1 on the lane's band). */
  svg.chart[data-highlight] [data-id]:not(.emphasised, .selected, .hovered, .linked) {
    opacity: 1;
  }
  svg.chart[data-highlight] [data-id]:not(.emphasised, .selected, .hovered, .linked) > :not(text) {
    opacity: var(--apac-muted-opacity, 0.2);
  }
  svg.chart[data-highlight] [data-id]:not(.emphasised, .selected, .hovered, .linked) > text {
    fill: var(--_muted);
    font-weight: 400;
  }
  .cluster {
    cursor: zoom-in;
  }
  /* A cluster's outline takes its lane's colour from its stroke attribute. */
  .cluster rect,
  .cluster-key {
    fill: var(--_bg);
    stroke-width: 2;
  }
  .cluster-key {
    stroke: var(--_muted);
  }
  .cluster text {
    fill: var(--_text);
    font-weight: 600;
    font-size: 11px;
  }
  .cluster.hovered rect {
    stroke-width: 3;
  }
  .spine {
    stroke: var(--_border);
    stroke-width: 2;
  }
  .year {
    fill: var(--_text);
    font-weight: 700;
    font-size: 14px !important;
  }
  .year-head {
    cursor: pointer;
  }
  .year-count {
    fill: var(--_muted);
    font-size: 13px;
  }
  .disclosure {
    fill: var(--_muted);
  }
  .year-head:focus-visible {
    outline: none;
  }
  .year-head:focus-visible .row-hit {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .row-hit {
    fill: transparent;
  }
  .row .date,
  .row .context {
    fill: var(--_muted);
  }
  .row .title {
    fill: var(--_text);
    font-size: 14px !important;
  }
  .row:hover .row-hit,
  .row:focus-visible .row-hit {
    fill: var(--_surface);
  }
  svg.chart .event:focus-visible {
    outline: none;
  }
  svg.chart .event:focus-visible .mark,
  svg.chart .cluster:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .shown {
    margin: 0 0 6px;
    font-size: 0.9em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-bottom: 6px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    min-height: 26px;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 13px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
  }
  .chip[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .chip[aria-pressed='false'] .dot {
    opacity: 0.3;
  }
  .chip .dot {
    flex: none;
  }
  /* The fields come after the first picture (timeline.templates.ts): the row keeps their height
     (a set height, not the font's) meanwhile, so nothing below it moves when they arrive. */
  .filters summary {
    min-height: 24px;
    cursor: pointer;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    font-size: 0.85em;
    /* The fields' height, kept before they come (after the first picture). */
    min-height: max(1.75em, 24px);
  }
  .range label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .range input {
    box-sizing: border-box;
    height: max(1.75em, 24px);
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .mark,
    .cluster rect {
      stroke: CanvasText;
    }
    .selected .mark {
      stroke: Highlight;
    }
  }
  @media print {
    .controls,
    .range {
      display: none;
    }
  }
`;
