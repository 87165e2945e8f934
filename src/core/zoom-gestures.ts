/** What d3-zoom does to the events it takes: the page does not act on them as well. */
const swallow = (e: Event) => {
  e.preventDefault();
  e.stopImmediatePropagation();
};

/**
 * Watches a drawing for the start of a zoom or pan while d3-zoom has not loaded, by d3-zoom's
 * own rules (zoom-behavior.ts): a wheel with Ctrl or ⌘ held (a trackpad pinch), a press of the
 * main button that moves (a press let go where it began is a click, not a pan), two fingers.
 * Such a gesture asks for d3-zoom (`intent`), and its events are kept for d3-zoom to replay.
 */
export class ZoomGestures {
  private svg: SVGSVGElement | null = null;
  /** The press being watched, until it is let go. */
  private press: MouseEvent | undefined;
  /** The press moved: it is a pan. */
  private moved = false;
  private touching = false;
  /** The events d3-zoom would have handled, in order. */
  private events: Event[] = [];

  /** `intent`: the reader means to zoom or pan. */
  constructor(private readonly intent: () => void) {}

  watch(svg: SVGSVGElement): void {
    this.stop();
    this.svg = svg;
    svg.addEventListener('wheel', this.wheel, {passive: false});
    svg.addEventListener('mousedown', this.down);
    for (const type of TOUCH) svg.addEventListener(type, this.touch, {passive: false});
  }

  /** What d3-zoom missed, and stops watching: a press held and not yet moved goes last. */
  take(): Event[] {
    const events = this.events;
    if (this.press && !this.moved) events.push(this.press);
    this.stop();
    return events;
  }

  stop(): void {
    this.svg?.removeEventListener('wheel', this.wheel);
    this.svg?.removeEventListener('mousedown', this.down);
    for (const type of TOUCH) this.svg?.removeEventListener(type, this.touch);
    this.svg = null;
    this.touching = false;
    this.events = [];
    this.letGo();
  }

  private readonly wheel = (e: WheelEvent) => {
    if (!e.ctrlKey && !e.metaKey) return;
    // Unstopped, the browser would zoom the whole page.
    swallow(e);
    this.events.push(e);
    this.intent();
  };

  private readonly down = (e: MouseEvent) => {
    if (e.button) return;
    e.stopImmediatePropagation();
    this.letGo();
    this.press = e;
    for (const [type, listener] of this.pressListeners) addEventListener(type, listener, true);
  };

  private readonly move = (e: Event) => {
    const press = this.press;
    const {clientX, clientY} = e as MouseEvent;
    if (!press || (!this.moved && clientX === press.clientX && clientY === press.clientY)) return;
    swallow(e);
    if (!this.moved) {
      this.moved = true;
      this.events.push(press);
      this.intent();
    }
    this.events.push(e);
  };

  private readonly up = (e: Event) => {
    if (this.moved) {
      swallow(e);
      this.events.push(e);
      // The click that ends a pan picks nothing (as d3-zoom has it).
      addEventListener('click', swallow, true);
      setTimeout(() => removeEventListener('click', swallow, true));
    }
    this.letGo();
  };

  private readonly touch = (e: TouchEvent) => {
    if (!this.touching && e.type === 'touchstart' && e.touches.length >= 2) {
      this.touching = true;
      this.intent();
    }
    if (!this.touching) return;
    if (e.type === 'touchmove') swallow(e);
    else e.stopImmediatePropagation();
    this.events.push(e);
    if (e.touches.length === 0) this.touching = false;
  };

  /** While a press is held: its moves and release, and no text selected or dragged. */
  private readonly pressListeners: [string, (e: Event) => void][] = [
    ['mousemove', this.move],
    ['mouseup', this.up],
    ['selectstart', swallow],
    ['dragstart', swallow],
  ];

  private letGo(): void {
    for (const [type, listener] of this.pressListeners) removeEventListener(type, listener, true);
    this.press = undefined;
    this.moved = false;
  }
}

const TOUCH = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;
