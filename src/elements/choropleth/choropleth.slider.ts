/**
 * The map's year slider (`time-slider`): the years it runs over, and play, which steps the
 * `year` on every 700 ms until the last year and stops when the map leaves the page. A chunk of
 * its own, loaded by a map with `time-slider`.
 */
import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Translate} from '../../i18n/catalogue.js';
import type {Indicator} from '../../schema/indicators.js';
import '../../i18n/en-slider.js';

/** Years the slider runs over: a year indicator's values; else the years the economies joined. */
export function sliderYears(
  indicator: Indicator | undefined,
  economies: readonly {memberships: readonly {joined?: string | undefined}[]}[]
): [number, number] {
  if (indicator?.kind === 'year') {
    const years = indicator.values.map((v) => Number(v.value));
    return [Math.min(...years), Math.max(...years)];
  }
  const joined = economies
    .flatMap((e) => e.memberships.map((m) => Number(m.joined?.slice(0, 4))))
    .filter(Number.isFinite);
  return [Math.min(...joined), Math.max(...joined)];
}

export interface YearSliderOptions {
  /** The first and last year. */
  range: () => [number, number];
  /** The year shown (undefined: none, the slider then stands at the last). */
  year: () => number | undefined;
  setYear: (year: number) => void;
  t: () => Translate;
}

export class YearSliderController implements ReactiveController {
  playing = false;
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: YearSliderOptions
  ) {
    host.addController(this);
  }

  render(): TemplateResult {
    const [min, max] = this.o.range();
    return yearSlider({
      min,
      max,
      year: this.o.year() ?? max,
      playing: this.playing,
      onToggle: () => this.toggle(),
      onInput: (year) => this.o.setYear(year),
      t: this.o.t(),
    });
  }

  /** Play from the first year (or on from the year shown), or pause. */
  toggle(): void {
    if (this.playing) return this.stop();
    const [min, max] = this.o.range();
    const year = this.o.year();
    if (year === undefined || year >= max) this.o.setYear(min);
    this.playing = true;
    this.host.requestUpdate();
    this.timer = window.setInterval(() => {
      const now = this.o.year();
      if ((now ?? max) >= max) return this.stop();
      this.o.setYear((now ?? min) + 1);
    }, 700);
  }

  stop(): void {
    clearInterval(this.timer);
    if (!this.playing) return;
    this.playing = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }
}

interface SliderState {
  min: number;
  max: number;
  year: number;
  playing: boolean;
  onToggle: () => void;
  onInput: (year: number) => void;
  t: Translate;
}

/** The year slider with its play / pause button and the year it shows. */
function yearSlider(s: SliderState): TemplateResult {
  return html`<div class="slider" part="slider">
    <button
      class="control"
      type="button"
      aria-pressed=${s.playing ? 'true' : 'false'}
      @click=${s.onToggle}
    >
      ${s.playing ? s.t('map.pause') : s.t('map.play')}
    </button>
    <label for="year">${s.t('map.year')}</label>
    <input
      id="year"
      type="range"
      min=${s.min}
      max=${s.max}
      step="1"
      .value=${String(s.year)}
      aria-valuetext=${String(s.year)}
      @input=${(e: Event) => s.onInput(Number((e.target as HTMLInputElement).value))}
    />
    <output for="year">${s.year}</output>
  </div>`;
}
