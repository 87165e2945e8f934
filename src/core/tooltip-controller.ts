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

  /** The drawn SVG's box. Read before any write in a frame (no forced layout). */
  private drawn(): DOMRect | undefined {
    return this.host.renderRoot.querySelector('svg.chart')?.getBoundingClientRect();
  }

  /** Shows `content` pointing at layout coordinates (x, y). */
  show(x: number, y: number, content: TemplateResult | string): void {
    const drawn = this.drawn();
    const width = this.layoutWidth() ?? 0;
    // The drawn SVG's CSS pixels per layout unit.
    const scale = drawn && width ? drawn.width / width || 1 : 1;
    const box = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const body = box?.querySelector<HTMLElement>('.tip-body');
    if (!box || !body) return;
    render(content, body);
    box.hidden = false;
    this.shown = true;
    const [cx, cy, w, style] = [x * scale, y * scale, width * scale, box.style];
    // 12 px beside the point, on the side with more room, held by the edge toward the point: it
    // is laid out in the room on that side, and never past the chart's other edge. (Held by its
    // left and moved back by its own width, a tooltip left of the point was laid out in the few
    // px right of it at a phone's edge: a column of single letters.) Where that room is narrower
    // than the tooltip may be (a phone, a point near the middle: Japan's was 150 px wide and
    // 300 tall at 320 px), it is as wide as it may be, centred on the point within the chart,
    // under the point, or over it in the drawing's lower half (measured there).
    const onRight = x <= width / 2;
    const full = Math.min(280, w * 0.9);
    const beside = (onRight ? w - cx : cx) - 12 >= full;
    style.width = beside ? '' : `${full}px`;
    style.left = beside
      ? onRight
        ? `${cx + 12}px`
        : ''
      : `${Math.max(0, Math.min(w - full, cx - full / 2))}px`;
    style.right = beside && !onRight ? `${w - cx + 12}px` : '';
    style.top = `${cy + 12}px`;
    if (!beside && cy > (drawn?.height ?? 0) / 2) {
      const over = cy - 12 - box.offsetHeight;
      if (over >= 0) style.top = `${over}px`;
    }
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    const box = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (box) box.hidden = true;
  }

  /** Where a pointer event is, in layout coordinates (the SVG may be drawn scaled). */
  pointerAt(e: PointerEvent): [number, number] {
    const box = this.drawn();
    if (!box) return [0, 0];
    const scale = (this.layoutWidth() ?? box.width) / (box.width || 1);
    return [(e.clientX - box.left) * scale, (e.clientY - box.top) * scale];
  }
}
