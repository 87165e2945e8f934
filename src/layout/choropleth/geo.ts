/**
 * Map geometry for the choropleth: the focus regions, the map's panels and their heights, a
 * Pacific-centred equal-area projection (projection.ts) fitted to the focus in each panel, and SVG
 * path strings (panel.ts, from shapes projected once: reference.ts). Pure: no DOM, no Lit.
 * Colouring is separate (classify.ts) so recolouring never re-projects.
 */
import type {Feature, Geometry} from 'geojson';
import {drawPanel, type Panel} from './panel.js';
import {referenceFor} from './reference.js';
import {decodeTopology} from './topology.js';
import type {Topology} from 'topojson-specification';

export {decodeTopology, type DecodedTopology} from './topology.js';

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

export interface EconomyShape {
  id: string;
  d: string;
  /** Where its name and leader line start, px: the centroid of its largest part, or a point inside that part where the centroid falls outside it (projected.ts, insidePoint). */
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
  /**
   * Where the paths are moved to after `scale`, in a view the reader zoomed (zoomed.ts): they are
   * drawn under `translate(offset) scale(scale)`. None on a map not zoomed.
   */
  offset?: [number, number] | undefined;
  /** How the height followed the width (rescale.ts): each panel's height, its aspect, the padding. */
  fit: PanelFit;
  /** Each panel's fitted projection, as plain numbers (see `projectOnMap`, on-map.ts). */
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

export interface GeometryOptions {
  width: number;
  height?: number | undefined;
  focus: ReadonlySet<string>;
  padding?: number;
}

/** Tallest map drawn unless a height is given: a map should not outgrow a laptop screen. */
export const MAX_HEIGHT = 640;

/** Below this width a focus that spans the Pacific is drawn as two stacked panels. */
export const PANELS_BELOW = 560;

/**
 * Projects every economy and the context land, framed on the focus economies. The height,
 * unless given, follows the focus region's shape (0.45 to 1.1 times the width, at most 640 px).
 * On a phone, a focus with an ocean between its two sides (APEC: Asia and Oceania, and the
 * Americas) is framed as two panels, one above the other, each filling the width: the reader
 * gets the land, not the Pacific; a height given is shared between the panels.
 */
export function computeMapGeometry(topology: Topology, options: GeometryOptions): MapGeometry {
  const {economies} = decodeTopology(topology);
  const {width, focus} = options;
  const pad = padFor(width, options.padding);
  const sides = focusSides(topology, focus, width);
  const panels: Panel[] = [];
  const aspects: number[] = [];
  let height = options.height;
  if (sides.length > 1) {
    let y = 0;
    const natural = sides.map((side) => {
      const fitted = fittedHeight(topology, side, width, pad);
      aspects.push(aspectOf(fitted, width, pad));
      return panelHeight(fitted, width, true);
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
    const focused = sides[0] ?? [];
    const fitted = fittedHeight(topology, focused, width, pad);
    aspects.push(aspectOf(fitted, width, pad));
    height ??= Math.round(panelHeight(fitted, width, false));
    panels.push({
      features: focused,
      extent: [
        [0, 0],
        [width, height],
      ],
    });
  }
  const framedBy = new Map<string, number>();
  for (const [i, p] of panels.entries()) for (const f of p.features) framedBy.set(String(f.id), i);
  const parts = panels.map((p, i) => {
    const elsewhere = new Set([...framedBy].filter(([, j]) => j !== i).map(([id]) => id));
    return drawPanel(topology, economies, p, pad, focus, elsewhere);
  });
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

/**
 * A panel's height, unrounded, for a focus `fitted` px tall at `width`: one of two panels at
 * most 0.9 times the width; a map of one 0.45 to 1.1 times it, and at most MAX_HEIGHT.
 */
export const panelHeight = (fitted: number, width: number, two: boolean) =>
  two
    ? Math.min(width * 0.9, fitted)
    : Math.min(width * 1.1, MAX_HEIGHT, Math.max(width * 0.45, fitted));

/** The padding around the focus at `width`, unless given. */
export const padFor = (width: number, padding?: number) =>
  padding ?? Math.max(8, Math.round(width * 0.03));

/** The focus's height ÷ width once fitted between the padding (see fittedHeight). */
const aspectOf = (fitted: number, width: number, pad: number) =>
  (fitted - 2 * pad) / Math.max(1, width - 2 * pad);

/** The focus's economies by panel: two on a phone where an ocean parts them, else one. */
function focusSides(
  topology: Topology,
  focus: ReadonlySet<string>,
  width: number
): Feature<Geometry>[][] {
  const focused = [...decodeTopology(topology).economies.values()].filter((f) =>
    focus.has(String(f.id))
  );
  return (width < PANELS_BELOW && splitAcrossOcean(topology, focused)) || [focused];
}

/**
 * The `fit.aspects` computeMapGeometry gives at `width` (no height or padding given), from the
 * focus's bounds alone: nothing projected, so that a width can be told cheaply whether it is
 * rescaled from another (rescale.ts).
 */
export function focusAspects(
  topology: Topology,
  focus: ReadonlySet<string>,
  width: number
): number[] {
  const pad = padFor(width);
  return focusSides(topology, focus, width).map((side) =>
    aspectOf(fittedHeight(topology, side, width, pad), width, pad)
  );
}

/**
 * The height the focus takes when fitted to the width (projection.fitWidth), from the bounds of
 * the shapes projected once (reference.ts).
 */
function fittedHeight(
  topology: Topology,
  features: Feature<Geometry>[],
  width: number,
  pad: number
): number {
  const [[x0, y0], [x1, y1]] = referenceFor(topology).bounds(features);
  return ((y1 - y0) * Math.max(1, width - 2 * pad)) / (x1 - x0) + 2 * pad;
}

/**
 * The focus cut in two where 60° or more of longitude separate its economies (measured around
 * the map's centre, 150°E, so the cut is never in the Atlantic); undefined when nothing does. An
 * economy's longitude is its centroid's on the equal-area map (reference.ts), read back: its
 * land's centre, for a pass over its projected points (the spherical centroid, d3's geoCentroid,
 * took trigonometry at every point, a quarter of the phone's first layout, for the same cut of
 * every region).
 */
export function splitAcrossOcean(
  topology: Topology,
  features: readonly Feature<Geometry>[]
): [Feature<Geometry>[], Feature<Geometry>[]] | undefined {
  if (features.length < 2) return undefined;
  const reference = referenceFor(topology);
  const at = (f: Feature<Geometry>) =>
    (((reference.longitude(String(f.id)) ?? 0) - 150 + 540) % 360) - 180;
  const sorted = [...features].sort((a, b) => at(a) - at(b));
  let cut = -1;
  let widest = 60;
  for (let i = 1; i < sorted.length; i++) {
    const gap = at(sorted[i] as Feature<Geometry>) - at(sorted[i - 1] as Feature<Geometry>);
    if (gap >= widest) [cut, widest] = [i, gap];
  }
  return cut < 0 ? undefined : [sorted.slice(0, cut), sorted.slice(cut)];
}
