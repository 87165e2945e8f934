/**
 * Map geometry for the choropleth: topology decoding (once per topology per page), the focus
 * regions, a Pacific-centred equal-area projection fitted to the focus, and SVG path strings.
 * Pure: no DOM, no Lit. Colouring is separate (classify.ts) so recolouring never re-projects.
 */
import {geoEqualEarth, geoPath, type GeoProjection} from 'd3-geo';
import {feature, mesh} from 'topojson-client';
import type {Feature, FeatureCollection, Geometry} from 'geojson';
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
}

export interface GeometryOptions {
  width: number;
  height?: number | undefined;
  focus: ReadonlySet<string>;
  padding?: number;
}

function largestPart(f: Feature<Geometry>, path: ReturnType<typeof geoPath>): Feature<Geometry> {
  if (f.geometry.type !== 'MultiPolygon') return f;
  let best = f;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const part: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: {type: 'Polygon', coordinates},
    };
    const a = path.area(part);
    if (a > bestArea) [best, bestArea] = [part, a];
  }
  return best;
}

/** Tallest map drawn unless a height is given: a map should not outgrow a laptop screen. */
export const MAX_HEIGHT = 640;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Projects every economy and the context land, framed on the focus economies. The height,
 * unless given, follows the focus region's shape (0.45 to 1.1 times the width, at most 640 px).
 */
export function computeMapGeometry(topology: Topology, options: GeometryOptions): MapGeometry {
  const {economies, context} = decodeTopology(topology);
  const {width, focus} = options;
  const pad = options.padding ?? Math.max(8, Math.round(width * 0.03));
  const focusFeatures: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [...economies.values()].filter((f) => focus.has(String(f.id))),
  };
  const projection = pacificProjection();
  let height = options.height;
  if (height === undefined) {
    projection.fitWidth(Math.max(1, width - 2 * pad), focusFeatures);
    const [[, y0], [, y1]] = geoPath(projection).bounds(focusFeatures);
    height = Math.round(
      Math.min(width * 1.1, MAX_HEIGHT, Math.max(width * 0.45, y1 - y0 + 2 * pad))
    );
  }
  projection.fitExtent(
    [
      [pad, pad],
      [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
    ],
    focusFeatures
  );
  const path = geoPath(projection).digits(1);
  const shapes: EconomyShape[] = [...economies.entries()].map(([id, f]) => {
    const [x, y] = path.centroid(largestPart(f, path));
    return {
      id,
      d: path(f) ?? '',
      centroid: [round(x), round(y)],
      area: path.area(f),
      inFocus: focus.has(id),
    };
  });
  const objects = topology.objects as Record<string, GeometryCollection | undefined>;
  const land: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: [
      ...(objects['economies']?.geometries ?? []),
      ...(objects['context']?.geometries ?? []),
    ],
  };
  const inFocus = (g: {id?: string | number}) => focus.has(String(g.id));
  const borders = mesh(topology, land, (a, b) => a !== b && (inFocus(a) || inFocus(b)));
  return {
    width,
    height,
    economies: shapes,
    context: path({type: 'FeatureCollection', features: context}) ?? '',
    borders: path(borders) ?? '',
    outline: path({type: 'Sphere'}) ?? '',
  };
}

const memo = new WeakMap<Topology, {key: string; value: MapGeometry}>();

/** computeMapGeometry, remembered per topology for the last width/height/focus asked. */
export function mapGeometry(topology: Topology, options: GeometryOptions): MapGeometry {
  const key = `${options.width}|${options.height}|${[...options.focus].sort().join(',')}|${options.padding}`;
  const hit = memo.get(topology);
  if (hit?.key === key) return hit.value;
  const value = computeMapGeometry(topology, options);
  memo.set(topology, {key, value});
  return value;
}
