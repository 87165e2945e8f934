/**
 * The English words of link groups, added to the catalogue with the group's code (a chunk
 * loaded by charts with `link-group`).
 */
import {addEnglish} from './catalogue.js';

export const enLink = addEnglish({
  'link.description': 'Linked with {charts}: what is picked in one is picked out in the others.',
  'link.announce': 'From {chart}: {changes}',
  'link.map': 'the map',
  'link.timeline': 'the timeline',
  'link.flows': 'the flows chart',
  'link.pickedOut': 'Picked out: {names}.',
  'link.hostedBy': 'Only events hosted by {economies}.',
  'link.allEvents': 'All events.',
  'link.year': 'Showing {year}.',
});
