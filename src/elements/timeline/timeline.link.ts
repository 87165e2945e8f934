import {
  chartLinkOptions,
  type ChartLinkOptions,
  type LinkGroupController,
  type LinkGroupOptions,
  type LinkHost,
} from '../../core/link-group-controller.js';
import '../../i18n/en-link.js';
import type {TimedEvent} from '../../layout/timeline/events.js';
import {joinList} from '../../i18n/lists.js';

/** What the timeline's link to a group needs from it. */
export type TimelineLinkHost = LinkHost & {
  linkGroup: string;
  syncUrl: boolean;
  selected: string | undefined;
  /** The host-economy filter (`economy` attribute). */
  economy: string;
};

export interface TimelineLinkOptions extends ChartLinkOptions {
  find: (id: string) => TimedEvent | undefined;
  nameOf: () => (economy: string) => string;
  lang: () => string;
}

/**
 * The timeline in a link group. Picking an event publishes it, its host economy and its year; a
 * date range publishes the year it ends in. Economies picked elsewhere FILTER the timeline to
 * the events they hosted (the `economy` attribute, restored when the group is cleared), so that
 * "Showing N of M events" counts them; filtering rather than highlighting because a highlight
 * among a hundred events, clusters and a folded phone list would not show which ones they are.
 */
export function linkTimeline(
  host: TimelineLinkHost,
  link: LinkGroupController,
  o: TimelineLinkOptions
): LinkGroupOptions {
  /** The page's own `economy` filter while the group's replaces it. */
  let authored: string | undefined;
  host.addEventListener('apac-range', (e) => {
    const year = Number(e.detail.to.slice(0, 4));
    if (Number.isInteger(year)) link.adjust({year});
  });
  return {
    ...chartLinkOptions(host, o),
    kind: 'timeline',
    pick: () => {
      const picked = host.selected !== undefined ? o.find(host.selected) : undefined;
      if (!picked) return undefined;
      const {id, economy, start} = picked.event;
      return {event: id, host: economy ?? undefined, year: Number(start.slice(0, 4))};
    },
    show: (selection) => {
      const said: string[] = [];
      const t = o.t();
      const filter = selection.economies?.join(',');
      if (filter !== undefined && filter !== host.economy) {
        authored ??= host.economy;
        host.economy = filter;
        const names = selection.economies?.map(o.nameOf()) ?? [];
        const economies = joinList(names, o.lang());
        said.push(t('link.hostedBy', {economies}));
      } else if (filter === undefined && authored !== undefined) {
        host.economy = authored;
        authored = undefined;
        said.push(t('link.allEvents'));
      }
      const event = selection.event && o.find(selection.event) ? selection.event : undefined;
      if (event !== host.selected) {
        host.selected = event;
        const title = event !== undefined ? o.find(event)?.event.title : undefined;
        said.push(title ? t('select.selected', {label: title}) : t('select.cleared'));
      }
      return {said};
    },
  };
}
