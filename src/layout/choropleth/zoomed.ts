/**
 * The view the reader zoomed the map to, and the move from the view a layout was made for to the
 * one shown. The map is laid out for a view in zoomed-view.ts (a chunk loaded on the first zoom).
 * Pure.
 */

/** Where the zoomed drawing is: scaled by k, then moved by (x, y) (as ZoomController keeps it). */
export interface MapView {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const isIdentity = ({k, x, y}: MapView) => k === 1 && x === 0 && y === 0;

/**
 * The move from the view a layout was made for (`from`) to the view shown (`to`): none once the
 * reader's zoom has settled and the map has been laid out for it; while a pinch goes on, the
 * last layout scaled and moved with the fingers.
 */
export function between(from: MapView | undefined, to: MapView): MapView {
  if (!from) return to;
  const k = to.k / from.k;
  return {k, x: to.x - k * from.x, y: to.y - k * from.y};
}
