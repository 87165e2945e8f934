import type {ReactiveElement} from 'lit';

/**
 * Sets on `el` the fields of `state` that `keys` allows, all at once. Lit batches property sets
 * made in the same task into one update, so the chart lays out and draws once, with one fade
 * (none under `prefers-reduced-motion`), and loads nothing again unless a field names other data
 * (the Sankey's `report`: the other bundled report, read from the bundle, not fetched).
 */
export function applyState<E extends ReactiveElement, K extends keyof E>(
  el: E,
  state: Partial<Pick<E, K>>,
  keys: readonly K[]
): void {
  for (const key of keys) if (key in state) el[key] = state[key] as E[K];
}
