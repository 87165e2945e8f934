/** `apac-viz/choropleth`: registers `<apac-choropleth>`. */
import {ApacChoropleth} from './elements/choropleth/choropleth.js';

export {ApacChoropleth};
export type {ChoroplethDatum, ChoroplethState} from './elements/choropleth/choropleth.js';

if (!customElements.get('apac-choropleth'))
  customElements.define('apac-choropleth', ApacChoropleth);

declare global {
  interface HTMLElementTagNameMap {
    'apac-choropleth': ApacChoropleth;
  }
}
