import {nothing, render, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {emit} from './events.js';
import {whenIdle} from './idle.js';
import type {MarkModel} from './marks.js';
import type {Translate} from '../i18n/catalogue.js';
import type {TooltipController} from './tooltip-controller.js';

export interface InteractionOptions {
  /** The marks of the layout drawn now; undefined while nothing is drawn. */
  marks: () => MarkModel | undefined;
  /** The picked-out mark (the chart's `selected` property) and how to set it. */
  selected: () => string | undefined;
  select: (id: string | undefined) => void;
  tooltip: TooltipController;
  /** Says something through the chart's polite live region. */
  announce: (message: string) => void;
  /** The chart's words, for what is announced. */
  t: () => Translate;
}

const STATES = ['hovered', 'selected'] as const;
type State = (typeof STATES)[number];

/**
 * Hover and selection for a chart's marks, the same in every chart: `apac-hover` and
 * `apac-select` carry the mark's public record; picking the picked mark again clears it.
 *
 * It touches only the marks concerned: state is a class (`hovered`, `selected`) on the marks
 * with that `data-id`, `data-lit` on the SVG while a mark's paths are lit (the Sankey dims the
 * rest; class `lit` on those marks where the chart asks for it), and optional layers drawn above
 * the marks (`g.highlight`) and above everything (`g.overlay`); the tooltip writes into its own
 * box. A pointer move never re-renders the chart. Pointer moves are coalesced to one update per
 * animation frame: the first in a frame is applied at once, later ones wait for the next frame.
 */
export class InteractionController implements ReactiveController {
  /** The hovered (or focused) mark. */
  hovered: string | undefined;
  private emitted: string | undefined;
  private pending: {id: string | undefined; at: [number, number] | undefined} | undefined;
  private frame = 0;
  private waiting: (() => void)[] = [];
  private painted: Record<State, string | undefined> = {hovered: undefined, selected: undefined};
  private readonly host: ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode};

  constructor(
    host: ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode},
    private readonly options: InteractionOptions
  ) {
    this.host = host;
    host.addController(this);
  }

  /** A pointer moved to mark `id` (or off the marks) at layout point `at`. */
  pointer(id: string | undefined, at?: [number, number]): void {
    this.pending = {id, at};
    if (this.frame) return;
    this.flush();
    this.nextFrame();
  }

  /** Resolves once no pointer move waits for its frame. */
  get settled(): Promise<void> {
    return this.pending ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  }

  private nextFrame(): void {
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.pending) return;
      this.flush();
      this.nextFrame();
    });
  }

  private flush(): void {
    const p = this.pending;
    this.pending = undefined;
    if (p) this.hover(p.id, p.at);
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Hovers mark `id` (tooltip at `at`, else at the mark's anchor), or nothing. */
  hover(id: string | undefined, at?: [number, number]): void {
    const marks = this.options.marks();
    const tip = id !== undefined ? marks?.tooltip(id) : undefined;
    if (id === undefined || !marks || !tip) {
      this.options.tooltip.hide();
      this.hovered = undefined;
    } else {
      // The tooltip reads the SVG's size before anything below writes (no forced layout).
      this.options.tooltip.show(...(at ?? marks.anchor(id)), tip);
      this.hovered = id;
    }
    this.paint();
    const datum = this.hovered !== undefined ? marks?.datum(this.hovered) : undefined;
    const now = datum !== undefined ? this.hovered : undefined;
    if (now === this.emitted) return;
    this.emitted = now;
    emit(this.host, 'apac-hover', now !== undefined ? {id: now, datum} : null);
  }

  /** Picks out mark `id`; picking the picked mark again, or nothing, clears the selection. */
  select(id: string | undefined): void {
    const marks = this.options.marks();
    if (id !== undefined && marks?.pick?.(id)) return;
    const datum = id !== undefined ? marks?.datum(id) : undefined;
    if (id === undefined || !marks || datum === undefined || id === this.options.selected()) {
      if (this.options.selected() !== undefined)
        this.options.announce(this.options.t()('select.cleared'));
      this.options.select(undefined);
      return;
    }
    this.options.select(id);
    emit(this.host, 'apac-select', {id, datum});
    this.options.announce(this.options.t()('select.selected', {label: marks.label(id)}));
  }

  /** Escape: no selection, no hover. */
  clear(): void {
    this.select(undefined);
    this.hover(undefined);
  }

  hostUpdated(): void {
    this.warm();
    // A render may have replaced or reused any mark: state is written again from scratch.
    this.painted = {hovered: undefined, selected: undefined};
    const marks = this.options.marks();
    if (this.hovered !== undefined && !marks?.tooltip(this.hovered)) this.hover(undefined);
    else this.paint(true);
  }

  private warmed = false;
  /** Cancels the warm-up while it waits for an idle moment. */
  private cancelWarm: (() => void) | undefined;
  /**
   * Once marks are drawn, prepares the tooltip's and the highlight layer's templates while the
   * page is idle (into a scratch fragment), so the reader's first hover does not pay for Lit
   * compiling them (about 3 ms of the first hover's 5–9 ms at 5,000 events, profiled). A chart
   * removed before then cancels it: on a busy page the wait is long, and the work would keep the
   * removed chart's marks alive.
   */
  private warm(): void {
    const marks = this.options.marks();
    const first = marks?.order[0];
    if (this.warmed || !marks || first === undefined) return;
    this.warmed = true;
    const work = () => {
      this.cancelWarm = undefined;
      render(marks.tooltip(first) ?? nothing, document.createDocumentFragment());
      render(marks.highlight?.(first, undefined) ?? nothing, document.createDocumentFragment());
    };
    this.cancelWarm = whenIdle(work);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.flush();
    if (this.cancelWarm) {
      this.cancelWarm();
      this.cancelWarm = undefined;
      this.warmed = false;
    }
  }

  /** The marks carrying class `lit` now (MarkModel.litClass). */
  private lit: Element[] = [];

  /** Class `lit` on the marks in `ids` and off the others: one pass over the marks. */
  private paintLit(svg: Element, ids: ReadonlySet<string> | undefined): void {
    const now = ids?.size
      ? [...svg.querySelectorAll('[data-id]')].filter((el) =>
          ids.has(el.getAttribute('data-id') ?? '')
        )
      : [];
    const keep = new Set(now);
    for (const el of this.lit) if (!keep.has(el)) el.classList.remove('lit');
    for (const el of now) if (!el.classList.contains('lit')) el.classList.add('lit');
    this.lit = now;
  }

  private elements(id: string | undefined): Iterable<Element> {
    if (id === undefined) return [];
    return this.host.renderRoot.querySelectorAll(`svg.chart [data-id="${CSS.escape(id)}"]`);
  }

  /**
   * Writes hover and selection onto the marks whose state changed (`all`: after a render, onto
   * every mark concerned), `data-lit` onto the SVG while a mark has paths (the Sankey), and the
   * highlight and overlay layers.
   */
  private paint(all = false): void {
    const svg = this.host.renderRoot.querySelector('svg.chart');
    if (!svg) return;
    if (all)
      for (const el of svg.querySelectorAll('[data-id].hovered, [data-id].selected'))
        el.classList.remove(...STATES);
    const marks = this.options.marks();
    const want: Record<State, string | undefined> = {
      hovered: this.hovered,
      selected: this.options.selected(),
    };
    for (const state of STATES) {
      const [was, is] = [this.painted[state], want[state]];
      if (was === is && !all) continue;
      for (const el of this.elements(was)) el.classList.remove(state);
      for (const el of this.elements(is)) el.classList.add(state);
    }
    const on = want.hovered ?? want.selected;
    const lit = on !== undefined ? marks?.related?.(on) : undefined;
    svg.toggleAttribute('data-lit', (lit?.size ?? 0) > 0);
    if (marks?.litClass || this.lit.length) this.paintLit(svg, marks?.litClass ? lit : undefined);
    const [under, over] = ['highlight', 'overlay'].map((c) =>
      svg.querySelector<SVGGElement>(`g.${c}`)
    );
    if (under) render(marks?.highlight?.(want.hovered, want.selected) ?? nothing, under);
    if (over) render(marks?.overlay?.(want.hovered, want.selected) ?? nothing, over);
    this.painted = want;
  }
}
