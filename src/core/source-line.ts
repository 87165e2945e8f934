import {html, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import type {DataTable} from '../layout/table.js';
import {labelled, renderCitation} from './citation.js';
import type {Loaded} from './data-controller.js';

/** What the source line reads from its chart. */
export interface SourceLineHost {
  /** The `credit` attribute. */
  credit(): string;
  loaded(): Loaded<unknown> | undefined;
  /** The source line for the bundled data. */
  bundledCredit(): string;
  /** Further sources of the bundled data's legend, named on demand (ChartHooks.bundledMoreCredits). */
  bundledMore(): string[];
  /** Whether the page filled the `credit` slot. */
  creditSlotted(): boolean;
}

/**
 * The chart-level source: which line the footer shows, what a row of own data that cites
 * nothing takes as its source (table, tooltip, CSV), and whether own data names no source at
 * all (then the footer says so).
 */
export class SourceLine {
  constructor(private readonly host: SourceLineHost) {}

  /** The `credit` attribute, else the own data's top-level `citation`, else the bundled source. */
  get credit(): string {
    const loaded = this.host.loaded();
    return (
      this.host.credit() ||
      loaded?.citation ||
      (loaded?.load.source === 'bundled' ? this.host.bundledCredit() : '')
    );
  }

  /**
   * The language of the data's own words (titles, notes): the bundled dataset's are English in
   * every language, and are marked so where shown (WCAG 3.1.2); own data's is not known.
   */
  get dataLang(): string | undefined {
    return this.host.loaded()?.load.source === 'bundled' ? 'en' : undefined;
  }

  /** A row's source: its own citation, else (`''`, own data) the chart's; `undefined` stays empty. */
  sourceOf(citation: string | undefined): string {
    if (citation === undefined) return '';
    return citation || (this.host.loaded()?.load.source === 'bundled' ? '' : this.credit);
  }

  /** Own data with rows that cite nothing, and no source for the chart as a whole either. */
  get sourceless(): boolean {
    const loaded = this.host.loaded();
    return Boolean(
      loaded &&
      loaded.load.source !== 'bundled' &&
      (loaded.uncited ?? 0) > 0 &&
      !this.credit &&
      !this.host.creditSlotted()
    );
  }

  /** The table with each uncited row's source filled in from the chart's source. */
  fill(table: DataTable): DataTable {
    const keys = table.columns.filter((c) => c.citation).map((c) => c.key);
    const fallback = this.sourceOf('');
    if (!keys.length || !fallback) return table;
    return {
      ...table,
      rows: table.rows.map((row) =>
        keys.some((k) => row[k] === '')
          ? {...row, ...Object.fromEntries(keys.map((k) => [k, row[k] === '' ? fallback : row[k]]))}
          : row
      ),
    };
  }

  /**
   * What the footer says of the source, as a label ("Source:") and its text: the chart's source;
   * else, for own data that names none, the sources its rows give (one or two named, more "row
   * by row"), saying how many rows give none; else that no source is given. Undefined: nothing.
   */
  footer(
    t: Translate
  ): {label?: string; text: string; none?: boolean; more?: string[]} | undefined {
    const credit = this.credit;
    const bundled = !this.host.credit() && this.host.loaded()?.load.source === 'bundled';
    if (credit)
      return {label: t('frame.source'), text: credit, more: bundled ? this.host.bundledMore() : []};
    const loaded = this.host.loaded();
    if (!loaded || loaded.load.source === 'bundled') return undefined;
    const sources = loaded.sources ?? [];
    const uncited = loaded.uncited ?? 0;
    const none = uncited ? ` — ${t('frame.uncitedRows', {count: uncited})}` : '';
    const label = t('frame.source');
    if (sources.length > 2) return {label, text: `${t('frame.perRow')}${none}`};
    if (sources.length) return {label, text: `${sources.join('; ')}${none}`};
    return uncited ? {text: t('frame.noSource'), none: true} : undefined;
  }

  /**
   * The footer's source line, with the `credit` slot that replaces it; `further` writes the
   * further sources of the bundled data (ChartHooks.renderMoreCredits).
   */
  render(
    t: Translate,
    onSlotChange: (e: Event) => void,
    further: (more: string[]) => unknown
  ): TemplateResult {
    const footer = this.footer(t);
    return html`<p class="credit" part="credit" ?hidden=${!footer && !this.host.creditSlotted()}>
      <slot name="credit" @slotchange=${onSlotChange}
        >${
          footer?.none
            ? html`<span class="no-source">${footer.text}</span>`
            : footer
              ? html`${footer.label ? labelled(footer.label) : ''}${renderCitation(footer.text)}${footer.more?.length ? further(footer.more) : ''}`
              : ''
        }</slot
      >
    </p>`;
  }
}
