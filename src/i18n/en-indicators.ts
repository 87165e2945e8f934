/**
 * The bundled indicators' words in English: their names, categories and what a missing value
 * means. Not loaded as this module: each indicator's module (scripts/indicator-modules.mjs) adds
 * its own words, taken from data/indicators.json, as it loads, so a map page carries only the
 * words of the indicator it draws. This file gives their keys to the catalogues' type (en.ts)
 * and their English to the tests, which check that it is the dataset's.
 */
export const enIndicators = {
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
} as const;
