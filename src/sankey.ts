/** `apac-viz/sankey`: registers `<apac-sankey>`. */
import {ApacSankey} from './elements/sankey/sankey.js';

export {ApacSankey};
export type {SankeyState} from './elements/sankey/sankey.js';

if (!customElements.get('apac-sankey')) customElements.define('apac-sankey', ApacSankey);

declare global {
  interface HTMLElementTagNameMap {
    'apac-sankey': ApacSankey;
  }
}
