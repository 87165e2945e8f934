/**
 * What d3-zoom takes from d3-transition and d3-interpolate, in the builds that carry d3-zoom
 * inline (the one-file bundle, and the autoloader's zoom chunk loaded on the first zoom), where
 * the build's plugin scripts/zoom-shims.mjs points both packages here. d3-zoom needs them only
 * to animate a zoom, and no chart animates one: d3-zoom animates a double-click zoom, which the
 * zoom controller turns off, or a transform handed a transition, which no chart does. So
 * `interrupt(node)` and `selection.interrupt()`, which stop the transitions running on a node,
 * find none and do nothing, and the zoom interpolator is never called. The packages themselves
 * would bring d3-timer, d3-ease, d3-color and d3-interpolate's colour interpolators (about 9 kB
 * gzip; the last two are kept by calls at their modules' top level that a bundler cannot drop).
 * The ESM build leaves d3-zoom's imports to the app's bundler, which gets the packages.
 */
import {selection} from 'd3-selection';

/** Stops the transitions on a node: there are none. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before setting a transform (the zoom buttons do).
const proto = selection.prototype as unknown as {interrupt?: () => unknown};
proto.interrupt ??= function (this: unknown) {
  return this;
};

/** d3-zoom's interpolator for an animated zoom, which no chart makes. */
export function interpolateZoom(): never {
  throw new Error('apac-viz: a zoom was animated, and this build carries no zoom animation');
}
