/**
 * A stable sort that can pause: runs of RUN items are sorted with Array.prototype.sort, then
 * merged pairwise, yielding between pieces. Sorting 200,000 events in one call held the main
 * thread for longer than a frame; no maintained library offers a sort that yields, so this is
 * the textbook bottom-up merge sort. Pure.
 */
import {STEP_EVERY, type Steps} from '../schema/steps.js';

const RUN = 512;

/** A sorted copy of `items`; `share` maps the share of the sort done to the share reported. */
export function* sortSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  share: (done: number) => number = (done) => done
): Steps<T[]> {
  const n = items.length;
  if (n <= RUN) return items.slice().sort(compare);
  const passes = Math.ceil(Math.log2(n / RUN)) + 1;
  let a = items.slice();
  for (let i = 0; i < n; i += RUN) {
    const run = a.slice(i, i + RUN).sort(compare);
    for (let j = 0; j < run.length; j++) a[i + j] = run[j] as T;
    yield share(i / n / passes);
  }
  let b: T[] = new Array<T>(n);
  for (let width = RUN, pass = 1; width < n; width *= 2, pass++) {
    let step = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let [i, j, k] = [lo, mid, lo];
      while (k < hi) {
        // Take from the left run on ties, which keeps the sort stable.
        const x = a[i] as T;
        const y = a[j] as T;
        if (j >= hi || (i < mid && compare(x, y) <= 0)) {
          b[k++] = x;
          i++;
        } else {
          b[k++] = y;
          j++;
        }
        if (++step % (STEP_EVERY * 8) === 0) yield share((pass + k / n) / passes);
      }
    }
    [a, b] = [b, a];
  }
  return a;
}
