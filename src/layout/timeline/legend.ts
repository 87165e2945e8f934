/** The timeline's legend model: how many events are shown, the key to marks, where controls go. */
import {fill, type Translate} from '../../i18n/catalogue.js';
import {formatNumber} from '../format.js';
import type {LegendEntry, LegendModel, Paint, Run, Swatch, SwatchShape} from '../legend.js';
import type {TimelineLayout} from './layout.js';
import '../../i18n/en-timeline.js';

const mark = (width: number, shape: SwatchShape): Swatch => ({
  kind: 'shapes',
  width,
  height: 14,
  shapes: [shape],
});
const dot = (fillPaint: Paint, dash?: string): SwatchShape => ({
  shape: 'circle',
  x: 7,
  y: 7,
  r: 5,
  fill: fillPaint,
  stroke: 'muted',
  strokeWidth: 1.5,
  ...(dash ? {dash} : {}),
});
const bar = (extra: Partial<SwatchShape> = {}): SwatchShape => ({
  shape: 'rect',
  x: 1,
  y: 2,
  width: 20,
  height: 10,
  rx: 3,
  fill: 'muted',
  stroke: 'muted',
  strokeWidth: 1.5,
  ...extra,
});

/** The mark key: how a date's precision and an event's status are drawn (as the marks are). */
function keyEntries(layout: TimelineLayout, tx: Translate): LegendEntry[] {
  return [
    {label: tx('timeline.dateKnown'), swatch: mark(14, dot('muted'))},
    {label: tx('timeline.severalDays'), swatch: mark(22, bar())},
    // Both forms a month or a year takes: a dot where its span is narrower than one (most, at
    // a phone's width or the whole timeline's), else a bar; tinted, unlike a planned one's.
    {
      label: tx('timeline.fuzzy'),
      swatch: {
        kind: 'shapes',
        width: 38,
        height: 14,
        shapes: [
          {...dot('muted', '3 2'), fillOpacity: 0.25},
          bar({x: 17, width: 19, fillOpacity: 0.25, dash: '3 2'}),
        ],
      },
    },
    {label: tx('timeline.plannedKey'), swatch: mark(14, dot('background', '2 2'))},
    ...(layout.orientation === 'horizontal'
      ? [
          {
            label: tx('timeline.clusterKey'),
            swatch: mark(22, {
              ...bar({y: 1, height: 12, rx: 6, fill: 'background', strokeWidth: 2}),
            }),
          },
        ]
      : []),
  ];
}

/** "Showing 12 of 101 events" (or "101 events"), and how many wait in closed years. */
/**
 * "101 events", or "Showing 12 of 101 events", naming the host economies a filter keeps
 * (`hosts`, a list in the reader's words: the `economy` attribute, or an economy picked in a
 * linked chart), "(host: Malaysia)": without it nothing on a linked page said whose events these
 * were.
 */
function shownRuns(layout: TimelineLayout, lang: string, tx: Translate, hosts = ''): Run[] {
  const shown: Run = {text: formatNumber(layout.shown, lang), emphasis: 'strong'};
  let runs: Run[];
  if (layout.shown === layout.total) {
    // All of them: "101 events", not "Showing 101 of 101 events" (which, under a note that rows
    // were left out, reads as if events were hidden). The number is the one written in it.
    const text = tx('timeline.events', {count: layout.total});
    const at = text.indexOf(shown.text);
    runs =
      at < 0
        ? [{text}]
        : [{text: text.slice(0, at)}, shown, {text: text.slice(at + shown.text.length)}];
    runs = runs.filter((run) => run.text);
  } else {
    const showing = hosts
      ? tx('timeline.showingHosted', {total: layout.total, economies: hosts})
      : tx('timeline.showing', {total: layout.total});
    runs = fill(showing, {shown}).map((part): Run =>
      part === shown ? shown : {text: String(part)}
    );
  }
  const closed = layout.years.filter((y) => !y.open).reduce((n, y) => n + y.count, 0);
  return closed ? [...runs, {text: tx('timeline.closedYears', {count: closed})}] : runs;
}

export function timelineLegend(
  layout: TimelineLayout,
  lang: string,
  tx: Translate,
  hosts = ''
): LegendModel {
  return [
    {type: 'text', role: 'shown', live: true, runs: shownRuns(layout, lang, tx, hosts)},
    {type: 'control', name: 'chips'},
    {type: 'entries', role: 'key', label: tx('timeline.keyLabel'), entries: keyEntries(layout, tx)},
    ...(layout.orientation === 'horizontal' ? [{type: 'control' as const, name: 'range'}] : []),
  ];
}
