/**
 * The English message catalogue, by key, and the types of every catalogue. Other locales
 * translate every key (a unit test checks); a host may override any of them (see catalogue.ts).
 *
 * `{name}` is filled in; numbers are formatted for the reader's language. A message with plural
 * forms is an object keyed by Intl.PluralRules category (`one`, `other`, …) chosen by `{count}`.
 */
import type {issuesEn} from './en-issues.js';
import type {enMap} from './en-map.js';
import type {enIndicators} from './en-indicators.js';
import type {enSankey} from './en-sankey.js';
import type {enTimeline} from './en-timeline.js';
import type {enLink} from './en-link.js';
import type {enNotes} from './en-notes.js';
import type {enSteps} from './en-steps.js';
import type {enSlider} from './en-slider.js';

/**
 * The words every chart uses (its frame, loading, selection, zoom). Each chart's own words are
 * in en-map.ts, en-timeline.ts and en-sankey.ts, added to the catalogue when that chart loads;
 * those of link groups (en-link.ts), notes (en-notes.ts), the map's year slider (en-slider.ts)
 * and `<apac-steps>` (en-steps.ts) with their code; and the words of data problems
 * (en-issues.ts) when a chart is given data of its own: a page pays only for the words its
 * charts can show.
 */
export const en = {
  // The frame around every chart
  'frame.loading': 'Loading data…',
  'frame.source': 'Source:',
  'frame.noSource': 'No source is given for this data.',
  'frame.perRow': 'rows cite their own sources (see the data table)',
  'frame.uncitedRows': {
    one: '{count} row gives no source.',
    other: '{count} rows give no source.',
  },
  'frame.showTable': 'Show data as table',
  'frame.hideTable': 'Hide data table',
  'frame.tableMore': 'The first {shown} of {total} rows.',
  'frame.downloadCsv': 'Download all as CSV',
  'frame.someLeftOut': {
    one: 'Some of the data was left out ({count} problem); the rest is drawn.',
    other: 'Some of the data was left out ({count} problems); the rest is drawn.',
  },
  'frame.noneDrawn': {
    one: 'None of the data could be drawn ({count} problem).',
    other: 'None of the data could be drawn ({count} problems).',
  },
  'frame.nothingToDraw': 'There is no data to draw.',
  'frame.moreIssues': '…and {count} more (listed in the browser console).',
  'frame.retry': 'Try again',
  'frame.retrying': 'Trying again…',
  'load.network': 'Could not load data from {url}: the network request failed.',
  'load.status': 'Could not load data from {url}: the server answered {status}.',
  'load.unreadable': 'Could not read the data from {url}: it is not valid JSON.',
  'load.failed': 'Could not load the data.',
  'progress.reading': 'Reading {rows} rows…',
  'progress.readingFile': 'Reading the file…',
  'progress.checking': 'Checking {rows} rows…',
  'progress.checkingData': 'Checking the data…',
  'progress.preparing': 'Preparing {rows} rows to draw…',
  'progress.preparingData': 'Preparing the data to draw…',
  'limit.timelineDense':
    '{shown} events in view are too many to draw one by one, so they are drawn as counts. Zoom in (or set From and To) to see single events; the data table lists them all.',
  'limit.timelineRows':
    'Listing the first {listed} of {inView} events in this span. Set From and To, or filter, to list the others; the data table lists them all.',
  'limit.sankey':
    'Drawing the largest flows: {links} of {allLinks}, among {nodes} of {allNodes} nodes (more would be too thin to see). The data table lists every flow.',
  'select.selected': 'Selected {label}.',
  'select.cleared': 'Selection cleared.',
  'highlight.line': 'Highlighted: {names}.',
  'highlight.forum': '{forum} events',
  'highlight.host': 'events hosted by {economy}',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.reset': 'Reset zoom',
  'table.source': 'Source',
  'table.note': 'Note',
} as const;

/** A message: text, or plural forms keyed by Intl.PluralRules category (`other` required). */
export type Message = string | ({other: string} & Partial<Record<Intl.LDMLPluralRule, string>>);
/** Every key of the English catalogue, its parts loaded or not. */
export type MessageKey =
  | keyof typeof en
  | keyof typeof issuesEn
  | keyof typeof enMap
  | keyof typeof enIndicators
  | keyof typeof enTimeline
  | keyof typeof enSankey
  | keyof typeof enLink
  | keyof typeof enSlider
  | keyof typeof enNotes
  | keyof typeof enSteps;
/** A whole catalogue: every key of the English one. */
export type Catalogue = Record<MessageKey, Message>;
