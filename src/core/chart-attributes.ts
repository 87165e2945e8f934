import {property} from 'lit/decorators.js';
import type {Messages} from '../i18n/catalogue.js';
import {ChartHooks} from './chart-hooks.js';
import type {ChartLayout} from './chart-types.js';
import type {Theme} from './color-scheme-controller.js';

/**
 * The attributes and properties every chart takes (README, "Embed in an article"): its words
 * around the drawing, its data, language, theme and size. Read by the frame (chart-element.ts).
 */
export abstract class ChartAttributes<TData, TLayout extends ChartLayout> extends ChartHooks<
  TData,
  TLayout
> {
  /** The chart's title, shown above it. */
  @property() headline = '';
  /** A line under the headline: what is measured, where, when. */
  @property() subhead = '';
  /** The visible source line. Defaults to the bundled dataset's source when it is drawn. */
  @property() credit = '';
  /** Notes shown under the chart (caveats, method). */
  @property() notes = '';
  /** URL of a JSON or CSV file that replaces the bundled data. */
  @property() src = '';
  /** `auto` follows the reader's `prefers-color-scheme` on a page that supports dark; or `light`, `dark`. */
  @property({reflect: true}) theme: Theme = 'auto';
  /** Heading level of the headline for the page's outline (1–6). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;
  /** Fixes the drawing width in CSS pixels instead of following the element's width. */
  @property({type: Number}) width: number | undefined;
  /** Fixes the drawing height in CSS pixels instead of the chart's choice for its width. */
  @property({type: Number}) height: number | undefined;
  /** Language for numbers and dates; inherited from the page when unset. */
  @property({reflect: true}) override lang!: string;
  /** Data to draw, replacing `src` and the bundled data. Setting it re-renders. */
  @property({attribute: false}) data: unknown;
  /**
   * This chart's own words, overriding the catalogue of its language: `{'frame.showTable':
   * 'See the numbers'}`. Keys are those of the English catalogue (see the README).
   */
  @property({attribute: false}) messages: Messages | undefined;
  /** Links this chart with the others on the page in the group of this name: one selection, every chart (README, "Charts that work together"). */
  @property({attribute: 'link-group', reflect: true}) linkGroup = '';
}
