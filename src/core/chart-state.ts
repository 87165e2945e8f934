import type {ReactiveElement} from 'lit';
import {warnOnce} from './warn.js';

/** Any of `K` of a chart: each its value, or null or undefined for its default. */
export type StateOf<E, K extends keyof E> = {[P in K]?: E[P] | null | undefined};

/**
 * Sets on `el` the fields of `state` that `keys` allows, all at once (null or undefined: the
 * field's default, chart-attributes.ts). Lit batches property sets made in the same task into
 * one update, so the chart lays out and draws once, with one fade (none under
 * `prefers-reduced-motion`), and loads nothing again unless a field names other data (the
 * Sankey's `report`: the other bundled report, read from the bundle, not fetched).
 */
export function applyState<E extends ReactiveElement, K extends keyof E>(
  el: E,
  state: StateOf<E, K>,
  keys: readonly K[]
): void {
  // A step's `data-state` that parsed to null, a string or a number: nothing to set.
  if (typeof state !== 'object' || state === null) {
    warnOnce(`${el.localName}: setState takes an object of fields; ${String(state)} ignored.`);
    return;
  }
  for (const key of keys) if (key in state) el[key] = state[key] as E[K];
}
