import {css} from 'lit';

/**
 * The `highlight` attribute's look (highlight-controller.ts): the line above the legend, and the
 * marks it does not name muted. The reader's hover, selection and a link group's outline are
 * never muted.
 */
export const highlightStyles = css`
  .highlighted {
    margin: 0 0 0.5em;
    font-size: 0.9em;
    font-weight: 600;
  }
  .highlighted[hidden] {
    display: none;
  }
  /* The author's highlight: marks it does not name are muted; the reader's hover, selection and
     a link group's outline are never muted. */
  svg.chart [data-id] {
    transition: opacity 200ms;
  }
  svg.chart[data-highlight] [data-id]:not(.emphasised, .selected, .hovered, .linked) {
    opacity: var(--apac-muted-opacity, 0.2);
  }
`;
