import {AsyncDirective, directive, type PartInfo} from 'lit/async-directive.js';
import {SLICE_MS, yieldToPage} from './cooperative.js';
import {clearDrawing, setDrawing} from './drawing.js';

/** From this many marks up, a chart draws them a slice at a time. */
export const PROGRESSIVE_FROM = 300;
/** Marks drawn at once, in the chart's own update: enough to show the chart's shape. */
const FIRST = 100;

/**
 * Draws a long list of marks (a zoomed-out density of 200,000 events is about a thousand) in
 * slices of about SLICE_MS between the page's own tasks, so neither the templates nor the
 * browser's style and layout of them hold the main thread long; lists shorter than
 * PROGRESSIVE_FROM are drawn at once, as without it. A new list starts again; the same list
 * drawn with new words or state redraws what is already there at once and goes on. Removing
 * the chart stops the drawing.
 */
class ProgressiveDirective extends AsyncDirective {
  private items: readonly unknown[] | undefined;
  private draw: (item: unknown) => unknown = () => undefined;
  private drawn: unknown[] = [];
  private run = 0;
  private readonly host: object | undefined;

  constructor(part: PartInfo) {
    super(part);
    this.host = (part as {options?: {host?: object}}).options?.host;
  }

  render(items: readonly unknown[], draw: (item: unknown) => unknown): unknown {
    const again = items === this.items;
    this.items = items;
    this.draw = draw;
    if (items.length < PROGRESSIVE_FROM) {
      this.stop();
      return items.map(draw);
    }
    if (!again) {
      this.drawn = items.slice(0, FIRST).map(draw);
      this.start();
    } else this.drawn = items.slice(0, this.drawn.length).map(draw);
    return this.drawn;
  }

  private start(): void {
    setDrawing(this.host ?? this, this.slices(++this.run));
  }

  private stop(): void {
    this.run++;
    if (this.host) clearDrawing(this.host);
  }

  private async slices(run: number): Promise<void> {
    let size = FIRST;
    for (;;) {
      await yieldToPage();
      const items = this.items;
      if (run !== this.run || !this.isConnected || !items) return;
      if (this.drawn.length >= items.length) return;
      const began = performance.now();
      const next = items.slice(this.drawn.length, this.drawn.length + size);
      this.drawn = [...this.drawn, ...next.map(this.draw)];
      this.setValue(this.drawn);
      const took = performance.now() - began;
      size = Math.max(20, Math.round(size * Math.min(2, SLICE_MS / Math.max(1, took))));
    }
  }

  protected override disconnected(): void {
    this.stop();
  }

  protected override reconnected(): void {
    if (this.items && this.drawn.length < this.items.length) this.start();
  }
}

const progressiveDirective = directive(ProgressiveDirective);

/** `${progressive(items, draw)}`: `items.map(draw)`, drawn in slices when the list is long. */
export const progressive = <T>(items: readonly T[], draw: (item: T) => unknown) =>
  // The directive keeps items and draw together, so draw only ever sees items of this list.
  progressiveDirective(items, draw as (item: unknown) => unknown);
