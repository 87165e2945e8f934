/**
 * The whole state of a chart at each step of a story, from what each step says. Pure.
 *
 * A step names only what it changes (`year="1989"`), but a reader may scroll back up or press
 * Previous, so every step must bring the chart to the same picture whichever step came before:
 * a field that some step sets and this one leaves out goes back to the value the chart had
 * before the story began (its own attributes).
 */

/** One step's fields, as `setState` takes them (values already converted). */
export type StepFields = Record<string, unknown>;

/** Every field any step names, with the value `initial` gives it (the chart before the story). */
export function baseState(steps: readonly StepFields[], initial: (key: string) => unknown) {
  const base: StepFields = {};
  for (const step of steps) for (const key of Object.keys(step)) base[key] ??= initial(key);
  return base;
}

/** The state of the chart at step `index`: the base with the step's own fields on top. */
export function stateAt(steps: readonly StepFields[], base: StepFields, index: number) {
  return {...base, ...steps[index]};
}

/** `n` clamped to a step index (0 … count − 1); NaN gives 0. */
export const clampStep = (n: number, count: number): number =>
  Math.max(0, Math.min(count - 1, Number.isFinite(n) ? Math.trunc(n) : 0));
