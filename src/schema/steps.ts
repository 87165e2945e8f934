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
