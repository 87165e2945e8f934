import type {ReactiveController, ReactiveElement} from 'lit';

/**
 * Keeps a story's sticky graphic in view when it is taller than the screen (a map in two panels
 * or a Sankey list on a phone): it then sticks by its bottom edge, so the end of the chart and
 * the Previous / Next buttons stay on screen while the top scrolls away. A graphic that fits
 * sticks at `--apac-steps-top` as the styles say.
 */
export class StickController implements ReactiveController {
  private readonly resize = new ResizeObserver(() => this.place());
  private readonly onResize = () => this.place();
  private observed: Element | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly graphic: () => HTMLElement | null
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('resize', this.onResize);
  }

  hostDisconnected(): void {
    removeEventListener('resize', this.onResize);
    this.resize.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    const el = this.graphic();
    if (!el || el === this.observed) return;
    this.resize.disconnect();
    this.resize.observe(el);
    this.observed = el;
  }

  private place(): void {
    const el = this.graphic();
    if (!el) return;
    const top = parseFloat(getComputedStyle(this.host).getPropertyValue('--apac-steps-top')) || 0;
    const tall = el.offsetHeight > innerHeight - top;
    el.style.top = tall ? `${Math.round(innerHeight - el.offsetHeight)}px` : '';
  }
}
