import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {HashState} from '../layout/hash.js';
import {waitForChunk} from './drawing.js';
import {warnOnce} from './warn.js';
import type {HashSync} from './hash-write.js';

export interface HashOptions {
  /** The keys the chart owns. */
  keys: readonly string[];
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
 * Keeps part of a chart's state in the page URL's hash (`sync-url`; see HashSync in
 * hash-write.ts). A chart without `sync-url` carries only this: what reads and writes the hash,
 * and the chart's own `options` (its keys and how it applies them), load the first time the
 * chart updates with `sync-url` on.
 */
export class HashController implements ReactiveController {
  private sync: HashSync | undefined;
  private loading = false;

  constructor(
    private readonly host: ReactiveControllerHost & {
      readonly isConnected: boolean;
      /** The chart's `sync-url` attribute. */
      readonly syncUrl: boolean;
    },
    private readonly options: () => Promise<HashOptions>
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync?.connect();
  }

  hostUpdated(): void {
    if (this.sync) return this.sync.updated(this.host.syncUrl);
    if (this.loading || !this.host.syncUrl) return;
    this.loading = true;
    // The picture waits for it (apac-render, updateComplete): a link's state is what is drawn.
    const load = Promise.all([import('./hash-write.js'), this.options()]).then(
      ([{HashSync}, options]) => {
        this.sync = new HashSync(options);
        if (!this.host.isConnected) return;
        this.sync.connect();
        this.sync.updated(this.host.syncUrl);
      },
      (error: unknown) => warnOnce(`sync-url could not be loaded: ${String(error)}`)
    );
    waitForChunk(this.host, load);
  }

  hostDisconnected(): void {
    this.sync?.disconnect();
  }
}
