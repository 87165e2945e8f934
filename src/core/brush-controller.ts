import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface BrushOptions {
  /** The element the brush listens on (the chart's plot); looked up after each update. */
  root: () => HTMLElement | null;
  /** Class of the strip a drag must start on (`brush-area`). */
  area: string;
  /** A pointer event's x in the chart's layout coordinates. */
  x: (e: PointerEvent) => number;
  /** Called with the dragged extent [from, to] (px, ordered) when the drag is long enough. */
  onBrush: (x0: number, x1: number) => void;
  /** Shorter drags are clicks, not ranges. Default 6 px. */
  minimum?: number;
}

/**
 * Picking a range by dragging along a strip (a timeline's dates). Pointer events only, so it
 * works with mouse, pen and touch; the drag's mousedown is kept from d3-zoom, which would
 * otherwise pan.
 */
export class BrushController implements ReactiveController {
  /** The extent being dragged, px, for the chart to draw; undefined when not dragging. */
  range: [number, number] | undefined;
  private from: number | undefined;
  private attached: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BrushOptions
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return this.from !== undefined;
  }

  private onArea(e: Event): boolean {
    return (e.target as Element | null)?.classList?.contains(this.options.area) ?? false;
  }

  private readonly down = (e: PointerEvent) => {
    if (!this.onArea(e)) return;
    this.from = this.options.x(e);
    (e.target as Element).setPointerCapture?.(e.pointerId);
  };

  private readonly move = (e: PointerEvent) => {
    if (this.from === undefined) return;
    this.range = [this.from, this.options.x(e)];
    this.host.requestUpdate();
  };

  private readonly up = () => {
    const range = this.range;
    this.from = undefined;
    this.range = undefined;
    this.host.requestUpdate();
    if (!range) return;
    const [x0, x1] = [Math.min(...range), Math.max(...range)];
    if (x1 - x0 >= (this.options.minimum ?? 6)) this.options.onBrush(x0, x1);
  };

  private readonly keepFromZoom = (e: Event) => {
    if (this.onArea(e)) e.stopPropagation();
  };

  hostUpdated(): void {
    const root = this.options.root();
    if (root === this.attached) return;
    this.detach();
    this.attached = root;
    root?.addEventListener('pointerdown', this.down);
    root?.addEventListener('pointermove', this.move);
    root?.addEventListener('pointerup', this.up);
    root?.addEventListener('pointercancel', this.up);
    root?.addEventListener('mousedown', this.keepFromZoom, true);
  }

  private detach(): void {
    const root = this.attached;
    root?.removeEventListener('pointerdown', this.down);
    root?.removeEventListener('pointermove', this.move);
    root?.removeEventListener('pointerup', this.up);
    root?.removeEventListener('pointercancel', this.up);
    root?.removeEventListener('mousedown', this.keepFromZoom, true);
    this.attached = null;
  }

  hostDisconnected(): void {
    this.detach();
  }
}
