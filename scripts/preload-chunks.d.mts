import type {Plugin} from 'vite';

/** Writes each chart's imported chunks into the autoloader, to be preloaded (see the .mjs). */
export function preloadChunks(): Plugin;
