/** `apac-viz/sankey`: registers `<apac-sankey>`. */
import {ApacSankey} from './elements/sankey/sankey.js';

export {ApacSankey};

if (!customElements.get('apac-sankey')) customElements.define('apac-sankey', ApacSankey);

declare global {
  interface HTMLElementTagNameMap {
    'apac-sankey': ApacSankey;
  }
}
