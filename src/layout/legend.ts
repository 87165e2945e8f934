/**
 * The legend model every chart computes from its layout: what the legend says and shows, with no
 * markup. One template in `core/legend.ts` draws it on the page, and the SVG export draws the same
 * model, so the two cannot drift apart (the export never reads the page's legend back).
 */

/**
 * A colour the theme decides: an index into the categorical palette, a role of the theme's
 * (text, muted, background, border), or a colour a scale computed (`{color}`).
 */
export type Paint = number | 'text' | 'muted' | 'background' | 'border' | 'none' | {color: string};

/** One shape of a swatch, in the swatch's own pixels. */
export interface SwatchShape {
  shape: 'rect' | 'circle';
  /** rect: x, y, width, height, corner radius; circle: cx, cy, r (as x, y, r). */
  x: number;
  y: number;
  width?: number;
  height?: number;
  r?: number;
  rx?: number;
  fill: Paint;
  stroke?: Paint;
  strokeWidth?: number;
  /** A dash pattern, as for `stroke-dasharray`. */
  dash?: string;
  fillOpacity?: number;
  opacity?: number;
}

/** A small picture of a mark: shapes in a box, or the hatching of "no data". */
export type Swatch =
  {kind: 'shapes'; width: number; height: number; shapes: SwatchShape[]} | {kind: 'no-data'};

export interface LegendEntry {
  label: string;
  swatch?: Swatch;
  /** How many marks the entry stands for, with its words for the page and a screen reader. */
  count?: {value: number; text: string; name: string};
  /** The class of marks it picks out when hovered or focused (the map's bins and categories). */
  highlight?: number;
}

/** A run of a paragraph's text; paragraphs carry their own spaces between runs. */
export interface Run {
  text: string;
  emphasis?: 'strong' | 'muted';
  /**
   * The run's language where it is the data's words, not the chart's (the bundled data's notes
   * are English in every language), so a screen reader reads it in its own (WCAG 3.1.2). Not
   * for a strong run (the charts' own figures).
   */
  lang?: string;
}

export type LegendBlock =
  | {type: 'title'; text: string}
  /** A paragraph: `role` names its kind (`shown`, `total`, `later`, `cycle`). */
  | {type: 'text'; role: string; runs: Run[]; live?: boolean; note?: boolean}
  /** A colour ramp from `lo` to `hi`, its colours evenly spaced. */
  | {type: 'ramp'; lo: string; hi: string; stops: string[]}
  /** A list of entries: the map's `classes` (each can be picked out) or a `key` to the marks. */
  | {type: 'entries'; role: 'classes' | 'key'; label?: string; entries: LegendEntry[]}
  /** Where the chart's own controls go on the page (chips, date fields); exports leave it out. */
  | {type: 'control'; name: string};

export type LegendModel = readonly LegendBlock[];

/**
 * The legend with the line saying what the `highlight` attribute picks out ("Highlighted:
 * Myanmar.") at its top, so the page, the SVG and PNG exports and `apac-viz render` all draw it
 * from the model; `line` empty: the legend as it was.
 */
export function withHighlighted(model: LegendModel, line: string): LegendModel {
  if (!line) return model;
  return [{type: 'text', role: 'highlighted', runs: [{text: line, emphasis: 'strong'}]}, ...model];
}

/** A paragraph's words as one line of plain text (what an export or a test reads). */
export const runsText = (runs: readonly Run[]): string =>
  runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** A swatch of one filled rectangle. */
export const boxSwatch = (width: number, height: number, fill: Paint): Swatch => ({
  kind: 'shapes',
  width,
  height,
  shapes: [{shape: 'rect', x: 0, y: 0, width, height, fill}],
});
