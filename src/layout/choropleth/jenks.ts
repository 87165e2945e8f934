/**
 * Natural breaks: simple-statistics' ckmeans (Jenks-style optimal 1-D clustering), in a chunk of
 * its own that only a map asked for `classification="jenks"` loads. Pure.
 */
import {ckmeans} from 'simple-statistics';

/** Where each class after the first starts, for `k` classes of `sorted` (ascending) values. */
export function naturalBreaks(sorted: readonly number[], k: number): number[] {
  return ckmeans([...sorted], k)
    .slice(1)
    .map((cluster) => cluster[0] ?? 0);
}
