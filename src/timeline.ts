/** `apac-viz/timeline`: registers `<apac-timeline>`. */
import {ApacTimeline} from './elements/timeline/timeline.js';
import {defineNote} from './core/apac-note.js';

export {ApacTimeline};
export type {TimelineState} from './elements/timeline/timeline.js';

defineNote();
if (!customElements.get('apac-timeline')) customElements.define('apac-timeline', ApacTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'apac-timeline': ApacTimeline;
  }
}
