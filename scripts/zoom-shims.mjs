// A Vite plugin for the builds that carry d3-zoom inline (the autoloader's first-zoom chunk, the
// one-file bundle, the bench page): d3-zoom's imports of d3-transition and d3-interpolate resolve
// to src/core/zoom-shims.ts, which says why (no chart animates a zoom). The ESM build, whose
// dependencies an app's bundler resolves, leaves them alone.
import {fileURLToPath} from 'node:url';

const SHIMS = fileURLToPath(new URL('../src/core/zoom-shims.ts', import.meta.url));
const IN_ZOOM = /[\\/]node_modules[\\/]d3-zoom[\\/]/;

export function zoomShims() {
  return {
    name: 'apac-viz:zoom-shims',
    enforce: 'pre',
    // Only d3-zoom's own imports: another package's (d3-scale's, on the bench page) keep theirs.
    resolveId: (id, importer) =>
      (id === 'd3-transition' || id === 'd3-interpolate') && IN_ZOOM.test(importer ?? '')
        ? SHIMS
        : null,
  };
}
