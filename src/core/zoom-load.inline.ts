/**
 * zoom-load.ts for the one-file bundle (vite.config.ts): d3-zoom is inline, ready as soon as a
 * drawing is, so there is no chunk to wait for and no gesture to keep or replay.
 */
import {select, shownMiddle, wheelDelta, zoom, ZoomTransform} from './zoom-d3.js';
import type {ZoomModule} from './zoom-load.js';
import type {ZoomGestures} from './zoom-gestures.js';

export const loadZoom = (): Promise<ZoomModule> =>
  Promise.resolve({zoom, select, ZoomTransform, shownMiddle, wheelDelta, replay: () => {}});

export const watchGestures = (): ZoomGestures | undefined => undefined;
