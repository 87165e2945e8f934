/**
 * The Sankey's legend model: the source's stated totals, the key to bands (to bars in the phone
 * list, which draws each node as a bar whose length is its amount), the names of the nodes
 * numbered on the chart for want of room, and loops left out.
 */
import type {Translate} from '../../i18n/catalogue.js';
import type {LegendBlock, LegendModel, Run, Swatch} from '../legend.js';
import type {SankeyLayout} from './layout.js';
import {flowName} from './flow-name.js';
import '../../i18n/en-sankey.js';

export interface SankeyLegendFacts {
  /** The source's own total, said in words ("nearly USD 90 billion a year"). */
  statedTotal: string | undefined;
  statedNote: string | undefined;
  /** Later statements of the region's total, in words, each with its doubt. */
  later: readonly {words: string; note: string | undefined}[];
  /** The notes' language (the bundled data's are English in every language). */
  notesLang?: string;
  nameOf: (id: string) => string;
  /** Items joined as the reader's language lists them. */
  list: (items: string[]) => string;
}

/**
 * The years the flows' figures are for, as their records give them, the most flows' first
 * (a flow drawn as several links counted once); none where no flow says.
 */
export function flowPeriods(layout: SankeyLayout): string[] {
  const flows = new Map<string, string>();
  for (const {link} of layout.links) if (link.period) flows.set(link.path ?? link.id, link.period);
  const count = new Map<string, number>();
  for (const p of flows.values()) count.set(p, (count.get(p) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
}

/** A band's core (the estimate) and the pale dashed band of a range, as the marks draw them. */
const CORE: Swatch = {
  kind: 'shapes',
  width: 22,
  height: 10,
  shapes: [{shape: 'rect', x: 0, y: 0, width: 22, height: 10, rx: 2, fill: 'muted', opacity: 0.6}],
};
const RANGE: Swatch = {
  kind: 'shapes',
  width: 22,
  height: 10,
  shapes: [
    {
      shape: 'rect',
      x: 0.5,
      y: 0.5,
      width: 21,
      height: 9,
      rx: 2,
      fill: 'none',
      stroke: 'muted',
      strokeWidth: 1,
      dash: '3 2',
    },
  ],
};

/** The list's bar and its pale range, as its rows draw them. */
const BAR: Swatch = {
  kind: 'shapes',
  width: 22,
  height: 8,
  shapes: [{shape: 'rect', x: 0, y: 0, width: 22, height: 8, fill: 'muted', fillOpacity: 0.85}],
};
const PALE_BAR: Swatch = {
  kind: 'shapes',
  width: 22,
  height: 8,
  shapes: [
    {
      shape: 'rect',
      x: 0.5,
      y: 0.5,
      width: 21,
      height: 7,
      fill: 'muted',
      fillOpacity: 0.25,
      stroke: 'muted',
      strokeWidth: 1,
      dash: '3 2',
    },
  ],
};

const withNote = (runs: Run[], note: string | undefined, lang: string | undefined): Run[] =>
  note ? [...runs, {text: ' '}, {text: note, emphasis: 'muted', lang}] : runs;

export function sankeyLegend(
  layout: SankeyLayout,
  facts: SankeyLegendFacts,
  t: Translate
): LegendModel {
  const list = layout.list;
  // The list's bars draw a range where a node's flows carry one (its bands have no paths).
  const hasRange = list
    ? list.rows.some((r) => r.highW > r.barW)
    : layout.links.some((l) => l.range);
  const blocks: LegendBlock[] = [];
  // What year the figures are for ("c. 2010–11", not the report's 2013), first: in the stated
  // total's paragraph where there is one (a line less over the drawing in a short box).
  const periods = flowPeriods(layout);
  const period: Run[] = periods.length
    ? [
        {
          text: t(periods.length > 1 ? 'sankey.periodsEach' : 'sankey.periods', {
            periods: facts.list(periods),
          }),
        },
      ]
    : [];
  if (period.length && !facts.statedTotal)
    blocks.push({type: 'text', role: 'period', runs: period});
  if (facts.statedTotal)
    blocks.push({
      type: 'text',
      role: 'total',
      runs: withNote(
        [
          ...(period.length ? [...period, {text: ' '}] : []),
          {text: `${t('sankey.statedTotal')} `},
          {text: facts.statedTotal, emphasis: 'strong'},
          {text: '.'},
        ],
        facts.statedNote,
        facts.notesLang
      ),
    });
  for (const l of facts.later)
    blocks.push({
      type: 'text',
      role: 'total later',
      runs: withNote([{text: l.words}], l.note, facts.notesLang),
    });
  blocks.push({
    type: 'entries',
    role: 'key',
    label: t('sankey.keyLabel'),
    entries: list
      ? [
          {label: hasRange ? t('sankey.barLengthRange') : t('sankey.barLength'), swatch: BAR},
          ...(hasRange ? [{label: t('sankey.paleBar'), swatch: PALE_BAR}] : []),
          ...(list.lengthened ? [{label: t('sankey.lengthened')}] : []),
        ]
      : [
          {label: hasRange ? t('sankey.bandWidthRange') : t('sankey.bandWidth'), swatch: CORE},
          ...(hasRange ? [{label: t('sankey.paleBand'), swatch: RANGE}] : []),
          ...(layout.widened ? [{label: t('sankey.widened')}] : []),
        ],
  });
  const keyed = layout.nodes.filter((n) => n.key).sort((a, b) => a.key - b.key);
  // (The list's rows carry their own words: its nodes have no label lines, and are complete.)
  const nameless = layout.nodes.filter((n) => !n.complete && !n.lines.length).length;
  // Named where there was no room for the value too (a vertical Sankey's name written upward
  // along a narrow node): the value said here, so every node's figure is on the page.
  const unvalued = layout.nodes.filter((n) => n.lines.length && !n.complete && !n.key);
  const runs: Run[] = [];
  const say = (words: string, what: Run[][]) => {
    if (!what.length) return;
    runs.push({text: `${runs.length ? ' ' : ''}${words} `});
    what.forEach((r, i) => runs.push(...(i ? [{text: '; '}] : []), ...r));
    runs.push({text: '.'});
  };
  say(
    t('sankey.numbered'),
    keyed.map((n) => [
      {text: String(n.key), emphasis: 'strong'},
      {text: ` ${n.label} ${n.display}`},
    ])
  );
  say(
    t('sankey.unvalued'),
    unvalued.map((n) => [{text: `${n.label} ${n.display}`}])
  );
  if (nameless)
    runs.push({text: `${runs.length ? ' ' : ''}${t('sankey.nameless', {count: nameless})}`});
  if (runs.length) blocks.push({type: 'text', role: 'numbered', runs});
  if (layout.cut.length)
    blocks.push({
      type: 'text',
      role: 'cycle',
      note: true,
      runs: [
        {text: `${t('sankey.loop')} `},
        ...layout.cut.flatMap((l, i): Run[] => [
          ...(i ? [{text: '; '}] : []),
          {text: flowName(facts.nameOf(l.source), facts.nameOf(l.target), t), emphasis: 'strong'},
        ]),
        {text: '.'},
      ],
    });
  return blocks;
}
