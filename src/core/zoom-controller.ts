import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {select} from 'd3-selection';
import {zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform} from 'd3-zoom';

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

/**
 * Zoom and pan for a chart's SVG through d3-zoom, the one d3 behaviour that needs the DOM. The
 * transform is kept here and rendered by the chart as a `transform` attribute (Lit owns the
 * DOM). Page-friendly defaults for embeds: the wheel zooms only with Ctrl or ⌘ held (a trackpad
 * pinch sends that), and touch pans or pinches with two fingers, so one finger still scrolls
 * the article.
 */
export class ZoomController implements ReactiveController {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private attached: SVGSVGElement | null = null;
  private t: ZoomTransform = zoomIdentity;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, options.maxScale ?? 12])
      .filter((event: Event) => {
        if (event.type === 'wheel')
          return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.t = event.transform;
        this.host.requestUpdate();
      });
    host.addController(this);
  }

  /** The current transform as an SVG `transform` attribute value. */
  get transform(): string {
    return `translate(${this.t.x} ${this.t.y}) scale(${this.t.k})`;
  }

  get scale(): number {
    return this.t.k;
  }

  /** The current d3 transform (for charts that rescale an axis rather than the picture). */
  get current(): ZoomTransform {
    return this.t;
  }

  /** Moves to scale `k` with the drawing's origin at (x, y). */
  transformTo(k: number, x: number, y = 0): void {
    const t = zoomIdentity.translate(x, y).scale(k);
    if (this.attached) this.behavior.transform(select(this.attached), t);
    else this.t = t;
  }

  /** Where a point of the unzoomed drawing is now. */
  apply(point: [number, number]): [number, number] {
    return this.t.apply(point);
  }

  scaleBy(factor: number): void {
    if (this.attached) this.behavior.scaleBy(select(this.attached), factor);
  }

  /** Pans by (dx, dy) screen pixels. */
  translateBy(dx: number, dy: number): void {
    if (this.attached)
      this.behavior.translateBy(select(this.attached), dx / this.t.k, dy / this.t.k);
  }

  /** + and − zoom one step, 0 resets, Shift+arrows pan; true when `e` was one of these. */
  key(e: KeyboardEvent): boolean {
    if (!this.attached) return false;
    const pan = e.shiftKey ? PAN[e.key] : undefined;
    if (e.key === '+' || e.key === '=') this.scaleBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') this.scaleBy(1 / ZOOM_STEP);
    else if (e.key === '0') this.reset();
    else if (pan && (this.options.panY !== false || pan[1] === 0)) this.translateBy(...pan);
    else return false;
    return true;
  }

  reset(): void {
    if (this.attached) this.behavior.transform(select(this.attached), zoomIdentity);
    else this.t = zoomIdentity;
  }

  hostUpdated(): void {
    const extent = this.options.translateExtent?.();
    if (extent) this.behavior.translateExtent(extent);
    const svg = this.options.svg();
    if (svg === this.attached) return;
    if (this.attached) select(this.attached).on('.zoom', null);
    this.attached = svg;
    if (svg) {
      select(svg).call(this.behavior).on('dblclick.zoom', null);
      // d3-zoom sets touch-action: none; keep one-finger page scrolling for readers on phones.
      svg.style.touchAction = 'pan-x pan-y';
      // A new drawing starts where the reader (or transformTo before the first draw) left it.
      if (this.t !== zoomIdentity) this.behavior.transform(select(svg), this.t);
    }
  }

  hostDisconnected(): void {
    if (this.attached) select(this.attached).on('.zoom', null);
    this.attached = null;
  }
}
