/**
 * The message an embed page (`embed.html`) posts to its parent window whenever its height
 * changes, so the parent can size the iframe to fit:
 *
 * ```js
 * {type: 'apac-viz:height', height: 612, id: 'map-1', chart: 'choropleth'}
 * ```
 *
 * `height` is in CSS pixels; `id` is the page's `id` parameter (empty when none was given), so a
 * parent with several embeds can tell them apart without comparing windows. The page also posts
 * AMP's `{sentinel: 'amp', type: 'embed-size', height}`, which `<amp-iframe resizable>` reads.
 */
export const HEIGHT_MESSAGE = 'apac-viz:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  id: string;
  chart: string;
}

/** The tallest height a parent accepts; anything larger is treated as a mistake. */
export const MAX_EMBED_HEIGHT = 20_000;

/** True for a well-formed height message (any origin can post one; only its source is trusted). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<HeightMessage>;
  return (
    m.type === HEIGHT_MESSAGE &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_EMBED_HEIGHT
  );
}
