import type {ReactiveControllerHost} from 'lit';

/**
 * Which of the frame's slots the page has filled (`''` is the default slot), so the frame can
 * hide an empty headline, skip the loading message when there is fallback content, and leave a
 * page's own legend out of exports. Bind `onChange` to each slot's `slotchange`.
 */
export class SlotController {
  private filled = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether slot `name` shows something: the attribute's `text`, or what the page put in it. */
  shows(name: string, text: string): boolean {
    return Boolean(text) || this.filled.has(name);
  }

  /** Whether the page filled slot `name`. */
  has(name: string): boolean {
    return this.filled.has(name);
  }

  readonly onChange = (e: Event): void => {
    const slot = e.target as HTMLSlotElement;
    // Assigned nodes only (flattening would count the slot's own fallback content); whitespace
    // between tags is assigned to the default slot too, and is not content.
    const filled = slot
      .assignedNodes()
      // `<apac-note>` children are notes for the chart to draw, not fallback content.
      .some((n) =>
        n.nodeType === Node.TEXT_NODE
          ? Boolean(n.textContent?.trim())
          : !(n instanceof Element && n.localName === 'apac-note')
      );
    if (filled === this.filled.has(slot.name)) return;
    if (filled) this.filled.add(slot.name);
    else this.filled.delete(slot.name);
    this.host.requestUpdate();
  };
}
