import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Selection} from 'd3-selection';
import type {D3ZoomEvent, ZoomBehavior} from 'd3-zoom';
import {loadZoom, watchGestures, type ZoomModule} from './zoom-load.js';
import {warnOnce} from './warn.js';

/** One zoom step: the + and − keys and buttons of every chart. */
export const ZOOM_STEP = 1.5;
/** One pan step in screen pixels: Shift+arrow keys. */
const PAN_STEP = 40;
const PAN: Record<string, [number, number]> = {
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
};

/** Where the zoomed drawing is: scaled by k, then moved by (x, y). */
export interface ZoomView {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

const IDENTITY: ZoomView = {k: 1, x: 0, y: 0};

export interface ZoomOptions {
  /** The SVG to attach to; looked up after each update because a redraw may replace it. */
  svg: () => SVGSVGElement | null;
  /** Largest zoom factor. Default 12. */
  maxScale?: number;
  /** Bounds the view may not be panned past, in SVG units (d3-zoom's translateExtent). */
  translateExtent?: () => [[number, number], [number, number]];
  /** Shift+Up and Shift+Down pan too (default); false where only the x axis zooms. */
  panY?: boolean;
}

/** How long a gesture's view must stay put to count as settled, ms. */
const SETTLE = 150;

/** One of d3-zoom's moves on the drawing. */
type Move = (
  b: ZoomBehavior<SVGSVGElement, unknown>,
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  d3: ZoomModule
) => void;

/**
 * Zoom and pan for a chart's SVG through d3-zoom, the one d3 behaviour that needs the DOM. The
 * transform is kept here and rendered by the chart as a `transform` attribute (Lit owns the
 * DOM). Page-friendly defaults for embeds: the wheel zooms only with Ctrl or ⌘ held (a trackpad
 * pinch sends that), and touch pans or pinches with two fingers, so one finger still scrolls
 * the article.
 *
 * d3-zoom (with d3-selection and d3-transition, zoom-d3.ts) loads when the reader first zooms
 * or pans: a Ctrl/⌘ wheel or a pinch, a drag, a zoom key or button, or a step asked by code.
 * What the reader did while it loaded is replayed into it, so no gesture is lost; the view can
 * be read and set (transformTo, reset) before it has loaded.
 */
export class ZoomController implements ReactiveController {
  private t = IDENTITY;
  private settledView = IDENTITY;
  private settling: ReturnType<typeof setTimeout> | undefined;
  /** The drawing zoomed, once there is one. */
  private svg: SVGSVGElement | null = null;
  private d3: ZoomModule | undefined;
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  private loading: Promise<void> | undefined;
  /** The steps asked for while d3-zoom loaded. */
  private steps: Move[] = [];
  /** What the reader does while d3-zoom loads (none in the one-file bundle). */
  private readonly gestures = watchGestures(() => this.load());

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions
  ) {
    host.addController(this);
  }

  /** The current transform: a new object each time it changes. */
  get current(): ZoomView {
    return this.t;
  }

  /**
   * The view as it was when the reader last stopped moving it: at once after a button, a key or
   * a step asked by code, SETTLE ms after the last move of a pinch, a drag or a wheel. A chart
   * that lays out again for the view (the map's names) does so once, not at every frame of a
   * pinch. A new object each time it changes.
   */
  get settled(): ZoomView {
    return this.settledView;
  }

  /** Moves to scale `k` with the drawing's origin at (x, y). */
  transformTo(k: number, x: number, y = 0): void {
    if (this.move((b, svg, d3) => b.transform(svg, new d3.ZoomTransform(k, x, y)))) return;
    this.moved({k, x, y}, false);
    // Steps asked for before this are replaced by it.
    this.steps = [];
  }

  /** The view is now `t`; by a gesture (settled once it stops) or a step (settled now). */
  private moved(t: ZoomView, gesture: boolean): void {
    this.t = t;
    clearTimeout(this.settling);
    this.host.requestUpdate();
    if (!gesture) this.settledView = t;
    else
      this.settling = setTimeout(() => {
        this.settledView = this.t;
        this.host.requestUpdate();
      }, SETTLE);
  }

  /**
   * Zooms in or out by `factor` about the middle of what the screen shows of the drawing
   * (zoom-d3.ts, shownMiddle): a phone's map is taller than its screen.
   */
  scaleBy(factor: number): void {
    this.step((b, svg, d3) => b.scaleBy(svg, factor, d3.shownMiddle(svg.node())));
  }

  /** Pans by (dx, dy) screen pixels. */
  translateBy(dx: number, dy: number): void {
    this.step((b, svg) => b.translateBy(svg, dx / this.t.k, dy / this.t.k));
  }

  /** + and − zoom one step, 0 resets, Shift+arrows pan; true when `e` was one of these. */
  key(e: KeyboardEvent): boolean {
    if (!this.svg) return false;
    const pan = e.shiftKey ? PAN[e.key] : undefined;
    if (e.key === '+' || e.key === '=') this.scaleBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') this.scaleBy(1 / ZOOM_STEP);
    else if (e.key === '0') this.reset();
    else if (pan && (this.options.panY !== false || pan[1] === 0)) this.translateBy(...pan);
    else return false;
    return true;
  }

  reset(): void {
    this.transformTo(1, 0, 0);
  }

  hostUpdated(): void {
    const extent = this.options.translateExtent?.();
    if (extent) this.behavior?.translateExtent(extent);
    const svg = this.options.svg();
    if (svg === this.svg) return;
    this.release();
    this.svg = svg;
    if (!svg) return;
    // Touch: one finger scrolls the page; two pinch or pan the drawing (the filter below).
    svg.style.touchAction = 'pan-x pan-y';
    if (this.behavior) this.attach();
    else if (this.gestures) this.gestures.watch(svg);
    else this.load();
  }

  hostDisconnected(): void {
    clearTimeout(this.settling);
    this.release();
    this.svg = null;
  }

  /** Makes a move on the drawing if d3-zoom is attached to one; false if not. */
  private move(move: Move): boolean {
    const {behavior, svg, d3} = this;
    if (!behavior || !svg || !d3) return false;
    move(behavior, d3.select(svg), d3);
    return true;
  }

  /** Makes a move now if d3-zoom is attached, else once it is (none without a drawing). */
  private step(move: Move): void {
    if (!this.svg || this.move(move)) return;
    this.steps.push(move);
    this.load();
  }

  private load(): void {
    this.loading ??= loadZoom().then(
      (d3) => {
        this.d3 = d3;
        this.behavior = d3
          .zoom<SVGSVGElement, unknown>()
          .scaleExtent([1, this.options.maxScale ?? 12])
          .wheelDelta(d3.wheelDelta)
          .filter((event: Event) => {
            if (event.type === 'wheel')
              return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
            if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
            return !(event as MouseEvent).button;
          })
          // A move with no event of the reader's behind it is a button's, a key's or code's.
          .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) =>
            this.moved(e.transform, e.sourceEvent != null)
          );
        const extent = this.options.translateExtent?.();
        if (extent) this.behavior.translateExtent(extent);
        this.attach();
      },
      (error: unknown) => {
        // Offline, say: the drawing stays where it is, what was kept for d3-zoom is dropped,
        // and the next gesture tries again.
        this.loading = undefined;
        this.steps = [];
        if (this.svg) this.gestures?.watch(this.svg);
        warnOnce('zoom did not load.', error);
      }
    );
  }

  /** d3-zoom takes over the drawing, and what the reader did before it could. */
  private attach(): void {
    const {svg, d3, steps} = this;
    if (!svg || !d3 || !this.behavior) return;
    const events = this.gestures?.take();
    this.release();
    d3.select(svg).call(this.behavior).on('dblclick.zoom', null);
    // A new drawing starts where the reader (or transformTo before the first draw) left it.
    const {k, x, y} = this.t;
    if (k !== 1 || x !== 0 || y !== 0) this.transformTo(k, x, y);
    if (events) d3.replay(svg, events);
    for (const step of steps) this.move(step);
  }

  /** Lets go of the drawing (a new one may take its place). */
  private release(): void {
    this.gestures?.stop();
    if (this.svg) this.d3?.select(this.svg).on('.zoom', null);
    this.steps = [];
  }
}
