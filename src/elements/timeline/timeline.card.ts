import {css, html, nothing, type TemplateResult} from 'lit';
import {formatDateRange} from '../../layout/format-dates.js';
import {dateNote, statusLabel} from '../../layout/timeline/status.js';
import type {Translate} from '../../i18n/catalogue.js';
import {localTerm} from '../../i18n/data-labels.js';
import type {TimelineEvent} from '../../schema/events.js';
import {renderCitation} from '../../core/citation.js';

/*
 * The detail card of an opened event: its template and styles, a chunk the timeline loads once
 * the page is idle after its first picture (timeline.controllers.ts, timelineCard), so that the
 * first picture waits for neither.
 */

export interface CardContext {
  lang: string;
  /** The language of the event's own words, its title and note (SourceLine.dataLang). */
  dataLang: string | undefined;
  tx: Translate;
  nameOf: (id: string) => string;
  /** A record's source: its own citation, else the chart's. */
  sourceOf: (citation: string) => string;
  titleOf: (id: string) => string | undefined;
  onClose: () => void;
  onOpen: (id: string) => void;
  headingLevel: number;
  /** Kept in view at the bottom of the screen (the vertical layout, where the plot is long). */
  sheet: boolean;
}

/** The detail card for a selected event. */
export function detailCard(e: TimelineEvent, c: CardContext): TemplateResult {
  const row = (label: string, value: unknown) =>
    value
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : nothing;
  const others = (e.conflicts ?? []).filter((id) => c.titleOf(id));
  // "Only the month is known." as an aside: "(only the month is known)".
  const note = dateNote(e, c.tx)
    .toLocaleLowerCase(c.lang)
    .replace(/[.。]$/, '');
  return html`<section
    class=${c.sheet ? 'card sheet' : 'card'}
    part="card"
    aria-labelledby="card-title"
  >
    <button
      class="control close"
      type="button"
      aria-label=${c.tx('timeline.closeDetails')}
      @click=${c.onClose}
    >
      ×
    </button>
    <div
      id="card-title"
      class="card-title"
      role="heading"
      aria-level=${Math.min(6, c.headingLevel + 1)}
      lang=${c.dataLang ?? nothing}
    >
      ${e.title}
    </div>
    <dl>
      ${row(c.tx('timeline.date'), `${formatDateRange(e.start, e.end, c.lang)}${note ? ` (${note})` : ''}`)}
      ${row(c.tx('timeline.status'), statusLabel(e.status, c.tx))}
      ${row(c.tx('timeline.city'), e.city)}
      ${row(c.tx('timeline.host'), e.economy ? c.nameOf(e.economy) : '')}
      ${row(c.tx('timeline.forum'), e.forum)}
      ${row(c.tx('timeline.kind'), localTerm('kind', e.kind, c.tx) ?? e.kind)}
      ${row(c.tx('timeline.theme'), e.theme && (localTerm('theme', e.theme, c.tx) ?? e.theme))}
      ${row(c.tx('table.source'), renderCitation(c.sourceOf(e.citation)))}
    </dl>
    ${e.note ? html`<p class="note"><strong>${c.tx('timeline.note')}</strong> <span lang=${c.dataLang ?? nothing}>${e.note}</span></p>` : nothing}
    ${
      others.length
        ? html`<p class="note">
            ${c.tx('timeline.otherAccount')}
            ${others.map((id) => html`<button class="link" type="button" @click=${() => c.onOpen(id)}>${c.titleOf(id)}</button>`)}
          </p>`
        : nothing
    }
  </section>`;
}

export const cardStyles = css`
  .card {
    position: relative;
    margin: 8px 0 0;
    padding: 10px 40px 10px 12px;
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card.sheet {
    position: sticky;
    bottom: 0;
    max-height: 60vh;
    overflow: auto;
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.2);
  }
  /* In a box the page sized, the card lies over the foot of the drawing instead of below it. */
  .frame.fill .card:not(.sheet) {
    position: absolute;
    z-index: 2;
    right: 8px;
    bottom: 8px;
    left: 8px;
    max-height: 60%;
    overflow: auto;
  }
  .card .close {
    position: absolute;
    top: 6px;
    right: 6px;
  }
  .card-title {
    font-weight: 700;
    font-size: 1.05em;
    margin-bottom: 6px;
  }
  .card dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
  }
  .card dt {
    color: var(--_muted);
  }
  .card dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .card .note {
    margin: 8px 0 0;
  }
  @media print {
    .card .close {
      display: none;
    }
    .card.sheet {
      position: static;
      max-height: none;
      box-shadow: none;
    }
  }
`;
