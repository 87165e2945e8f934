/** The Sankey's state in the page URL's hash (`sync-url`), loaded by a Sankey that has it. */
import type {HashOptions} from '../../core/hash-controller.js';
import type {SankeyLinkHost} from './sankey.link.js';

/**
 * `sync-url` for the Sankey: `#flows.report=…&flows.selected=…` (the prefix is the element's
 * `id` when it has one). In a link group the group keeps the selection.
 */
export function sankeyHash(host: SankeyLinkHost, o: {ready: () => boolean}): HashOptions {
  return {
    keys: ['report', 'selected'],
    prefix: () => (host.id ? `${host.id}.` : 'flows.'),
    ready: o.ready,
    state: () => ({
      report: host.report,
      selected: host.linkGroup ? undefined : host.selected,
    }),
    apply: ({report, selected}) => {
      if (report) host.report = report;
      if (selected && !host.linkGroup) host.selected = selected;
    },
  };
}
