/**
 * An event's status and what its date says about itself, in the chart's words. Pure. Apart from
 * reading.ts, whose import of the timeline's English words would otherwise be split into a chunk
 * of its own once the detail card's chunk (timeline.card.ts) reaches it.
 */
import type {Translate} from '../../i18n/catalogue.js';
import type {TimelineEvent} from '../../schema/events.js';

/** An event's status in words. */
export function statusLabel(status: TimelineEvent['status'], t: Translate): string {
  if (status === 'planned') return t('timeline.planned');
  return status === 'unconfirmed' ? t('timeline.unconfirmed') : t('timeline.held');
}

/** The status in a few words in a spoken label; '' for `held`. */
export function statusShort(status: TimelineEvent['status'], t: Translate): string {
  if (status === 'planned') return t('timeline.plannedShort');
  return status === 'unconfirmed' ? t('timeline.unconfirmedShort') : '';
}

/** The status as one word beside a date on a phone's row (the legend and card say it whole). */
export function statusTag(status: TimelineEvent['status'], t: Translate): string {
  if (status === 'planned') return t('timeline.plannedShort');
  return status === 'unconfirmed' ? t('timeline.unconfirmedTag') : '';
}

/**
 * What an event's date says about itself: written to the month or the year only, or in doubt
 * (inferred, unverified or told otherwise by another record: its note says how); '' for a day
 * known.
 */
export function dateNote(e: TimelineEvent, t: Translate): string {
  if (e.precision === 'month') return t('timeline.monthOnly');
  if (e.precision === 'year') return t('timeline.yearOnly');
  return e.dateInDoubt ? t('timeline.dateInDoubt') : '';
}
