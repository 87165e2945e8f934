/**
 * The English words of the map (and of the bundled indicators and their categories), added to the
 * catalogue when the map's modules load: a page without a map does not download them.
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

  // The bundled indicators and their categories
  'indicator.membership': 'Membership: APEC, ASEAN and ASEAN Plus Three',
  'indicator.apec-join-year': 'Year joined APEC',
  'indicator.asean-join-year': 'Year joined ASEAN',
  'indicator.events-hosted': 'Meetings, workshops and conferences hosted (in this dataset)',
  'indicator.acct-in-force-year':
    'ASEAN Convention on Counter Terrorism: year in force for the member state',
  'indicator.acct-ratified': 'ASEAN Convention on Counter Terrorism: ratified',
  'indicator.actip-ratified':
    'ASEAN Convention Against Trafficking in Persons: among the first six to ratify',
  'indicator.apg-member': 'Asia/Pacific Group on Money Laundering (APG): listed as a member',
  'indicator.fatf-member':
    'Financial Action Task Force (FATF) member, as listed in 2019 or earlier',
  'indicator.abtc-participation': 'APEC Business Travel Card scheme: participation',
  'indicator.api-feasibility-study':
    'Advance Passenger Information: APEC feasibility study completed',
  'unit.events': 'events',
  'category.membership.apec-asean': 'APEC and ASEAN',
  'category.membership.apec-plus-three': 'APEC and ASEAN Plus Three partner',
  'category.membership.apec': 'APEC only',
  'category.membership.asean': 'ASEAN only',
  'category.acct-ratified.ratified': 'Ratified by 11 Jan 2013',
  'category.actip-ratified.ratified': 'Ratified by 7 Feb 2017',
  'category.apg-member.member': 'Listed as an APG member',
  'category.fatf-member.member': 'Listed as a FATF member (lists of 2019 or earlier)',
  'category.abtc-participation.full': 'Full participant',
  'category.abtc-participation.transitional': 'Transitional participant',
  'category.api-feasibility-study.study-completed': 'Feasibility study completed',
  // What an economy without a value means, where the source says more than "No data".
  'noValue.events-hosted': 'None in this dataset',
  'noValue.actip-ratified': 'Not among the first six',
  'noValue.apg-member': 'Not listed',
  'noValue.fatf-member': 'Not listed',
  'noValue.api-feasibility-study': 'Not named in the source',
} as const);
