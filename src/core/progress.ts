import {html, type TemplateResult} from 'lit';
import {formatNumber} from '../layout/format.js';
import type {MessageKey, Translate} from '../i18n/catalogue.js';

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

/** The catalogue keys of each phase's sentence: with the row count, and without it. */
const PHASE_KEYS = {
  reading: ['progress.reading', 'progress.readingFile'],
  checking: ['progress.checking', 'progress.checkingData'],
  preparing: ['progress.preparing', 'progress.preparingData'],
} as const satisfies Record<LoadProgress['phase'], readonly [MessageKey, MessageKey]>;

/** What a chart past its limit says it left out, and how to see it (in the chart's words). */
export const LIMIT_MESSAGES = {
  timelineDense: (t: Translate, shown: number) => t('limit.timelineDense', {shown}),
  timelineRows: (t: Translate, listed: number, inView: number) =>
    t('limit.timelineRows', {listed, inView}),
  /** What a timeline layout left out, if anything: crowded events, or rows past the limit. */
  timeline: (
    t: Translate,
    l: {limited?: 'dense' | 'rows' | undefined; shown: number; inView?: number | undefined}
  ) =>
    l.limited === 'dense'
      ? LIMIT_MESSAGES.timelineDense(t, l.shown)
      : l.limited === 'rows'
        ? LIMIT_MESSAGES.timelineRows(t, l.shown, l.inView ?? l.shown)
        : undefined,
  sankey: (t: Translate, links: number, of: {links: number; nodes: number}, nodes: number) =>
    t('limit.sankey', {links, allLinks: of.links, nodes, allNodes: of.nodes}),
};

/** The sentence for a phase, without the share (what is announced to screen readers). */
export function progressSentence(progress: LoadProgress | undefined, t: Translate): string {
  if (!progress) return t('frame.loading');
  const [withRows, without] = PHASE_KEYS[progress.phase];
  return progress.rows === undefined ? t(without) : t(withRows, {rows: progress.rows});
}

/**
 * The loading message. The sentence sits in a polite status region and changes only with the
 * phase, so a screen reader hears each phase once; the share is shown beside it and carried by
 * a progress bar rather than re-announced every few per cent.
 */
export function loadingMessage(
  progress: LoadProgress | undefined,
  lang: string,
  t: Translate
): TemplateResult {
  const percent = progress ? Math.floor(progress.share * 100) : undefined;
  return html`<div class="loading" part="loading">
    <span role="status">${progressSentence(progress, t)}</span>
    ${
      percent === undefined
        ? ''
        : html`<span aria-hidden="true">${formatNumber(percent, lang)} %</span>
            <progress
              part="progress"
              max="100"
              value=${percent}
              aria-label=${progressSentence(progress, t)}
            ></progress>`
    }
  </div>`;
}

/** The note above a chart whose data is more than it draws legibly. */
export function limitNotice(message: string | undefined): TemplateResult | string {
  return message ? html`<p class="limit" part="limit" role="note">${message}</p>` : '';
}
