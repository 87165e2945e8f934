import {html, LitElement, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {loadLocale} from '../../i18n/catalogue.js';
import '../../i18n/en-steps.js';
import {LiveRegionController} from '../../core/live-region-controller.js';
import {LocaleController} from '../../core/locale-controller.js';
import {ApacStep} from './step.js';
import {StickController} from './stick-controller.js';
import {baseState, clampStep, stateAt, type StepFields} from './step-state.js';
import {stepsStyles} from './steps.styles.js';

/** A chart a story can step: any element with a `setState` (the three charts have one). */
export interface SteppableChart extends HTMLElement {
  setState(state: StepFields): Promise<unknown>;
}

/** `detail` of `apac-step`: the step reached and the whole state given to the chart. */
export interface StepDetail {
  index: number;
  step: ApacStep;
  state: StepFields;
}

/**
 * A scroll-driven story: a chart and the `<apac-step>` elements written beside it. As a step's
 * card crosses the line at `offset` of the screen's height (an `IntersectionObserver`), the chart
 * takes that step's state in one `setState` (one short fade, none under
 * `prefers-reduced-motion`), a polite live region says "Step 2 of 5" and the step's label, and
 * `apac-step` fires. Previous and Next buttons under the chart step without scrolling (keyboard,
 * iframes, print). Each step's state is whole: a field another step sets and this one leaves out
 * goes back to the chart's own attribute, so scrolling back gives the same picture.
 *
 * The chart is the first child element that is not an `<apac-step>` (it is given
 * `slot="chart"`). Several stories on one page each drive their own chart.
 *
 * @summary Scroll-driven story: steps that move a chart through states, with Previous / Next.
 *
 * @slot - The `<apac-step>` elements (and the chart, moved to the `chart` slot).
 * @slot chart - The chart the steps drive.
 * @fires {StepDetail} apac-step - A step was reached; `detail`: `{index, step, state}`.
 * @csspart graphic - The sticky box holding the chart and the buttons.
 * @csspart controls - The Previous / Next bar.
 * @csspart button - Each of the two buttons.
 * @csspart position - "Step 2 of 5".
 * @cssproperty --apac-steps-top - How far from the top of the screen the chart sticks. Default: 0.
 */
export class ApacSteps extends LitElement {
  static override styles = stepsStyles;

  /** Where on the screen a step takes effect, 0 (top) to 1 (bottom), as Scrollama's `offset`. */
  @property({type: Number}) offset = 0.5;
  /** The step shown, from 0; −1 until the first is reached. */
  @state() private active = -1;
  @state() private steps: ApacStep[] = [];

  private chart: SteppableChart | undefined;
  private base: StepFields | undefined;
  private observer: IntersectionObserver | undefined;
  private readonly words = new LocaleController(this);
  private readonly live = new LiveRegionController(this);
  protected readonly stick = new StickController(this, {
    graphic: () => this.renderRoot.querySelector<HTMLElement>('.graphic'),
    // The marks a step's highlight and selection pick out in the chart (core/highlight-controller),
    // and of them those it names: `highlight="crime:counterfeit-goods"` names one Sankey node and
    // picks out its flows, origins and destinations with it.
    marks: () => this.picked(),
    named: () =>
      this.picked().filter((m) =>
        this.named.has(
          (m.getAttribute('data-id') ?? m.getAttribute('data-of'))?.toLowerCase() ?? ''
        )
      ),
    offset: () => this.line,
    card: () => this.steps[this.active],
  });
  /** The ids the step shown names in its `highlight` and `selected`, lower-cased. */
  private named = new Set<string>();

  /** The step shown (from 0), or −1 before the first. */
  get current(): number {
    return this.active;
  }

  /** Shows step `index` (from 0) without scrolling; resolves once the chart has drawn it. */
  async goTo(index: number): Promise<void> {
    if (!this.steps.length) return;
    const i = clampStep(index, this.steps.length);
    if (i === this.active) return;
    this.active = i;
    this.steps.forEach((s, n) =>
      n === i ? s.setAttribute('aria-current', 'step') : s.removeAttribute('aria-current')
    );
    const chart = this.chart;
    if (!chart) return this.tell(i);
    await customElements.whenDefined(chart.localName);
    const fields = this.steps.map((s) => s.fields);
    // Before the first step, the chart still has its own attributes: the values steps return to.
    this.base ??= baseState(fields, (key) => (chart as unknown as Record<string, unknown>)[key]);
    const state = stateAt(fields, {...baseState(fields, () => undefined), ...this.base}, i);
    // (The highlight's tokens as the charts read them, comma-separated: core/highlight-controller.)
    this.named = new Set(
      `${String(state['highlight'] ?? '')},${String(state['selected'] ?? '')}`
        .split(',')
        .map((id) => id.trim().toLowerCase())
    );
    this.dispatchEvent(
      new CustomEvent<StepDetail>('apac-step', {
        detail: {index: i, step: this.steps[i] as ApacStep, state},
        bubbles: true,
        composed: true,
      })
    );
    await chart.setState(state);
    if (this.active !== i) return;
    this.tell(i);
    this.stick.place();
  }

  /**
   * The marks the chart shows picked out, highlighted or selected, and the names written for
   * them (a map's names and tags: the tags stood above the shapes, under the card).
   */
  private picked(): Element[] {
    return [
      ...(this.chart?.shadowRoot?.querySelectorAll(
        '[data-id].emphasised, [data-id].selected, [data-of].emphasised, .picked-name'
      ) ?? []),
    ];
  }

  /** The step's line, `offset` clamped: 0 to 0.99 of the screen's height. */
  private get line(): number {
    return Math.max(0, Math.min(0.99, this.offset));
  }

  /** The next step (Next button). */
  next(): Promise<void> {
    return this.press(this.active + 1);
  }

  /** The previous step (Previous button). */
  previous(): Promise<void> {
    return this.press(this.active - 1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const lang = LocaleController.langOf(this);
    void loadLocale(lang).then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('offset') && this.observer) this.observe();
  }

  private get t() {
    return this.words.t(LocaleController.langOf(this), undefined);
  }

  /** The buttons' name: "Steps of the story", and the chart's headline, one story from another. */
  private groupLabel(): string {
    const headline = this.chart?.getAttribute('headline');
    return headline ? `${this.t('steps.label')}: ${headline}` : this.t('steps.label');
  }

  private position(i: number): string {
    return this.t('steps.position', {n: i + 1, total: this.steps.length});
  }

  private tell(i: number): void {
    const summary = this.steps[i]?.summary;
    this.live.announce(summary ? `${this.position(i)}: ${summary}` : this.position(i));
  }

  /** A button's step: shown, then brought to the middle of the screen if it is off it. */
  private async press(index: number): Promise<void> {
    const step = this.steps[clampStep(index, this.steps.length)];
    const shown = this.goTo(index);
    const box = step?.getBoundingClientRect();
    if (box && (box.bottom < 0 || box.top > innerHeight))
      step?.scrollIntoView({block: 'center', behavior: 'instant'});
    await shown;
  }

  /** The slot's children: the chart (moved to its own slot) and the steps. */
  private collect(e: Event): void {
    const children = (e.target as HTMLSlotElement).assignedElements();
    if (!this.chart || !this.chart.isConnected) {
      const chart = children.find((c) => !(c instanceof ApacStep) && c.localName.includes('-'));
      if (chart) {
        chart.slot = 'chart';
        this.chart = chart as SteppableChart;
        this.base = undefined;
      }
    }
    this.steps = children.filter((c): c is ApacStep => c instanceof ApacStep);
    this.observe();
  }

  private observe(): void {
    this.observer?.disconnect();
    if (typeof IntersectionObserver === 'undefined' || !this.steps.length) {
      if (this.active < 0) void this.goTo(0);
      return;
    }
    // A band 1 % high at `offset` of the screen: the step crossing it is the one being read.
    const at = this.line * 100;
    this.observer = new IntersectionObserver(
      (entries) => {
        const hit = entries.filter((en) => en.isIntersecting).at(-1);
        const index = hit ? this.steps.indexOf(hit.target as ApacStep) : -1;
        if (index >= 0) void this.goTo(index);
        else if (this.active < 0) void this.goTo(0);
      },
      {rootMargin: `-${at}% 0px -${99 - at}% 0px`}
    );
    for (const s of this.steps) this.observer.observe(s);
  }

  override render() {
    const t = this.t;
    const count = this.steps.length;
    return html`<div class="layout">
        <div class="graphic" part="graphic">
          <slot name="chart"></slot>
          <div
            class="controls"
            part="controls"
            role="group"
            aria-label=${this.groupLabel()}
            ?hidden=${count < 2}
          >
            <button
              type="button"
              part="button previous"
              aria-label=${t('steps.previous')}
              aria-disabled=${this.active <= 0 ? 'true' : 'false'}
              @click=${() => this.previous()}
            >
              ‹ <span aria-hidden="true">${t('steps.previous')}</span>
            </button>
            <span class="position" part="position">${this.position(Math.max(0, this.active))}</span>
            <button
              type="button"
              part="button next"
              aria-label=${t('steps.next')}
              aria-disabled=${this.active >= count - 1 ? 'true' : 'false'}
              @click=${() => this.next()}
            >
              <span aria-hidden="true">${t('steps.next')}</span> ›
            </button>
          </div>
        </div>
        <div class="steps"><slot @slotchange=${this.collect}></slot></div>
      </div>
      ${this.live.region}`;
  }
}
