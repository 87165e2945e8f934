import {css, html, LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import type {StepFields} from './step-state.js';

/** The fields a step may set, by attribute: each is a field of the chart's `setState`. */
const TEXT_FIELDS = [
  'indicator',
  'region',
  'selected',
  'highlight',
  'from',
  'to',
  'forum',
  'economy',
  'kind',
  'report',
] as const;

/**
 * One step of an `<apac-steps>` story: the text a reader scrolls past, and on its attributes the
 * state of the chart while it is read. Only the attributes written are set; a field another step
 * sets and this one leaves out returns to the chart's own value (see `<apac-steps>`).
 *
 * @summary One step of a scroll-driven story: text, and the chart's state while it is read.
 *
 * @slot - The step's text.
 * @csspart card - The box around the text.
 * @cssproperty --apac-step-background - The card's background. Default: the page's (Canvas).
 * @cssproperty --apac-step-padding - The card's padding. Default: 0.75em 1em.
 */
export class ApacStep extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .card {
      padding: var(--apac-step-padding, 0.75em 1em);
      border-radius: 6px;
      /* System colours follow the page's colour scheme (light or dark) when no token is set. */
      background: var(--apac-step-background, var(--apac-color-background, Canvas));
      color: var(--apac-color-text, CanvasText);
      border: 1px solid var(--apac-color-border, rgba(128, 128, 128, 0.5));
      box-shadow: 0 1px 3px rgba(0, 0, 0, 0.15);
    }
    :host([aria-current='step']) .card {
      border-color: var(--apac-color-accent, #0a5fc2);
      box-shadow: inset 4px 0 0 var(--apac-color-accent, #0a5fc2);
    }
  `;

  /** Map: the year shown (membership, or a year indicator, as it stood at the end of it). */
  @property({type: Number}) year: number | undefined;
  /** What the chart highlights (as the chart's `highlight`). */
  @property() highlight: string | undefined;
  /** The mark selected (an economy, event or node id). */
  @property() selected: string | undefined;
  /** Timeline: the span shown, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  @property() from: string | undefined;
  /** Timeline: the end of the span shown. */
  @property() to: string | undefined;
  /** Map: the bundled indicator. */
  @property() indicator: string | undefined;
  /** Map: `apec`, `asean`, `both`. */
  @property() region: string | undefined;
  /** Timeline filters, as the chart's attributes of the same names. */
  @property() forum: string | undefined;
  @property() economy: string | undefined;
  @property() kind: string | undefined;
  /** Sankey: the bundled report. */
  @property() report: string | undefined;
  /**
   * Ids of the annotations shown at this step, comma-separated. Passed to `setState` as
   * `shownNotes` (a list): the chart draws only those of its notes.
   */
  @property() notes: string | undefined;
  /** What a screen reader hears when the step is reached (else the step's first heading). */
  @property() label = '';

  /** The chart's fields at this step: only the attributes written. */
  get fields(): StepFields {
    const fields: StepFields = {};
    for (const key of TEXT_FIELDS) if (this.hasAttribute(key)) fields[key] = this[key] ?? '';
    if (this.hasAttribute('year')) {
      const year = Number(this.getAttribute('year'));
      fields.year = Number.isInteger(year) ? year : undefined;
    }
    if (this.hasAttribute('notes'))
      fields.shownNotes = (this.notes ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    return fields;
  }

  /** What the live region says of this step: `label`, else its first heading, else its text. */
  get summary(): string {
    const heading = this.querySelector('h1, h2, h3, h4, h5, h6');
    const text = (this.label || heading?.textContent || this.textContent || '')
      .replace(/\s+/g, ' ')
      .trim();
    return text.length > 160 ? `${text.slice(0, 159)}…` : text;
  }

  override render() {
    return html`<div class="card" part="card"><slot></slot></div>`;
  }
}
