import type {MarkModel} from '../../core/marks.js';
import type {Translate} from '../../i18n/catalogue.js';
import type {TimedEvent} from '../../layout/timeline/events.js';
import type {TimelineLayout} from '../../layout/timeline/layout.js';
import type {ClusterItem} from '../../layout/timeline/pack.js';
import {timelineNeighbour} from '../../layout/timeline/reading.js';
import type {TimelineEvent} from '../../schema/events.js';
import {clusterLabel, eventLabel, tooltip, yearLabel} from './timeline.templates.js';

export interface TimelineMarkContext {
  lang: string;
  /** The events' own words' language (SourceLine.dataLang). */
  dataLang: string | undefined;
  /** The chart's words. */
  tx: Translate;
  /** Any event by id: the card links to events drawn apart, inside a cluster, or filtered out. */
  find: (id: string) => TimedEvent | undefined;
  /** A cluster picked: zoom in on it. */
  zoomInto: (cluster: ClusterItem) => void;
  /** A year heading picked (vertical): open or close the year. */
  toggleYear: (id: string) => void;
  /** True while a drag along the dates goes on (pointer moves do not hover). */
  paused: () => boolean;
  /** Draws the rows about `y` (a virtualised vertical list), before one takes focus. */
  reveal: (y: number) => void;
}

/** The timeline's marks: events (their record is the datum) and clusters (no record: a pick zooms in). */
export function timelineMarks(
  layout: TimelineLayout,
  c: TimelineMarkContext
): MarkModel<TimelineEvent> {
  const items = new Map(layout.items.map((it) => [it.id, it]));
  const rows = new Map(layout.rows.map((r) => [r.id, r]));
  const years = new Map(layout.years.map((y) => [y.id, y]));
  return {
    order: layout.order,
    neighbour: (from, key) => timelineNeighbour(layout, from, key),
    datum: (id) => c.find(id)?.event,
    label: (id) => {
      const y = years.get(id);
      if (y) return yearLabel(y, c.tx);
      const it = items.get(id);
      if (it?.type === 'cluster') return clusterLabel(it, c.lang, c.tx);
      const t = c.find(id);
      return t ? eventLabel(t, c.lang, c.tx) : '';
    },
    tooltip: (id) => {
      const it = items.get(id);
      const of = it?.type === 'cluster' ? it : c.find(id);
      return of && tooltip(of, c.lang, c.tx, c.dataLang);
    },
    anchor: (id) => {
      const it = items.get(id);
      return it ? [it.x1, it.y] : [layout.left, rows.get(id)?.markY ?? 0];
    },
    // A row of the vertical list writes all its tooltip would, unless its title or its forum
    // and city are cut: a tap shows none, as on a Sankey list's rows (it repeated the row
    // tapped on a phone, over the one above).
    tapTooltip: (id) => {
      const r = rows.get(id);
      return !r || [...r.title, ...r.context].some((line) => line.endsWith('…'));
    },
    pick: (id) => {
      if (years.has(id)) {
        c.toggleYear(id);
        return true;
      }
      const it = items.get(id);
      if (it?.type !== 'cluster') return false;
      c.zoomInto(it);
      return true;
    },
    // After a zoom, focus stays with the cluster that took the event focused before.
    repair: (lost) => {
      const was = c.find(lost);
      if (!was) return undefined;
      return layout.items.find((it) =>
        it.type === 'cluster' ? it.members.includes(was) : it.timed === was
      )?.id;
    },
    paused: c.paused,
    reveal: (id) => {
      const row = rows.get(id);
      if (row) c.reveal(row.y);
    },
  };
}
