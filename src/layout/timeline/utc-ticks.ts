/**
 * Calendar ticks in UTC: about `count` round times (years, quarters, months, weeks from Sunday,
 * days, hours … milliseconds) from `start` to `stop`, both included.
 *
 * The ticks are d3-time's `utcTicks` (a unit test compares the two over spans from one
 * millisecond to two centuries): the same choice of step, the nearest of 18 to the span over
 * `count`, then a round number of years or milliseconds beyond them, the same steps counted from
 * the same origins (epoch days for days, the 1st for months, Sunday for weeks). Not d3-time
 * itself: its intervals (floor, ceil, offset, count, filter, local time and UTC, every weekday)
 * and the d3-array functions it brings are about 2.6 kB gzip on a timeline page, where the axis
 * needs one function of them.
 */

const SECOND = 1e3;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** A calendar unit, numbered from some origin: which unit a time falls in, and when unit n starts. */
interface Unit {
  index(time: number): number;
  start(n: number): number;
}

/** Units of one length, numbered from the epoch (`from` ms later for weeks). */
const fixed = (length: number, from = 0): Unit => ({
  index: (time) => Math.floor((time - from) / length),
  start: (n) => n * length + from,
});

/** The UTC time month `month` (any integer: 12 is the next January) of `year` begins. */
function utcDate(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return date.getTime();
}

const MS = fixed(1);
// 4 January 1970 was a Sunday.
const SUNDAY = fixed(WEEK, 3 * DAY);
// Month n counts from January of year 0: a step of 3 keeps to January, April, July and October.
const MONTH: Unit = {
  index: (time) => {
    const date = new Date(time);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  },
  start: (n) => utcDate(0, n),
};
const YEAR: Unit = {
  index: (time) => new Date(time).getUTCFullYear(),
  start: (n) => utcDate(n, 0),
};

/** A step to choose from: a unit, how many of it, and the step's length for choosing. */
type Step = readonly [unit: Unit, k: number, length: number];

const multiples = (unit: Unit, length: number, ks: number[]) =>
  ks.map((k): Step => [unit, k, k * length]);

const STEPS: Step[] = [
  ...multiples(fixed(SECOND), SECOND, [1, 5, 15, 30]),
  ...multiples(fixed(MINUTE), MINUTE, [1, 5, 15, 30]),
  ...multiples(fixed(HOUR), HOUR, [1, 3, 6, 12]),
  ...multiples(fixed(DAY), DAY, [1, 2]),
  [SUNDAY, 1, WEEK],
  ...multiples(MONTH, 30 * DAY, [1, 3]),
  [YEAR, 1, 365 * DAY],
];

/**
 * A round step for about `count` values over [a, b] (a ≤ b): 1, 2 or 5 times a power of ten,
 * the one nearest the span over `count` on a log scale. Where no multiple of it falls in [a, b]
 * and `count` is under 2, the step for twice the count.
 */
function roundStep(a: number, b: number, count: number): number {
  const raw = (b - a) / Math.max(0, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / Math.pow(10, power);
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  // A step under 1 is kept as how many of it make 1 (`per`, a whole number): a and b
  // are multiplied by that, not divided by the step, which binary holds only roughly (0.1).
  const per = Math.pow(10, -power) / factor;
  const step = power < 0 ? 1 / per : Math.pow(10, power) * factor;
  const nth = power < 0 ? (x: number) => Math.round(x * per) : (x: number) => Math.round(x / step);
  const value = power < 0 ? (i: number) => i / per : (i: number) => i * step;
  const first = nth(a) + (value(nth(a)) < a ? 1 : 0);
  const last = nth(b) - (value(nth(b)) > b ? 1 : 0);
  return last < first && count >= 0.5 && count < 2 ? roundStep(a, b, count * 2) : step;
}

/** Every `k`th start of `unit` (counted from the unit's origin) from `a` to `b`, inclusive. */
function every(unit: Unit, k: number, a: number, b: number): Date[] {
  const ticks: Date[] = [];
  k = Math.floor(k);
  if (!isFinite(k) || !(k > 0)) return ticks;
  let n = unit.index(a);
  if (unit.start(n) < a) n += 1;
  for (n = Math.ceil(n / k) * k; unit.start(n) <= b; n += k) ticks.push(new Date(unit.start(n)));
  return ticks;
}

/** About `count` calendar-aligned UTC times from `start` to `stop` (ms), in that order. */
export function utcTicks(start: number, stop: number, count: number): Date[] {
  // Times as a Date holds them: whole milliseconds.
  const [a, b] = [new Date(start), new Date(stop)].map(Number).sort((x, y) => x - y) as [
    number,
    number,
  ];
  const target = (b - a) / count;
  const i = STEPS.findIndex(([, , length]) => length > target);
  let ticks: Date[];
  if (i === -1) {
    ticks = every(YEAR, roundStep(a / (365 * DAY), b / (365 * DAY), count), a, b);
  } else if (i === 0) {
    ticks = every(MS, Math.max(roundStep(a, b, count), 1), a, b);
  } else {
    const [before, after] = [STEPS[i - 1], STEPS[i]] as [Step, Step];
    const [unit, k] = target / before[2] < after[2] / target ? before : after;
    ticks = every(unit, k, a, b);
  }
  return stop < start ? ticks.reverse() : ticks;
}
