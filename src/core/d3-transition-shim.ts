/**
 * What d3-zoom takes from d3-transition, in the builds that carry d3-zoom inline (the one-file
 * bundle, and the autoloader's zoom chunk loaded on the first zoom; vite.config.ts aliases
 * `d3-transition` to this file there): `interrupt(node)` and `selection.interrupt()`, which stop
 * the transitions running on a node. No chart starts one: d3-zoom animates only a double-click
 * zoom, which the zoom controller turns off, or a transform handed a transition, which no chart
 * does; so there is never one to stop and both do nothing. d3-transition itself would bring
 * d3-timer, d3-ease, d3-color and d3-interpolate's value interpolators (about 8 kB gzip) for
 * them. The ESM build leaves d3-zoom's imports to the app's bundler, which gets d3-transition.
 */
import {selection} from 'd3-selection';

/** Stops the transitions on a node: there are none. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before setting a transform (the zoom buttons do).
const proto = selection.prototype as unknown as {interrupt?: () => unknown};
proto.interrupt ??= function (this: unknown) {
  return this;
};
