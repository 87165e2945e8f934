import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import type {ChartDescription} from './chart-types.js';
import {paintLabelClass, paintMarkClass} from './mark-class.js';
import {joinList} from '../i18n/lists.js';

/** What a `highlight` attribute picks out in the drawn chart. */
export interface Highlighted {
  /** The marks (`data-id`) kept at full strength; every other mark is muted. */
  ids: ReadonlySet<string>;
  /** What is highlighted, in words, for the legend line and the description. */
  names: readonly string[];
}

export interface HighlightOptions {
  /** The `highlight` attribute: comma-separated tokens, each chart reading them its own way. */
  value: () => string;
  /** The drawn layout (what the tokens are read against); undefined while nothing is drawn. */
  layout: () => object | undefined;
  /** What the tokens pick out in the drawn layout. */
  resolve: (tokens: readonly string[]) => Highlighted | undefined;
  t: () => Translate;
  lang: () => string;
}

/** The `highlight` attribute's tokens: split on commas, trimmed, empty ones dropped. */
export const highlightTokens = (value: string): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The author's highlight: the marks it names keep their strength and the rest are muted
 * (`data-highlight` on the SVG, class `emphasised` on the named marks, written after each render
 * by the same painter as the link group's `linked`). It is not the reader's selection: hover and
 * selection go on working on top of it, and a selected or hovered mark is never muted.
 */
export class HighlightController implements ReactiveController {
  private cache: {value: string; layout: object; result: Highlighted | undefined} | undefined;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & {renderRoot: ParentNode; selected?: string | undefined},
    private readonly options: HighlightOptions
  ) {
    host.addController(this);
  }

  /** What is highlighted in the drawn chart; undefined when nothing (or nothing known) is. */
  get current(): Highlighted | undefined {
    const value = this.options.value();
    const layout = this.options.layout();
    const tokens = highlightTokens(value);
    if (!layout || !tokens.length) return undefined;
    if (this.cache?.value !== value || this.cache.layout !== layout)
      this.cache = {value, layout, result: this.options.resolve(tokens)};
    const result = this.cache.result;
    return result?.ids.size ? result : undefined;
  }

  /** The legend's line saying what is highlighted ('' when nothing is). */
  get line(): string {
    const h = this.current;
    if (!h) return '';
    const names = [...new Set(h.names)];
    const list = joinList(names, this.options.lang());
    return this.options.t()('highlight.line', {names: list});
  }

  /** The line above the legend (part `highlighted`), hidden when nothing is highlighted. */
  render(): TemplateResult {
    return html`<p class="highlighted" part="highlighted" ?hidden=${!this.line}>${this.line}</p>`;
  }

  /** `d` with the legend's line added, so a screen reader hears what the chart points at. */
  describe(d: ChartDescription): ChartDescription {
    const line = this.line;
    return line ? {...d, description: `${d.description} ${line}`} : d;
  }

  hostUpdated(): void {
    const svg = this.host.renderRoot.querySelector('svg.chart');
    if (!svg) return;
    const h = this.current;
    svg.toggleAttribute('data-highlight', h !== undefined);
    paintMarkClass(svg, 'emphasised', h?.ids ?? []);
    // A name keeps its strength with its mark: highlighted, or the reader's selection (read
    // from the chart: its marks' class is written after this, so a name stayed strong for a
    // render once its economy was deselected).
    const strong = new Set(h?.ids);
    if (this.host.selected) strong.add(this.host.selected);
    paintLabelClass(svg, 'emphasised', strong);
  }
}
