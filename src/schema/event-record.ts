/**
 * A timeline event as the chart draws it, and the bundled events read as such without a
 * validator: data/events.json is checked against its schema when it is built
 * (test/unit/dataset.test.ts), so a chart that draws it does not load valibot. A user's events
 * go through events.ts, which fills the same defaults with toTimelineEvent.
 */
import {parsePartialDate, type DatePrecision} from './dates.js';
import type {EconomyResolver} from './economy-key.js';

export const EVENT_KINDS = [
  'meeting',
  'workshop',
  'dialogue',
  'conference',
  'summit',
  'exercise',
  'report-launch',
  'milestone',
] as const;
export const EVENT_THEMES = [
  'secure travel',
  'secure finance',
  'secure supply chains',
  'secure infrastructure',
] as const;
/**
 * `held`; `planned` (a future event); `unconfirmed`: announced for a date now past, with no
 * source saying it was held.
 */
export const EVENT_STATUSES = ['held', 'planned', 'unconfirmed'] as const;

export interface TimelineEvent {
  id: string;
  title: string;
  /** A short form of the title for labels where the whole title does not fit; derived from it. */
  shortTitle?: string | undefined;
  /** Calendar date to `precision`: YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  end?: string | undefined;
  precision: DatePrecision;
  city: string | null;
  /** ISO alpha-2 of the host (or chairing) economy, when stated. */
  economy: string | null;
  forum: string;
  kind: string;
  theme?: string | undefined;
  status: (typeof EVENT_STATUSES)[number];
  /** The record's source; empty in own data that leaves it to the chart's source. */
  citation: string;
  /** Doubt or contradiction the sources carry; the chart shows it. */
  note?: string | undefined;
  /** Ids of records that give another version of the same event. */
  conflicts?: string[] | undefined;
  /**
   * The date is in doubt: inferred or unverified (the note says how), or given otherwise by
   * another record (`conflicts`).
   */
  dateInDoubt?: boolean | undefined;
}

/** An event record's fields as written (in data/events.json, or a user's row once checked). */
export interface EventFields {
  id?: string | undefined;
  title: string;
  shortTitle?: string | undefined;
  start: string;
  end?: string | undefined;
  city?: string | null | undefined;
  forum?: string | undefined;
  kind?: string | undefined;
  theme?: string | undefined;
  status?: TimelineEvent['status'] | undefined;
  citation?: string | undefined;
  note?: string | undefined;
  conflicts?: string[] | undefined;
  dateInDoubt?: boolean | undefined;
}

/** The event drawn from a record: its defaults filled in (`index` counts from 1). */
export function toTimelineEvent(
  row: EventFields,
  index: number,
  precision: DatePrecision,
  economy: string | null
): TimelineEvent {
  return {
    id: row.id ?? `event-${index}`,
    title: row.title,
    shortTitle: row.shortTitle || undefined,
    start: row.start,
    end: row.end,
    precision,
    city: row.city || null,
    economy,
    // '' when not given: the chart says "No forum stated" in the reader's language.
    forum: row.forum || '',
    kind: row.kind || 'meeting',
    theme: row.theme || undefined,
    status: row.status ?? 'held',
    citation: row.citation ?? '',
    note: row.note || undefined,
    conflicts: row.conflicts,
    dateInDoubt: Boolean(row.dateInDoubt || row.conflicts?.length) || undefined,
  };
}

/** A user's data object's top-level `citation` (the source of every row that gives none). */
export function topCitation(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const c = (input as {citation?: unknown}).citation;
  return typeof c === 'string' && c.trim() ? c.trim() : undefined;
}

/** A record of data/events.json (its schema is EventsFileSchema in events.ts). */
export type EventRecord = EventFields & {economy?: string | null | undefined};

/**
 * The bundled events as drawn, trusted (the dataset test proves this equals what the validator
 * gives for the same file, with no issue).
 */
export function bundledEvents(
  records: readonly EventRecord[],
  resolve: EconomyResolver
): TimelineEvent[] {
  return records.map((row, i) =>
    toTimelineEvent(
      row,
      i + 1,
      parsePartialDate(row.start)?.precision ?? 'day',
      row.economy ? (resolve(row.economy) ?? null) : null
    )
  );
}
