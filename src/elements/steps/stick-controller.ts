import type {ReactiveController, ReactiveElement} from 'lit';

/** Where on the screen the marks a step picks out go in a tall graphic: below its card. */
const MARKS_AT = 0.7;

/** Room between a step's card and the marks it picks out, px. */
const GAP = 8;

/** Whether `card` lies over some of `graphic` across (the phone's one column), not beside it. */
function over(card: HTMLElement | undefined, graphic: HTMLElement): boolean {
  const [c, g] = [card?.getBoundingClientRect(), graphic.getBoundingClientRect()];
  return !!c && c.left < g.right && c.right > g.left;
}

export interface StickOptions {
  /** The sticky box. */
  graphic: () => HTMLElement | null;
  /** The marks the step shown picks out (its highlight and selection). */
  marks: () => Iterable<Element>;
  /** Of them, those the step names. */
  named: () => Iterable<Element>;
  /** Where the step shown takes effect (as its card crosses it), 0–1 of the screen's height. */
  offset: () => number;
  /** The step shown's card. */
  card: () => HTMLElement | undefined;
}

/**
 * Keeps the marks a story's step picks out (its highlight and selection) in view and clear of
 * the step's card on a phone, where the cards scroll up over the sticky graphic.
 *
 * A graphic taller than the screen (a map in two panels or a Sankey list) sticks where those
 * marks are on screen, their middle 70 % of the way down and below the card that set them as it
 * crosses the step's line (the card scrolls on up: the founders of ASEAN at the top of a
 * two-panel map, or a row high in a Sankey's list, were scrolled away when it stuck by its
 * bottom edge; at a story's last step the graphic goes on up with the card, so a mark under it
 * stayed there). Where the marks picked out are too far apart to be on the screen at once (a
 * Sankey list's crime, its origins far above it and its destinations far below), it sticks for
 * those the step names (the crime). A step that picks out nothing sticks by that edge, so the
 * end of the chart stays on screen.
 *
 * Marks that would still be under the card while it is read (near the top of a tall graphic,
 * or in one that fits the screen: a timeline's one event, the founders on a 375 px map) move
 * the graphic down, so they sit just below the whole card as it takes effect (else below it
 * once centred on the line), where they then end above the buttons; else up, so they sit above
 * it as it leaves. Otherwise a graphic that fits sticks at `--apac-steps-top` as the styles
 * say. The Previous / Next buttons stick to the bottom of the screen (the styles).
 */
export class StickController implements ReactiveController {
  private readonly resize = new ResizeObserver(() => this.place());
  private readonly onResize = () => this.place();
  private observed: Element | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: StickOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('resize', this.onResize);
  }

  hostDisconnected(): void {
    removeEventListener('resize', this.onResize);
    this.resize.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    const el = this.options.graphic();
    if (!el || el === this.observed) return;
    this.resize.disconnect();
    this.resize.observe(el);
    this.observed = el;
  }

  /** Sticks the graphic (again) for the marks shown now: after each step, and each new size. */
  place(): void {
    const el = this.options.graphic();
    if (!el) return;
    const top = parseFloat(getComputedStyle(this.host).getPropertyValue('--apac-steps-top')) || 0;
    const height = el.offsetHeight;
    // From the bottom edge on the screen's (the lowest a tall graphic sticks) to its top at `top`.
    const lowest = innerHeight - height;
    const fits = lowest >= top;
    // The buttons, stuck over the graphic's foot, hide what is under them.
    const foot =
      innerHeight - (el.querySelector('[part="controls"]')?.getBoundingClientRect().height ?? 0);
    let picked = this.picked(el, this.options.marks());
    if (picked && picked[1] - picked[0] > foot - top)
      picked = this.picked(el, this.options.named()) ?? picked;
    let at = fits ? top : lowest;
    if (picked) {
      const [y0, y1] = picked;
      // The card is read from when its top crosses the line (scrolling down) until its bottom
      // does: it covers the line and as much again below or above it.
      const shown = this.options.card();
      const card = shown?.offsetHeight ?? 0;
      const line = innerHeight * this.options.offset();
      // Where the marks' top is just below the card as it takes effect, or once it is centred
      // on the line; where their bottom is just above it as it leaves.
      const below = [card, card / 2].map((r) => line + r + GAP - y0);
      const above = line - card - GAP - y1;
      if (!fits) {
        // 70 % of the way down and below the card, whole on the screen where they fit, else
        // from their top.
        at = Math.max(innerHeight * MARKS_AT - (y0 + y1) / 2, below[1] as number);
        at = Math.max(Math.min(at, foot - y1), top - y0);
        at = Math.min(top, Math.max(lowest, at));
      }
      // Still under the card while it is read (marks near a graphic's top, or in a graphic
      // that fits): lower, below it, where they end above the buttons (they stay there as the
      // story reads on to its end; placed for the card centred on the line, a timeline's one
      // event was under it as it took effect), else higher, above it.
      // (Not where the cards run beside the graphic, 800 px wide and up.)
      if (over(shown, el) && at + y1 > line - card - GAP && at + y0 < line + card + GAP)
        at = below.find((b) => b + y1 <= foot) ?? (above + y0 >= top ? above : at);
    }
    at = Math.round(at);
    el.style.top = fits && at === top ? '' : `${at}px`;
    this.room(el, Math.max(0, at - lowest));
  }

  /**
   * Room below the last step for a graphic stuck `below` px lower than by its bottom edge, which
   * then reaches past the screen's foot: a sticky box stays within the story, so without it the
   * last step's marks were pushed up off the screen with the story's end.
   */
  private room(el: HTMLElement, below: number): void {
    (el.nextElementSibling as HTMLElement | null)?.style.setProperty(
      '--apac-steps-below',
      `${below}px`
    );
  }

  /** The vertical extent of `marks`, from the graphic's top; undefined if none is drawn. */
  private picked(el: HTMLElement, marks: Iterable<Element>): [number, number] | undefined {
    const origin = el.getBoundingClientRect().top;
    let [y0, y1] = [Infinity, -Infinity];
    for (const mark of marks) {
      const r = mark.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      [y0, y1] = [Math.min(y0, r.top - origin), Math.max(y1, r.bottom - origin)];
    }
    return y0 <= y1 ? [y0, y1] : undefined;
  }
}
