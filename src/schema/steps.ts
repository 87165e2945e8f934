/**
 * Work that can pause: a generator that yields how far it has got (0–1) between pieces of work
 * and returns its result. The same code runs to the end at once (`finish`) for small inputs and
 * tests, or a slice at a time between the page's own tasks for large ones (core/cooperative.ts).
 */
export type Steps<T> = Generator<number, T, void>;

/** Runs steps to the end without pausing. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How many items to do between checks of the clock: a check costs little, but not nothing. */
export const STEP_EVERY = 256;

/** How many items of `list` pass `test`, as steps (a pass over 200,000 rows is not one task). */
export function* countSteps<T>(list: readonly T[], test: (item: T) => boolean): Steps<number> {
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    if (i % (STEP_EVERY * 8) === 0 && i > 0) yield i / list.length;
    if (test(list[i] as T)) count++;
  }
  return count;
}
