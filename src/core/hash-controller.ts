import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {readHash, writeHash, type HashState} from '../layout/hash.js';

/**
 * Writes `state` for `keys` into the page URL's hash (other keys untouched), with
 * `history.replaceState`, so Back is not flooded. Used by charts and by link groups.
 */
export function replaceHash(keys: readonly string[], state: HashState, prefix = ''): void {
  const hash = writeHash(location.hash, keys, state, prefix);
  if (hash !== location.hash)
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
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
 * after the state settles.
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
    if (o.enabled() && o.ready()) o.apply(readHash(location.hash, o.keys, o.prefix()));
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
    this.timer = setTimeout(() => replaceHash(o.keys, state, o.prefix()), 250);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.read);
    clearTimeout(this.timer);
  }
}
