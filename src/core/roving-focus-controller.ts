import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface RovingFocusOptions {
  /** The focusable marks in keyboard order (`data-focus` ids); undefined while nothing is drawn. */
  order: () => readonly string[] | undefined;
  /** Where focus goes when the focused mark is gone after a redraw (default: the first). */
  repair?: (lost: string) => string | undefined;
  /** Makes a mark that may not be drawn yet (a virtualised row) drawn before it takes focus. */
  reveal?: (id: string) => void;
}

/**
 * Roving tabindex over a chart's marks: exactly one mark has `tabindex="0"` (Tab enters the chart
 * there), the rest `-1`. Templates draw every mark with `tabindex="-1"`; this controller sets the
 * one `0` on the DOM, so moving focus touches two elements and re-renders nothing.
 */
export class RovingFocusController implements ReactiveController {
  /** The id of the mark that has (or last had) keyboard focus. */
  focused: string | undefined;
  private readonly host: ReactiveControllerHost & {renderRoot: ParentNode};

  constructor(
    host: ReactiveControllerHost & {renderRoot: ParentNode},
    private readonly options: RovingFocusOptions
  ) {
    this.host = host;
    host.addController(this);
  }

  /** Whether a mark had keyboard focus before the render, to have it again after (hostUpdated). */
  private holding = false;

  /** Before a render: a focused mark that is no longer drawn hands focus to its replacement. */
  hostUpdate(): void {
    this.holding = !!this.activeMark();
    const order = this.options.order();
    if (!order) return;
    const lost = this.focused;
    if (lost !== undefined && order.includes(lost)) return;
    this.focused = (lost !== undefined ? this.options.repair?.(lost) : undefined) ?? order[0];
  }

  /**
   * After a render: where keyboard focus was on a mark, it is on that economy's (or event's…)
   * mark still. A redraw may draw a mark as another element (a map zoomed in draws an economy
   * it had called out with a circle as its shape) or reuse the element for another mark.
   */
  hostUpdated(): void {
    this.applyTabIndex();
    if (this.holding && this.activeMark() !== this.focused)
      this.mark(this.focused)?.focus({preventScroll: true});
  }

  /** The id of the mark with keyboard focus in the chart, if one has it. */
  private activeMark(): string | null | undefined {
    // A chart's render root is its shadow root (anything else has no activeElement: undefined).
    return (this.host.renderRoot as ShadowRoot).activeElement?.getAttribute('data-focus');
  }

  private mark(id: string | undefined): SVGElement | null {
    if (id === undefined) return null;
    return this.host.renderRoot.querySelector<SVGElement>(`[data-focus="${CSS.escape(id)}"]`);
  }

  private applyTabIndex(): void {
    const current = this.mark(this.focused);
    for (const el of this.host.renderRoot.querySelectorAll('[data-focus][tabindex="0"]'))
      if (el !== current) el.setAttribute('tabindex', '-1');
    current?.setAttribute('tabindex', '0');
  }

  /** Remembers that focus came to `id` some other way (a click, Tab). */
  focusedBy(id: string): void {
    if (id === this.focused) return;
    this.focused = id;
    this.applyTabIndex();
  }

  /** Moves keyboard focus to the mark `id`, drawing it first if it is not drawn. */
  async focus(id: string): Promise<void> {
    this.focused = id;
    let mark = this.mark(id);
    if (!mark) {
      this.options.reveal?.(id);
      this.host.requestUpdate();
      await this.host.updateComplete;
      mark = this.mark(id);
    }
    this.applyTabIndex();
    mark?.focus();
    if (this.options.reveal) mark?.scrollIntoView?.({block: 'nearest'});
  }
}
