import type {Plugin} from 'vite';

/** V8's compile hint on the chunks a chart's first picture runs (see the .mjs). */
export function compileHints(): Plugin;
