import type {PropertyDeclaration} from 'lit';
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
  /**
   * Properties declared `useDefault` (every attribute with a default) go back to their default
   * when set to null or undefined, as Lit does when their attribute is removed: a story step's
   * `setState({from: undefined})`, `null` in its JSON, or `el.thresholds = null` draws the
   * default instead of failing on a missing text (the default is the first value set, by the
   * field's initializer). A value of another type is read as its attribute would be: text for a
   * text (`{"from": 2015}` in a step's JSON is "2015", `['VN', 'TH']` is "VN,TH"), a number for
   * a number; so is text given to a number without a default (`{"year": "1995"}`). Done as each
   * property's setter asks for its update (Lit's own accessors, then this value put in place).
   */
  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    ...rest: [useNewValue?: boolean, newValue?: unknown]
  ): void {
    super.requestUpdate(name, oldValue, options, ...rest);
    if (name === undefined || !(options?.useDefault || options?.type === Number)) return;
    const self = this as unknown as Record<PropertyKey, unknown>;
    const defaults = (this.defaults ??= new Map());
    if (options.useDefault && !defaults.has(name)) defaults.set(name, self[name]);
    const given = asGiven(self[name], defaults.get(name), options.type === Number);
    // Set again, as read: this update already holds the property's value before the first set.
    if (!Object.is(given, self[name])) self[name] = given;
  }

  /** Each `useDefault` property's default, recorded by its first set (its initializer). */
  private defaults: Map<PropertyKey, unknown> | undefined;

  /** The chart's title, shown above it. */
  @property({useDefault: true}) headline = '';
  /** A line under the headline: what is measured, where, when. */
  @property({useDefault: true}) subhead = '';
  /** The visible source line. Defaults to the bundled dataset's source when it is drawn. */
  @property({useDefault: true}) credit = '';
  /** Notes shown under the chart (caveats, method). */
  @property({useDefault: true}) notes = '';
  /** URL of a JSON or CSV file that replaces the bundled data. */
  @property({useDefault: true}) src = '';
  /** `auto` follows the reader's `prefers-color-scheme` on a page that supports dark; or `light`, `dark`. */
  @property({reflect: true, useDefault: true}) theme: Theme = 'auto';
  /** Heading level of the headline for the page's outline (1–6). */
  @property({type: Number, attribute: 'heading-level', useDefault: true}) headingLevel = 2;
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
  @property({attribute: 'link-group', reflect: true, useDefault: true}) linkGroup = '';
}

/** `value` as its attribute would give it: `fallback` for none, else text or a number. */
function asGiven(value: unknown, fallback: unknown, number: boolean): unknown {
  if (value == null) return fallback;
  if (typeof value === 'string') return number && value.trim() ? Number(value) : value;
  return typeof fallback === 'string' ? String(value) : value;
}
