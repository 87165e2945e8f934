/**
 * The English words of the map's year slider, added to the catalogue with the slider's code (a
 * chunk loaded by maps with `time-slider`).
 */
import {addEnglish} from './catalogue.js';

export const enSlider = addEnglish({
  'map.play': 'Play',
  'map.pause': 'Pause',
  'map.year': 'Year',
});
