import {nothing, svg, type SVGTemplateResult} from 'lit';
import {
  COLUMN_HEAD,
  columnHeadings,
  listColumns,
  readColumns,
} from '../../layout/sankey/columns.js';
import type {SankeyLayout} from '../../layout/sankey/layout.js';

/** Room the layout keeps above the bands for the `columns` attribute's headings (0 without). */
export const columnRoom = (columns: string): number =>
  readColumns(columns).some(Boolean) ? COLUMN_HEAD : 0;

/** `layout` with the `columns` attribute's headings: over the columns, or heading the list's stages. */
export function withColumns(layout: SankeyLayout, columns: string): SankeyLayout {
  const words = readColumns(columns);
  if (!words.some(Boolean)) return layout;
  if (layout.list) return {...layout, list: listColumns(layout.list, words)};
  return {...layout, columns: columnHeadings(layout, words)};
}

/** The column headings, drawn above the bands. */
export function columnHeadingMarks(layout: SankeyLayout): SVGTemplateResult | typeof nothing {
  if (!layout.columns?.length) return nothing;
  return svg`<g class="column-headings">${layout.columns.map(
    (c) =>
      svg`<text class="column-heading" x=${c.x} y=${c.y} text-anchor=${c.anchor}>${c.text}</text>`
  )}</g>`;
}
