/**
 * What the map loads only when it is asked for it, each a chunk of its own: the validators of a
 * user's data, natural breaks, viridis's colours, the name tags, the zoomed layout and the year
 * slider.
 */
import {LazyModule} from '../../core/lazy-module.js';
import {economyAt} from '../../layout/choropleth/land-at.js';
import {TOPOLOGY} from './choropleth-data.js';
import type {LandOf} from './choropleth.picked.js';

/** A user's data is checked by these, loaded (a chunk of their own) only when one is given. */
export const VALIDATORS = new LazyModule(
  () => import('../../schema/choropleth-input.js'),
  'the map validators'
);
/** Natural breaks, loaded (a chunk of their own) only by a map asked for `jenks`. */
export const JENKS = new LazyModule(
  () => import('../../layout/choropleth/jenks.js'),
  'natural breaks'
);
/** Viridis's 256 colours, for a map with `scheme="viridis"` only. */
export const VIRIDIS = new LazyModule(
  () => import('../../layout/choropleth/viridis.js'),
  'the viridis colours'
);
/**
 * The tags naming the highlighted and picked economies the map leaves unnamed, loaded with the
 * map's first highlight or pick.
 */
export const PICKED = new LazyModule(() => import('./choropleth.picked.js'), 'the name tags');
/** The map laid out for the view the reader zoomed to, loaded with the map's first zoom. */
export const ZOOMED = new LazyModule(() => import('./choropleth.zoomed.js'), 'the zoomed map');
/** The year slider and play, loaded (a chunk of their own) only by a map with `time-slider`. */
export const SLIDER = new LazyModule(() => import('./choropleth.slider.js'), 'the year slider');

/** Which of `ids` is drawn at a point of `layout`'s map: for the name tags (choropleth.picked.ts). */
export const landOf: LandOf = (layout, ids) => economyAt(TOPOLOGY, layout.geometry.frames, ids);
