/**
 * Notes as authors write them (`<apac-note>` children, the `annotations` property, the embed
 * page's `annotations` parameter), read into one checked shape. Kept apart from the placement
 * (annotations.ts) so the embed page reads notes without the text measure.
 */

import {VERTICAL_BELOW} from './palette.js';

/** Where a note is shown: at every width, only from VERTICAL_BELOW px up, or only below it. */
export type NoteShow = 'all' | 'desktop' | 'phone';

/** A note as an author writes it (the `annotations` property; `<apac-note>` reads into it). */
export interface Annotation {
  /** Stable id; default `note-` and the target (`note-MM`, `note-MM-2` for a second). */
  id?: string;
  /** What the note points at: an economy or `lon,lat` (map), an event id or a date (timeline), a node id or `source->target` (Sankey). */
  target?: string;
  /** A date range on the timeline: its first day (with `to`). */
  from?: string;
  /** A date range on the timeline: its last day (with `from`). */
  to?: string;
  /** The note's words, shown as text. */
  text: string;
  /** `all` (default), `desktop` or `phone`. */
  show?: NoteShow;
}

/** A note read and checked: every field set, the id unique on the chart. */
export interface NoteSpec {
  id: string;
  target: string;
  from: string;
  to: string;
  text: string;
  show: NoteShow;
}

const SHOWS: readonly NoteShow[] = ['all', 'desktop', 'phone'];

/** Characters an id may keep; the rest become `-`. */
const slug = (s: string) =>
  s
    .trim()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'note';

/**
 * Notes from untyped input (a page's script may hand anything): entries without text are left
 * out, text is trimmed, `show` defaults to `all`, and ids are made unique in order.
 */
export function readNotes(input: readonly unknown[]): NoteSpec[] {
  const used = new Set<string>();
  const out: NoteSpec[] = [];
  for (const raw of input) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string).trim() : '');
    const text = str('text').replace(/\s+/g, ' ');
    if (!text) continue;
    const target = str('target');
    const from = str('from');
    const to = str('to');
    const show = SHOWS.find((s) => s === str('show')) ?? 'all';
    const base = str('id') || `note-${slug(target || [from, to].filter(Boolean).join('-'))}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    out.push({id, target, from, to, text, show});
  }
  return out;
}

/** Whether a chart `width` px wide shows notes as lettered markers (the phone rule). */
export const markersAt = (width: number): boolean => width < VERTICAL_BELOW;

/** The notes shown at `width`: `desktop` ones from VERTICAL_BELOW up, `phone` ones below it. */
export const notesShownAt = (notes: readonly NoteSpec[], width: number): NoteSpec[] =>
  notes.filter((n) => n.show === 'all' || (n.show === 'phone') === markersAt(width));
