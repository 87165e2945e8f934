/**
 * The embed page's `annotations` parameter (and so `apac-viz render --annotations FILE`): a JSON
 * array of notes, `[{"target": "TL", "text": "…", "show": "desktop"}]`, the chart's `annotations`
 * property. Pure, so it is tested without a browser. Checked like the other parameters: length,
 * count, and each note read by the chart's own reader (text required, fields as strings).
 */
import {readNotes, type Annotation} from '../layout/notes-read.js';

/** At most this many notes, and this many characters of JSON. */
export const MAX_NOTES = 20;
export const MAX_ANNOTATIONS_LENGTH = 8000;

export interface AnnotationsParam {
  /** The notes to set; absent when the parameter is absent or unusable. */
  notes?: Annotation[];
  /** Why the parameter, or some of its notes, were not applied (a console note). */
  problem?: string;
}

/** Reads the `annotations` parameter's value (null: not given). */
export function readAnnotationsParam(value: string | null): AnnotationsParam {
  if (value === null) return {};
  if (value.length > MAX_ANNOTATIONS_LENGTH)
    return {problem: `longer than ${MAX_ANNOTATIONS_LENGTH} characters`};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return {problem: 'not JSON: write an array of notes, [{"target": "…", "text": "…"}]'};
  }
  if (!Array.isArray(parsed))
    return {problem: 'not an array of notes, [{"target": "…", "text": "…"}]'};
  if (parsed.length > MAX_NOTES) return {problem: `more than ${MAX_NOTES} notes`};
  const notes: Annotation[] = readNotes(parsed).map(({id, target, from, to, text, show}) => ({
    id,
    target,
    from,
    to,
    text,
    show,
  }));
  const dropped = parsed.length - notes.length;
  return dropped
    ? {notes, problem: `${dropped} of ${parsed.length} notes have no text and are left out`}
    : {notes};
}
