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
import {parsePartialDate, periodStart} from './dates.js';
import type {EconomyResolver} from './economy-key.js';
import {issue, join, valueParam, type Validated} from './issues.js';
import {firstSources} from './sources.js';
import {countSteps, finish, type Steps} from './steps.js';
import {EVENT_STATUSES, toTimelineEvent, type TimelineEvent} from './event-record.js';

export {EVENT_KINDS, EVENT_STATUSES, EVENT_THEMES, type TimelineEvent} from './event-record.js';
const PRECISIONS = ['day', 'month', 'year'] as const;

/**
 * One event as written in data/events.json or supplied by a user (JSON or CSV). Only title,
 * start and citation are required of users; the rest has defaults (see validateEvents).
 */
export const EventInputSchema = v.object({
  id: v.optional(id),
  title: requiredText(300),
  /** A short form of the title ("8th AMMTC") for labels where the title does not fit. */
  shortTitle: optionalText(80),
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
  /** The date is inferred or unverified (the note says how): drawn as in doubt. */
  dateInDoubt: v.optional(v.boolean()),
});

/** A user's event: as EventInputSchema, but a row may leave its source to the chart's `credit`. */
const OwnEventSchema = v.object({...EventInputSchema.entries, citation: v.optional(citation)});

export const EventsFileSchema = v.object({
  $schema: v.optional(v.string()),
  description: v.optional(v.string()),
  /**
   * What each seed document a citation names by its file name is ("APEC CTWG web page"), as
   * data/SOURCES.md says: the timeline writes it before the file name, for readers.
   */
  seeds: v.optional(v.record(v.string(), requiredText(300))),
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
      return toTimelineEvent(row, index, start.precision, economy);
    },
    (row) => row.id,
    prepare
  );
  if (!ownData) return result;
  return {
    ...result,
    uncited: yield* countSteps(result.value, (e) => !e.citation),
    sources: firstSources(result.value, (e) => e.citation),
  };
}
