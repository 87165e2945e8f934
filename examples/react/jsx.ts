/**
 * The chart tags in JSX, typed from the package's manifest: `apac-viz/jsx` lists every attribute,
 * property and `onapac-…` event (with its detail type) for React 19's IntrinsicElements.
 */
import type {CustomElements} from 'apac-viz/jsx';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
