import type {Plugin} from 'vite';

/** d3-zoom built without its zoom animation's packages (see zoom-shims.mjs). */
export function zoomShims(): Plugin;
