/**
 * One panel of the map drawn: its projection fitted to the economies it frames, and every shape
 * on it scaled, translated and clipped from the projection made once (reference.ts). Pure.
 */
import {mesh} from 'topojson-client';
import type {Feature, Geometry, MultiLineString} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {MapFrame} from './geo.js';
import {OFF, Placement, referenceFor, type Placed} from './reference.js';

const round = (n: number) => Math.round(n * 10) / 10;

export interface Panel {
  /** The focus economies framed in this panel. */
  features: Feature<Geometry>[];
  /** Its rectangle on the map: [[x0, y0], [x1, y1]]. */
  extent: [[number, number], [number, number]];
}

/**
 * The scale and translation projection.fitExtent gives `features` in `extent`, from the bounds of
 * the shapes projected once (reference.ts).
 */
function fitExtent(
  topology: Topology,
  extent: [[number, number], [number, number]],
  features: Feature<Geometry>[]
): {scale: number; translate: [number, number]} {
  const reference = referenceFor(topology);
  const [[bx0, by0], [bx1, by1]] = reference.bounds(features);
  const [[x0, y0], [x1, y1]] = extent;
  const [w, h] = [x1 - x0, y1 - y0];
  const k = Math.min(w / (bx1 - bx0), h / (by1 - by0));
  return {
    scale: reference.scale * k,
    translate: [x0 + (w - k * (bx1 + bx0)) / 2, y0 + (h - k * (by1 + by0)) / 2],
  };
}

/** The borders drawn for a focus and the economies a panel frames: width does not change them. */
const borderCache = new WeakMap<Topology, Map<string, MultiLineString>>();

/** The land borders touching an economy in `focus` that the panel frames (cached per topology). */
function focusBorders(
  topology: Topology,
  focus: ReadonlySet<string>,
  framed: ReadonlySet<string>
): MultiLineString {
  const key = `${[...focus].sort().join()}|${[...framed].sort().join()}`;
  const cached = borderCache.get(topology) ?? new Map<string, MultiLineString>();
  borderCache.set(topology, cached);
  const hit = cached.get(key);
  if (hit) return hit;
  const objects = topology.objects as Record<string, GeometryCollection | undefined>;
  const land: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: [
      ...(objects['economies']?.geometries ?? []),
      ...(objects['context']?.geometries ?? []),
    ],
  };
  const inFocus = (g: {id?: string | number}) =>
    focus.has(String(g.id)) && framed.has(String(g.id));
  const borders = mesh(topology, land, (a, b) => a !== b && (inFocus(a) || inFocus(b)));
  cached.set(key, borders);
  return borders;
}

interface Drawn {
  d: string;
  centroid: [number, number];
  area: number;
  size: [number, number];
}

interface DrawnPanel {
  shapes: Map<string, Drawn>;
  context: string;
  borders: string;
  outline: string;
  frame: MapFrame;
}

/**
 * One frame of the map: the projection fitted to its focus, every path clipped to it. The shapes
 * are the reference projection's (reference.ts), scaled and translated to the frame; the
 * economies in `elsewhere` (framed by another panel) are left out.
 */
export function drawPanel(
  topology: Topology,
  economies: ReadonlyMap<string, Feature<Geometry>>,
  panel: Panel,
  pad: number,
  focus: ReadonlySet<string>,
  elsewhere: ReadonlySet<string> = new Set()
): DrawnPanel {
  const [[x0, y0], [x1, y1]] = panel.extent;
  const {scale, translate} = fitExtent(
    topology,
    [
      [x0 + pad, y0 + pad],
      [Math.max(x0 + pad + 1, x1 - pad), Math.max(y0 + pad + 1, y1 - pad)],
    ],
    panel.features
  );
  const reference = referenceFor(topology, scale);
  const place = new Placement(reference, scale, translate, panel.extent);
  const shapes = new Map<string, Drawn>();
  for (const id of economies.keys()) {
    // An economy another panel frames is drawn there only (geo.ts): not clipped here for nothing.
    if (elsewhere.has(id)) continue;
    // Written and measured from the reference; an economy that is not polygons is not drawn.
    const drawn = reference.economy(id);
    shapes.set(id, measured(drawn ? place.draw(drawn) : OFF));
  }
  // Borders of the economies this panel frames: a border of the other panel's economies (New
  // Guinea's, at 141°E) would show as a stray stroke at this panel's edge.
  const borders = focusBorders(topology, focus, new Set(panel.features.map((f) => String(f.id))));
  return {
    shapes,
    context: place.path(reference.context),
    borders: place.lines(reference.lines(borders)),
    outline: place.path([reference.sphere]),
    frame: {extent: panel.extent, scale, translate},
  };
}

/** A shape's path, centroid (of its largest polygon), area and size, as drawn on the panel. */
function measured({d, measures}: Placed): Drawn {
  const {area, centroid, bounds} = measures;
  const [[bx0, by0], [bx1, by1]] = bounds;
  return {
    d,
    centroid: [round(centroid[0]), round(centroid[1])],
    area: d ? area : 0,
    size: d ? [round(bx1 - bx0), round(by1 - by0)] : [0, 0],
  };
}
