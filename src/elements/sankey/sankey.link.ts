/** The Sankey's links: to the other charts of its link group, and to the page URL (`sync-url`). */
import {
  chartLinkOptions,
  type ChartLinkOptions,
  type LinkGroupOptions,
  type LinkHost,
} from '../../core/link-group-controller.js';
import '../../i18n/en-link.js';
import type {SankeyNode} from '../../schema/sankey-input.js';
import {joinList} from '../../i18n/lists.js';

export type SankeyLinkHost = LinkHost & {
  id: string;
  linkGroup: string;
  syncUrl: boolean;
  selected: string | undefined;
  report: string;
};

export interface SankeyLinkOptions extends ChartLinkOptions {
  /** The nodes drawn. */
  nodes: () => readonly SankeyNode[];
  /** Whether `id` is a node or flow drawn (it can be picked out). */
  has: (id: string) => boolean;
  lang: () => string;
}

/**
 * The Sankey in a link group. Picking a node or flow publishes it, with the economies a node
 * stands for when its data names them (`economies`, cited; regions have none and link to
 * nothing else). Economies picked elsewhere pick out the nodes that name them: one is selected,
 * several are outlined (class `linked`).
 */
export function linkSankey(host: SankeyLinkHost, o: SankeyLinkOptions): LinkGroupOptions {
  const byId = () => new Map(o.nodes().map((n) => [n.id, n]));
  return {
    ...chartLinkOptions(host, o),
    kind: 'flows',
    pick: () => {
      const id = host.selected;
      if (id === undefined) return undefined;
      return {node: id, economies: byId().get(id)?.economies};
    },
    show: (selection) => {
      const t = o.t();
      const said: string[] = [];
      const wanted = new Set(selection.host ? [selection.host] : (selection.economies ?? []));
      const shown =
        selection.node !== undefined
          ? [selection.node].filter(o.has)
          : o
              .nodes()
              .filter((n) => n.economies?.some((e) => wanted.has(e)))
              .map((n) => n.id);
      const selected = shown.length === 1 ? shown[0] : undefined;
      const nodes = byId();
      const label = (id: string) => nodes.get(id)?.label ?? id;
      if (selected !== host.selected) {
        host.selected = selected;
        if (selected !== undefined) said.push(t('select.selected', {label: label(selected)}));
        else if (shown.length < 2) said.push(t('select.cleared'));
      }
      if (shown.length > 1)
        said.push(t('link.pickedOut', {names: joinList(shown.map(label), o.lang())}));
      return {said, linked: shown.length > 1 ? shown : []};
    },
  };
}
