import type {StateOf} from '../../core/chart-state.js';
import type {ApacTimeline} from './timeline.js';

/** What `setState` sets on a timeline in one update: any of these, the others left as they are. */
export const STATE_KEYS = [
  'from',
  'to',
  'forum',
  'economy',
  'kind',
  'selected',
  'highlight',
  'shownNotes',
] as const;
export type TimelineState = StateOf<ApacTimeline, (typeof STATE_KEYS)[number]>;
