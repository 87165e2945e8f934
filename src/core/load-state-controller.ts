import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import type {Issue} from '../schema/issues.js';
import {loadLocale, localeReady, type Translate} from '../i18n/catalogue.js';
import {DataController, type DataSource, type LoadError, type Loaded} from './data-controller.js';
import {emit} from './events.js';
import {issueSummary, type Retry} from './frame.templates.js';
import {loadingMessage, type LoadProgress} from './progress.js';
import {warnOnce} from './warn.js';

/** Said once in the console (for the page's author) when own data names no source at all. */
const NO_SOURCE_HINT =
  'no source is given for this data: set the credit attribute, or give a citation column or a top-level citation.';

export interface LoadStateOptions<T> {
  source: DataSource<T>;
  /** The inputs in precedence order: `data` wins over `src`, which wins over the bundled data. */
  args: () => readonly [data: unknown, src: string];
  t: () => Translate;
  /** True when validated data leaves nothing to draw. */
  isEmpty: (value: T) => boolean;
  /** Own data whose rows cite nothing, with no source for the chart either (checked on load). */
  sourceless: () => boolean;
  /**
   * The chart's language: the data waits for its words (catalogue), and the bundled data is
   * loaded at once (loadNow) when they are there already.
   */
  lang: () => string;
}

/**
 * A chart's loading state: the data loaded (or the error that left nothing), how far a large
 * load has got, and the `apac-load` / `apac-error` events and console warnings that go with
 * them. Owns the chart's DataController; the host re-renders whenever any of it changes.
 *
 * A load that failed in a way another try may mend (LoadError.transient: a phone that lost its
 * connection, a server that was down) is tried again when the browser says it is back online,
 * and the error box offers "Try again" meanwhile; the error stays shown while a try is under way.
 */
export class LoadStateController<T> implements ReactiveController {
  /** The validated data with how it was loaded; undefined until a load succeeds. */
  loaded: Loaded<T> | undefined;
  /** Why the last load left nothing to draw. */
  error: LoadError | undefined;
  /** How far a large load has got; undefined when none is under way or it is small. */
  progress: LoadProgress | undefined;
  readonly data: DataController<T>;
  /** A try after a transient failure is under way (Retry.running). */
  private retrying = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LoadStateOptions<T>
  ) {
    this.data = new DataController<T>(host, {
      source: options.source,
      args: options.args,
      words: () => loadLocale(options.lang()),
      wordsReady: () => localeReady(options.lang()),
      onLoad: (loaded) => this.onLoad(loaded),
      onError: (error) => this.onError(error),
      onProgress: (progress) => {
        this.progress = progress;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  /** "Try again", after a failure another try may mend; else undefined. */
  get retry(): Retry | undefined {
    return this.error?.transient ? {run: this.tryAgain, running: this.retrying} : undefined;
  }

  private readonly tryAgain = (): void => {
    if (this.retrying || !this.error?.transient) return;
    this.retrying = true;
    this.host.requestUpdate();
    this.data.reload(true);
  };

  hostConnected(): void {
    addEventListener('online', this.tryAgain);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.tryAgain);
  }

  /** Waiting for data: nothing loaded and nothing failed yet. */
  get pending(): boolean {
    return this.data.pending && !this.loaded && !this.error;
  }

  /** Loads the bundled data within this update when it can (DataController.loadNow). */
  loadNow(): void {
    this.data.loadNow();
  }

  /** Resolves once a load under way (a changed `src`, `data` or report) has ended. */
  async settled(): Promise<void> {
    if (this.data.pending) await this.data.task.taskComplete.catch(() => undefined);
  }

  /** The loading message, with how far a large file has got. */
  message(lang: string, t: Translate): TemplateResult {
    return loadingMessage(this.progress, lang, t);
  }

  private onLoad(loaded: Loaded<T>): void {
    this.loaded = loaded;
    this.error = undefined;
    this.retrying = false;
    this.host.requestUpdate();
    emit(this.host, 'apac-load', loaded.load);
    const empty = this.options.isEmpty(loaded.value);
    if (loaded.issues.length || empty)
      this.report(issueSummary(loaded.issues, empty, this.options.t()), loaded.issues);
    if (this.options.sourceless()) warnOnce(`${this.host.localName}: ${NO_SOURCE_HINT}`, []);
  }

  private onError(error: LoadError): void {
    this.loaded = undefined;
    this.error = error;
    this.retrying = false;
    this.host.requestUpdate();
    this.report(error.text(this.options.t()), error.issues);
  }

  /** The `apac-error` event and one console warning, for a failed load or rows left out. */
  private report(message: string, issues: Issue[]): void {
    emit(this.host, 'apac-error', {message, issues});
    warnOnce(`${this.host.localName}: ${message}`, issues);
  }
}
