/**
 * The English words of the Sankey, added to the catalogue when the Sankey's modules load: a page
 * without a Sankey does not download them.
 */
import {addEnglish} from './catalogue.js';

export const enSankey = addEnglish({
  // Sankey
  'sankey.title': 'Sankey chart of flows',
  'sankey.summary': '{links} flows between {nodes} nodes.',
  'sankey.largest': 'The largest: {from} to {to}, {value}.',
  'sankey.flow': '{from} to {to}',
  'sankey.keys':
    "Use the arrow keys to move between nodes, L to follow a node's flows, and Enter to pick one out; the data table lists every flow.",
  'sankey.tableCaption': 'Flows ({count})',
  'sankey.from': 'From',
  'sankey.through': 'Through',
  'sankey.throughOf': 'Through ({index} of {count})',
  'sankey.fromNames': 'from {names}',
  'sankey.toNames': 'to {names}',
  'sankey.amountFrom': '{amount} from {names}',
  'sankey.amountTo': '{amount} to {names}',
  'sankey.andMore': '{names} and {count} more',
  'sankey.to': 'To',
  'sankey.period': 'Year',
  'sankey.flowPeriod': 'Figure for {period}',
  'sankey.periods': 'The figures are for {periods}.',
  'sankey.periodsEach': 'The figures are for {periods}; the data table gives each flow’s year.',
  'sankey.range': '{low} to {high}',
  'sankey.valueRange': '{value} (range {range})',
  'sankey.rangeOnly': '{range} (no central estimate)',
  'sankey.estimate': 'Estimate',
  'sankey.estimateIn': 'Estimate ({unit})',
  'sankey.low': 'Low',
  'sankey.high': 'High',
  'sankey.usdYear': 'US dollars a year',
  'sankey.statedTotal': "The source's own total:",
  'sankey.keyLabel': 'How flows are drawn',
  'sankey.bandWidth': 'Band width: the estimate',
  'sankey.bandWidthRange': 'Band width: the estimate (or the low end of a range)',
  'sankey.paleBand': 'Faint band: the range, up to the high end',
  'sankey.widened': 'Flows too small to see are drawn wider; the table gives their true values.',
  'sankey.barLength': 'Bar length: the estimate',
  'sankey.barLengthRange': 'Bar length: the estimate (or the low end of a range)',
  'sankey.paleBar': 'Faint bar: the range, up to the high end',
  'sankey.lengthened':
    'Amounts too small to see are drawn longer; the table gives their true values.',
  'sankey.later': 'Later, on {date}, {publisher} spoke of “{text}”; region: {region}.',
  'sankey.totalSource': 'the stated total: {source}',
  'sankey.laterSource': 'the statement of {date}: {source}',
  'sankey.moreSources': {one: '{count} more source', other: '{count} more sources'},
  'sankey.fewerSources': 'hide the other sources',
  'sankey.loop': 'Left out because they close a loop:',
  'sankey.numbered': 'Numbered on the chart:',
  'sankey.unvalued': 'Values the chart has no room for:',
  'sankey.nameless': {
    one: '{count} node is not named on the chart; the data table lists it.',
    other: '{count} nodes are not named on the chart; the data table lists them.',
  },
} as const);
