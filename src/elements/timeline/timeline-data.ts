/**
 * A timeline's data as its layouts read it, built once per data: events in time order, the
 * span they cover, events by id, and for large data the lane index (layout/timeline/large.ts).
 * All of it can be built in slices while a large file loads.
 */
import type {Translate} from '../../i18n/catalogue.js';
import type {TimelineEvent} from '../../schema/events.js';
import {finish, STEP_EVERY, type Steps} from '../../schema/steps.js';
import {
  timeEventsSteps,
  type Filters,
  type GroupBy,
  type TimedEvent,
} from '../../layout/timeline/events.js';
import {fullSpan} from '../../layout/timeline/layout.js';
import {LARGE_FROM, laneIndexSteps, type LaneIndex} from '../../layout/timeline/large.js';

export class TimelineData {
  private ids: Map<string, TimedEvent> | undefined;
  private indexKey = '';
  private indexWords: [(id: string) => string, Translate | undefined] | undefined;
  private indexed: LaneIndex | undefined;
  readonly span: [number, number];

  private constructor(
    readonly events: readonly TimelineEvent[],
    readonly timed: readonly TimedEvent[]
  ) {
    this.span = fullSpan(timed);
  }

  static *build(events: readonly TimelineEvent[]): Steps<TimelineData> {
    const data = new TimelineData(events, yield* timeEventsSteps(events));
    // Built now, not on the first hover (which would pay for it at 5,000 events).
    data.ids = new Map();
    for (const [i, t] of data.timed.entries()) {
      if (data.large && i % (STEP_EVERY * 8) === 0) yield 1;
      data.ids.set(t.event.id, t);
    }
    return data;
  }

  static of(events: readonly TimelineEvent[]): TimelineData {
    return finish(TimelineData.build(events));
  }

  /** Enough events that layouts go through the lane index rather than every event. */
  get large(): boolean {
    return this.timed.length >= LARGE_FROM;
  }

  find(id: string): TimedEvent | undefined {
    this.ids ??= new Map(this.timed.map((t) => [t.event.id, t]));
    return this.ids.get(id);
  }

  /** The lane index for a grouping and filters, kept while they stay the same. */
  index(by: GroupBy, filters: Filters, nameOf: (id: string) => string, t?: Translate): LaneIndex {
    return finish(this.indexSteps(by, filters, nameOf, t));
  }

  *indexSteps(
    by: GroupBy,
    filters: Filters,
    nameOf: (id: string) => string,
    t?: Translate
  ): Steps<LaneIndex> {
    const key = JSON.stringify([by, filters]);
    // Lane names are in the reader's language: new words build a new index.
    const words = this.indexWords;
    if (this.indexed && key === this.indexKey && words?.[0] === nameOf && words[1] === t)
      return this.indexed;
    this.indexed = yield* laneIndexSteps(this.timed, by, filters, nameOf, t);
    this.indexKey = key;
    this.indexWords = [nameOf, t];
    return this.indexed;
  }
}
