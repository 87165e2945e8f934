/**
 * The timeline's own controllers beside the shared ones, set up from what the element supplies:
 * the zoom along the dates, the URL hash (`sync-url`) and dragging along the dates to pick a range.
 */
import type {ReactiveControllerHost} from 'lit';
import {BrushController} from '../../core/brush-controller.js';
import {HashController} from '../../core/hash-controller.js';
import {ZoomController} from '../../core/zoom-controller.js';
import type {TimelineLayout} from '../../layout/timeline/layout.js';
import {DAY} from '../../layout/timeline/events.js';
import {dayOf} from '../../layout/timeline/reading.js';
import {parsePartialDate, periodEnd, periodStart} from '../../schema/dates.js';
import type {TimeScales} from '../../layout/timeline/view.js';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode; syncUrl: boolean};

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
