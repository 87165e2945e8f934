/**
 * `dist/lazy/apac-viz.js`: the autoloader. Loads the code of a chart only when its tag appears in
 * the page (now or later), so a page with one Sankey does not download the map. Chunks load from
 * the same folder as this file; nothing else is requested.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'apac-choropleth': () => import('./choropleth.js'),
  'apac-timeline': () => import('./timeline.js'),
  'apac-sankey': () => import('./sankey.js'),
  // A story's steps load with the wrapper; the chart inside loads by its own tag.
  'apac-steps': () => import('./steps.js'),
};

const pending = new Set(Object.keys(loaders));

function scan(): void {
  for (const tag of pending) {
    if (!document.querySelector(tag)) continue;
    pending.delete(tag);
    loaders[tag]?.().catch((error: unknown) =>
      console.error(`apac-viz: could not load the code for <${tag}>.`, error)
    );
  }
  if (!pending.size) observer.disconnect();
}

const observer = new MutationObserver(scan);
observer.observe(document.documentElement, {childList: true, subtree: true});
scan();
