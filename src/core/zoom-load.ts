/**
 * How the zoom controller gets d3-zoom: in a chunk of its own (zoom-d3.ts), loaded when the
 * reader first zooms or pans, the gestures made meanwhile kept for it. The one-file bundle,
 * which carries every byte anyway, has zoom-load.inline.ts in this module's place
 * (vite.config.ts).
 */
import type * as ZoomD3 from './zoom-d3.js';
import {ZoomGestures} from './zoom-gestures.js';

export type ZoomModule = typeof ZoomD3;

/** The chunk's address, read from the error of a load that failed (see loadZoom). */
let failed: string | undefined;
let tries = 0;

/**
 * d3-zoom's chunk. After a failed load (offline, say) the next asks again at the same address
 * with a query of its own: a browser that remembers a module that failed to load (Chromium 150
 * does) would otherwise answer every later import with the same failure, without a request.
 * The address comes from the error's message, which Chromium's and Firefox's end with; where it
 * does not, the import is made again as it was.
 */
export const loadZoom = (): Promise<ZoomModule> =>
  (failed
    ? (import(/* @vite-ignore */ `${failed}?retry=${++tries}`) as Promise<ZoomModule>)
    : import('./zoom-d3.js')
  ).catch((error: unknown) => {
    failed ??= /https?:\/\/\S+$/.exec(String(error).trim())?.[0];
    throw error;
  });

export const watchGestures = (intent: () => void): ZoomGestures | undefined =>
  new ZoomGestures(intent);
