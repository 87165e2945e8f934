import {html, type TemplateResult} from 'lit';
import {formatNumber} from '../layout/format.js';

/**
 * How far a large load has got. Shown in the loading message only for inputs of at least
 * PROGRESS_ROWS rows (or PROGRESS_CHARS characters of file): smaller ones finish before a
 * message could be read.
 */
export interface LoadProgress {
  phase: 'reading' | 'checking' | 'preparing';
  /** Rows in the file (estimated from its lines while it is read); undefined when not known. */
  rows: number | undefined;
  /** Share done, 0–1. */
  share: number;
}

export const PROGRESS_ROWS = 5_000;
export const PROGRESS_CHARS = 500_000;

// The loading and limit messages, in one place for translation.
const MESSAGES = {
  loading: () => 'Loading data…',
  reading: (rows: string | undefined) => (rows ? `Reading ${rows} rows…` : 'Reading the file…'),
  checking: (rows: string | undefined) => (rows ? `Checking ${rows} rows…` : 'Checking the data…'),
  preparing: (rows: string | undefined) =>
    rows ? `Preparing ${rows} rows to draw…` : 'Preparing the data to draw…',
};

type Count = (n: number) => string;

/** What a chart past its limit says it left out, and how to see it. */
export const LIMIT_MESSAGES = {
  timelineDense: (n: Count, shown: number) =>
    `${n(shown)} events in view are too many to draw one by one, so they are drawn as counts. ` +
    'Zoom in (or set From and To) to see single events; the data table lists them all.',
  timelineRows: (n: Count, listed: number, inView: number) =>
    `Listing the first ${n(listed)} of ${n(inView)} events in this span. Set From and To, or ` +
    'filter, to list the others; the data table lists them all.',
  sankey: (n: Count, links: number, of: {links: number; nodes: number}, nodes: number) =>
    `Drawing the largest flows: ${n(links)} of ${n(of.links)}, among ${n(nodes)} of ` +
    `${n(of.nodes)} nodes (more would be too thin to see). The data table lists every flow.`,
};

/** The sentence for a phase, without the share (what is announced to screen readers). */
export function progressSentence(progress: LoadProgress | undefined, lang: string): string {
  if (!progress) return MESSAGES.loading();
  const rows = progress.rows === undefined ? undefined : formatNumber(progress.rows, lang);
  return MESSAGES[progress.phase](rows);
}

/**
 * The loading message. The sentence sits in a polite status region and changes only with the
 * phase, so a screen reader hears each phase once; the share is shown beside it and carried by
 * a progress bar rather than re-announced every few per cent.
 */
export function loadingMessage(progress: LoadProgress | undefined, lang: string): TemplateResult {
  const percent = progress ? Math.floor(progress.share * 100) : undefined;
  return html`<div class="loading" part="loading">
    <span role="status">${progressSentence(progress, lang)}</span>
    ${
      percent === undefined
        ? ''
        : html`<span aria-hidden="true">${formatNumber(percent, lang)} %</span>
            <progress
              part="progress"
              max="100"
              value=${percent}
              aria-label=${progressSentence(progress, lang)}
            ></progress>`
    }
  </div>`;
}

/** The note above a chart whose data is more than it draws legibly. */
export function limitNotice(message: string | undefined): TemplateResult | string {
  return message ? html`<p class="limit" part="limit" role="note">${message}</p>` : '';
}
