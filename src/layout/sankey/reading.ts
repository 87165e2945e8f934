/**
 * Reading the Sankey chart without seeing it: keyboard moves between nodes and along links, the
 * data table and the description. Pure.
 */
import type {SankeyGraph} from '../../schema/sankey-input.js';
import type {DataTable} from '../table.js';
import {translator, type Translate} from '../../i18n/catalogue.js';
import type {NodeMark, SankeyLayout} from './layout.js';
import '../../i18n/en-sankey.js';

const centre = (n: NodeMark): [number, number] => [n.x + n.w / 2, n.y + n.h / 2];

/**
 * Where a key moves focus. On a node: along its column (Up/Down; Left/Right in the vertical
 * layout) and to the nearest node of the next or previous column across; `l` to its first link.
 * On a link: back to its source or on to its target (the across keys), `l` to the next link of
 * the same source. Home / End: first and last node. In the list view, the arrows move from row
 * to row. Undefined for other keys.
 */
export function sankeyNeighbour(
  layout: SankeyLayout,
  from: string,
  key: string
): string | undefined {
  const vertical = layout.orientation === 'vertical';
  const [back, forth, up, down] = vertical
    ? ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']
    : ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];
  if (key === 'Home') return layout.order[0];
  if (key === 'End') return layout.order.at(-1);
  if (layout.orientation === 'list') {
    // The list's rows in reading order; flows are not drawn there, so focus stays on rows.
    const i = layout.order.indexOf(from);
    const step =
      key === 'ArrowDown' || key === 'ArrowRight'
        ? 1
        : key === 'ArrowUp' || key === 'ArrowLeft'
          ? -1
          : 0;
    if (!step || i < 0) return undefined;
    return layout.order[Math.max(0, Math.min(layout.order.length - 1, i + step))];
  }
  const link = layout.links.find((l) => l.id === from);
  if (link) {
    if (key === back) return link.source;
    if (key === forth) return link.target;
    if (key === 'l' || key === 'L') {
      const siblings = layout.links.filter((l) => l.source === link.source);
      return siblings[(siblings.indexOf(link) + 1) % siblings.length]?.id;
    }
    return undefined;
  }
  const node = layout.nodes.find((n) => n.id === from);
  if (!node) return undefined;
  if (key === 'l' || key === 'L')
    return (
      layout.links.find((l) => l.source === from) ?? layout.links.find((l) => l.target === from)
    )?.id;
  const along = vertical ? 0 : 1;
  if (key === up || key === down) {
    const column = layout.nodes
      .filter((n) => n.depth === node.depth)
      .sort((a, b) => centre(a)[along] - centre(b)[along]);
    const i = column.indexOf(node) + (key === down ? 1 : -1);
    return column[Math.max(0, Math.min(column.length - 1, i))]?.id;
  }
  if (key !== back && key !== forth) return undefined;
  const depths = [...new Set(layout.nodes.map((n) => n.depth))].sort((a, b) => a - b);
  const target = depths[depths.indexOf(node.depth) + (key === forth ? 1 : -1)];
  if (target === undefined) return from;
  const at = centre(node)[along];
  let best = from;
  let bestDistance = Infinity;
  for (const n of layout.nodes) {
    if (n.depth !== target) continue;
    const d = Math.abs(centre(n)[along] - at);
    if (d < bestDistance) [best, bestDistance] = [n.id, d];
  }
  return best;
}

/** One row per flow: from, to, the estimate and its range, source and note. */
export function sankeyTable(
  graph: SankeyGraph,
  caption: string,
  t: Translate = translator('en')
): DataTable {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const unit = graph.usd ? t('sankey.usdYear') : (graph.unit ?? '');
  const money = {numeric: true, usd: graph.usd};
  return {
    caption,
    columns: [
      {key: 'from', label: t('sankey.from')},
      {key: 'to', label: t('sankey.to')},
      {
        key: 'value',
        label: unit ? t('sankey.estimateIn', {unit}) : t('sankey.estimate'),
        ...money,
      },
      {key: 'low', label: t('sankey.low'), ...money},
      {key: 'high', label: t('sankey.high'), ...money},
      ...(graph.links.some((l) => l.period)
        ? [{key: 'period', label: t('sankey.period'), nowrap: true}]
        : []),
      {key: 'citation', label: t('table.source'), citation: true},
      {key: 'note', label: t('table.note')},
    ],
    rows: graph.links.map((l) => ({
      from: label.get(l.source) ?? l.source,
      to: label.get(l.target) ?? l.target,
      value: l.value,
      low: l.low,
      high: l.high,
      period: l.period,
      citation: l.citation,
      note: l.note,
    })),
  };
}

/** Accessible name and description: how many flows, and the largest. */
export function describeSankey(
  layout: SankeyLayout | undefined,
  t: Translate = translator('en')
): {
  title: string;
  description: string;
} {
  const title = t('sankey.title');
  if (!layout) return {title, description: ''};
  const names = new Map(layout.nodes.map((n) => [n.id, n.label]));
  const largest = [...layout.links].sort(
    (a, b) => (b.link.high ?? b.link.value ?? 0) - (a.link.high ?? a.link.value ?? 0)
  )[0];
  return {
    title,
    description: [
      t('sankey.summary', {links: layout.links.length, nodes: layout.nodes.length}),
      largest
        ? t('sankey.largest', {
            from: names.get(largest.source) ?? largest.source,
            to: names.get(largest.target) ?? largest.target,
            value: largest.display,
          })
        : '',
      t('sankey.keys'),
    ]
      .filter(Boolean)
      .join(' '),
  };
}
