import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import type {Issue, Validated} from '../schema/issues.js';
import {detectFormat, parseText, type DataFormat} from '../schema/parse.js';
import type {ApacLoadDetail} from './events.js';
import type {Translate} from '../i18n/catalogue.js';

/** How a chart reads its data: validate user input, and load its bundled default. */
export interface DataSource<T> {
  /** Validates input from the `data` property (`json`) or a fetched file (`json`/`csv`). */
  validate(input: unknown, format: DataFormat): Validated<T>;
  /** The bundled dataset to draw when neither `data` nor `src` is given. */
  bundled(): Validated<T> | Promise<Validated<T>>;
}

export interface Loaded<T> extends Validated<T> {
  load: ApacLoadDetail;
}

/** A failure that leaves nothing to draw (network, HTTP status, unreadable file). */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = []
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export interface DataControllerOptions<T> {
  source: DataSource<T>;
  /** The inputs in precedence order: `data` wins over `src`, which wins over the bundled data. */
  args: () => readonly [data: unknown, src: string];
  onLoad: (loaded: Loaded<T>) => void;
  onError: (error: LoadError) => void;
  /** The chart's words, for the messages of a failed load. */
  t: () => Translate;
}

async function fetchData<T>(
  src: string,
  source: DataSource<T>,
  signal: AbortSignal,
  t: Translate
): Promise<Loaded<T>> {
  let response: Response;
  try {
    response = await fetch(src, {signal, credentials: 'same-origin'});
  } catch (e) {
    if (signal.aborted) throw e;
    throw new LoadError(t('load.network', {url: src}));
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new LoadError(t('load.status', {url: src, status}));
  }
  const text = await response.text();
  const file = detectFormat(
    response.headers.get('content-type'),
    src,
    text,
    response.headers.get('content-disposition')
  );
  const parsed = parseText(text, file);
  if (!parsed.ok) throw new LoadError(t('load.unreadable', {url: src}), [parsed.issue]);
  return {
    ...source.validate(parsed.data, parsed.format),
    load: {source: 'src', url: src, format: file, issues: []},
  };
}

/**
 * Loads a chart's data with precedence `data` > `src` > bundled, through @lit/task: a new `src`
 * aborts the fetch in flight, and leaving the page aborts it too (no error is reported for an
 * abort). Validation issues travel with the value; the rows they concern are already dropped.
 */
export class DataController<T> implements ReactiveController {
  readonly task: Task<readonly [unknown, string], Loaded<T>>;
  private abortedByDisconnect = false;

  constructor(host: ReactiveControllerHost, options: DataControllerOptions<T>) {
    const {source} = options;
    this.task = new Task(host, {
      args: options.args,
      task: async ([data, src], {signal}): Promise<Loaded<T>> => {
        let loaded: Loaded<T>;
        if (data !== undefined && data !== null) {
          loaded = {...source.validate(data, 'json'), load: {source: 'data', issues: []}};
        } else if (src) {
          loaded = await fetchData(src, source, signal, options.t());
        } else {
          loaded = {...(await source.bundled()), load: {source: 'bundled', issues: []}};
        }
        loaded.load.issues = loaded.issues;
        return loaded;
      },
      onComplete: (loaded) => options.onLoad(loaded),
      onError: (error) => {
        if (isAbort(error)) return;
        options.onError(
          error instanceof LoadError
            ? error
            : new LoadError(`Could not load the data: ${String(error)}`)
        );
      },
    });
    host.addController(this);
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

  /** Loads again with the same arguments (a chart whose bundled data depends on an attribute). */
  reload(): void {
    void this.task.run();
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
