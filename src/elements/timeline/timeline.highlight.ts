import type {Highlighted} from '../../core/highlight-controller.js';
import type {Translate} from '../../i18n/catalogue.js';
import type {TimelineLayout} from '../../layout/timeline/layout.js';
import type {EconomyResolver} from '../../schema/economy-key.js';
import type {TimelineEvent} from '../../schema/events.js';

export interface TimelineHighlightContext {
  /** Every event loaded (a token may name one that is filtered out or inside a cluster). */
  events: readonly TimelineEvent[];
  resolveEconomy: EconomyResolver;
  /** An economy's name for the reader, by alpha-2. */
  nameOf: (id: string) => string;
  t: Translate;
}

/**
 * The events `highlight`'s tokens pick out: each token is an event id, `forum:NAME` (the events
 * of that forum, as the data spells it, any case) or `host:ECONOMY` (events hosted by an
 * economy given by code or name); with what they pick out, in words.
 */
export function highlightedEvents(
  tokens: readonly string[],
  c: TimelineHighlightContext
): {match: (e: TimelineEvent) => boolean; names: string[]} {
  const ids = new Set<string>();
  const forums = new Set<string>();
  const hosts = new Set<string>();
  const names: string[] = [];
  const byId = new Map(c.events.map((e) => [e.id, e]));
  for (const token of tokens) {
    const [, kind, rest] = /^(forum|host):\s*(.+)$/i.exec(token) ?? [];
    if (kind?.toLowerCase() === 'forum' && rest) {
      const forum = c.events.find((e) => e.forum.toLowerCase() === rest.toLowerCase())?.forum;
      if (forum && !forums.has(forum)) {
        forums.add(forum);
        names.push(c.t('highlight.forum', {forum}));
      }
    } else if (kind?.toLowerCase() === 'host' && rest) {
      const host = c.resolveEconomy(rest);
      if (host && !hosts.has(host)) {
        hosts.add(host);
        names.push(c.t('highlight.host', {economy: c.nameOf(host)}));
      }
    } else {
      const event = byId.get(token);
      if (event && !ids.has(event.id)) {
        ids.add(event.id);
        names.push(event.title);
      }
    }
  }
  const match = (e: TimelineEvent) =>
    ids.has(e.id) || forums.has(e.forum) || (e.economy !== null && hosts.has(e.economy));
  return {match, names};
}

/**
 * The timeline's reading of `highlight` (`highlightedEvents`): the marks kept strong are the
 * matching events, the clusters holding one, and the year headings (vertical timeline) of the
 * years they fall in.
 */
export function timelineHighlight(
  layout: TimelineLayout,
  tokens: readonly string[],
  c: TimelineHighlightContext
): Highlighted {
  const {match, names} = highlightedEvents(tokens, c);
  const marks = new Set<string>();
  for (const it of layout.items) {
    const hit =
      it.type === 'cluster' ? it.members.some((m) => match(m.event)) : match(it.timed.event);
    if (hit) marks.add(it.id);
  }
  for (const r of layout.rows) if (match(r.timed.event)) marks.add(r.id);
  // A year heading (vertical) stays strong when a highlighted event falls in it: on a phone the
  // closed years then show where to open.
  const years = new Set(c.events.filter(match).map((e) => Number(e.start.slice(0, 4))));
  for (const y of layout.years) if (years.has(y.year)) marks.add(y.id);
  return {ids: marks, names};
}
