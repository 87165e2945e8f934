import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {warnOnce} from './warn.js';

/** The least drawing height a box given by the page leaves the chart: below it, it overflows. */
export const MIN_FILL_HEIGHT = 160;

/** The parts of the rendered frame that a height given by the page lays out as a column. */
export interface FillTargets {
  /** The frame (gets the class `fill` while the host has a height of its own). */
  frame: HTMLElement | null;
  /** The box the drawing fills in that column: what the frame leaves after its other parts. */
  plot: HTMLElement | null;
  /** The legend, above it. */
  legend?: HTMLElement | null;
}

/**
 * The room available to a chart in whole CSS pixels, kept current by a ResizeObserver (observing
 * while the host is on the page, disconnected when it leaves). A delivery asks for no update by
 * itself (one whole render after the first drawing and per resize, traced): only a size that
 * changed does, when committed. Width: zero while the host is hidden (a closed tab, `display: none`); charts
 * wait for a width before drawing. Height: undefined unless the page gave the host a height;
 * then the frame is laid out as a column (class `fill`) whose plot box takes what the headline,
 * legend and footer leave, and `height` is that box's height.
 *
 * Two guards keep a resize from ending in a "ResizeObserver loop" error on the host page:
 * it observes elements whose size does not follow the drawing (a zero-height sizer, a probe
 * that is 0 px or the host's own height, a plot box sized by the column) rather than the host;
 * and a redraw inside the observer's delivery leaves the host's size as it was there. A chart on
 * screen whose height is its own redraws in the delivery, its frame held at its height until the
 * task after the frame (drawInDelivery), so the frame that laid out its new box paints the new
 * picture. Others commit a new size in a task of its own, after the delivery (a task, not an
 * animation frame: background tabs pause animation frames, and a chart there must still draw),
 * which puts their new picture a frame after the new size: a page's height the charts fill
 * follows the charts beside them, and charts off screen would hold the frame for all of them.
 *
 * Most new sizes come from the window (a phone turned, a browser window or an embed's iframe
 * resized): its `resize` event comes in the frame's rendering before style and layout, so every
 * chart in the window is measured in that frame's animation callbacks (one forced layout for all
 * of them) and redraws in that frame, the first painted at the new size; the observer's delivery
 * then finds the size already committed (windowResized). A box the page changes by itself (a
 * panel opened) is still the observer's.
 */
export class SizeController implements ReactiveController {
  /**
   * The element measured for the width, as wide as the chart's content box and 0 px tall: the
   * chart renders it inside its frame (the same element every time). Made here, so that it is
   * observed from the moment the host connects: observing it after the first render would ask for
   * one more update once that update had completed (Lit's dev-mode warning "scheduled an update
   * after an update completed").
   */
  readonly sizer: HTMLDivElement = part('sizer');
  /**
   * A float 0 px wide beside the frame whose `height: 100%` is the host's content height when the
   * page gave the host one (CSS `height`, a stretched flex or grid item) and 0 when the host's
   * height follows its content: a percentage of an auto height computes to auto (CSS 2, 10.5).
   * Made and observed from connection like the sizer.
   */
  readonly probe: HTMLDivElement = part('fill-probe');
  /** What is observed: the sizer and probe, and the plot box once the page gives a height. */
  private readonly targets = new Set<Element>();
  private observer: ResizeObserver | undefined;
  private committed: {width: number; height: number | undefined} = {width: 0, height: undefined};
  private measured = {width: 0, probe: 0};
  private fill: FillTargets = {frame: null, plot: null};
  private plotWatched = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What lets go of the frame's height held by drawInDelivery, in the task after the frame. */
  private unhold: ReturnType<typeof setTimeout> | undefined;
  private readAtOnce = false;
  private hostRead = false;
  /** The page's box the legend's height was kept in (see commit). */
  private legendBox = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.targets.add(this.sizer).add(this.probe);
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    if (onWindow.add(this).size === 1) addEventListener('resize', windowResized);
    this.observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === this.sizer) this.measured.width = Math.floor(entry.contentRect.width);
        else if (entry.target === this.probe) this.measured.probe = entry.contentRect.height;
      }
      if (!this.drawInDelivery()) this.measure();
    });
    for (const target of this.targets) this.observer.observe(target);
  }

  /** Whether any of the chart is in the window (as laid out now). */
  onScreen(): boolean {
    const r = this.host.getBoundingClientRect();
    return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  }

  /** The frame and plot box, once rendered: where a height given by the page is laid out. */
  watch(fill: FillTargets): void {
    this.fill = fill;
  }

  get width(): number {
    return this.committed.width;
  }

  /** The legend's words changed for another reason than the box: its kept height goes. */
  releaseLegend(): void {
    this.legendBox = '';
    if (this.fill.legend) this.fill.legend.style.minHeight = '';
  }

  /** The plot box's height while the page gives the host a height; else undefined. */
  get height(): number | undefined {
    return this.committed.height;
  }

  /**
   * Before the first render (the host's willUpdate), the width read from the host itself: its
   * shadow root is still empty, so the reading lays out the page around an empty box (a
   * fraction of a millisecond) and the first update can draw the chart, where reading the
   * sizer after it lays out the whole frame first (5-6 ms of a timeline's first render,
   * traced). Only where the sizer's width is then known: a host whose height is its own
   * content's (0 while empty; a page's height goes through the probe), with no frame padding
   * of the page's. The observer's first delivery checks it: a width that differs redraws.
   */
  measureHost(): void {
    const host = this.host;
    if (this.hostRead || this.committed.width > 0 || !host.isConnected) return;
    this.hostRead = true;
    const style = getComputedStyle(host);
    if (style.getPropertyValue('--apac-frame-padding').trim()) return;
    // Used sizes of the content box ('auto' where there is no box: then nothing is known).
    const px = (...names: string[]) =>
      style.boxSizing === 'border-box'
        ? names.reduce((n, name) => n + (parseFloat(style.getPropertyValue(name)) || 0), 0)
        : 0;
    const width = Math.floor(
      parseFloat(style.width) -
        px('padding-left', 'padding-right', 'border-left-width', 'border-right-width')
    );
    const height =
      parseFloat(style.height) -
      px('padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width');
    if (!(width > 0) || height !== 0) return;
    this.readAtOnce = true;
    this.measured = {width, probe: 0};
    this.committed = {width, height: undefined};
  }

  /**
   * After the first update, the width read at once (one forced layout of the frame just
   * rendered) and committed in a microtask of the same task: the first drawing follows in that
   * task instead of waiting a frame for the observer's first delivery, then a task for the
   * commit (a frame of style, layout and paint of the empty frame, and the hop: 10–15 ms of the
   * default Sankey's and timeline's first render, traced). Only while nothing is committed: a
   * hidden host (width 0) waits for the observer as before. The microtask keeps the update it
   * asks for out of this one (Lit's "scheduled an update after an update completed").
   */
  hostUpdated(): void {
    if (this.readAtOnce || this.committed.width > 0 || !this.sizer.isConnected) return;
    this.readAtOnce = true;
    // Used sizes (no transforms): what the observer's contentRect gives.
    const width = Math.floor(parseFloat(getComputedStyle(this.sizer).width) || 0);
    if (!(width > 0)) return;
    this.measured = {width, probe: parseFloat(getComputedStyle(this.probe).height) || 0};
    queueMicrotask(() => this.commit());
  }

  /**
   * The page says the box changed (`resize()` on the chart): the sizer and probe read at once
   * (one forced layout) and committed now, so the redraw comes in the caller's task instead of
   * after the observer's next delivery. Whether the committed size changed. While reading, the
   * old drawing keeps its size (class `measuring`: its width attribute instead of 100 %), so the
   * reading does not lay its text out again at a scale that the redraw replaces at once (traced,
   * 5-6 ms of the timeline's and the Sankey's resize to 375 px).
   */
  measureNow(): boolean {
    return SizeController.measureAll([this]);
  }

  /**
   * `measureNow` for several charts at once: all are read before any commits, so the page is
   * laid out once for their widths. With `keep`, every frame keeps its drawing's width while read
   * (a chart told of a new box); without, the drawings are read as they are (the window's resize:
   * keeping their width costs a layout of their text of its own, 2–7 ms a chart whose box did not
   * change, measured). Whether any committed size changed.
   */
  static measureAll(controllers: Iterable<SizeController>, keep = true): boolean {
    const live = [...controllers].filter((c) => c.sizer.isConnected);
    if (keep) for (const c of live) c.fill.frame?.classList.add('measuring');
    const read = live.map((c) => ({
      c,
      width: Math.floor(parseFloat(getComputedStyle(c.sizer).width) || 0),
      probe: parseFloat(getComputedStyle(c.probe).height) || 0,
    }));
    let changed = false;
    for (const {c, width, probe} of read) {
      c.measured = {width, probe};
      clearTimeout(c.timer);
      changed = c.commit() || changed;
    }
    if (keep) for (const c of live) c.fill.frame?.classList.remove('measuring');
    return changed;
  }

  /**
   * A new width for a chart drawn before, on screen, whose height is its own (the page changed
   * its box: a panel opened, a grid's column narrowed): committed inside the observer's delivery,
   * so that the frame which laid out the new box paints the new picture, the chart's frame held
   * at the height it has there (min- and max-height, let go in the task after the frame). The
   * page's observers of the boxes around it then see no size the drawing changed in the delivery
   * they are in (which ends in a "ResizeObserver loop" error), and the new height a frame later,
   * as when the drawing came then. Not where a transform scales the chart (its rectangle on
   * screen is not its height). Whether it was drawn so.
   */
  private drawInDelivery(): boolean {
    const {committed, measured} = this;
    const frame = this.fill.frame;
    if (!frame || !(committed.width > 0) || committed.height !== undefined || measured.probe > 0)
      return false;
    if (measured.width === committed.width || !(measured.width > 0) || !this.onScreen())
      return false;
    const height = frame.getBoundingClientRect().height;
    if (Math.abs(height - frame.offsetHeight) > 1) return false;
    clearTimeout(this.timer);
    clearTimeout(this.unhold);
    const style = frame.style;
    style.minHeight = style.maxHeight = `${height}px`;
    this.commit();
    this.unhold = setTimeout(() => (style.minHeight = style.maxHeight = ''));
    return true;
  }

  /** After the observer's delivery (never inside it: see the class comment), once per change. */
  private measure(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commit());
  }

  /**
   * Commits the width and, while the page gives the host a height, the plot box's height. The
   * frame is switched to a column here, before the reading (a forced layout), so that the first
   * drawing already has the right height instead of one drawn at its own height first.
   */
  private commit(): boolean {
    const {frame, plot} = this.fill;
    const fills = this.measured.probe > 0 && this.pageGivesHeight();
    frame?.classList.toggle('fill', fills);
    // The plot box is watched only once it is sized by the column, not by what is drawn.
    if (fills && plot && !this.plotWatched) {
      this.plotWatched = true;
      this.targets.add(plot);
      this.observer?.observe(plot);
    }
    // A legend whose words follow the drawing (the map's numbered circles) changes the room it
    // leaves, so the drawing, so the legend again: the map drew 121 times in two seconds in a
    // 320 x 640 box (stop 37). In a box of the page's the legend keeps the tallest height it
    // has had there, so the two settle; a new box, or new words (releaseLegend), start afresh.
    const legend = this.fill.legend;
    if (legend) {
      const box = fills ? `${this.measured.width}|${this.measured.probe}` : '';
      if (box !== this.legendBox) [this.legendBox, legend.style.minHeight] = [box, ''];
      else if (fills) legend.style.minHeight = `${legend.offsetHeight}px`;
    }
    const height =
      fills && plot ? Math.max(MIN_FILL_HEIGHT, Math.floor(plot.clientHeight)) : undefined;
    if (this.measured.width === this.committed.width && height === this.committed.height)
      return false;
    this.committed = {width: this.measured.width, height};
    this.host.requestUpdate();
    return true;
  }

  /**
   * Whether the host's height is the page's: it stays with the chart's frame taken out (a CSS
   * height, a flex or grid track sized by the page or by the charts beside it), where a height
   * that follows the chart's own content (a block, an auto grid row of its own) falls to 0.
   */
  private pageGivesHeight(): boolean {
    const {frame, plot} = this.fill;
    if (!frame || !plot) return false;
    const before = frame.style.display;
    frame.style.display = 'none';
    const height = this.probe.getBoundingClientRect().height;
    frame.style.display = before;
    return height > 0;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    if (onWindow.delete(this) && onWindow.size === 0) removeEventListener('resize', windowResized);
  }
}

/** The charts on the page, measured together when the window is resized (one listener). */
const onWindow = new Set<SizeController>();

/** Whether the charts' reading is asked for this frame already. */
let queued = false;

/**
 * The window's new size, read by every chart on screen in this frame's animation callbacks,
 * after every listener of the window's `resize` event (a page's own may move the charts' boxes:
 * read in the event, a chart was drawn at the width before that move, then again) and before the
 * frame's style and layout: each whose box changed redraws in the microtasks after, so the frame
 * paints the new picture. Left to their observers (a frame later, each in a task of its own):
 * charts off screen (a page of twenty maps would otherwise hold the frame for all twenty), those
 * in a height the page gives (the height they fill follows the charts beside them, which have
 * not redrawn yet: read together, a grid's timelines drew twice, a pixel apart) and those with no
 * width yet (their first update reads it: measureHost, hostUpdated). The drawings are read as
 * they are: a box the window does not change (a fixed column; a phone's toolbar, hidden by a
 * scroll, changing only the window's height) then costs no layout of their text, and a box it
 * does change is painted no later for it (measured, see README Performance).
 */
function windowResized(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    SizeController.measureAll(
      [...onWindow].filter((c) => c.width > 0 && c.height === undefined && c.onScreen()),
      false
    );
  });
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

function part(className: string): HTMLDivElement {
  const el = Object.assign(document.createElement('div'), {className});
  el.setAttribute('aria-hidden', 'true');
  return el;
}
