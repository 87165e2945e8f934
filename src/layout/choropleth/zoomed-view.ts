/**
 * The map as the reader has zoomed it, for its names, numbers and circles: the geometry scaled and
 * moved into the view (its paths drawn under the view's transform, not projected again), and the
 * economies that show in it, each at a point of its land on the screen. Laid out in the view's
 * own pixels, the names keep their size however far the reader zooms, and an economy too small to
 * name on the whole map is named once it is drawn large enough. A chunk of its own, loaded when
 * a map is first zoomed (choropleth.chunks.ts). Pure.
 */
import type {Topology} from 'topojson-specification';
import type {EconomyShape, MapFrame, MapGeometry} from './geo.js';
import type {economyAt as EconomyAtFn} from './land-at.js';
import type {LandAt} from './label-spots.js';
import {isIdentity, type MapView} from './zoomed.js';

const round = (n: number) => Math.round(n * 10) / 10;

type EconomyAt = typeof EconomyAtFn;

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
 * its centroid near an edge) at a point inside the largest part that shows, in its own panel
 * (China's centroid, off a view of the South China Sea, would leave it unnamed); the others left
 * out (no circle or number for an economy the reader cannot see). The economies out of focus are
 * kept as they are: their land is land that names and circles keep off.
 */
export function inView(geometry: MapGeometry, landAt: LandAt): EconomyShape[] {
  const {width, height, frames} = geometry;
  const inside = ([x, y]: readonly [number, number], m: number) =>
    x >= m && x <= width - m && y >= m && y <= height - m;
  const shown: EconomyShape[] = [];
  // Those with a centroid near or off the view's edges: the points of their land found in it.
  const partly = new Map<string, [number, number][]>();
  for (const e of geometry.economies) {
    if (!e.inFocus || inside(e.centroid, EDGE)) shown.push(e);
    else partly.set(e.id, []);
  }
  if (!partly.size) return shown;
  for (let y = EDGE / 2; y < height - EDGE / 2; y += SCAN)
    for (let x = EDGE / 2; x < width - EDGE / 2; x += SCAN) {
      const id = landAt(x, y);
      if (id !== undefined) partly.get(id)?.push([x, y]);
    }
  const within = ([x, y]: readonly [number, number], {extent: [[x0, y0], [x1, y1]]}: MapFrame) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;
  for (const e of geometry.economies) {
    // Only where its own panel is: Russia's land in the Americas' panel (Chukotka, drawn there as
    // no one's) put "Russia" beside Alaska.
    const home = frames.find((f) => within(e.centroid, f));
    const points = partly.get(e.id)?.filter((p) => !home || within(p, home));
    if (!points) continue;
    if (points.length) shown.push({...e, centroid: densest(points)});
    // (None found: too small for the scan's step; in the view if its centroid is.)
    else if (inside(e.centroid, INSET)) shown.push(e);
  }
  return shown;
}

/**
 * Of points on a grid every SCAN px, the one with the most of the others around it (two steps
 * each way), nearest their middle of those: inside the largest part that shows, not on an
 * island off it (China's, on a view of Cambodia, went on Hainan with the mainland unnamed).
 */
function densest(points: readonly [number, number][]): [number, number] {
  const at = new Set(points.map(([x, y]) => `${x},${y}`));
  const around = ([x, y]: readonly [number, number]) => {
    let n = 0;
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) if (at.has(`${x + dx * SCAN},${y + dy * SCAN}`)) n++;
    return n;
  };
  const counts = points.map(around);
  const most = Math.max(...counts);
  const deep = points.filter((_, i) => counts[i] === most);
  const mx = deep.reduce((s, p) => s + p[0], 0) / deep.length;
  const my = deep.reduce((s, p) => s + p[1], 0) / deep.length;
  const [nearest = [mx, my]] = deep.sort(
    (a, b) => Math.hypot(a[0] - mx, a[1] - my) - Math.hypot(b[0] - mx, b[1] - my)
  );
  return nearest;
}

interface ZoomedMap {
  /** The geometry drawn (an economy partly in the view centred on the part that shows). */
  geometry: MapGeometry;
  /** The geometry the names and circles are placed on: the economies that show only. */
  placing: MapGeometry;
}

/** The last view laid out of each map. */
const remembered = new WeakMap<MapGeometry, {view: MapView; value: ZoomedMap}>();

/**
 * The map `whole` in `view`; undefined for the view of the whole. `economyAt` and `topology`:
 * which of a map's economies is drawn at a point (land-at.ts; passed in, so that it stays in the
 * map's chunk, not one of its own).
 */
export function zoomedMap(
  whole: MapGeometry,
  view: MapView,
  economyAt: EconomyAt,
  topology: Topology
): ZoomedMap | undefined {
  if (isIdentity(view)) return undefined;
  // The same view of the same map (a year stepped, a language changed) is the same geometry: its
  // names' placement is remembered with it (placement.ts).
  const last = remembered.get(whole);
  if (last?.view.k === view.k && last.view.x === view.x && last.view.y === view.y)
    return last.value;
  const zoomed = zoomedGeometry(whole, view);
  const drawn = zoomed.economies.filter((s) => s.d).map((s) => s.id);
  const economies = inView(zoomed, economyAt(topology, zoomed.frames, drawn));
  // An economy partly in the view is marked (its tooltip, its tag) on the part that shows too.
  const shown = new Map(economies.map((e) => [e.id, e]));
  const value = {
    geometry: {...zoomed, economies: zoomed.economies.map((e) => shown.get(e.id) ?? e)},
    placing: {...zoomed, economies},
  };
  remembered.set(whole, {view, value});
  return value;
}
