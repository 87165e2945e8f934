/**
 * The vertical timeline (phones): one row per event in time order under year headings, titles
 * wrapped, the years folded to fit (fold.ts). Pure.
 */
import {formatDateRange} from '../format-dates.js';
import {columnsIn, wrapLines} from '../text.js';
import {valueOf, type TimedEvent} from './events.js';
import {openYears, yearId, YEAR_HEAD} from './fold.js';
import type {Base, LaneKeys, TimelineLayout, TimelineOptions} from './layout.js';

export interface VerticalRow {
  id: string;
  timed: TimedEvent;
  lane: number;
  y: number;
  height: number;
  /** Centre of the row's mark on the line. */
  markY: number;
  date: string;
  /** Baseline of the date. */
  dateY: number;
  title: string[];
  /** Baselines of the title's lines. */
  titleY: number[];
  /** The lane · city line: two where one is too short. */
  context: string[];
  /** Baselines of its lines. */
  contextY: number[];
}

export interface YearHeading {
  id: string;
  year: number;
  y: number;
  count: number;
  open: boolean;
}

/** A vertical row, top to bottom: mark and date, title lines, context line, gap. */
const ROW_MARK = 14;
const ROW_BASELINE = 4;
const ROW_TITLE = 24;
/** Title lines 20 px apart (14 px text); the context line a little closer under them. */
export const ROW_LINE = 20;
const ROW_CONTEXT = 22;
const ROW_END = 14;

/**
 * The most lines of a title a row writes (the card gives it whole): every bundled title whole at
 * 280 px. Cut at four, the two accounts of one CTWG workshop read the same on a phone.
 */
const TITLE_LINES = 8;

/** The lane · city lines 16 px apart (13 px text); at most two (the card has the rest). */
const CONTEXT_LINE = 16;
const CONTEXT_LINES = 2;

/** A row's height with `lines` lines of title and `context` lines under them. */
const rowHeight = (lines: number, context: number) =>
  ROW_MARK + ROW_CONTEXT + lines * ROW_LINE + Math.max(0, context - 1) * CONTEXT_LINE + ROW_END;

/**
 * The events of one year of the vertical list; their wrapped titles and lane · city lines, and
 * rows' height, once measured.
 */
interface YearRows {
  events: TimedEvent[];
  lines?: {lane: number; title: string[]; context: string[]}[];
  height: number;
}

/** The vertical layout of `filtered` (in time order): year headings, and rows for the open years. */
export function vertical(
  filtered: TimedEvent[],
  laneKeys: LaneKeys,
  laneIndex: Map<string, number>,
  counts: ReadonlyMap<string, number>,
  options: TimelineOptions,
  base: Base
): TimelineLayout {
  const [from, to] = options.view;
  const axisX = 52;
  const textX = axisX + 16;
  // Row titles are 14 px, the lines under them 13 px (test/browser/text-overlap.test.ts measures
  // the drawn rows at 320 px against these estimates).
  const chars = Math.max(12, columnsIn(options.width - textX - 8, 14));
  const small = Math.max(12, columnsIn(options.width - textX - 8, 13));
  // Each year's events; their titles wrapped and rows' height only for the years that decide
  // which are open (newest first) or are open. The rest of a row (its date, context line,
  // positions) is written only for open years: on a phone most years are closed, and the rows
  // of thousands of events no one sees were most of a resize.
  const byYear = new Map<number, YearRows>();
  for (const t of filtered) {
    if (!(t.end > from && t.start < to)) continue;
    const year = new Date(t.start).getUTCFullYear();
    const list = byYear.get(year);
    if (list) list.events.push(t);
    else byYear.set(year, {events: [t], height: 0});
  }
  const measured = (list: YearRows) => {
    if (!list.lines) {
      list.lines = list.events.map(({event: e}) => {
        const lane = laneIndex.get(valueOf(e, options.groupBy)) ?? 0;
        const place = [laneKeys[lane]?.label, e.city].filter(Boolean).join(' · ');
        // (12 px, cut at two lines: "APEC CTWG · Subic Bay Freep…" was cut at one.)
        const context = wrapLines(place, small, CONTEXT_LINES);
        return {lane, title: wrapLines(e.title, chars, TITLE_LINES), context};
      });
      for (const {title, context} of list.lines)
        list.height += rowHeight(title.length, context.length);
    }
    return list.lines;
  };
  const open = openYears(
    {
      keys: () => byYear.keys(),
      get: (year) => {
        const list = byYear.get(year);
        return list && (measured(list), list.height);
      },
    },
    // Large data keeps its own row limit (large.ts) and is not folded.
    options.summary ? new Set(byYear.keys()) : options.openYears
  );
  const rows: VerticalRow[] = [];
  const years: YearHeading[] = [];
  const order: string[] = [];
  let y = 8;
  for (const [year, list] of byYear) {
    const isOpen = open.has(year);
    years.push({id: yearId(year), year, y, count: list.events.length, open: isOpen});
    order.push(yearId(year));
    y += YEAR_HEAD;
    if (!isOpen) continue;
    const lines = measured(list);
    list.events.forEach((t, i) => {
      const e = t.event;
      const {lane = 0, title = [], context = []} = lines[i] ?? {};
      // Positions within the row, then moved down to the row's y.
      const contextY = ROW_MARK + ROW_CONTEXT + title.length * ROW_LINE;
      const height = rowHeight(title.length, context.length);
      rows.push({
        id: e.id,
        timed: t,
        lane,
        y,
        height,
        markY: ROW_MARK + y,
        date: formatDateRange(e.start, e.end, options.lang),
        dateY: ROW_MARK + ROW_BASELINE + y,
        title,
        titleY: title.map((_, i) => ROW_MARK + ROW_TITLE + i * ROW_LINE + y),
        context,
        contextY: context.map((_, k) => contextY + k * CONTEXT_LINE + y),
      });
      order.push(e.id);
      y += height;
    });
  }
  const shown = [...byYear.values()].reduce((n, l) => n + l.events.length, 0);
  const lanes = laneKeys.map((key) => ({...key, y: 0, height: 0, count: counts.get(key.key) ?? 0}));
  return {
    ...base,
    shown,
    height: Math.max(y + 8, 80),
    orientation: 'vertical',
    left: axisX,
    right: axisX,
    axisY: 0,
    ticks: {unit: 'year', ticks: []},
    lanes,
    items: [],
    rows,
    years,
    order,
  };
}
