import {css} from 'lit';

/**
 * Filling the box the page gives: the probe that tells whether the host has a height of its
 * own, and the column the frame becomes when it does (SizeController measures both).
 */
export const fillStyles = css`
  /* 0 px wide; as tall as the host when the page gives it a height, else 0 (size-controller.ts). */
  .fill-probe {
    float: left;
    width: 0;
    height: 100%;
  }
  /* A host with a height of its own: a column whose plot box takes what the other parts leave. */
  .frame.fill {
    display: flex;
    flex-direction: column;
    height: 100%;
    /* A box too short for the frame and the least drawing (a long legend on a phone) scrolls
       rather than spilling over what follows it on the page. */
    overflow-y: auto;
  }
  .frame.fill > .plot {
    flex: 1 1 0;
    /* MIN_FILL_HEIGHT in size-controller.ts. */
    min-height: 160px;
  }
  /* A drawing that cannot be drawn shorter (a list, rows that would overlap) scrolls in it. */
  .frame.fill > .plot.scrolls {
    overflow-y: auto;
  }
`;
