/**
 * A timeline's data as its layouts read it, built once per data: events in time order, the
 * span they cover, events by id, and for large data the lane index (layout/timeline/large.ts).
 * All of it can be built in slices while a large file loads.
 */
import economiesFile from '../../../data/economies.json';
import eventsFile from '../../../data/events.json';
import {LazyModule} from '../../core/lazy-module.js';
import {loadLarge} from './large-load.js';
import {bundledEvents, type EventRecord} from '../../schema/event-record.js';
import type {Translate} from '../../i18n/catalogue.js';
import {
  createEconomyResolver,
  type EconomyNames,
  type EconomyResolver,
} from '../../schema/economy-key.js';
import {localEconomyName} from '../../schema/economy-names.js';
import type {TimelineEvent} from '../../schema/events.js';
import type {Validated} from '../../schema/issues.js';
import type {DataFormat} from '../../schema/parse.js';
import {finish, STEP_EVERY, type Steps} from '../../schema/steps.js';
import {
  timeEventsSteps,
  type Filters,
  type GroupBy,
  type TimedEvent,
} from '../../layout/timeline/events.js';
import {
  computeTimelineLayout,
  fullSpan,
  LARGE_FROM,
  type TimelineLayout,
  type TimelineOptions,
} from '../../layout/timeline/layout.js';
import {
  timeScales,
  timelineFilters,
  timelineSpan,
  type FilterAttributes,
  type TimeScales,
} from '../../layout/timeline/view.js';
import {orientationFor} from '../../layout/palette.js';
import type {UtcScale} from '../../layout/timeline/utc-scale.js';
import type {LaneIndex} from '../../layout/timeline/large.js';

const ECONOMIES = economiesFile.economies as readonly EconomyNames[];
/** Economies by code or name, as the `economy` filter and own data name them. */
export const resolveEconomy: EconomyResolver = createEconomyResolver(ECONOMIES);

const IDS = new Set(ECONOMIES.map((e) => e.id));
/** The bundled events name economies by code (test/unit/dataset.test.ts): read as they are. */
const bundledEconomy: EconomyResolver = (input) =>
  typeof input === 'string' && IDS.has(input) ? input : resolveEconomy(input);

/** What each seed document is, by the file name the bundled citations give (data/events.json). */
const SEEDS: Readonly<Record<string, string>> = eventsFile.seeds;

/**
 * A bundled citation as a reader can read it: a seed document named by its file alone
 * ("004_19ca3baff67ab955.txt") is said as what it is, then its file ("APEC CTWG web page (seed
 * document 004_19ca3baff67ab955.txt)").
 */
export const readableCitation = (citation: string): string =>
  citation
    .split('; ')
    .map((part) => (SEEDS[part] ? `${SEEDS[part]} (seed document ${part})` : part))
    .join('; ');

/**
 * The bundled events, trusted: checked against EventsFileSchema at build time
 * (test/unit/dataset.test.ts), so read without the validators; their citations readable.
 */
export const BUNDLED_EVENTS = (): TimelineEvent[] =>
  bundledEvents(eventsFile.events as readonly EventRecord[], bundledEconomy).map((e) => ({
    ...e,
    citation: readableCitation(e.citation),
  }));

/** A user's data is checked by these, loaded (a chunk of their own) only when one is given. */
const VALIDATORS = new LazyModule(
  () => import('../../schema/timeline-input.js'),
  'the timeline validators'
);
/** Plain JSON `data` (nothing to convert or report) is read by this instead, without valibot. */
const PLAIN = new LazyModule(
  () => import('../../schema/timeline-plain.js'),
  'the timeline data reader'
);
/**
 * The lane index and its layouts, for data of LARGE_FROM events or more: only a user's data is
 * that large, so it loads with the validators (TimelineInput), not on a page of bundled events nor
 * with plain data, which is read only below LARGE_FROM events.
 */
export const LARGE = new LazyModule(loadLarge, 'the timeline for large data');
/**
 * A user's events read for one chart: plain JSON of fewer than LARGE_FROM events by the reader
 * (timeline-plain.ts), so that a page drawing its own clean events loads neither valibot nor the
 * large data's layouts; any other input by the validators, with those layouts (only a user's
 * data is large).
 */
export class TimelineInput {
  /** The events the reader gave for `plainFor` (undefined: they are the validators' to read). */
  private plain: Validated<TimelineEvent[]> | undefined;
  private plainFor: unknown;

  /** Loads what reading `input` needs: the reader, and the validators unless it took it. */
  async load(input?: unknown, format?: DataFormat): Promise<void> {
    if (format === 'json' && input !== undefined && !VALIDATORS.peek()) {
      await PLAIN.load();
      const plain = PLAIN.get().plainEvents(input, resolveEconomy, LARGE_FROM);
      [this.plainFor, this.plain] = [input, plain];
      if (plain) return;
    }
    await Promise.all([VALIDATORS.load(), LARGE.load().catch(() => undefined)]);
  }

  validate(input: unknown, format: DataFormat): Validated<TimelineEvent[]> {
    return (
      this.read(input, format) ??
      VALIDATORS.get().validateTimelineInput(input, format, resolveEconomy)
    );
  }

  *validateSteps(input: unknown, format: DataFormat): Steps<Validated<TimelineEvent[]>> {
    const plain = this.read(input, format);
    if (plain) return plain;
    return yield* VALIDATORS.get().validateTimelineInputSteps(input, format, resolveEconomy);
  }

  /** The plain events read for `input` by load, if they were and the validators are not in. */
  private read(input: unknown, format: DataFormat): Validated<TimelineEvent[]> | undefined {
    return format === 'json' && input === this.plainFor && !VALIDATORS.peek()
      ? this.plain
      : undefined;
  }
}

const namers = new Map<string, (id: string) => string>();
/** An economy's name for readers of `lang`, within APEC's (else ASEAN's) convention. */
export const nameIn = (lang: string): ((id: string) => string) => {
  let nameOf = namers.get(lang);
  if (!nameOf) {
    nameOf = (id: string) => {
      const e = ECONOMIES.find((x) => x.id === id);
      return e ? localEconomyName(id, e.apecName ?? e.aseanName ?? e.name, lang) : id;
    };
    namers.set(lang, nameOf);
  }
  return nameOf;
};

/** The attributes a timeline's view is computed from (besides the grouping and zoom). */
export interface ViewAttributes extends FilterAttributes {
  from: string;
  to: string;
  orientation: 'auto' | 'horizontal' | 'vertical';
}

/** Each events array's model, built once (a new array, a new model). */
const models = new WeakMap<readonly TimelineEvent[], TimelineData>();

export class TimelineData {
  private ids: Map<string, TimedEvent> | undefined;
  private indexKey = '';
  private indexWords: [(id: string) => string, Translate | undefined] | undefined;
  private indexed: LaneIndex | undefined;
  private constructor(
    readonly events: readonly TimelineEvent[],
    readonly timed: readonly TimedEvent[],
    /** The years the data covers (layout.ts, fullSpan). */
    readonly span: [number, number]
  ) {}

  static *build(events: readonly TimelineEvent[]): Steps<TimelineData> {
    const timed = yield* timeEventsSteps(events);
    // The span runs from the first event (they are in time order) to the latest end, found in
    // slices: d3's max over 200,000 events held the page for 70–150 ms in one piece.
    let latest = timed[0];
    // Events by id, built now, not on the first hover (which would pay for it at 5,000 events).
    const ids = new Map<string, TimedEvent>();
    for (const [i, t] of timed.entries()) {
      if (i % (STEP_EVERY * 8) === 0 && i > 0) yield 1;
      if (latest && t.end > latest.end) latest = t;
      ids.set(t.event.id, t);
    }
    const first = timed[0];
    const data = new TimelineData(events, timed, fullSpan(first && latest ? [first, latest] : []));
    data.ids = ids;
    return data;
  }

  static of(events: readonly TimelineEvent[]): TimelineData {
    return finish(TimelineData.build(events));
  }

  /** The model of `events`, built now unless it was built (or `prepared`) before. */
  static for(events: readonly TimelineEvent[]): TimelineData {
    let model = models.get(events);
    if (!model) models.set(events, (model = TimelineData.of(events)));
    return model;
  }

  /** Builds the model of `events` in slices (a large file, before its first layout). */
  static *prepare(events: readonly TimelineEvent[]): Steps<TimelineData> {
    const model = yield* TimelineData.build(events);
    models.set(events, model);
    return model;
  }

  /**
   * Enough events that layouts go through the lane index rather than every event (should its
   * chunk have failed to load, every event is laid out: slower, the same picture but no counts).
   */
  get large(): boolean {
    return this.timed.length >= LARGE_FROM && LARGE.peek() !== undefined;
  }

  find(id: string): TimedEvent | undefined {
    this.ids ??= new Map(this.timed.map((t) => [t.event.id, t]));
    return this.ids.get(id);
  }

  /** The `from`/`to` span, else the years the data covers. */
  spanOf(attrs: ViewAttributes): [number, number] {
    return timelineSpan(this.span, attrs.from, attrs.to);
  }

  /** The filters the attributes set over their span: lanes come from what these keep. */
  filtersOf(attrs: ViewAttributes): Filters {
    return timelineFilters(attrs, this.spanOf(attrs), resolveEconomy);
  }

  /**
   * What is drawn at `width`: the time scales (the reader's zoom applied by `rescale`) and the
   * layout of the span in view (all of it in the vertical list, which does not zoom).
   */
  view(
    attrs: ViewAttributes,
    o: Pick<
      TimelineOptions,
      'width' | 'height' | 'groupBy' | 'lang' | 't' | 'openYears' | 'keep'
    > & {
      rescale: (base: UtcScale) => UtcScale;
    }
  ): {scales: TimeScales; layout: TimelineLayout} {
    const {rescale, ...options} = o;
    const orientation = orientationFor(attrs.orientation, o.width);
    const span = this.spanOf(attrs);
    const scales = timeScales(span, o.width, rescale);
    const layout = this.layout({
      ...options,
      orientation,
      filters: this.filtersOf(attrs),
      view: orientation === 'vertical' ? span : scales.view,
      nameOf: nameIn(o.lang),
    });
    return {scales, layout};
  }

  /** The layout: through the lane index for large data, else of every event the filters keep. */
  layout(options: Omit<TimelineOptions, 'summary'>): TimelineLayout {
    const {filters, ...rest} = options;
    return this.large
      ? LARGE.get().largeTimelineLayout(
          this.index(rest.groupBy, filters, rest.nameOf, rest.t),
          rest
        )
      : computeTimelineLayout(this.timed, options);
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
    this.indexed = yield* LARGE.get().laneIndexSteps(this.timed, by, filters, nameOf, t);
    this.indexKey = key;
    this.indexWords = [nameOf, t];
    return this.indexed;
  }
}
