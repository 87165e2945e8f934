import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface ViewportBandOptions {
  /** The element whose top the band is measured from (the chart's SVG). */
  target: () => Element | null;
  /** Whether the chart is drawing only part of itself right now. */
  active: () => boolean;
  /** How far beyond the viewport to keep drawing, px. Default 2000. */
  margin?: number;
}

/**
 * For charts too tall to draw whole (thousands of timeline rows): the band of the chart's own
 * y coordinates that lies in or near the viewport, kept current as the page scrolls. The chart
 * draws only what falls in the band.
 */
export class ViewportBandController implements ReactiveController {
  /** [top, bottom] in the target's coordinates. */
  band: [number, number];
  private readonly margin: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ViewportBandOptions
  ) {
    this.margin = options.margin ?? 2000;
    this.band = [0, this.margin * 2];
    host.addController(this);
  }

  /** Moves the band so that `y` is drawn (before focusing something far away). */
  reveal(y: number): void {
    const [a, b] = this.band;
    if (y >= a && y <= b) return;
    this.band = [y - this.margin, y + this.margin];
    this.host.requestUpdate();
  }

  private readonly onScroll = () => {
    const target = this.options.target();
    if (!target || !this.options.active()) return;
    const top = -target.getBoundingClientRect().top;
    const [a, b] = this.band;
    if (top - this.margin / 2 < a || top + innerHeight + this.margin / 2 > b) {
      this.band = [top - this.margin, top + innerHeight + this.margin];
      this.host.requestUpdate();
    }
  };

  hostConnected(): void {
    addEventListener('scroll', this.onScroll, {passive: true});
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.onScroll);
  }
}
