/**
 * The Sankey's bundled data: the two reports' graphs and source lines, and what the TOCTA
 * report's legend quotes beside its flows (the stated total, later statements) in the reader's
 * words, with those statements' own sources.
 */
import flowsFile from '../../../data/flows.json';
import type {Translate} from '../../i18n/catalogue.js';
import {formatPartialDate} from '../../layout/format-dates.js';
import type {SankeyLegendFacts} from '../../layout/sankey/legend.js';
import type {FlowsDataset} from '../../schema/flows.js';
import {sea2019Graph, toctaGraph, type SankeyGraph} from '../../schema/sankey-graph.js';

const FLOWS = flowsFile as unknown as FlowsDataset;

/** A bundled report: its graph, and its source line. */
interface BundledReport {
  graph: () => SankeyGraph;
  source: string;
}

export const REPORTS: Record<'tocta2013' | 'sea2019', BundledReport> = {
  tocta2013: {graph: () => toctaGraph(FLOWS), source: FLOWS.tocta2013.citation},
  // A market whose figure is not the release's (a press copy, a secondary source) is named with
  // its own source: the line under the chart is what a reader quotes.
  sea2019: {
    graph: () => sea2019Graph(FLOWS),
    source: [
      FLOWS.sea2019.citation,
      ...FLOWS.sea2019.markets
        .filter((m) => !FLOWS.sea2019.citation.startsWith(m.citation))
        .map((m) => `${m.crime}: ${m.citation}`),
    ].join('; '),
  },
};
export type Report = keyof typeof REPORTS;

type Quoted = Pick<SankeyLegendFacts, 'statedTotal' | 'statedNote' | 'later'>;

/**
 * What the TOCTA report's legend quotes (`facts`) and their sources, a release and a conference
 * (`sources`: the source line offers them on request).
 */
export function toctaStatements(t: Translate, lang: string): {facts: Quoted; sources: string[]} {
  const {statedTotal, laterStatements, publisher} = FLOWS.tocta2013;
  const later = laterStatements.map((l) => ({...l, date: formatPartialDate(l.date, lang)}));
  return {
    facts: {
      statedTotal: `${statedTotal.text} (${publisher})`,
      statedNote: statedTotal.note,
      later: later.map((l) => ({
        words: t('sankey.later', {date: l.date, publisher, text: l.text, region: l.geography}),
        note: l.note,
      })),
    },
    sources: [
      t('sankey.totalSource', {source: statedTotal.citation}),
      ...later.map((l) => t('sankey.laterSource', {date: l.date, source: l.citation})),
    ],
  };
}
