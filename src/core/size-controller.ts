import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ResizeController} from '@lit-labs/observers/resize-controller.js';
import {warnOnce} from './warn.js';

/**
 * The width available to a chart in whole CSS pixels, kept current by a ResizeObserver (through
 * @lit-labs/observers, which also disconnects it when the host leaves the page and reconnects it
 * when it returns). Zero while the host is hidden (a closed tab, `display: none`); charts wait
 * for a width before drawing.
 *
 * Two guards keep a resize from ending in a "ResizeObserver loop" error on the host page:
 * it observes a zero-height sizer inside the chart rather than the host, whose height changes
 * with every redraw; and it commits a new width in a task of its own, after the observer's
 * delivery, so the redraw never runs inside it. (A task, not an animation frame: background
 * tabs pause animation frames, and a chart there must still draw.)
 */
export class SizeController implements ReactiveController {
  /**
   * The element measured, as wide as the chart's content box and 0 px tall: the chart renders
   * it (the same element every time). Made here, so that it is observed from the moment the host
   * connects: observing it after the first render would ask for one more update once that
   * update had completed (Lit's dev-mode warning "scheduled an update after an update completed").
   */
  readonly sizer: HTMLDivElement = Object.assign(document.createElement('div'), {
    className: 'sizer',
  });
  private committed = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.sizer.setAttribute('aria-hidden', 'true');
    // It adds itself to the host's controllers: observes on connect, disconnects on leaving.
    new ResizeController(host, {
      target: this.sizer,
      callback: (entries) => {
        const entry = entries[entries.length - 1];
        const width = entry ? Math.floor(entry.contentRect.width) : 0;
        if (width !== this.committed) this.schedule(width);
        return width;
      },
    });
    host.addController(this);
  }

  get width(): number {
    return this.committed;
  }

  private schedule(width: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.committed = width;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}

/**
 * The `width` or `height` a page fixed on `el`, when it is a usable size; otherwise (say "x" or
 * 0) a console warning and none, so the chart follows its container instead of staying blank.
 */
export function fixedSize(
  el: Element & {width?: number | undefined; height?: number | undefined},
  name: 'width' | 'height'
): number | undefined {
  const value = el[name];
  if (value === undefined || value === null) return undefined;
  if (Number.isFinite(value) && value > 0) return value;
  warnOnce(
    `${el.localName}: ${name}="${el.getAttribute(name) ?? value}" is not a positive number of pixels; ignored.`
  );
  return undefined;
}
