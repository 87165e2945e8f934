import type {ReactiveControllerHost} from 'lit';
import {InteractionController, type InteractionOptions} from './interaction-controller.js';
import type {MarkModel} from './marks.js';
import {RovingFocusController} from './roving-focus-controller.js';

export interface MarkEventsOptions {
  marks: () => MarkModel | undefined;
  interaction: InteractionController;
  roving: RovingFocusController;
  /** The chart's zoom, whose keys (+ − 0, Shift+arrows) come first. */
  zoom: () => {key(e: KeyboardEvent): boolean} | undefined;
  /** True while pointer moves should not hover (a drag along the timeline's dates). */
  paused: () => boolean;
  pointerAt: (e: PointerEvent) => [number, number];
  announce: (message: string) => void;
  /** The picked-out mark. */
  selected: () => string | undefined;
}

/** A finger or a pen: it does not hover, so its tap shows what it picked out. */
const isTap = (e: Event) => {
  // Chromium, Firefox and Safari send clicks as PointerEvents, which say what pointed.
  const type = (e as Partial<PointerEvent>).pointerType;
  return type === 'touch' || type === 'pen';
};

/** The `data-id` of the mark an event happened on (or inside), if any. */
export function markIdAt(e: Event): string | undefined {
  return (e.target as Element | null)?.closest?.('[data-id]')?.getAttribute('data-id') ?? undefined;
}

/**
 * The plot's pointer, click, focus and key handlers, the same for every chart (README,
 * Interaction): they hand marks to the interaction and roving-focus controllers.
 */
export function listenToMarks(plot: HTMLElement, o: MarkEventsOptions): void {
  const on = <K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (e: HTMLElementEventMap[K]) => void
  ) => plot.addEventListener(type, listener);
  on('pointermove', (e) => {
    if (!isTap(e) && o.marks() && !o.paused()) o.interaction.pointer(markIdAt(e), o.pointerAt(e));
  });
  on('pointerleave', (e) => {
    if (!isTap(e)) o.interaction.pointer(undefined);
  });
  // d3-zoom swallows the click that ends a drag, so a click here is a real click.
  on('click', (e) => {
    const id = markIdAt(e);
    if (id !== undefined) o.interaction.select(id);
    if (!isTap(e)) return;
    // A tap's tooltip follows what it picked out: a second tap on the mark, or a tap beside the
    // marks, takes it away, so none is left over the chart.
    const picked = id !== undefined ? o.selected() : undefined;
    o.interaction.hover(
      picked !== undefined && o.marks()?.tapTooltip?.(picked) !== false ? picked : undefined
    );
  });
  on('focusin', (e) => {
    const id = (e.target as Element).getAttribute?.('data-focus');
    const marks = o.marks();
    if (!id || !marks) return;
    o.roving.focusedBy(id);
    o.interaction.hover(id);
    o.announce(marks.label(id));
  });
  on('keydown', (e) => {
    const marks = o.marks();
    const from = (e.target as Element).getAttribute?.('data-focus');
    if (!marks || !from) return;
    if (o.zoom()?.key(e)) {
      // + − 0 and Shift+arrows: done by the zoom.
    } else if (e.key === 'Enter' || e.key === ' ') o.interaction.select(from);
    else if (e.key === 'Escape') o.interaction.clear();
    else {
      const next = marks.neighbour(from, e.key);
      if (next === undefined) return;
      void o.roving.focus(next);
    }
    e.preventDefault();
  });
}

/**
 * A chart's marks made interactive: roving focus and hover / selection over the chart's
 * MarkModel, and the plot's handlers that drive them.
 */
export class MarkInteraction {
  readonly roving: RovingFocusController;
  readonly interaction: InteractionController;

  constructor(
    host: ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode},
    private readonly o: InteractionOptions & Pick<MarkEventsOptions, 'zoom' | 'pointerAt'>
  ) {
    this.roving = new RovingFocusController(host, {
      order: () => o.marks()?.order,
      repair: (lost) => o.marks()?.repair?.(lost),
      reveal: (id) => o.marks()?.reveal?.(id),
    });
    this.interaction = new InteractionController(host, o);
  }

  /** Listens on the plot (once, after the first render). */
  listen(plot: HTMLElement): void {
    listenToMarks(plot, {
      ...this.o,
      interaction: this.interaction,
      roving: this.roving,
      paused: () => this.o.marks()?.paused?.() ?? false,
    });
  }
}
