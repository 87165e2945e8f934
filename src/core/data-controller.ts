import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import type {Issue, Validated} from '../schema/issues.js';
import type {DataFormat} from '../schema/parse.js';
import type {Steps} from '../schema/steps.js';
import {countRows} from '../schema/row-count.js';
import {runSteps} from './cooperative.js';
import type {ApacLoadDetail} from './events.js';
import {
  format,
  loadIssueWords,
  messageFor,
  type MessageKey,
  type Translate,
} from '../i18n/catalogue.js';
import {PROGRESS_ROWS, type LoadProgress} from './progress.js';
import type {WorkerJob} from './worker-protocol.js';

/** How a chart reads its data: validate user input, and load its bundled default. */
export interface DataSource<T> {
  /** Validates input from the `data` property (`json`) or a fetched file (`json`/`csv`). */
  validate(input: unknown, format: DataFormat): Validated<T>;
  /** The bundled dataset to draw when neither `data` nor `src` is given. */
  bundled(): Validated<T> | Promise<Validated<T>>;
  /**
   * Loads the validators before `validate` or `validateSteps` first runs (a user's data only):
   * with the input they will read, once it is in (a chart may need less for some inputs).
   */
  validators?: ((input?: unknown, format?: DataFormat) => Promise<void>) | undefined;
  /** `validate` as steps, so that a large input is checked in slices between the page's tasks. */
  validateSteps?: ((input: unknown, format: DataFormat) => Steps<Validated<T>>) | undefined;
  /** Work on validated data before its first layout (caches the layout reads), in slices. */
  prepare?: ((value: T) => Steps<void>) | undefined;
  /**
   * The data worker's job that validates as `validate` does: a large file at `src` is then read
   * and checked off the main thread (worker-load.ts).
   */
  worker?: WorkerJob | undefined;
}

export interface Loaded<T> extends Validated<T> {
  load: ApacLoadDetail;
}

/**
 * A failure that leaves nothing to draw (network, HTTP status, unreadable file). `message` is
 * English, for the page's author; readers see `text(t)`, from the catalogue in their language.
 */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = [],
    readonly key?: MessageKey,
    readonly params: Record<string, string | number> = {}
  ) {
    super(message);
    this.name = 'LoadError';
  }

  /** The catalogue's words for it, in the chart's language (else the English message). */
  text(t: Translate): string {
    return this.key ? t(this.key, this.params) : this.message;
  }

  /**
   * A failure that loading again may mend: the network (offline, a dropped connection) or a
   * server that was busy or down (408, 429, 5xx); not a missing file or one that cannot be read.
   */
  get transient(): boolean {
    return (
      this.key === 'load.network' ||
      (this.key === 'load.status' && /^(408|429|5\d\d)\b/.test(String(this.params.status)))
    );
  }
}

/** A LoadError with the English words of `key` as its message. */
export function loadError(
  key: MessageKey,
  params: Record<string, string | number> = {},
  issues: Issue[] = []
): LoadError {
  return new LoadError(format(messageFor(key, 'en'), 'en', params), issues, key, params);
}

export interface DataControllerOptions<T> {
  source: DataSource<T>;
  /** The inputs in precedence order: `data` wins over `src`, which wins over the bundled data. */
  args: () => readonly [data: unknown, src: string];
  onLoad: (loaded: Loaded<T>) => void;
  onError: (error: LoadError) => void;
  /** How far a large load has got; `undefined` once it is over. */
  onProgress?: (progress: LoadProgress | undefined) => void;
  /**
   * The chart's words (its language's catalogue), loaded beside the data: the data is handed
   * over (drawn, or its error shown) only once they are in, so the first picture is in the
   * reader's language.
   */
  words?: () => Promise<unknown>;
  /** Whether the chart's words are there now: the bundled data can then be drawn at once. */
  wordsReady?: () => boolean;
}

export type Report = (progress: LoadProgress) => void;

/**
 * Validates, then prepares, in slices that yield to the page when the source can (see
 * cooperative.ts), reporting progress for inputs of PROGRESS_ROWS rows or more.
 */
export async function check<T>(
  source: DataSource<T>,
  input: unknown,
  format: DataFormat,
  signal: AbortSignal,
  report: Report,
  large: boolean
): Promise<Validated<T>> {
  await source.validators?.(input, format);
  if (!source.validateSteps) return source.validate(input, format);
  const rows = countRows(input);
  const shown = large || rows >= PROGRESS_ROWS;
  const progress = (phase: LoadProgress['phase']) => (share: number) => {
    if (shown) report({phase, rows, share});
  };
  progress('checking')(0);
  const validated = await runSteps(source.validateSteps(input, format), {
    signal,
    onProgress: progress('checking'),
  });
  return prepared(source, validated, signal, shown ? report : undefined, rows);
}

/** Runs the source's `prepare` on validated data, in slices, reporting progress when `report`. */
export async function prepared<T>(
  source: DataSource<T>,
  validated: Validated<T>,
  signal: AbortSignal,
  report: Report | undefined,
  rows: number
): Promise<Validated<T>> {
  if (!source.prepare) return validated;
  report?.({phase: 'preparing', rows, share: 0});
  await runSteps(source.prepare(validated.value), {
    signal,
    onProgress: (share) => report?.({phase: 'preparing', rows, share}),
  });
  return validated;
}

/**
 * Loads a chart's data with precedence `data` > `src` > bundled, through @lit/task: a new `src`
 * aborts the fetch in flight, and leaving the page aborts it too (no error is reported for an
 * abort). Validation issues travel with the value; the rows they concern are already dropped.
 */
export class DataController<T> implements ReactiveController {
  readonly task: Task<readonly [unknown, string], Loaded<T>>;
  private abortedByDisconnect = false;
  /** The inputs last loaded (by the task, or at once): the task runs again when they change. */
  private previous: readonly [unknown, string] | undefined;
  /** The bundled data loadNow asked for, when it could not be had at once. */
  private primed: Promise<Validated<T>> | undefined;
  /** The next file at `src` is asked of the network, past the browser's cache (reload). */
  private fresh = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DataControllerOptions<T>
  ) {
    const {source} = options;
    const report = (progress: LoadProgress | undefined) => options.onProgress?.(progress);
    const load = async (data: unknown, src: string, signal: AbortSignal): Promise<Loaded<T>> => {
      let loaded: Loaded<T>;
      if (given(data)) {
        const validated = await check(source, data, 'json', signal, report, false);
        loaded = {...validated, load: {source: 'data', issues: []}};
      } else if (src) {
        // The validators' chunk loads while the file does (check() waits for the same load).
        source.validators?.().catch(() => undefined);
        // Fetching, reading CSV and the data worker's page side load only for a chart with `src`.
        const {fetchData} = await import('./fetch-data.js');
        const fresh = this.fresh;
        this.fresh = false;
        loaded = await fetchData(src, source, signal, report, fresh);
      } else {
        const bundled = this.primed ?? source.bundled();
        this.primed = undefined;
        loaded = {...(await bundled), load: {source: 'bundled', issues: []}};
      }
      loaded.load.issues = loaded.issues;
      return loaded;
    };
    this.task = new Task(host, {
      // Run from hostUpdate below, unless loadNow() already loaded these inputs.
      autoRun: false,
      args: options.args,
      task: async ([data, src], {signal}): Promise<Loaded<T>> => {
        report(undefined);
        // The words of data problems join the catalogue (a merge of every catalogue: 2-3 ms
        // in a first render) only for a user's data that has some or did not load (the error
        // box tells them), before the chart says so. Their module comes with the validators.
        const own = given(data) || src;
        const words = options.words?.();
        try {
          const loaded = await load(data, src, signal);
          if (loaded.issues.length) await loadIssueWords();
          return loaded;
        } catch (error) {
          if (own) await loadIssueWords().catch(() => undefined);
          throw error;
        } finally {
          await words;
        }
      },
      onComplete: (loaded) => {
        report(undefined);
        options.onLoad(loaded);
      },
      onError: (error) => {
        report(undefined);
        if (isAbort(error)) return;
        if (error instanceof LoadError) options.onError(error);
        else
          // The cause (a programming error, in English) goes to the console; readers see load.failed.
          options.onError(
            new LoadError(`Could not load the data: ${String(error)}`, [], 'load.failed')
          );
      },
    });
    host.addController(this);
  }

  /**
   * The first load, when it is the bundled data and its words are in: loaded within the update
   * that asks (the chart's first), with no task. The first update then draws the chart instead
   * of a loading message that the task's result replaces in a second and third update (the
   * frame rendered twice, and a forced layout of it between: about a sixth of a timeline's
   * first render, traced). Called from the host's willUpdate; the task loads everything else.
   */
  loadNow(): void {
    if (this.previous || this.task.status !== TaskStatus.INITIAL) return;
    const args = this.options.args();
    const [data, src] = args;
    if (given(data) || src || !(this.options.wordsReady?.() ?? true)) return;
    const bundled = this.options.source.bundled();
    this.previous = args;
    if (bundled instanceof Promise || bundled.issues.length) {
      // Not at once after all (a bundled source that loads, or rows to report): the task
      // takes it from here.
      this.primed = Promise.resolve(bundled);
      void this.task.run(args);
    } else this.options.onLoad({...bundled, load: {source: 'bundled', issues: []}});
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.previous;
    if (last && last.length === args.length && last.every((a, i) => a === args[i])) return;
    this.previous = args;
    void this.task.run(args);
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  /**
   * Loads again with the same arguments (a chart whose bundled data depends on an attribute;
   * another try after a failure, `fresh`: a file at `src` then comes from the network, not from
   * what the browser may have kept of the failed answer).
   */
  reload(fresh = false): void {
    this.fresh = fresh;
    void this.task.run();
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }
}

/** Whether the `data` property holds data (which wins over `src` and the bundled data). */
const given = (data: unknown): boolean => data !== undefined && data !== null;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
