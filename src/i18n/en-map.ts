/**
 * The English words of the map, added to the catalogue when the map's modules load: a page
 * without a map does not download them. The bundled indicators' words load with each indicator
 * (en-indicators.ts).
 */
import {addEnglish} from './catalogue.js';

export const enMap = addEnglish({
  // Choropleth
  'map.title': 'Map: {indicator}',
  'map.noIndicator': 'no indicator',
  'map.economies': {one: '{count} economy.', other: '{count} economies.'},
  'map.noDataFor': 'No data for {count}.',
  'map.keys':
    'Use the arrow keys to move between economies and Enter to select one; the data table lists every value.',
  'map.legendItem': {one: '{label}: {count} economy', other: '{label}: {count} economies'},
  'map.below': '{from} to under {to}',
  'map.noData': 'No data',
  'map.notYet': 'Not yet a member in {year}',
  'map.economy': 'Economy',
  'map.isoCode': 'ISO code',
  'map.value': 'Value',
  'map.class': 'Class',
  'map.values': 'Values',
  'map.unknownIndicator': 'There is no bundled indicator called {id}.',
  'map.numbered': 'Numbered on the map:',
  'map.undatedPartners':
    'The sources read give no date on which {names} became ASEAN Plus Three partners: the map shows them as partners in every year.',
  'unit.events': 'events',
} as const);
