/**
 * Reading and writing state in the page URL's hash: loaded only by a chart with `sync-url` (see
 * hash-controller.ts) and by link groups, which keep their selection there.
 */
import {writeHash, type HashState} from '../layout/hash.js';

export {readHash} from '../layout/hash.js';

/**
 * Writes `state` for `keys` into the page URL's hash (other keys untouched), with
 * `history.replaceState`, so Back is not flooded.
 */
export function replaceHash(keys: readonly string[], state: HashState, prefix = ''): void {
  const hash = writeHash(location.hash, keys, state, prefix);
  if (hash !== location.hash)
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}
