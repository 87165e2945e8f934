import * as v from 'valibot';
import {
  citation,
  id,
  optionalText,
  partialDate,
  requiredText,
  text,
  validateListSteps,
} from './common.js';
import {parsePartialDate, periodStart, type DatePrecision} from './dates.js';
import type {EconomyResolver} from './economy-key.js';
import {issue, join, valueParam, type Validated} from './issues.js';
import {countSteps, finish, type Steps} from './steps.js';

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
const PRECISIONS = ['day', 'month', 'year'] as const;

/**
 * One event as written in data/events.json or supplied by a user (JSON or CSV). Only title,
 * start and citation are required of users; the rest has defaults (see validateEvents).
 */
export const EventInputSchema = v.object({
  id: v.optional(id),
  title: requiredText(300),
  start: partialDate,
  end: v.optional(partialDate),
  precision: v.optional(v.picklist(PRECISIONS, 'issue.precision')),
  city: v.nullish(text(120)),
  economy: v.nullish(v.union([v.string(), v.number()], 'issue.economyCodeOrName')),
  forum: v.optional(text(120)),
  kind: v.optional(v.pipe(text(40), v.toLowerCase())),
  theme: v.optional(v.pipe(text(60), v.toLowerCase())),
  status: v.optional(v.picklist(EVENT_STATUSES, 'issue.status')),
  citation,
  note: optionalText(),
  conflicts: v.optional(v.array(id)),
});

/** A user's event: as EventInputSchema, but a row may leave its source to the chart's `credit`. */
const OwnEventSchema = v.object({...EventInputSchema.entries, citation: v.optional(citation)});

export interface TimelineEvent {
  id: string;
  title: string;
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
}

export const EventsFileSchema = v.object({
  $schema: v.optional(v.string()),
  description: v.optional(v.string()),
  events: v.array(EventInputSchema),
});

/**
 * Validates events. Rows with a bad title, date or citation are dropped and listed; an economy
 * that matches nothing is listed and the event kept without a host. With `ownData`, a row may
 * have no citation (the chart's source then stands for it); the bundled dataset always cites.
 */
export function validateEvents(
  input: unknown,
  resolveEconomy: EconomyResolver,
  path = 'events',
  ownData = false
): Validated<TimelineEvent[]> {
  return finish(validateEventsSteps(input, resolveEconomy, path, undefined, ownData));
}

/**
 * validateEvents as steps (see steps.ts); `prepare` adjusts each row before it is checked, and
 * `ownData` lets rows cite nothing (counted in `uncited`).
 */
export function* validateEventsSteps(
  input: unknown,
  resolveEconomy: EconomyResolver,
  path = 'events',
  prepare?: (row: unknown) => unknown,
  ownData = false
): Steps<Validated<TimelineEvent[]>> {
  let index = 0;
  const result = yield* validateListSteps(
    input,
    path,
    ownData ? OwnEventSchema : EventInputSchema,
    (row, at, issues): TimelineEvent | undefined => {
      index++;
      const start = parsePartialDate(row.start);
      if (!start) return undefined; // the schema already reported it
      if (row.precision && row.precision !== start.precision) {
        issues.push(
          issue(join(at, 'precision'), 'issue.precisionMismatch', {
            precision: row.precision,
            value: valueParam(row.start),
          })
        );
        return undefined;
      }
      if (row.end !== undefined) {
        const end = parsePartialDate(row.end);
        if (end && periodStart(end) < periodStart(start)) {
          issues.push(
            issue(join(at, 'end'), 'issue.endBeforeStart', {
              value: valueParam(row.end),
              start: valueParam(row.start),
            })
          );
          return undefined;
        }
      }
      let economy: string | null = null;
      if (row.economy !== undefined && row.economy !== null && row.economy !== '') {
        economy = resolveEconomy(row.economy) ?? null;
        if (!economy) {
          issues.push(issue(join(at, 'economy'), 'issue.noHost', {value: valueParam(row.economy)}));
        }
      }
      return {
        id: row.id ?? `event-${index}`,
        title: row.title,
        start: row.start,
        end: row.end,
        precision: start.precision,
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
      };
    },
    (row) => row.id,
    prepare
  );
  if (!ownData) return result;
  return {...result, uncited: yield* countSteps(result.value, (e) => !e.citation)};
}
