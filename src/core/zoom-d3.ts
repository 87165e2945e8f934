/**
 * d3-zoom and d3-selection (with d3-transition and the rest they import), in a chunk of their own
 * that the zoom controller loads when the reader first zooms or pans (zoom-load.ts): a reader
 * who never does loads none of it.
 */
export {zoom, ZoomTransform} from 'd3-zoom';
export {select} from 'd3-selection';

const COPIED = [
  ...['clientX', 'clientY', 'screenX', 'screenY', 'button', 'buttons', 'view'],
  ...['ctrlKey', 'shiftKey', 'altKey', 'metaKey', 'deltaX', 'deltaY', 'deltaZ', 'deltaMode'],
  ...['touches', 'targetTouches', 'changedTouches'],
];

/** A copy of `e`, not yet dispatched (a finished event has lost its currentTarget). */
function copy(e: Event): Event {
  const init: Record<string, unknown> = {cancelable: true};
  for (const key of COPIED)
    if (key in e) {
      const value = (e as unknown as Record<string, unknown>)[key];
      init[key] = key.endsWith('ouches') ? Array.from(value as ArrayLike<Touch>) : value;
    }
  const Copy = e.constructor as new (type: string, init: object) => Event;
  return new Copy(e.type, init);
}

/**
 * Hands d3-zoom, once attached to `svg`, the reader's events it missed while it loaded, in order:
 * the wheel, the press and the touches on the drawing, a drag's moves and release on the window
 * (where d3-zoom listens for them once it has the press). The first ones never reached the page
 * (zoom-gestures.ts stopped them, as d3-zoom does), so the page sees each once at most.
 */
export function replay(svg: SVGSVGElement, events: readonly Event[]): void {
  for (const e of events)
    (e.type === 'mousemove' || e.type === 'mouseup' ? window : svg).dispatchEvent(copy(e));
}

/**
 * The middle of the part of `svg` on the screen, in its viewBox's units; undefined where none of
 * it shows. A map taller than a phone's screen zooms about what the reader sees (the buttons, at
 * the middle of the whole, zoomed a two-panel map into the sea between its panels). In the zoom's
 * chunk: a button's step runs once it is in.
 */
export function shownMiddle(svg: SVGSVGElement | null): [number, number] | undefined {
  const box = svg?.viewBox.baseVal;
  const r = svg?.getBoundingClientRect();
  if (!box?.width || !box.height || !r?.width || !r.height) return undefined;
  const [x0, x1] = [Math.max(r.left, 0), Math.min(r.right, innerWidth)];
  const [y0, y1] = [Math.max(r.top, 0), Math.min(r.bottom, innerHeight)];
  if (x1 <= x0 || y1 <= y0) return undefined;
  return [
    box.x + (((x0 + x1) / 2 - r.left) * box.width) / r.width,
    box.y + (((y0 + y1) / 2 - r.top) * box.height) / r.height,
  ];
}

/**
 * How far a Ctrl/⌘ wheel zooms (d3-zoom's wheelDelta, in powers of 2): a mouse's notch (a line or
 * more, or 50 px or more) one step, ×1.5 as the + and − buttons do (zoom-controller.ts,
 * ZOOM_STEP: imported here, it moved the controller into a chunk every chart loads, 0.1 kB on
 * each; test/browser/map-zoom.test.ts checks the two agree); d3's default, meant for a
 * trackpad's pinch (many small Ctrl-wheel moves in Chrome and Safari), zoomed a notch about 4
 * times and two to the most. A pinch keeps the default.
 */
export function wheelDelta(e: WheelEvent): number {
  if (e.deltaMode > 0 || Math.abs(e.deltaY) >= 50) return -Math.sign(e.deltaY) * Math.log2(1.5);
  return -e.deltaY * 0.002 * (e.ctrlKey ? 10 : 1);
}
