/**
 * How the zoom controller gets d3-zoom: in a chunk of its own (zoom-d3.ts), loaded when the
 * reader first zooms or pans, the gestures made meanwhile kept for it. The one-file bundle,
 * which carries every byte anyway, has zoom-load.inline.ts in this module's place
 * (vite.config.ts).
 */
import type * as ZoomD3 from './zoom-d3.js';
import {ZoomGestures} from './zoom-gestures.js';

export type ZoomModule = typeof ZoomD3;

export const loadZoom = (): Promise<ZoomModule> => import('./zoom-d3.js');

export const watchGestures = (intent: () => void): ZoomGestures | undefined =>
  new ZoomGestures(intent);
