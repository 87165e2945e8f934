import {css} from 'lit';

/**
 * Notes on the chart (annotations.templates.ts): boxes with a thin rule, connectors, lettered
 * markers in the text colour, and the lists under the chart and with the table.
 */
export const annotationStyles = css`
  svg.chart .annotations {
    pointer-events: none;
  }
  svg.chart .annotations .note-box {
    fill: var(--_bg);
    fill-opacity: 0.92;
    stroke: var(--_border, currentColor);
    stroke-width: 0.5;
  }
  svg.chart .annotations .note-text {
    fill: var(--_text);
    font-size: 12px;
  }
  svg.chart .annotations .note-connector,
  svg.chart .annotations .note-span {
    stroke: var(--_text);
    stroke-width: 1;
    fill: none;
  }
  svg.chart .annotations .note-marker {
    fill: var(--_text);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  svg.chart .annotations .note-number {
    fill: var(--_bg);
    font-size: 11px;
    font-weight: 700;
  }
  .note-list,
  .table-notes {
    font-size: 0.9em;
    margin: 0.5em 0;
  }
  .note-heading {
    margin: 0;
    font-weight: 600;
  }
  .note-list ol,
  .table-notes ol {
    margin: 0.25em 0 0;
    padding-inline-start: 1.75em;
  }
`;
