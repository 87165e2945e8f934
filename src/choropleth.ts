/** `apac-viz/choropleth`: registers `<apac-choropleth>`. */
import {ApacChoropleth} from './elements/choropleth/choropleth.js';
import {defineNote} from './core/apac-note.js';

export {ApacChoropleth};
export type {ChoroplethDatum, ChoroplethState} from './elements/choropleth/choropleth.js';

defineNote();
if (!customElements.get('apac-choropleth'))
  customElements.define('apac-choropleth', ApacChoropleth);

declare global {
  interface HTMLElementTagNameMap {
    'apac-choropleth': ApacChoropleth;
  }
}
