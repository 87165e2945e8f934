/** The timeline's state in the page URL's hash (`sync-url`), loaded by a timeline that has it. */
import type {HashOptions} from '../../core/hash-controller.js';

/** What the hash reads from and gives to a timeline (timeline.controllers.ts, timelineHash). */
export interface TimelineHashState {
  /** Whether it has drawn. */
  ready: () => boolean;
  /** The open event. */
  selected: () => string | undefined;
  /** The span the reader zoomed into, as its first and last days (undefined: not zoomed). */
  days: () => [string, string] | undefined;
  /** Opens event `id` (when there is one). */
  open: (id: string) => void;
  /** Shows the days from `from` to `to`. */
  show: (from: string, to: string) => void;
}

/** With `sync-url`: the open event and a zoomed span, as `#event=…&from=…&to=…`. */
export function timelineHashOptions(host: {id: string}, o: TimelineHashState): HashOptions {
  return {
    keys: ['event', 'from', 'to'],
    prefix: () => (host.id ? `${host.id}.` : ''),
    ready: o.ready,
    state: () => {
      const [from, to] = o.days() ?? [];
      return {event: o.selected(), from, to};
    },
    apply: ({event, from, to}) => {
      if (event) o.open(event);
      if (from && to) o.show(from, to);
    },
  };
}
