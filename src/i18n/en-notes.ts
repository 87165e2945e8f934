/**
 * The English words of notes on a chart, added to the catalogue with the notes' placement (a
 * chunk loaded by a chart that has notes).
 */
import {addEnglish} from './catalogue.js';

export const enNotes = addEnglish({
  'note.list': 'Notes on the chart',
  'note.item': '{text} ({target})',
  'note.described': 'Notes on the chart: {notes}',
});
