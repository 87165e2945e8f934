import {css} from 'lit';
import {visuallyHidden} from './visually-hidden.styles.js';

/** The frame's layout and parts, in the colours of `tokens` (tokens.styles.ts). */
export const frameStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
    /* As a flex or grid item, the box the page gives wins over the chart's content (fill.styles). */
    min-height: 0;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    margin: 0;
    padding: var(--apac-frame-padding, 12px 0);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .sizer {
    height: 0;
  }
  .headline {
    margin: 0 0 0.25em;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subhead {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  .legend:empty {
    display: none;
  }
  .legend {
    margin: 0 0 0.5em;
  }
  .plot {
    position: relative;
    width: 100%;
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    font-family: var(--_font);
  }
  /* While resize() reads the new width (size-controller.ts), the old drawing keeps its size. */
  .measuring svg.chart {
    width: auto;
  }
  svg.chart text {
    fill: var(--_text);
    font-size: 0.85em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  svg.chart :focus-visible {
    outline: none;
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(280px, 90%);
    padding: 6px 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    pointer-events: none;
    font-size: 0.9em;
  }
  .tooltip[hidden] {
    display: none;
  }
  .loading {
    display: grid;
    place-items: center;
    min-height: 160px;
    border-radius: var(--_radius);
    color: var(--_muted);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_bg) 50%, var(--_surface) 75%) 0
      0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .loading progress {
    width: min(240px, 80%);
    accent-color: var(--_accent);
  }
  .limit {
    margin: 0 0 0.75em;
    padding: 6px 10px;
    border-left: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .fallback ::slotted(img),
  .fallback ::slotted(svg),
  .fallback ::slotted(picture) {
    display: block;
    max-width: 100%;
    height: auto;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  .error {
    margin: 0 0 0.75em;
    padding: 8px 10px;
    border: 1px solid var(--_error);
    border-left-width: 4px;
    border-radius: var(--_radius);
    background: var(--_error-bg);
    color: var(--_text);
  }
  .error strong {
    color: var(--_error);
  }
  .error ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }
  .error code {
    font-size: 0.95em;
  }
  /* The platform's button, in the frame's colour scheme; a tap target a finger can hit. */
  button.retry {
    min-height: 28px;
    margin-left: 0.5em;
    font: inherit;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
    justify-content: space-between;
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .footer p {
    margin: 0;
  }
  /* A long source line leaves the table's button beside it where there is room (a line less
     under the drawing in a box of fixed height), under it on a phone: 340 px is the phone rule's
     480 less the widest button's room (at 20em, a Japanese or Chinese button's few characters
     fitted beside the source at 375 px). */
  .credit {
    flex: 1 1 340px;
  }
  .notes {
    flex-basis: 100%;
  }
  a {
    color: var(--_accent);
  }
  /* Text-sized buttons and fields a reader taps: at least 24 px tall (WCAG 2.5.8). A button in
     the source line discloses further sources: printed, they show and it does not. */
  button.table-toggle,
  .credit button {
    min-height: 24px;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  ${visuallyHidden}
  @media (prefers-reduced-motion: reduce) {
    .loading {
      animation: none;
    }
    * {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .error,
    .tooltip {
      border-color: CanvasText;
    }
    svg.chart :focus-visible {
      stroke: Highlight;
    }
  }
  @media print {
    .credit [hidden] {
      display: inline;
    }
    .credit button,
    button.table-toggle,
    button.retry,
    .tooltip {
      display: none;
    }
    .frame {
      background: none;
    }
  }
  /* Shared by the charts: zoom buttons, tooltips' parts, counts. */
  .controls {
    position: absolute;
    top: 4px;
    right: 4px;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  button.control {
    min-width: 28px;
    min-height: 28px;
    padding: 0 6px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }
  button.control svg {
    display: block;
    margin: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .tip-name {
    font-weight: 600;
  }
  .tip-source,
  .tip-note {
    margin-top: 2px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* In brackets, as exports write it: a class "3" and its count 1 read "31" side by side. */
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .count::before {
    content: '(';
  }
  .count::after {
    content: ')';
  }
  /* A chart's key to its marks: a wrapping row of small items. */
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin: 0 0 6px;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .key li {
    display: flex;
    align-items: center;
    gap: 5px;
  }
  /* A button that reads as a link (the table's download, the timeline's other account). */
  button.link {
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;
