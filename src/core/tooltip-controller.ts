import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

interface Tip {
  x: number;
  y: number;
  content: TemplateResult | string;
}

/**
 * The chart's tooltip: what it says, where it is (layout coordinates, with the pointer mapped
 * into them), and placing it over the SVG however scaled. Placed through the CSSOM, never a `style` attribute, which a strict
 * Content-Security-Policy (`style-src 'self'`) would refuse.
 */
export class TooltipController implements ReactiveController {
  private tip: Tip | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & {renderRoot: ParentNode},
    /** The width the chart was laid out for, when it is drawn. */
    private readonly layoutWidth: () => number | undefined
  ) {
    host.addController(this);
  }

  show(x: number, y: number, content: TemplateResult | string): void {
    this.tip = {x, y, content};
    this.host.requestUpdate();
  }

  hide(): void {
    if (!this.tip) return;
    this.tip = undefined;
    this.host.requestUpdate();
  }

  /** Where a pointer event is, in layout coordinates (the SVG may be drawn scaled). */
  pointerAt(e: PointerEvent): [number, number] {
    const box = this.host.renderRoot.querySelector('svg.chart')?.getBoundingClientRect();
    if (!box) return [0, 0];
    const scale = (this.layoutWidth() ?? box.width) / (box.width || 1);
    return [(e.clientX - box.left) * scale, (e.clientY - box.top) * scale];
  }

  render(): TemplateResult {
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!this.tip}>
      ${this.tip?.content ?? nothing}<slot name="tooltip"></slot>
    </div>`;
  }

  hostUpdated(): void {
    const tip = this.tip;
    const width = this.layoutWidth();
    const el = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tip || !el || !width) return;
    const svg = this.host.renderRoot.querySelector('svg.chart');
    const scale = svg ? svg.clientWidth / width || 1 : 1;
    const right = tip.x > width / 2;
    el.style.left = `${tip.x * scale}px`;
    el.style.top = `${tip.y * scale}px`;
    el.style.transform = `translate(${right ? 'calc(-100% - 12px)' : '12px'}, 12px)`;
  }
}
