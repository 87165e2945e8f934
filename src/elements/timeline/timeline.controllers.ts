/**
 * The timeline's own controllers beside the shared ones, set up from what the element supplies:
 * the zoom along the dates, the URL hash (`sync-url`), dragging along the dates to pick a range,
 * and what comes once the page is idle after the first picture.
 */
import type {ReactiveController, ReactiveControllerHost, ReactiveElement} from 'lit';
import {BrushController} from '../../core/brush-controller.js';
import {HashController} from '../../core/hash-controller.js';
import {whenIdle} from '../../core/idle.js';
import {addStyles, LazyModule} from '../../core/lazy-module.js';
import {ZoomController} from '../../core/zoom-controller.js';
import type {TimelineLayout} from '../../layout/timeline/layout.js';
import {DAY} from '../../layout/timeline/events.js';
import {dayOf} from '../../layout/timeline/reading.js';
import {parsePartialDate, periodEnd, periodStart} from '../../schema/dates.js';
import type {TimeScales} from '../../layout/timeline/view.js';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode; syncUrl: boolean};

/**
 * What the timeline adds once the page is idle after its first picture, which waits for
 * neither: the From / To fields (a page's first date field costs 9–13 ms to make and lay out),
 * drawn where the layout has room for them, and the detail card's chunk (timeline.card.ts), so
 * that it is in before a reader opens an event (an event open before then waits for it:
 * LazyModule.for). A chart taken off the page before it is idle drops the wait (a page that adds
 * and removes charts faster than it is idle kept every one alive) and asks again when it is back.
 */
export class TimelineIdle implements ReactiveController {
  /** The From / To fields are drawn. */
  fieldsDrawn = false;
  readonly card = new LazyModule(async () => {
    const m = await import('./timeline.card.js');
    addStyles(this.host, m.cardStyles);
    return m;
  }, 'the detail card');
  private idled = false;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly host: Host & ReactiveElement,
    /** Whether the drawn layout has room for the fields (the horizontal one). */
    private readonly hasRoom: () => boolean
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated && !this.idled) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.idled || this.cancel || !this.host.isConnected) return;
    this.cancel = whenIdle(() => {
      [this.idled, this.fieldsDrawn, this.cancel] = [true, true, undefined];
      // A failed load is warned about when the card is drawn (LazyModule.for).
      void this.card.load().catch(() => undefined);
      if (this.hasRoom()) this.host.requestUpdate();
    }, 500);
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}

/** Zoom and pan along the dates of the horizontal layout (the vertical list does not zoom). */
export function timelineZoom(host: Host, layout: () => TimelineLayout | undefined): ZoomController {
  return new ZoomController(host, {
    svg: () =>
      layout()?.orientation === 'horizontal' ? host.renderRoot.querySelector('svg.chart') : null,
    maxScale: 5000,
    panY: false,
    // No panning past the span: the drawing's width (not the axis alone), which d3-zoom needs
    // to be at least its viewport.
    translateExtent: () => [
      [0, -1e6],
      [layout()?.width ?? 0, 1e6],
    ],
  });
}

export interface TimelineHashOptions {
  /** The span in view once drawn (UTC ms), and whether the reader zoomed into it. */
  view: () => [number, number] | undefined;
  zoomed: () => boolean;
  selected: () => string | undefined;
  /** Opens event `id` (when there is one). */
  open: (id: string) => void;
  /** Shows [start, end) (UTC ms). */
  zoomTo: (start: number, end: number) => void;
}

/**
 * With `sync-url`: the open event and a zoomed span, as `#event=…&from=…&to=…` (the keys'
 * reading and writing, timeline.hash.ts, load then).
 */
export function timelineHash(host: Host, o: TimelineHashOptions): HashController {
  return new HashController(host, async () =>
    (await import('./timeline.hash.js')).timelineHashOptions(host, {
      ready: () => o.view() !== undefined,
      selected: o.selected,
      days: () => {
        const [from, to] = o.view() ?? [0, 0];
        return o.zoomed() ? [dayOf(from), dayOf(to - DAY)] : undefined;
      },
      open: o.open,
      show: (from, to) => {
        const [a, b] = [parsePartialDate(from), parsePartialDate(to)];
        if (a && b) o.zoomTo(periodStart(a).getTime(), periodEnd(b).getTime());
      },
    })
  );
}

/** Dragging along the dates zooms to that range (whole days). */
export function timelineBrush(
  host: Host,
  o: {
    x: (e: PointerEvent) => number;
    scales: () => TimeScales | undefined;
    zoomTo: (start: number, end: number) => void;
  }
): BrushController {
  return new BrushController(host, {
    root: () => host.renderRoot.querySelector('.plot'),
    area: 'brush-area',
    x: o.x,
    onBrush: (x0, x1) => {
      const x = o.scales()?.x;
      if (!x) return;
      const [start, end] = [x.invert(x0).getTime(), x.invert(x1).getTime()];
      o.zoomTo(Math.floor(start / DAY) * DAY, Math.ceil(end / DAY) * DAY);
    },
  });
}
