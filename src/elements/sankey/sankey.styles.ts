import {css} from 'lit';

/*
 * The Sankey's styles. Notes on them live here, not in the CSS text, which ships as written:
 * - `svg.chart[data-lit] > …`: while a mark is hovered or picked out, every mark is dimmed at
 *   once (one group each) and the paths through it are drawn again above, in the highlight
 *   layer. The list's rows on those paths carry class lit instead (no text laid out again), and
 *   only the others are dimmed, at once (no fade: the hover shows in the same frame); a lit
 *   row's bar past the share of it that flows on those paths is veiled in the highlight layer
 *   (`.shares .veil`, sankey.templates.ts listShares): at 0.8 of the page's colour over it, its
 *   colour shows at about the 0.2 the rows off the paths are dimmed to.
 * - A node dimmed (in the list) or muted by `highlight`: its bar fades, its words take the muted
 *   text colour instead (at 0.2 opacity they fell to 1.9:1 on the background, and on a phone the
 *   list is the whole chart).
 * - `.list .node.selected rect`: the picked row is told by its lit partners and the
 *   announcement, as before: no outline.
 * - `.node.linked rect`: nodes a linked chart picked out, when it picked several (link-group);
 *   `.node.linked text`: a thin node's outline hardly shows, so its name says it too.
 * - `svg.chart .column-heading`: the `columns` attribute's headings over the node columns.
 */
export const sankeyStyles = css`
  .frame {
    --_link-opacity: var(--apac-sankey-link-opacity, 0.55);
  }
  .link {
    cursor: pointer;
  }
  :is(.link, .lit-links) .core {
    fill-opacity: var(--_link-opacity);
  }
  :is(.link, .lit-links) .range {
    fill-opacity: 0.18;
    stroke-opacity: 0.6;
    stroke-width: 0.75;
    stroke-dasharray: 3 2;
  }
  :is(.link, .lit-links) .value {
    fill: var(--_text);
    font-size: 11px;
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .node {
    cursor: pointer;
  }
  .node rect,
  .lit-nodes path {
    stroke: var(--_bg);
    stroke-width: 0.5;
  }
  :is(.node, .lit-nodes) text {
    fill: var(--_text);
    font-size: 12px;
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    stroke-linejoin: round;
  }
  .node text.key {
    font-weight: 700;
  }
  .row .hit {
    fill: transparent;
    stroke: none;
  }
  .row text {
    fill: var(--_text);
    stroke: none;
  }
  .row .amount {
    font-weight: 600;
  }
  .row .via {
    fill: var(--_muted);
    font-size: 11px;
  }
  .row .bar {
    fill-opacity: 0.85;
  }
  .shares .veil {
    fill: var(--_bg);
    fill-opacity: 0.8;
  }
  /* Beyond the estimate, up to the high end: faint, and outlined in its own colour (its
     \`color\`) as the bands' ranges are: the fill alone hardly showed in the dark theme. */
  :is(.row, .shares) .range {
    fill-opacity: 0.25;
    stroke: currentColor;
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .list .stage {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  svg.chart[data-lit] > .links,
  svg.chart[data-lit] > .nodes,
  svg.chart[data-lit] .list .node:not(.lit) > :not(text) {
    opacity: 0.2;
    transition: none;
  }
  svg.chart[data-lit] .list .node:not(.lit) text,
  svg.chart[data-highlight] .node:not(.emphasised, .selected, .hovered, .linked) text {
    fill: var(--_muted);
    font-weight: 400;
  }
  svg.chart[data-highlight] .node:not(.emphasised, .selected, .hovered, .linked) {
    opacity: 1;
  }
  svg.chart[data-highlight] .node:not(.emphasised, .selected, .hovered, .linked) > :not(text) {
    opacity: var(--apac-muted-opacity, 0.2);
  }
  svg.chart[data-lit] .list .node.lit {
    opacity: 1;
    transition: none;
  }
  .list .node.selected rect {
    stroke: var(--_bg);
    stroke-width: 0.5;
  }
  .tip-route {
    margin-top: 6px;
    font-size: 0.9em;
    font-weight: 600;
  }
  .tip-route .arrow {
    width: 0.8em;
    height: 0.8em;
    margin: 0 0.3em;
    vertical-align: -0.05em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .highlight {
    pointer-events: none;
  }
  .lit-links .core {
    fill-opacity: 0.85;
  }
  .selected rect,
  :is(.link, .lit-links).selected .core {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .node.linked rect {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .node.linked text {
    font-weight: 700;
    text-decoration: underline;
  }
  svg.chart .link:focus-visible,
  svg.chart .node:focus-visible {
    outline: none;
  }
  svg.chart .link:focus-visible .core,
  svg.chart .node:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .period,
  .total,
  .numbered {
    margin: 0 0 6px;
    font-size: 0.9em;
  }
  .muted {
    color: var(--_muted);
  }
  .key .swatch {
    width: 22px;
    height: 10px;
    border-radius: 2px;
  }
  .key .core {
    background: var(--_muted);
    opacity: 0.6;
  }
  .key .range {
    border: 1px dashed var(--_muted);
    background: transparent;
  }
  .cycle {
    margin: 0 0 6px;
    padding: 6px 8px;
    border-left: 4px solid var(--_error);
    background: var(--_error-bg);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .node rect,
    :is(.link, .lit-links) .core {
      stroke: CanvasText;
    }
  }
  svg.chart .column-heading {
    font-size: 12px;
    font-weight: 600;
    fill: var(--_text);
  }
`;
