import type {NoteReader, Obstacles, NoteSpec, NoteTarget} from '../../layout/annotations.js';
import {textBox, type Rect} from '../../layout/text.js';
import type {ChoroplethLayout} from '../../layout/choropleth/layout.js';
import {projectOnMap} from '../../layout/choropleth/on-map.js';
import type {LandOf} from './choropleth.picked.js';

/** Economy labels on the map are 11 px text. */
const LABEL_PX = 11;
/** They are semibold, with a 3 px outline in the background colour. */
const LABEL_LOOK = {bold: true, halo: 1.5};

/**
 * Where a note points on the map: `lon,lat` (degrees east, north), or an economy in focus (`for`
 * its code or name, read by the chart's resolver), at its callout circle when it has one, else at
 * its number when the map numbers it or its name when written off its coast, else at its
 * centroid. Undefined when the economy is not drawn in focus.
 */
export function mapNoteTarget(
  layout: ChoroplethLayout,
  note: NoteSpec,
  resolve: (s: string) => string | undefined
): NoteTarget | undefined {
  const lonLat = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(note.target);
  if (lonLat) {
    const point: [number, number] = [Number(lonLat[1]), Number(lonLat[2])];
    if (Math.abs(point[0]) > 180 || Math.abs(point[1]) > 90) return undefined;
    const xy = projectOnMap(layout.geometry.frames, point);
    return xy && onMap(layout, xy)
      ? {x: xy[0], y: xy[1], name: `${point[0]}°, ${point[1]}°`}
      : undefined;
  }
  const id = resolve(note.target);
  const mark = layout.marks.find((m) => m.id === id && m.inFocus);
  if (!mark) return undefined;
  const callout = layout.callouts.find((c) => c.id === mark.id);
  const l = layout.labels.find((lab) => lab.id === mark.id);
  const label = l && textBox(l.text, l.x, l.y, LABEL_PX, 'middle', LABEL_LOOK);
  // A numbered economy is found by its number, and one named off its coast by that name: the
  // note points there, not at a middle that may lie under another economy's name (Malaysia's,
  // on Borneo, under "Indonesia" at 343 px).
  const [x, y] = callout
    ? [callout.x, callout.y]
    : label && (layout.numbered.includes(mark.id) || l.leader)
      ? [label.x + label.w / 2, label.y + label.h / 2]
      : mark.centroid;
  return onMap(layout, [x, y]) ? {x, y, name: mark.name, id: mark.id, label} : undefined;
}

/**
 * Whether a point is in the map's box: a map zoomed in does not show what is off it, and a note
 * on an economy off the view goes to the notes listed below the chart (Timor-Leste's connector,
 * on a view of Cambodia, ran off the map's edge).
 */
const onMap = ({width, height}: ChoroplethLayout, [x, y]: readonly [number, number]) =>
  x >= 0 && y >= 0 && x <= width && y <= height;

/**
 * Economy labels (text), callout circles and the middle of each economy in focus (marks); the
 * circles, each an economy's, are tokens a marker keeps off, and so is the land of every economy
 * drawn but a note's own (`landAt`: which economy a point of the map lies on).
 */
export function mapNoteObstacles(
  layout: ChoroplethLayout,
  landAt?: (x: number, y: number) => string | undefined
): Obstacles {
  const labels = layout.labels.map((l) =>
    textBox(l.text, l.x, l.y, LABEL_PX, 'middle', LABEL_LOOK)
  );
  const marks: Rect[] = layout.callouts.map((c) => ({
    x: c.x - c.r,
    y: c.y - c.r,
    w: 2 * c.r,
    h: 2 * c.r,
  }));
  // A number stands for one economy as its circle does: a marker beside Chinese Taipei's 7, on
  // the annotated map at 320 px, read as a note about it (Malaysia's B). (Not a note's own.)
  const numbered = new Set(layout.numbered);
  const tokens: (Rect & {id?: string})[] = [...marks];
  for (const [i, l] of layout.labels.entries()) {
    const box = labels[i];
    if (box && numbered.has(l.id)) tokens.push({...box, id: l.id});
  }
  for (const m of layout.marks)
    if (m.inFocus) marks.push({x: m.centroid[0] - 8, y: m.centroid[1] - 8, w: 16, h: 16});
  const foreign =
    landAt &&
    ((x: number, y: number, t: NoteTarget) => {
      const on = landAt(x, y);
      return on !== undefined && on !== t.id;
    });
  return {marks, labels, tokens, foreign};
}

/** The chart's `noteReader`, reading economies with `resolve` and their land with `landOf`. */
export const mapNotes = (
  resolve: (s: string) => string | undefined,
  landOf: LandOf
): NoteReader<ChoroplethLayout> => ({
  target: (layout, note) => mapNoteTarget(layout, note, resolve),
  obstacles: (layout) =>
    mapNoteObstacles(
      layout,
      landOf(
        layout,
        layout.marks.map((m) => m.id)
      )
    ),
});
