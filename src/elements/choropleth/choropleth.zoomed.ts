/**
 * The map zoomed in: its layout for the view (zoomed-view.ts), and what the element does as the
 * view changes. A chunk of its own, loaded with the map's first zoom (choropleth.chunks.ts).
 */
import type {InteractionController} from '../../core/interaction-controller.js';
import type {MarkModel} from '../../core/marks.js';
import type {ZoomController, ZoomView} from '../../core/zoom-controller.js';
import type {ChoroplethLayout} from '../../layout/choropleth/layout.js';
import {isIdentity} from '../../layout/choropleth/zoomed.js';

export {zoomedMap} from '../../layout/choropleth/zoomed-view.js';

/** What of the map element this reads (its controllers and layout). */
export interface ZoomedMap extends Pick<EventTarget, 'addEventListener'> {
  renderRoot: ParentNode;
  zoom: ZoomController;
  ui: {interaction: InteractionController};
  marks: Pick<MarkModel, 'anchor'> | undefined;
  layout: ChoroplethLayout | undefined;
}

/** Whether a point of the layout is in the map's box, the view (none of it shows beyond). */
const shows = ({width, height}: ChoroplethLayout, [x, y]: readonly [number, number]) =>
  x >= 0 && y >= 0 && x <= width && y <= height;

/** The view each map's tooltip was last placed in. */
const placedIn = new WeakMap<ZoomedMap, ZoomView>();

/**
 * Zoomed in, the keyboard moving to an economy off the view (arrow keys, Home, End) pans the view
 * to it, at the same zoom: it was focused out of sight, its tooltip off the map.
 */
function panToHovered(map: ZoomedMap, e: Event): void {
  const id = (e as CustomEvent<{id: string} | null>).detail?.id;
  const {zoom, marks, layout} = map;
  if (id === undefined || isIdentity(zoom.settled) || !marks || !layout) return;
  const [x, y] = marks.anchor(id);
  if (shows(layout, [x, y])) return;
  const {k, x: vx, y: vy} = zoom.current;
  zoom.transformTo(k, vx + layout.width / 2 - x, vy + layout.height / 2 - y);
}

/**
 * Before a map's render, once it has been zoomed, its layout and marks made:
 * - Zoomed in, its legend keeps the tallest height it has had, until the zoom is reset: its key
 *   is the view's, and as it changed, the map moved up and down under the reader's fingers.
 * - A tooltip beside an economy (hovered or focused) moves with the zoom, and goes where the
 *   economy leaves the view (a keyboard reader's stayed where it was, over the sea).
 * - The keyboard moving to an economy off the view pans to it (panToHovered).
 */
export function zoomedUpdate(map: ZoomedMap): void {
  const {zoom, layout, marks} = map;
  const legend = map.renderRoot.querySelector<HTMLElement>('.legend');
  const zoomed = !isIdentity(zoom.settled);
  if (legend && (zoomed || legend.hasAttribute('data-held'))) {
    legend.style.minHeight = zoomed ? `${legend.offsetHeight}px` : '';
    legend.toggleAttribute('data-held', zoomed);
  }
  const {interaction} = map.ui;
  const {hovered} = interaction;
  if (!placedIn.has(map)) map.addEventListener('apac-hover', (e) => panToHovered(map, e));
  const moved = placedIn.get(map) !== zoom.current;
  placedIn.set(map, zoom.current);
  if (!moved || hovered === undefined || !marks || !layout) return;
  interaction.hover(shows(layout, marks.anchor(hovered)) ? hovered : undefined);
}
