import type {nothing, SVGTemplateResult, TemplateResult} from 'lit';

/**
 * What a chart tells the shared interaction controllers about its marks: pure functions of one
 * layout, built once per layout. Ids are the marks' `data-id` (pointer) and `data-focus`
 * (keyboard) attributes.
 */
export interface MarkModel<T = unknown> {
  /** Keyboard order of the focusable marks; the first takes focus when nothing else can. */
  readonly order: readonly string[];
  /** The mark an arrow (or Home, End, a chart's own key) moves to from `from`; undefined: no move. */
  neighbour(from: string, key: string): string | undefined;
  /** The public record behind a mark (economy value, event, flow), never layout internals. */
  datum(id: string): T | undefined;
  /** What a screen reader hears for the mark. */
  label(id: string): string;
  /** The tooltip; undefined when `id` names no mark. */
  tooltip(id: string): TemplateResult | undefined;
  /** Where the tooltip points when focus, not the pointer, reaches the mark (layout units). */
  anchor(id: string): [number, number];
  /** Marks lit with the hovered (else selected) one; the others are dimmed (the Sankey's paths). */
  related?(id: string): ReadonlySet<string>;
  /**
   * True when the related marks are few (the Sankey's list rows): they carry class `lit` and the
   * chart's CSS dims the others, so no copy of them is drawn (text laid out again) on a hover.
   * Else the chart draws them again in its highlight layer.
   */
  readonly litClass?: boolean;
  /** A pick the chart carries out itself (a timeline cluster zooms in); true when it did. */
  pick?(id: string): boolean;
  /** Outlines drawn into the chart's `g.highlight` layer, above the marks (map borders). */
  highlight?(
    hovered: string | undefined,
    selected: string | undefined
  ): SVGTemplateResult | typeof nothing;
  /**
   * Drawn into the chart's `g.overlay` layer, above everything the chart draws, names included
   * (the map's tag naming the picked economy where the map has no room for its name).
   */
  overlay?(
    hovered: string | undefined,
    selected: string | undefined
  ): SVGTemplateResult | typeof nothing;
  /** Where focus goes when the focused mark is gone after a redraw (default: the first). */
  repair?(lost: string): string | undefined;
  /** Draws a mark that is not drawn (a virtualised row) before it takes focus. */
  reveal?(id: string): void;
  /** True while pointer moves should not hover (a drag along the timeline's dates). */
  paused?(): boolean;
  /**
   * Whether a tap on mark `id` shows its tooltip (default true): not where the mark already writes
   * every detail it has (a row of the Sankey's list without notes).
   */
  tapTooltip?(id: string): boolean;
}
