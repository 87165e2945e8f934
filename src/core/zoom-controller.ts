import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Selection} from 'd3-selection';
import type {D3ZoomEvent, ZoomBehavior, ZoomScale} from 'd3-zoom';
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

  /** The current transform as an SVG `transform` attribute value. */
  get transform(): string {
    return `translate(${this.t.x} ${this.t.y}) scale(${this.t.k})`;
  }

  get scale(): number {
    return this.t.k;
  }

  /** The current transform (for charts that rescale an axis rather than the picture). */
  get current(): ZoomView {
    return this.t;
  }

  /** Moves to scale `k` with the drawing's origin at (x, y). */
  transformTo(k: number, x: number, y = 0): void {
    if (this.move((b, svg, d3) => b.transform(svg, new d3.ZoomTransform(k, x, y)))) return;
    this.t = {k, x, y};
    // Steps asked for before this are replaced by it.
    this.steps = [];
    this.host.requestUpdate();
  }

  /** Where a point of the unzoomed drawing is now. */
  apply([px, py]: [number, number]): [number, number] {
    return [px * this.t.k + this.t.x, py * this.t.k + this.t.y];
  }

  /** A copy of the scale `s` whose domain is what the view shows along x (d3-zoom's rescaleX). */
  rescaleX<S extends ZoomScale>(s: S): S {
    const {k, x} = this.t;
    // copy() is typed as returning a ZoomScale; it returns a scale of the same kind as `s`.
    return s.copy().domain(s.range().map((r) => s.invert((r - x) / k))) as S;
  }

  scaleBy(factor: number): void {
    this.step((b, svg) => b.scaleBy(svg, factor));
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
          .filter((event: Event) => {
            if (event.type === 'wheel')
              return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
            if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
            return !(event as MouseEvent).button;
          })
          .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
            this.t = e.transform;
            this.host.requestUpdate();
          });
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
