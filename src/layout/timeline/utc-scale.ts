/**
 * The timeline's time scale: UTC time to pixels, linearly, with calendar ticks (utc-ticks.ts).
 *
 * Not d3-scale's `scaleUtc`, though it gives the same numbers (positions, inverted dates rounded
 * to the millisecond, the same ticks as d3-time's `utcTicks`): the timeline uses a two-point
 * domain and range and nothing else, while `scaleUtc` brings d3-time-format for its default tick
 * labels (ours come from Intl) and d3-interpolate with d3-color for ranges of any kind of value:
 * about 10 kB gzip on a timeline page for one multiplication. A unit test compares the two.
 */
import {utcTicks} from './utc-ticks.js';

export interface UtcScale {
  /** Where the time (a Date or UTC ms) is drawn, in px. */
  (time: Date | number): number;
  domain(): Date[];
  domain(domain: Iterable<Date | number>): UtcScale;
  range(): number[];
  range(range: Iterable<number>): UtcScale;
  /** The time drawn at `px`, to the millisecond. */
  invert(px: number): Date;
  /** About `count` calendar-aligned times within the domain (years, months, days…). */
  ticks(count?: number): Date[];
  copy(): UtcScale;
}

/** t in [0, 1] across [a, b] → the value, as d3-interpolate's `interpolateNumber` has it. */
const lerp = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** A value in [a, b] → t in [0, 1] (0.5 everywhere when a = b, as d3-scale has it). */
function unit(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (isNaN(span) ? NaN : 0.5);
}

/** The map from [d0, d1] to [r0, r1], either way round. */
function linear([d0, d1]: number[], [r0, r1]: number[]): (x: number) => number {
  const [a = 0, b = 1, c = 0, e = 1] = [d0, d1, r0, r1];
  const [t, v] = b < a ? [unit(b, a), lerp(e, c)] : [unit(a, b), lerp(c, e)];
  return (x) => v(t(x));
}

/** A scale from `domain` (UTC ms or Dates, two of them) to `range` (two px values). */
export function scaleUtc(
  domain: Iterable<Date | number> = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)],
  range: Iterable<number> = [0, 1]
): UtcScale {
  let d = Array.from(domain, Number);
  let r = Array.from(range, Number);
  let forward = linear(d, r);
  let backward = linear(r, d);
  const rescale = () => {
    forward = linear(d, r);
    backward = linear(r, d);
  };

  const scale = ((time: Date | number) => forward(+time)) as UtcScale;
  function domainOf(): Date[];
  function domainOf(next: Iterable<Date | number>): UtcScale;
  function domainOf(next?: Iterable<Date | number>): Date[] | UtcScale {
    if (!next) return d.map((ms) => new Date(ms));
    d = Array.from(next, Number);
    rescale();
    return scale;
  }
  function rangeOf(): number[];
  function rangeOf(next: Iterable<number>): UtcScale;
  function rangeOf(next?: Iterable<number>): number[] | UtcScale {
    if (!next) return r.slice();
    r = Array.from(next, Number);
    rescale();
    return scale;
  }
  scale.domain = domainOf;
  scale.range = rangeOf;
  scale.invert = (px) => new Date(Math.round(backward(px)));
  scale.ticks = (count = 10) => {
    const [from = 0, to = from] = [d[0], d[d.length - 1]];
    return utcTicks(from, to, count);
  };
  scale.copy = () => scaleUtc(d, r);
  return scale;
}
