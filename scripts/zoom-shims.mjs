// A Vite plugin for the builds that carry d3-zoom inline (the autoloader's first-zoom chunk, the
// one-file bundle, the bench page): d3-zoom's imports of d3-transition and d3-interpolate resolve
// to src/core/zoom-shims.ts, which says why (no chart animates a zoom). The ESM build, whose
// dependencies an app's bundler resolves, leaves them alone.
import {fileURLToPath} from 'node:url';

const SHIMS = fileURLToPath(new URL('../src/core/zoom-shims.ts', import.meta.url));

export function zoomShims() {
  return {
    name: 'apac-viz:zoom-shims',
    enforce: 'pre',
    resolveId: (id) => (id === 'd3-transition' || id === 'd3-interpolate' ? SHIMS : null),
  };
}
