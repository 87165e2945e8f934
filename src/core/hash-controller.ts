import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {HashState} from '../layout/hash.js';
import {LazyModule} from './lazy-module.js';
import {warnOnce} from './warn.js';
import type * as Hashing from './hash-write.js';

/** The hash's reading and writing, loaded by the first chart that syncs (`sync-url`). */
const hashing = new LazyModule(() => import('./hash-write.js'), 'sync-url');

/** Runs `use` once the hash's code is in (at once after the first time). */
function withHashing(use: (h: typeof Hashing) => void): void {
  hashing.load().then(
    () => use(hashing.get()),
    (error: unknown) => warnOnce(`sync-url could not be loaded: ${String(error)}`)
  );
}

export interface HashOptions {
  /** The keys the chart owns. */
  keys: readonly string[];
  /** Whether syncing is on (the chart's `sync-url` attribute). */
  enabled: () => boolean;
  /** Prepended to every key, so that two charts on a page keep apart (`tl.`). */
  prefix: () => string;
  /** Whether the chart can apply state yet (it has drawn). */
  ready: () => boolean;
  /** The chart's state to write. */
  state: () => HashState;
  /** Applies state read from the hash. */
  apply: (state: HashState) => void;
}

/**
 * Keeps part of a chart's state in the page URL's hash: read once the chart has first drawn and
 * on every `hashchange`; written (with `history.replaceState`, so Back is not flooded) a moment
 * after the state settles. What reads and writes the hash loads only for a chart with `sync-url`.
 */
export class HashController implements ReactiveController {
  private applied = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HashOptions
  ) {
    host.addController(this);
  }

  private readonly read = () => {
    const o = this.options;
    if (o.enabled() && o.ready())
      withHashing((h) => o.apply(h.readHash(location.hash, o.keys, o.prefix())));
  };

  hostConnected(): void {
    addEventListener('hashchange', this.read);
  }

  hostUpdated(): void {
    const o = this.options;
    if (!o.enabled() || !o.ready()) return;
    if (!this.applied) {
      this.applied = true;
      this.read();
      return;
    }
    clearTimeout(this.timer);
    const state = o.state();
    this.timer = setTimeout(
      () => withHashing((h) => h.replaceHash(o.keys, state, o.prefix())),
      250
    );
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.read);
    clearTimeout(this.timer);
  }
}
