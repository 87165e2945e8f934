/** The map's links: to the other charts of its link group, and to the page URL (`sync-url`). */
import {
  chartLinkOptions,
  type ChartLinkOptions,
  type LinkGroupOptions,
  type LinkHost,
} from '../../core/link-group-controller.js';
import '../../i18n/en-link.js';
import {joinList} from '../../i18n/lists.js';

export type MapLinkHost = LinkHost & {
  id: string;
  linkGroup: string;
  syncUrl: boolean;
  selected: string | undefined;
  indicator: string;
  year: number | undefined;
};

export interface MapLinkOptions extends ChartLinkOptions {
  /** Whether the map draws economy `id` in focus (it can be picked out). */
  has: (id: string) => boolean;
  /** An economy's name in the chart's language. */
  nameOf: (id: string) => string;
  /** Whether `year` changes what the map shows (membership, or a year indicator). */
  usesYear: () => boolean;
  lang: () => string;
}

/**
 * The map in a link group. Picking an economy publishes it. The group's economies (or a picked
 * event's host) are picked out: one is selected, several are outlined (class `linked`). The
 * group's year becomes the map's `year` when the map shows membership or a year indicator; the
 * page's own `year` comes back when the group is cleared.
 */
export function linkMap(host: MapLinkHost, o: MapLinkOptions): LinkGroupOptions {
  /** The page's own `year` while the group's replaces it. */
  let authored: {year: number | undefined} | undefined;
  return {
    ...chartLinkOptions(host, o),
    kind: 'map',
    pick: () => (host.selected !== undefined ? {economies: [host.selected]} : undefined),
    show: (selection) => {
      const t = o.t();
      const said: string[] = [];
      const wanted = selection.host ? [selection.host] : (selection.economies ?? []);
      const shown = wanted.filter(o.has);
      const selected = shown.length === 1 ? shown[0] : undefined;
      if (selected !== host.selected) {
        host.selected = selected;
        if (selected !== undefined) said.push(t('select.selected', {label: o.nameOf(selected)}));
        else if (shown.length < 2) said.push(t('select.cleared'));
      }
      if (shown.length > 1)
        said.push(t('link.pickedOut', {names: joinList(shown.map(o.nameOf), o.lang())}));
      if (selection.year !== undefined && o.usesYear()) {
        authored ??= {year: host.year};
        if (host.year !== selection.year) {
          host.year = selection.year;
          said.push(t('link.year', {year: String(selection.year)}));
        }
      } else if (selection.year === undefined && authored) {
        host.year = authored.year;
        authored = undefined;
      }
      return {said, linked: shown.length > 1 ? shown : []};
    },
  };
}
