/**
 * How a reader moves through and reads the map without seeing it: keyboard neighbours, the
 * data table and the one-paragraph description. Pure.
 */
import {translator, type Translate} from '../../i18n/catalogue.js';
import type {Indicator} from '../../schema/indicators.js';
import type {DataTable} from '../table.js';
import {regionMembers, type Region} from './geo.js';
import {economyName, type ChoroplethLayout, type EconomyInfo} from './layout.js';
import '../../i18n/en-map.js';

/**
 * The economy a key moves focus to from `from`: Left/Right step through the west-to-east order,
 * Home/End go to its ends, Up/Down go to the nearest economy above or below (vertical distance
 * plus twice the sideways distance). Undefined for any other key; `from` when nothing lies that way.
 */
export function neighbour(layout: ChoroplethLayout, from: string, key: string): string | undefined {
  const {order, marks} = layout;
  const i = order.indexOf(from);
  if (key === 'ArrowRight') return order[Math.min(order.length - 1, i + 1)];
  if (key === 'ArrowLeft') return order[Math.max(0, i - 1)];
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const at = marks.find((m) => m.id === from)?.centroid;
  if (!at) return undefined;
  const sign = key === 'ArrowUp' ? -1 : 1;
  let best = from;
  let bestScore = Infinity;
  for (const m of marks) {
    if (!m.inFocus || m.id === from) continue;
    const dy = (m.centroid[1] - at[1]) * sign;
    if (dy <= 0) continue;
    const score = dy + 2 * Math.abs(m.centroid[0] - at[0]);
    if (score < bestScore) [best, bestScore] = [m.id, score];
  }
  return best;
}

/**
 * The table behind the map: economy, ISO code, value, class, source and note, by name. Before a
 * layout exists (no size yet) it lists the indicator's values for the region as given.
 */
export function choroplethTable(
  layout: ChoroplethLayout | undefined,
  indicator: Indicator | undefined,
  economies: readonly EconomyInfo[],
  region: Region,
  lang = 'en',
  t: Translate = translator('en')
): DataTable {
  const focus = regionMembers(region, economies);
  const classLabel = (index: number) =>
    layout?.classification.items.find((i) => i.index === index && index >= 0)?.label ?? '';
  const rows = layout
    ? layout.marks
        .filter((m) => m.inFocus)
        .map((m) => ({
          economy: m.name,
          code: m.id,
          value: m.value,
          class:
            m.inFocus && m.value === undefined ? (indicator?.noValue ?? '') : classLabel(m.index),
          citation: m.citation,
          note: m.note,
        }))
    : (indicator?.values ?? [])
        .filter((v) => focus.has(v.economy))
        .map((v) => {
          const e = economies.find((x) => x.id === v.economy);
          return {
            economy: e ? economyName(e, region, lang) : v.economy,
            code: v.economy,
            value: v.value,
            class: '',
            citation: v.citation,
            note: v.note,
          };
        });
  return {
    caption: `${indicator?.label ?? t('map.values')}${layout?.year !== undefined ? `, ${layout.year}` : ''}`,
    columns: [
      {key: 'economy', label: t('map.economy')},
      {key: 'code', label: t('map.isoCode')},
      {key: 'value', label: t('map.value'), numeric: indicator?.kind === 'numeric'},
      {key: 'class', label: t('map.class')},
      {key: 'citation', label: t('table.source'), citation: true},
      {key: 'note', label: t('table.note')},
    ],
    rows: rows.sort((a, b) => a.economy.localeCompare(b.economy)),
  };
}

/** The map's accessible name and description: how many economies fall in each class. */
export function describeChoropleth(
  layout: ChoroplethLayout | undefined,
  indicator: Indicator | undefined,
  t: Translate = translator('en')
): {title: string; description: string} {
  const title = t('map.title', {indicator: indicator?.label ?? t('map.noIndicator')});
  if (!layout) return {title, description: ''};
  const inFocus = layout.marks.filter((m) => m.inFocus);
  const missing = inFocus.filter((m) => m.value === undefined).length;
  const parts = layout.classification.items
    .filter((i) => i.index >= 0 && i.count > 0)
    .map((i) => `${i.label}: ${i.count}`)
    .join('; ');
  return {
    title,
    description: [
      t('map.economies', {count: inFocus.length}),
      parts ? `${parts}.` : '',
      !missing
        ? ''
        : indicator?.noValue
          ? `${indicator.noValue}: ${missing}.`
          : t('map.noDataFor', {count: missing}),
      t('map.keys'),
    ]
      .filter(Boolean)
      .join(' '),
  };
}
