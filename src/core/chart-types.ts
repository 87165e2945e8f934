import type {Translate} from '../i18n/catalogue.js';

/** The shapes a chart hands the shared frame. */

/** What a chart's layout must at least say: the size it was laid out for. */
export interface ChartLayout {
  width: number;
  height: number;
}

export interface LayoutContext {
  width: number;
  /** Set when the `height` attribute fixes it; otherwise the chart picks a height for the width. */
  height: number | undefined;
  lang: string;
  /** The chart's words in `lang` (with the page's and the chart's overrides). */
  t: Translate;
  /** True when this layout replaces a picture the chart has drawn (a resize, a new option). */
  redraw: boolean;
}

export interface ChartDescription {
  /** Short name of the picture, read first by screen readers. */
  title: string;
  /** One or two sentences on what the picture shows (extremes, counts, the source). */
  description: string;
}
