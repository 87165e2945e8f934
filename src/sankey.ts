/** `apac-viz/sankey`: registers `<apac-sankey>`. */
import {ApacSankey} from './elements/sankey/sankey.js';
import {defineNote} from './core/apac-note.js';

export {ApacSankey};
export type {SankeyState} from './elements/sankey/sankey.js';

defineNote();
if (!customElements.get('apac-sankey')) customElements.define('apac-sankey', ApacSankey);

declare global {
  interface HTMLElementTagNameMap {
    'apac-sankey': ApacSankey;
  }
}
