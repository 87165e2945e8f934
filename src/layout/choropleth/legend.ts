/**
 * The map's legend model: the indicator, its ramp or its classes with counts, "no data", and the
 * indicator's note where it has one.
 */
import type {Translate} from '../../i18n/catalogue.js';
import {formatNumber} from '../format.js';
import {boxSwatch, type LegendBlock, type LegendModel, type Run} from '../legend.js';
import {numbersOf, type ChoroplethLayout} from './layout.js';
import '../../i18n/en-map.js';

export function choroplethLegend(
  layout: ChoroplethLayout,
  lang: string,
  t: Translate,
  /** The language of the data's own words (its note), where it is known: 'en', bundled. */
  dataLang?: string,
  /** Economies named in tags, whose numbers give way to them (the others' are renumbered). */
  tagged: ReadonlySet<string> = new Set()
): LegendModel {
  const {classification, indicator} = layout;
  const blocks: LegendBlock[] = [{type: 'title', text: titleOf(indicator)}];
  const ramp = classification.ramp;
  if (ramp) blocks.push({type: 'ramp', lo: ramp.labels[0], hi: ramp.labels[1], stops: ramp.stops});
  // A category no economy in focus has is left out ("APEC only (0)" on the ASEAN map), but not on
  // a map of a year, whose categories fill as the years go by (a story's steps, the slider):
  // its legend keeps its place. Classes of numbers are kept, empty or not.
  const shown = (i: {index: number; count: number}) =>
    i.count > 0 ||
    (i.index >= 0 && (classification.kind !== 'categories' || layout.year !== undefined));
  blocks.push({
    type: 'entries',
    role: 'classes',
    entries: classification.items.filter(shown).map((i) => ({
      label: i.label,
      swatch: i.index < 0 ? {kind: 'no-data'} : boxSwatch(14, 14, i.palette ?? {color: i.color}),
      count: {
        value: i.count,
        text: formatNumber(i.count, lang),
        name: t('map.legendItem', {label: i.label, count: i.count}),
      },
      highlight: i.index,
    })),
  });
  // What the indicator's sources leave open ("absence from the lists read does not prove
  // non-membership"), under the classes it qualifies, so that the map and its exports say it.
  const runs: Run[] = indicator.note ? [{text: indicator.note, lang: dataLang}] : [];
  if (layout.undated) runs.push({text: `${runs.length ? ' ' : ''}${layout.undated}`});
  if (runs.length) blocks.push({type: 'text', role: 'note', note: true, runs});
  // The key to the numbers beside the circles the map has no room to name.
  const names = new Map(layout.marks.map((m) => [m.id, m.name]));
  const keyed = [...numbersOf(layout, tagged)].map(([id, n]) => ({id, n}));
  if (keyed.length)
    blocks.push({
      type: 'text',
      role: 'numbered',
      runs: [
        {text: `${t('map.numbered')} `},
        ...keyed.flatMap(({id, n}, i): Run[] => [
          {text: i ? '; ' : ''},
          {text: `${n}`, emphasis: 'strong'},
          {text: ` ${names.get(id) ?? id}`},
        ]),
        {text: '.'},
      ],
    });
  return blocks;
}

/**
 * The legend's title: the indicator and its unit in brackets ("… (events)"); a name that already
 * ends in brackets ("… hosted (in this dataset)", "…（このデータセット内）") keeps them alone, its
 * values saying their unit ("Thailand: 11 events").
 */
function titleOf({label, unit}: {label: string; unit?: string | null | undefined}): string {
  return unit && !/[)）]$/.test(label) ? `${label} (${unit})` : label;
}
