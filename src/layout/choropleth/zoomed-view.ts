/**
 * The map as the reader has zoomed it, for its names, numbers and circles: the geometry scaled and
 * moved into the view (its paths drawn under the view's transform, not projected again), and the
 * economies that show in it, each at a point of its land on the screen. Laid out in the view's
 * own pixels, the names keep their size however far the reader zooms, and an economy too small to
 * name on the whole map is named once it is drawn large enough. A chunk of its own, loaded when
 * a map is first zoomed (choropleth.chunks.ts). Pure.
 */
import type {EconomyShape, MapFrame, MapGeometry} from './geo.js';
import type {LandAt} from './label-spots.js';
import {isIdentity, type MapView} from './zoomed.js';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * `base` as the view shows it: its centroids, sizes, areas and panels in the view's pixels, its
 * paths drawn under `translate(offset) scale(scale)`. Width and height stay the map's: the view
 * is the map's box.
 */
export function zoomedGeometry(base: MapGeometry, {k, x, y}: MapView): MapGeometry {
  const at = ([px, py]: readonly [number, number]): [number, number] => [px * k + x, py * k + y];
  return {
    ...base,
    scale: base.scale * k,
    offset: [x, y],
    frames: base.frames.map((f) => ({
      extent: [at(f.extent[0]), at(f.extent[1])],
      scale: f.scale * k,
      translate: at(f.translate),
    })),
    economies: base.economies.map((e) => ({
      ...e,
      centroid: [round(e.centroid[0] * k + x), round(e.centroid[1] * k + y)],
      area: e.area * k * k,
      size: [round(e.size[0] * k), round(e.size[1] * k)],
    })),
  };
}

/** The step at which the view is scanned for the land of economies whose centroid is off it, px. */
const SCAN = 6;
/** How far in from the view's edges a centroid must be to count as in it, px. */
const INSET = 4;
/**
 * An economy whose centroid is this near an edge, px, may show mostly beyond it: it is marked
 * where its land shows, if any is found (Australia's name, on a view of the Java Sea, went on its
 * centroid at the view's bottom edge, under most of its land in the view).
 */
const EDGE = 24;

/**
 * The economies in focus that show in a zoomed view, as the names and circles are placed for them:
 * each whose centroid is in the view as it is; each with only part of its land in the view (or
 * its centroid near an edge) at the point of that part nearest the middle of what shows (China's centroid, off a view of the South
 * China Sea, would leave it unnamed); the others left out (no circle or number for an economy
 * the reader cannot see). The economies out of focus are kept as they are: their land is land
 * that names and circles keep off.
 */
export function inView(geometry: MapGeometry, landAt: LandAt): EconomyShape[] {
  const {width, height} = geometry;
  const inside = ([x, y]: readonly [number, number], m: number) =>
    x >= m && x <= width - m && y >= m && y <= height - m;
  const shown: EconomyShape[] = [];
  const partly = new Map<string, [number, number][]>();
  for (const e of geometry.economies) {
    if (!e.inFocus || inside(e.centroid, EDGE)) shown.push(e);
    else partly.set(e.id, []);
  }
  if (partly.size) {
    for (let y = INSET + SCAN / 2; y < height - INSET; y += SCAN)
      for (let x = INSET + SCAN / 2; x < width - INSET; x += SCAN) {
        const id = landAt(x, y);
        if (id !== undefined) partly.get(id)?.push([x, y]);
      }
    for (const e of geometry.economies) {
      const points = partly.get(e.id);
      if (!points) continue;
      // (None found: too small for the scan's step; in the view if its centroid is.)
      if (!points.length && inside(e.centroid, INSET)) shown.push(e);
      if (!points.length) continue;
      const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
      const my = points.reduce((s, p) => s + p[1], 0) / points.length;
      const [nearest = [mx, my]] = [...points].sort(
        (a, b) => Math.hypot(a[0] - mx, a[1] - my) - Math.hypot(b[0] - mx, b[1] - my)
      );
      shown.push({...e, centroid: nearest});
    }
  }
  return shown;
}

/**
 * The map `whole` in `view` (undefined for the view of the whole): the geometry drawn (an
 * economy partly in the view centred on the part that shows: inView), and the one its names and
 * circles are placed on, with the economies that show in the view only.
 * `landAt`: which of `ids` is drawn at a point of a map in `frames` (land-at.ts, economyAt; passed
 * in, so that it stays in the map's chunk, not one of its own).
 */
export function zoomedMap(
  whole: MapGeometry,
  view: MapView,
  landAt: (frames: readonly MapFrame[], ids: readonly string[]) => LandAt
): ZoomedMap | undefined {
  if (isIdentity(view)) return undefined;
  // The same view of the same map (a year stepped, a language changed) is the same geometry: its
  // names' placement is remembered with it (placement.ts).
  const last = remembered.get(whole);
  if (last?.view.k === view.k && last.view.x === view.x && last.view.y === view.y)
    return last.value;
  const value = zoomedOf(whole, view, landAt);
  remembered.set(whole, {view, value});
  return value;
}

interface ZoomedMap {
  geometry: MapGeometry;
  placing: MapGeometry;
}

/** The last view laid out of each map. */
const remembered = new WeakMap<MapGeometry, {view: MapView; value: ZoomedMap}>();

function zoomedOf(
  whole: MapGeometry,
  view: MapView,
  landAt: (frames: readonly MapFrame[], ids: readonly string[]) => LandAt
): ZoomedMap {
  const zoomed = zoomedGeometry(whole, view);
  const drawn = zoomed.economies.filter((s) => s.d).map((s) => s.id);
  const economies = inView(zoomed, landAt(zoomed.frames, drawn));
  // An economy partly in the view is marked (its tooltip, its tag) at the part that shows too.
  const shown = new Map(economies.map((e) => [e.id, e]));
  return {
    geometry: {...zoomed, economies: zoomed.economies.map((e) => shown.get(e.id) ?? e)},
    placing: {...zoomed, economies},
  };
}
