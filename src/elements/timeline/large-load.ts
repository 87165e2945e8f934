/**
 * How a timeline gets the layouts of large data (layout/timeline/large.ts): in a chunk of its
 * own, loaded with the validators, as only a user's data is that large. The one-file bundle,
 * which carries every byte anyway, has large-load.inline.ts in this module's place
 * (vite.config.ts): a chunk inlined there costs the bytes of a lazy wrapper around it.
 */
import type * as Large from '../../layout/timeline/large.js';

export type LargeModule = Pick<typeof Large, 'laneIndexSteps' | 'largeTimelineLayout'>;

export const loadLarge = (): Promise<LargeModule> => import('../../layout/timeline/large.js');
