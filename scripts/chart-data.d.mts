import type {Plugin} from 'vite';

/** The autoloader's data chunks without the fields no chart reads (see chart-data.mjs). */
export function chartData(): Plugin;
