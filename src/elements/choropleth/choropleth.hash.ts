/** The map's state in the page URL's hash (`sync-url`), loaded by a map that has it. */
import type {HashOptions} from '../../core/hash-controller.js';
import type {ZoomController} from '../../core/zoom-controller.js';
import type {MapLinkHost} from './choropleth.link.js';

const round = (x: number) => String(Math.round(x * 1000) / 1000);

/**
 * `sync-url` for the map: `#map.indicator=…&map.year=…&map.selected=…&map.zoom=k,x,y` (the
 * prefix is the element's `id` when it has one). In a link group the group keeps the selection.
 */
export function mapHash(
  host: MapLinkHost,
  o: {ready: () => boolean; zoom: ZoomController}
): HashOptions {
  return {
    keys: ['indicator', 'year', 'selected', 'zoom'],
    prefix: () => (host.id ? `${host.id}.` : 'map.'),
    ready: o.ready,
    state: () => {
      const {k, x, y} = o.zoom.current;
      return {
        indicator: host.indicator,
        year: host.year !== undefined ? String(host.year) : undefined,
        selected: host.linkGroup ? undefined : host.selected,
        zoom: k !== 1 || x !== 0 || y !== 0 ? [k, x, y].map(round).join(',') : undefined,
      };
    },
    apply: ({indicator, year, selected, zoom}) => {
      if (indicator) host.indicator = indicator;
      const y = Number(year);
      if (year && Number.isInteger(y)) host.year = y;
      if (selected && !host.linkGroup) host.selected = selected.toUpperCase();
      const [k, x, dy] = (zoom ?? '').split(',').map(Number);
      if (
        k !== undefined &&
        x !== undefined &&
        dy !== undefined &&
        [k, x, dy].every(Number.isFinite)
      )
        o.zoom.transformTo(k, x, dy);
    },
  };
}
