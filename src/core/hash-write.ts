/**
 * Reading and writing state in the page URL's hash: loaded only by a chart with `sync-url` (see
 * hash-controller.ts) and by link groups, which keep their selection there.
 */
import {readHash, writeHash, type HashState} from '../layout/hash.js';
import type {HashOptions} from './hash-controller.js';

export {readHash};

/**
 * Writes `state` for `keys` into the page URL's hash (other keys untouched), with
 * `history.replaceState`, so Back is not flooded.
 */
export function replaceHash(keys: readonly string[], state: HashState, prefix = ''): void {
  const hash = writeHash(location.hash, keys, state, prefix);
  if (hash !== location.hash)
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/**
 * A chart's state in the page URL's hash: read once the chart has first drawn and on every
 * `hashchange`; written (with `history.replaceState`, so Back is not flooded) a moment after
 * the state settles. Made by HashController once a chart has `sync-url`.
 */
export class HashSync {
  private applied = false;
  private on = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: HashOptions) {}

  private readonly read = () => {
    const o = this.options;
    if (this.on && o.ready()) o.apply(readHash(location.hash, o.keys, o.prefix()));
  };

  connect(): void {
    addEventListener('hashchange', this.read);
  }

  /**
   * After each update of the chart (and once its code has loaded: updates before that were not
   * seen); `on`: whether `sync-url` is (still) set. The first reads the hash; each writes the
   * chart's state as it stands a moment later.
   */
  updated(on: boolean): void {
    this.on = on;
    const o = this.options;
    if (!on || !o.ready()) return;
    if (!this.applied) {
      this.applied = true;
      this.read();
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => replaceHash(o.keys, o.state(), o.prefix()), 250);
  }

  disconnect(): void {
    removeEventListener('hashchange', this.read);
    clearTimeout(this.timer);
  }
}
