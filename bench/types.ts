/** What the bench page asks of each library's adapter. */
import type {Scenario} from './scenarios.js';

export interface Drawn {
  /**
   * Redraw at a new container width; resolves once the new picture is painted. The library is
   * told of the change as a page would tell it (the floor draws again, ECharts' `resize()`,
   * apac-viz's `resize()`); `observed`: it is not, and must notice the width itself (only
   * apac-viz's adapter tells the two apart: the others have no way to notice, or only one).
   */
  resize(width: number, observed?: boolean): Promise<void>;
  /** Where a pointer should go to hover a mark (page coordinates), or null where not measured. */
  hoverTarget(): {x: number; y: number} | null;
  /** Resolves once hover feedback (tooltip or highlight) is painted. */
  hovered(): Promise<void>;
}

export interface Adapter {
  /** The scenarios this library can draw (no Sankey in Vega-Lite or Plot). */
  supports(scenario: Scenario): boolean;
  draw(root: HTMLElement, scenario: Scenario, index: number): Promise<Drawn>;
  /** Work before the clock starts (making a large file to load). */
  setup?(scenario: Scenario): Promise<void>;
}

/** Resolves after `n` animation frames: what was changed has been painted. */
export const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/**
 * Resolves as soon as `test` is true: at once, or at the first DOM change under `target` after
 * which it is (a microtask, not a frame later, so every library is timed alike).
 */
export function until(target: Node, test: () => boolean): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(target, {subtree: true, childList: true, attributes: true});
  });
}

export const center = (el: Element | null | undefined) => {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return {x: r.x + r.width / 2, y: r.y + r.height / 2};
};
