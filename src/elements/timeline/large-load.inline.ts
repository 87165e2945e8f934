/** large-load.ts for the one-file bundle (vite.config.ts): the layouts of large data inline. */
import {laneIndexSteps, largeTimelineLayout} from '../../layout/timeline/large.js';
import type {LargeModule} from './large-load.js';

export const loadLarge = (): Promise<LargeModule> =>
  Promise.resolve({laneIndexSteps, largeTimelineLayout});
