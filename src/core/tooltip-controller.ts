import {render, type TemplateResult} from 'lit';

/**
 * The chart's tooltip: what it says, where it is (layout coordinates, with the pointer mapped
 * into them), and placing it over the SVG however scaled. It writes straight into its own box
 * (the frame renders the empty box once), so showing it never re-renders the chart. Placed
 * through the CSSOM, never a `style` attribute, which a strict Content-Security-Policy
 * (`style-src 'self'`) would refuse.
 */
export class TooltipController {
  private shown = false;

  constructor(
    private readonly host: {renderRoot: ParentNode},
    /** The width the chart was laid out for, when it is drawn. */
    private readonly layoutWidth: () => number | undefined
  ) {}

  /** The drawn SVG's CSS pixels per layout unit. Read before any write in a frame (no forced layout). */
  private scale(): number {
    const width = this.layoutWidth();
    const box = this.host.renderRoot.querySelector('svg.chart')?.getBoundingClientRect();
    return box && width ? box.width / width || 1 : 1;
  }

  /** Shows `content` pointing at layout coordinates (x, y). */
  show(x: number, y: number, content: TemplateResult | string): void {
    const scale = this.scale();
    const width = this.layoutWidth() ?? 0;
    const box = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const body = box?.querySelector<HTMLElement>('.tip-body');
    if (!box || !body) return;
    render(content, body);
    box.hidden = false;
    this.shown = true;
    // 12 px beside the point, on the side with more room, held by the edge toward the point: it
    // is laid out in the room on that side, and never past the chart's other edge. (Held by its
    // left and moved back by its own width, a tooltip left of the point was laid out in the few
    // px right of it at a phone's edge: a column of single letters.)
    const onRight = x <= width / 2;
    box.style.left = onRight ? `${x * scale + 12}px` : '';
    box.style.right = onRight ? '' : `${(width - x) * scale + 12}px`;
    box.style.top = `${y * scale + 12}px`;
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    const box = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (box) box.hidden = true;
  }

  /** Where a pointer event is, in layout coordinates (the SVG may be drawn scaled). */
  pointerAt(e: PointerEvent): [number, number] {
    const box = this.host.renderRoot.querySelector('svg.chart')?.getBoundingClientRect();
    if (!box) return [0, 0];
    const scale = (this.layoutWidth() ?? box.width) / (box.width || 1);
    return [(e.clientX - box.left) * scale, (e.clientY - box.top) * scale];
  }
}
