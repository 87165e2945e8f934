import {css} from 'lit';

export const sankeyStyles = css`
  .frame {
    --_link-opacity: var(--apac-sankey-link-opacity, 0.55);
  }
  .link {
    cursor: pointer;
    transition: opacity 120ms;
  }
  .link .core {
    fill-opacity: var(--_link-opacity);
  }
  .link .range {
    fill-opacity: 0.18;
    stroke-opacity: 0.6;
    stroke-width: 0.75;
    stroke-dasharray: 3 2;
  }
  .link .value {
    fill: var(--_text);
    font-size: 11px;
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .link.lit .core {
    fill-opacity: 0.85;
  }
  .node {
    cursor: pointer;
  }
  .node rect {
    stroke: var(--_bg);
    stroke-width: 0.5;
  }
  .node text {
    fill: var(--_text);
    font-size: 12px;
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    stroke-linejoin: round;
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
  .row .range {
    fill-opacity: 0.25;
  }
  .list .stage {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .dim {
    opacity: 0.2;
  }
  .selected rect,
  .link.selected .core {
    stroke: var(--_text);
    stroke-width: 1.5;
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
  .total {
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
    .link .core {
      stroke: CanvasText;
    }
  }
`;
