/**
 * The English words of `<apac-steps>`, added to the catalogue when its module loads.
 */
import {addEnglish} from './catalogue.js';

export const enSteps = addEnglish({
  'steps.label': 'Steps of the story',
  'steps.previous': 'Previous step',
  'steps.next': 'Next step',
  'steps.position': 'Step {n} of {total}',
});
