import {css} from 'lit';
import {visuallyHidden} from '../../core/visually-hidden.styles.js';

/**
 * `<apac-steps>`: phone first, the chart sticks to the top of the screen and the steps' cards
 * scroll up over it; from about 800 px wide, the steps run in a column beside the chart. Printed,
 * nothing sticks and every step is shown in turn. System colours (Canvas, CanvasText) follow the
 * page's colour scheme when no `--apac-color-*` token is set.
 */
export const stepsStyles = css`
  :host {
    display: block;
    position: relative;
    container-type: inline-size;
    color: var(--apac-color-text, CanvasText);
    font-family: var(--apac-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .graphic {
    position: sticky;
    top: var(--apac-steps-top, 0px);
    z-index: 0;
    align-self: start;
    min-width: 0;
    background: var(--apac-color-background, Canvas);
    transition: top 250ms ease-out;
  }
  @media (prefers-reduced-motion: reduce) {
    .graphic {
      transition: none;
    }
  }
  .steps {
    position: relative;
    z-index: 1;
    min-width: 0;
    padding: 10vh 0 calc(45vh + var(--apac-steps-below, 0px));
  }
  ::slotted(apac-step) {
    display: block;
    max-width: 34em;
    margin: 0 auto 75vh;
  }
  ::slotted(apac-step:last-of-type) {
    margin-bottom: 0;
  }
  /* In a graphic taller than the screen, stuck where a step's marks show (stick-controller.ts),
     the buttons stay at the bottom of the screen, over the graphic's foot. */
  .controls {
    position: sticky;
    bottom: 0;
    background: var(--apac-color-background, Canvas);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.25em 0.75em;
    padding: 0.25em 0 0.5em;
    font-size: var(--apac-font-size, 14px);
  }
  .controls[hidden] {
    display: none;
  }
  button {
    font: inherit;
    min-width: 44px;
    min-height: 44px;
    padding: 0 0.9em;
    border: 1px solid var(--apac-color-border, rgba(128, 128, 128, 0.6));
    border-radius: var(--apac-radius, 4px);
    background: var(--apac-color-surface, ButtonFace);
    color: var(--apac-color-text, ButtonText);
    cursor: pointer;
    white-space: nowrap;
  }
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.45;
  }
  button:focus-visible {
    outline: 2px solid var(--apac-color-focus, #0a5fc2);
    outline-offset: 2px;
  }
  .position {
    min-width: 7em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  ${visuallyHidden}
  /* On a phone the position goes above the buttons, which keep their words on one line. */
  @container (max-width: 420px) {
    .position {
      order: -1;
      flex-basis: 100%;
    }
  }
  @container (min-width: 800px) {
    .layout {
      grid-template-columns: minmax(14em, 2fr) minmax(0, 3fr);
      column-gap: 2em;
    }
    .steps {
      grid-column: 1;
      grid-row: 1;
      padding: 30vh 0 calc(40vh + var(--apac-steps-below, 0px));
    }
    .graphic {
      grid-column: 2;
      grid-row: 1;
      top: max(var(--apac-steps-top, 0px), 5vh);
    }
    ::slotted(apac-step) {
      margin-bottom: 60vh;
    }
  }
  @media print {
    .graphic {
      position: static;
    }
    .controls {
      display: none;
    }
    .steps {
      padding: 0;
    }
    ::slotted(apac-step) {
      margin: 0 0 1em;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
