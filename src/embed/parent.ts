/**
 * Optional script for a page that embeds `embed.html` in iframes: sizes each iframe to the height
 * its page reports, so it never shows scroll bars. Include it once, anywhere on the page:
 *
 * ```html
 * <script src="https://unpkg.com/apac-viz/dist/embed-parent.js" defer></script>
 * ```
 *
 * Only an iframe's own page can resize that iframe: the message's source window must be the
 * iframe's. Heights are clamped to 0–20,000 px.
 */
import {isHeightMessage} from './protocol.js';

window.addEventListener('message', (event: MessageEvent) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    // The CSSOM, not a style attribute: allowed under a strict style-src policy.
    frame.style.height = `${Math.ceil(event.data.height)}px`;
    frame.dispatchEvent(
      new CustomEvent('apac-embed-resize', {detail: {height: event.data.height}, bubbles: true})
    );
    return;
  }
});
