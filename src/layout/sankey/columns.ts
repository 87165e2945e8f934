/**
 * Column headings over a Sankey ("Origin", "Crime", "Destination"), from the `columns`
 * attribute: one word or phrase a column, in order, separated by `|`. On the horizontal layout
 * each heading sits above its column of nodes, in room the layout keeps (`top`); in the phone
 * list it replaces the stage's heading ("From", "Through", "To"). Pure.
 */
import type {ListView} from './list.js';
import type {SankeyLayout} from './layout.js';
import {textWidth} from '../text.js';

/** Room for the headings above the bands, px. */
export const COLUMN_HEAD = 22;
/** Headings are 12 px, semibold. */
export const HEADING_PX = 12;

export interface ColumnHeading {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The headings of a `columns` attribute: split on `|`, trimmed; empty when none is given. */
export const readColumns = (value: string | undefined): string[] =>
  (value ?? '').split('|').map((s) => s.trim());

/**
 * Headings over the node columns of a horizontal layout: the first aligned with its nodes' right
 * edge (its names are to the left), the last with its nodes' left edge, the others centred, each
 * kept inside the chart. An empty word leaves its column without a heading.
 */
export function columnHeadings(layout: SankeyLayout, words: readonly string[]): ColumnHeading[] {
  if (layout.list || layout.orientation === 'vertical' || !words.some(Boolean)) return [];
  const depths = [...new Set(layout.nodes.map((n) => n.depth))].sort((a, b) => a - b);
  const out: ColumnHeading[] = [];
  depths.forEach((depth, i) => {
    const text = words[i];
    if (!text) return;
    const nodes = layout.nodes.filter((n) => n.depth === depth);
    const x0 = Math.min(...nodes.map((n) => n.x));
    const x1 = Math.max(...nodes.map((n) => n.x + n.w));
    const w = textWidth(text, HEADING_PX, true);
    const y = HEADING_PX + 2;
    if (i === 0) out.push({text, x: Math.max(x1, w), y, anchor: 'end'});
    else if (i === depths.length - 1)
      out.push({text, x: Math.min(x0, layout.width - w), y, anchor: 'start'});
    else {
      const x = Math.min(layout.width - w / 2, Math.max(w / 2, (x0 + x1) / 2));
      out.push({text, x, y, anchor: 'middle'});
    }
  });
  return out;
}

/** The phone list with the stages headed by `words` where given. */
export function listColumns(list: ListView, words: readonly string[]): ListView {
  return {...list, headings: list.headings.map((h, i) => ({...h, text: words[i] || h.text}))};
}
