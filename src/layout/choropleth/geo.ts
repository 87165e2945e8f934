/**
 * Map geometry for the choropleth: topology decoding (once per topology per page), the focus
 * regions, a Pacific-centred equal-area projection fitted to the focus, and SVG path strings.
 * Pure: no DOM, no Lit. Colouring is separate (classify.ts) so recolouring never re-projects.
 */
import {geoCentroid, geoEqualEarth, geoPath, type GeoProjection} from 'd3-geo';
import {feature, mesh} from 'topojson-client';
import type {Feature, FeatureCollection, Geometry, MultiLineString} from 'geojson';
import {largestPart, largestProjected, planarShape, projectParts} from './projected.js';
import type {GeometryCollection, Topology} from 'topojson-specification';

export const REGIONS = ['apec', 'asean', 'asean-plus-three', 'all'] as const;
export type Region = (typeof REGIONS)[number];

export interface MembershipLike {
  org: string;
  joined?: string | undefined;
}
export interface EconomyLike {
  id: string;
  memberships: readonly MembershipLike[];
}

/** The economies a region puts in focus. */
export function regionMembers(region: Region, economies: readonly EconomyLike[]): Set<string> {
  const has = (e: EconomyLike, ...orgs: string[]) =>
    e.memberships.some((m) => orgs.includes(m.org));
  const test: Record<Region, (e: EconomyLike) => boolean> = {
    apec: (e) => has(e, 'APEC'),
    asean: (e) => has(e, 'ASEAN'),
    'asean-plus-three': (e) => has(e, 'ASEAN', 'ASEAN Plus Three'),
    all: () => true,
  };
  return new Set(economies.filter(test[region]).map((e) => e.id));
}

export interface DecodedTopology {
  economies: Map<string, Feature<Geometry>>;
  context: Feature<Geometry>[];
}

const decoded = new WeakMap<Topology, DecodedTopology>();

/** Decodes the `economies` and `context` objects once per topology and shares the result. */
export function decodeTopology(topology: Topology): DecodedTopology {
  const cached = decoded.get(topology);
  if (cached) return cached;
  const objects = topology.objects as Record<string, GeometryCollection | undefined>;
  const collection = (name: string): Feature<Geometry>[] => {
    const object = objects[name];
    return object ? (feature(topology, object) as FeatureCollection<Geometry>).features : [];
  };
  const result: DecodedTopology = {
    economies: new Map(collection('economies').map((f) => [String(f.id), f])),
    context: collection('context'),
  };
  decoded.set(topology, result);
  return result;
}

/**
 * Equal Earth centred on 150°E: Asia, Oceania and the Americas on one map, cut in the
 * Atlantic so that Russia, the Aleutians and New Zealand are not split at 180°.
 */
export function pacificProjection(): GeoProjection {
  return geoEqualEarth().rotate([-150, 0]).precision(0.2);
}

export interface EconomyShape {
  id: string;
  d: string;
  /** Projected centroid of the largest part, in px. */
  centroid: [number, number];
  /** Projected area in px². */
  area: number;
  /** Width and height of its box on the map, px: what a finger can hit. */
  size: [number, number];
  inFocus: boolean;
}

export interface MapGeometry {
  width: number;
  height: number;
  economies: EconomyShape[];
  /** All context land as one path: quiet background, not interactive. */
  context: string;
  /**
   * Every land border that touches an economy in focus, as one path: drawn over the fills as a
   * dark-and-light double line, so each border stands out at 3:1 or more from any fill beside it.
   */
  borders: string;
  outline: string;
  /**
   * The path strings (`d`, context, borders, outline) are in the coordinates of a map this many
   * times narrower or wider (drawn under `scale(scale)`); centroids, areas and sizes are in this
   * map's. 1 when projected at this width (rescale.ts).
   */
  scale: number;
  /** How the height followed the width (rescale.ts): each panel's height, its aspect, the padding. */
  fit: PanelFit;
  /** Each panel's fitted projection, as plain numbers (see `projectOnMap`). */
  frames: MapFrame[];
}

export interface PanelFit {
  heights: number[];
  /** Height ÷ width of each panel's focus once fitted, between the padding. */
  aspects: number[];
  pad: number;
  /** The height was given, not chosen. */
  given: boolean;
}

/** A panel of the map: where it is drawn, and the scale and translation its projection was fitted with. */
export interface MapFrame {
  extent: [[number, number], [number, number]];
  scale: number;
  translate: [number, number];
}

/**
 * Where longitude/latitude `point` is drawn on the map: projected as its panel's projection was
 * fitted; undefined when it falls outside every panel.
 */
export function projectOnMap(
  frames: readonly MapFrame[],
  point: [number, number]
): [number, number] | undefined {
  for (const f of frames) {
    const xy = pacificProjection().scale(f.scale).translate(f.translate)(point);
    const [[x0, y0], [x1, y1]] = f.extent;
    if (xy && xy[0] >= x0 && xy[0] <= x1 && xy[1] >= y0 && xy[1] <= y1) return xy;
  }
  return undefined;
}

export interface GeometryOptions {
  width: number;
  height?: number | undefined;
  focus: ReadonlySet<string>;
  padding?: number;
}

/** Tallest map drawn unless a height is given: a map should not outgrow a laptop screen. */
export const MAX_HEIGHT = 640;

const round = (n: number) => Math.round(n * 10) / 10;

/** Below this width a focus that spans the Pacific is drawn as two stacked panels. */
export const PANELS_BELOW = 560;

interface Panel {
  /** The focus economies framed in this panel. */
  features: Feature<Geometry>[];
  /** Its rectangle on the map: [[x0, y0], [x1, y1]]. */
  extent: [[number, number], [number, number]];
}

/**
 * Projects every economy and the context land, framed on the focus economies. The height,
 * unless given, follows the focus region's shape (0.45 to 1.1 times the width, at most 640 px).
 * On a phone, a focus with an ocean between its two sides (APEC: Asia and Oceania, and the
 * Americas) is framed as two panels, one above the other, each filling the width: the reader
 * gets the land, not the Pacific; a height given is shared between the panels.
 */
export function computeMapGeometry(topology: Topology, options: GeometryOptions): MapGeometry {
  const {economies, context} = decodeTopology(topology);
  const {width, focus} = options;
  const pad = padFor(width, options.padding);
  const focused = [...economies.values()].filter((f) => focus.has(String(f.id)));
  const sides = width < PANELS_BELOW ? splitAcrossOcean(focused) : undefined;
  const panels: Panel[] = [];
  const aspects: number[] = [];
  let height = options.height;
  if (sides) {
    let y = 0;
    const natural = sides.map((side) => {
      const fitted = fittedHeight(side, width, pad);
      aspects.push(aspectOf(fitted, width, pad));
      return Math.min(width * 0.9, fitted);
    });
    // A height given (attribute, or the box the page sized) is shared in the same proportions.
    const given = options.height;
    const k = given
      ? Math.max(0, given - pad * (sides.length - 1)) / natural.reduce((a, b) => a + b, 0)
      : 1;
    for (const [i, side] of sides.entries()) {
      const h = Math.round((natural[i] ?? 0) * k);
      panels.push({
        features: side,
        extent: [
          [0, y],
          [width, y + h],
        ],
      });
      y += h + pad;
    }
    height = given ?? y - pad;
  } else {
    const fitted = fittedHeight(focused, width, pad);
    aspects.push(aspectOf(fitted, width, pad));
    height ??= Math.round(Math.min(width * 1.1, MAX_HEIGHT, Math.max(width * 0.45, fitted)));
    panels.push({
      features: focused,
      extent: [
        [0, 0],
        [width, height],
      ],
    });
  }
  const parts = panels.map((p) => drawPanel(topology, economies, context, p, pad, focus));
  const shapes: EconomyShape[] = [...economies.keys()].map((id) => {
    // Centroid and area from the panel that frames the economy (else where it is largest).
    const drawn = parts.map((part) => part.shapes.get(id));
    const home =
      drawn[panels.findIndex((p) => p.features.some((f) => String(f.id) === id))] ??
      [...drawn].sort((a, b) => (b?.area ?? 0) - (a?.area ?? 0))[0];
    // An economy in focus is drawn in its own panel only (not again at the edge of the other).
    const framed = panels.findIndex((p) => p.features.some((f) => String(f.id) === id));
    return {
      id,
      d: framed >= 0 ? (drawn[framed]?.d ?? '') : drawn.map((x) => x?.d ?? '').join(''),
      centroid: home?.centroid ?? [0, 0],
      area: home?.area ?? 0,
      size: home?.size ?? [0, 0],
      inFocus: focus.has(id),
    };
  });
  return {
    width,
    height,
    economies: shapes,
    context: parts.map((x) => x.context).join(''),
    borders: parts.map((x) => x.borders).join(''),
    outline: parts.map((x) => x.outline).join(''),
    scale: 1,
    fit: {
      heights: panels.map((p) => p.extent[1][1] - p.extent[0][1]),
      aspects,
      pad,
      given: options.height !== undefined,
    },
    frames: parts.map((x) => x.frame),
  };
}

/** The padding around the focus at `width`, unless given. */
export const padFor = (width: number, padding?: number) =>
  padding ?? Math.max(8, Math.round(width * 0.03));

/** The focus's height ÷ width once fitted between the padding (see fittedHeight). */
const aspectOf = (fitted: number, width: number, pad: number) =>
  (fitted - 2 * pad) / Math.max(1, width - 2 * pad);

/** The height the focus takes when fitted to the width. */
function fittedHeight(features: Feature<Geometry>[], width: number, pad: number): number {
  const projection = pacificProjection();
  const collection: FeatureCollection<Geometry> = {type: 'FeatureCollection', features};
  projection.fitWidth(Math.max(1, width - 2 * pad), collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  return y1 - y0 + 2 * pad;
}

/** Each economy's spherical centroid longitude, computed once per decoded feature (any width). */
const longitudes = new WeakMap<Feature<Geometry>, number>();
function centroidLongitude(f: Feature<Geometry>): number {
  let lon = longitudes.get(f);
  if (lon === undefined) longitudes.set(f, (lon = geoCentroid(f)[0]));
  return lon;
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

/**
 * The focus cut in two where 60° or more of longitude separate its economies (measured around
 * the map's centre, 150°E, so the cut is never in the Atlantic); undefined when nothing does.
 */
export function splitAcrossOcean(
  features: readonly Feature<Geometry>[]
): [Feature<Geometry>[], Feature<Geometry>[]] | undefined {
  if (features.length < 2) return undefined;
  const at = (f: Feature<Geometry>) => ((centroidLongitude(f) - 150 + 540) % 360) - 180;
  const sorted = [...features].sort((a, b) => at(a) - at(b));
  let cut = -1;
  let widest = 60;
  for (let i = 1; i < sorted.length; i++) {
    const gap = at(sorted[i] as Feature<Geometry>) - at(sorted[i - 1] as Feature<Geometry>);
    if (gap >= widest) [cut, widest] = [i, gap];
  }
  return cut < 0 ? undefined : [sorted.slice(0, cut), sorted.slice(cut)];
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

/** One frame of the map: the projection fitted to its focus, every path clipped to it. */
function drawPanel(
  topology: Topology,
  economies: ReadonlyMap<string, Feature<Geometry>>,
  context: Feature<Geometry>[],
  panel: Panel,
  pad: number,
  focus: ReadonlySet<string>
): DrawnPanel {
  const [[x0, y0], [x1, y1]] = panel.extent;
  const projection = pacificProjection().fitExtent(
    [
      [x0 + pad, y0 + pad],
      [Math.max(x0 + pad + 1, x1 - pad), Math.max(y0 + pad + 1, y1 - pad)],
    ],
    {type: 'FeatureCollection', features: panel.features}
  );
  projection.clipExtent(panel.extent);
  const path = geoPath(projection).digits(1);
  const flat = geoPath().digits(1);
  const shapes = new Map<string, Drawn>();
  for (const [id, f] of economies) {
    // Projected once, then written and measured in the plane (projected.ts); other shapes as before.
    const parts = projectParts(projection, f.geometry);
    const shape = parts ? planarShape(parts.flat()) : f;
    const measure = parts ? flat : path;
    const [x, y] = measure.centroid(parts ? largestProjected(parts, flat) : largestPart(f, path));
    const d = measure(shape) ?? '';
    const [[bx0, by0], [bx1, by1]] = measure.bounds(shape);
    const size: [number, number] = d ? [round(bx1 - bx0), round(by1 - by0)] : [0, 0];
    shapes.set(id, {d, centroid: [round(x), round(y)], area: d ? measure.area(shape) : 0, size});
  }
  // Borders of the economies this panel frames: a border of the other panel's economies (New
  // Guinea's, at 141°E) would show as a stray stroke at this panel's edge.
  const borders = focusBorders(topology, focus, new Set(panel.features.map((f) => String(f.id))));
  return {
    shapes,
    context: path({type: 'FeatureCollection', features: context}) ?? '',
    borders: path(borders) ?? '',
    outline: path({type: 'Sphere'}) ?? '',
    frame: {extent: panel.extent, scale: projection.scale(), translate: projection.translate()},
  };
}
