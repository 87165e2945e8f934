import {css} from 'lit';

export const choroplethStyles = css`
  .frame {
    --_land: var(--apac-choropleth-context-color, var(--_surface));
    --_border-line: var(--apac-choropleth-border-color, var(--_bg));
    --_hatch: var(--apac-choropleth-no-data-color, var(--_no-data));
  }
  svg.chart {
    cursor: grab;
  }
  .outline {
    fill: none;
    stroke: var(--_border);
    /* stroke-width: an attribute, divided by the scale of a rescaled map (rescale.ts). */
  }
  .context {
    fill: var(--_land);
    stroke: var(--_border-line);
  }
  .region {
    stroke: var(--_border-line);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
    transition: opacity 120ms;
  }
  .region.out {
    fill: var(--_land);
  }
  /* Land borders: a dark line under a light one (light under dark in dark mode), so every border
     has 3:1 contrast with whichever fill it runs beside (WCAG 1.4.11). */
  .borders {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .borders.casing {
    stroke: var(--_text);
    stroke-width: 1.6;
    stroke-linejoin: round;
  }
  /* At the size the layout places them at (label-spots.ts): the frame's rule for chart text
     (0.85em, 11.9 px) would draw them wider than the room found for them. */
  svg.chart .economy-label {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 600;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  /* Names of the economies a highlight mutes: the muted text colour and a lighter weight, not
     opacity, so they still read at 4.5:1 against their halo. */
  svg.chart[data-highlight] .economy-label:not(.emphasised) {
    fill: var(--_muted);
    font-weight: 400;
  }
  /* The hovered and selected economy's outline, drawn over the borders. */
  .ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .ring.selected,
  .callout:has(.selected) circle {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  /* The ground of a name beside its circle that lies on other land (labels.ts, MapLabel.plate). */
  svg.chart .label-plate {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 0.75;
    pointer-events: none;
  }
  /* The ground of the tags naming picked and highlighted economies (choropleth.picked.ts). */
  .picked-name rect {
    fill: var(--_bg);
  }
  svg.chart .picked-name text {
    font-size: 11px;
  }
  /* Economies a linked chart picked out, when it picked several (link-group). */
  .region.linked,
  .callout:has(.linked) circle {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .callout:has(.hovered) circle {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .dim {
    opacity: 0.25;
  }
  /* A 24 px target around each callout circle, or on a narrow economy's shape (WCAG 2.2 target size). */
  .callout .hit,
  .hit {
    fill: transparent;
    stroke: none;
    pointer-events: all;
    cursor: pointer;
  }
  /* Leaders draw over land, which a tap on them must reach (Peru's at 414 px took it). */
  .callout-leaders line,
  .label-leader {
    stroke: var(--_muted);
    stroke-width: 0.75;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .callout circle {
    stroke: var(--_text);
    stroke-width: 0.75;
    vector-effect: non-scaling-stroke;
  }
  .no-data-lines {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend-items li {
    display: flex;
    align-items: center;
    gap: 6px;
    border-radius: var(--_radius);
    cursor: default;
  }
  .legend-items li.empty {
    color: var(--_muted);
  }
  .swatch {
    flex: none;
    width: 14px;
    height: 14px;
    border: 1px solid var(--_border);
    border-radius: 2px;
  }
  .swatch.no-data {
    background: repeating-linear-gradient(
      45deg,
      var(--_hatch) 0 2px,
      var(--_muted) 2px 3px,
      var(--_hatch) 3px 5px
    );
  }
  .ramp {
    display: grid;
    grid-template-columns: auto minmax(80px, 240px) auto;
    justify-content: start;
    align-items: center;
    gap: 6px;
    font-size: 0.9em;
  }
  .ramp .bar {
    display: block;
    width: 100%;
    height: 12px;
    border: 1px solid var(--_border);
    border-radius: 2px;
  }
  .legend-title {
    margin: 0 0 4px;
    font-weight: 600;
    font-size: 0.9em;
  }
  /* The indicator's note: what its sources leave open, under its classes; then the key to the
     numbers beside the circles the map has no room to name. */
  .legend .note,
  .legend .numbered {
    margin: 6px 0 0;
    max-width: 60em;
    font-size: 0.85em;
  }
  .legend .note {
    color: var(--_muted);
  }
  .slider {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 0 0 8px;
  }
  .slider input {
    flex: 1 1 160px;
    min-height: 24px;
    accent-color: var(--_accent);
  }
  .slider output {
    min-width: 3em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .region,
    .callout circle {
      stroke: CanvasText;
    }
    .region.selected,
    .region.linked {
      stroke: Highlight;
    }
  }
  @media print {
    .controls,
    .slider button {
      display: none;
    }
  }
`;
