/**
 * The map projected once, drawn at any size. Every panel of every map uses the same projection
 * (pacificProjection) with its own scale and translation, so a shape projected at one scale is
 * the same shape at any other, multiplied and moved: the economies, the context land, the borders
 * and the sphere are projected once per topology at a reference scale and then only scaled,
 * translated and clipped to a panel (geoIdentity), which costs a fraction of projecting them.
 *
 * The bundled topology comes projected when the dataset is built (pre-project.ts), at 256: its
 * shapes are the reference's as they are, for every scale, and this module has no projection
 * (d3's projection code loads only where a longitude/latitude topology is drawn). Such a topology
 * is projected by projecting.ts, once imported, at a scale at least the one drawn (the next power
 * of two), since the resampling (curves cut into segments of at most 0.2 px error) depends on the
 * scale. Pure.
 */
import type {Feature, Geometry, MultiLineString, Position} from 'geojson';
import type {Topology} from 'topojson-specification';
import {clipLines, clipPolygon} from './clip.js';
import {decodeTopology, projectedScale, type ProjectedTopology} from './topology.js';
import {lonLatAt} from './on-map.js';
import {
  boundsOf,
  centroidOf,
  measureParts,
  pathOf,
  polygonsOf,
  type Bounds,
  type Measures,
  type ProjectedParts,
} from './projected.js';

/** A shape projected at a reference's scale, translated to 0, 0. */
export interface ReferenceShape {
  parts: ProjectedParts;
  /** Every ring of every part, in order: what the path writes. */
  rings: Position[][];
  bounds: Bounds;
}

/** The least reference scale: the membership map of every economy stays under it to 1920 px. */
const LEAST = 256;

/** The scale a map drawn at `scale` is projected at: a power of two, not less than LEAST. */
export const referenceScale = (scale: number) =>
  Math.max(LEAST, 2 ** Math.ceil(Math.log2(Math.max(1, scale))));

const shapeOf = (parts: ProjectedParts): ReferenceShape => ({
  parts,
  rings: parts.flat(2),
  bounds: boundsOf(parts),
});

/**
 * The shapes of a projected topology (pre-project.ts) at the scale it was projected at, each
 * when first asked for. A subclass projects a longitude/latitude topology (projecting.ts).
 */
export class Reference {
  private readonly economies = new Map<string, ReferenceShape | undefined>();
  private readonly longitudes = new Map<string, number | undefined>();
  private readonly meshes = new WeakMap<MultiLineString, Position[][]>();
  private contextShapes: ReferenceShape[] | undefined;
  private sphereShape: ReferenceShape | undefined;

  constructor(
    readonly scale: number,
    protected readonly topology: Topology
  ) {}

  /** A shape's polygons as drawn here: a group of polygons per polygon. */
  protected project(polygons: Position[][][]): ProjectedParts {
    return polygons.map((polygon) => [polygon]);
  }

  /** The sphere's outline as drawn here. */
  protected outline(): Position[][][] {
    return decodeTopology(this.topology).outline.flatMap((f) => polygonsOf(f.geometry) ?? []);
  }

  /** Lines (a mesh) as drawn here. */
  protected projectLines(lines: Position[][]): Position[][] {
    return lines;
  }

  /** Longitude and latitude, °, of a point drawn here. */
  protected invert(point: [number, number]): [number, number] | undefined {
    return lonLatAt(point, this.scale);
  }

  /** An economy's shape; undefined when it is not polygons (not drawn) or not in the topology. */
  economy(id: string): ReferenceShape | undefined {
    if (this.economies.has(id)) return this.economies.get(id);
    const polygons = polygonsOf(decodeTopology(this.topology).economies.get(id)?.geometry ?? null);
    const shape = polygons && shapeOf(this.project(polygons));
    // As measured when projected (pre-project.ts): the same fit, labels and callouts.
    const measured = (this.topology as Partial<ProjectedTopology>).projected?.measures[id];
    if (shape && measured?.length === 7) {
      const [area = 0, cx = 0, cy = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0] = measured;
      shape.bounds = [
        [x0, y0],
        [x1, y1],
      ];
      measures.set(shape, {area, centroid: [cx, cy], bounds: shape.bounds});
    }
    this.economies.set(id, shape);
    return shape;
  }

  /** The context land, a shape per polygon (so that those off a panel are skipped whole). */
  get context(): ReferenceShape[] {
    return (this.contextShapes ??= decodeTopology(this.topology).context.flatMap((f) =>
      this.project(polygonsOf(f.geometry) ?? []).map((group) => shapeOf([group]))
    ));
  }

  get sphere(): ReferenceShape {
    return (this.sphereShape ??= shapeOf([this.outline()]));
  }

  /** A mesh's lines (once per mesh). */
  lines(mesh: MultiLineString): Position[][] {
    let lines = this.meshes.get(mesh);
    if (!lines) this.meshes.set(mesh, (lines = this.projectLines(mesh.coordinates)));
    return lines;
  }

  /**
   * The longitude, °, of an economy's centroid as drawn: the centroid of its whole shape on this
   * equal-area map, projected back; undefined when it is not drawn. Once per economy.
   */
  longitude(id: string): number | undefined {
    if (this.longitudes.has(id)) return this.longitudes.get(id);
    const shape = this.economy(id);
    const lon = shape && this.invert(centroidOf(shape.parts.flat()))?.[0];
    this.longitudes.set(id, lon);
    return lon;
  }

  /** The bounds of `features` (economies) at this scale: their shapes'. */
  bounds(features: readonly Feature<Geometry>[]): Bounds {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of features) {
      const b = this.economy(String(f.id))?.bounds;
      if (!b) continue;
      x0 = Math.min(x0, b[0][0]);
      y0 = Math.min(y0, b[0][1]);
      x1 = Math.max(x1, b[1][0]);
      y1 = Math.max(y1, b[1][1]);
    }
    return [
      [x0, y0],
      [x1, y1],
    ];
  }
}

const references = new WeakMap<Topology, Map<number, Reference>>();

/** How a longitude/latitude topology is projected, once projecting.ts is imported. */
let projecting: ((scale: number, topology: Topology) => Reference) | undefined;

/** Lets longitude/latitude topologies be drawn (projecting.ts, on import). */
export function projectWith(reference: (scale: number, topology: Topology) => Reference): void {
  projecting = reference;
}

function referenceAt(at: number, topology: Topology): Reference {
  if (projectedScale(topology) !== undefined) return new Reference(at, topology);
  if (!projecting)
    throw new Error(
      'a longitude/latitude topology is drawn once layout/choropleth/projecting.js is imported'
    );
  return projecting(at, topology);
}

/**
 * The topology projected at the reference scale for `scale` (one per topology and reference
 * scale); with no scale, the least, on which maps are fitted. A topology projected ahead of time
 * (pre-project.ts) has one reference, the scale it was projected at, for every scale.
 */
export function referenceFor(topology: Topology, scale = 0): Reference {
  const at = projectedScale(topology) ?? referenceScale(scale);
  const byScale = references.get(topology) ?? new Map<number, Reference>();
  references.set(topology, byScale);
  let reference = byScale.get(at);
  if (!reference) byScale.set(at, (reference = referenceAt(at, topology)));
  return reference;
}

/** A shape as drawn on a panel: its path, and what it measures there. */
export interface Placed {
  d: string;
  measures: Measures;
}

export const OFF: Placed = {
  d: '',
  measures: {
    area: 0,
    centroid: [NaN, NaN],
    bounds: [
      [Infinity, Infinity],
      [-Infinity, -Infinity],
    ],
  },
};

/** A reference shape's measures, once per shape (a shape wholly on a panel only scales them). */
const measures = new WeakMap<ReferenceShape, Measures>();

/**
 * How a reference's shapes are drawn on one panel: scaled to the panel's projection `scale`,
 * translated by `translate` and clipped to `extent`. A shape wholly off the panel is skipped, one
 * wholly on it written and measured straight from the reference (no clipping, no copy), and only
 * a shape that the panel's edge cuts is streamed through the clip.
 */
export class Placement {
  private readonly k: number;

  constructor(
    reference: Reference,
    scale: number,
    private readonly translate: [number, number],
    private readonly extent: Bounds
  ) {
    this.k = scale / reference.scale;
  }

  /** A shape's parts on the panel, cut to its edge. */
  private cut(parts: ProjectedParts): ProjectedParts {
    const [tx, ty] = this.translate;
    return parts.map((group) =>
      group
        .map((polygon) => clipPolygon(polygon, this.extent, this.k, tx, ty))
        .filter((rings) => rings.length)
    );
  }

  /** How a shape with these reference bounds meets the panel: 'out', 'in' (whole) or 'cut'. */
  private meets([[x0, y0], [x1, y1]]: Bounds): 'out' | 'in' | 'cut' {
    const [tx, ty] = this.translate;
    const [[ex0, ey0], [ex1, ey1]] = this.extent;
    const [a, b, c, d] = [x0 * this.k + tx, y0 * this.k + ty, x1 * this.k + tx, y1 * this.k + ty];
    if (!(a <= ex1 && c >= ex0 && b <= ey1 && d >= ey0)) return 'out';
    return a >= ex0 && c <= ex1 && b >= ey0 && d <= ey1 ? 'in' : 'cut';
  }

  /** A shape drawn on the panel: its path and measures. */
  draw(shape: ReferenceShape): Placed {
    const meets = this.meets(shape.bounds);
    if (meets === 'out') return OFF;
    if (meets === 'cut') {
      const parts = this.cut(shape.parts);
      return {d: pathOf(parts.flat(2)), measures: measureParts(parts)};
    }
    const {k} = this;
    const [tx, ty] = this.translate;
    let m = measures.get(shape);
    if (!m) measures.set(shape, (m = measureParts(shape.parts)));
    const [[x0, y0], [x1, y1]] = m.bounds;
    return {
      d: pathOf(shape.rings, true, k, tx, ty),
      measures: {
        area: m.area * k * k,
        centroid: [m.centroid[0] * k + tx, m.centroid[1] * k + ty],
        bounds: [
          [x0 * k + tx, y0 * k + ty],
          [x1 * k + tx, y1 * k + ty],
        ],
      },
    };
  }

  /** The path of shapes drawn on the panel (as `draw` writes it, without their measures). */
  path(shapes: readonly ReferenceShape[]): string {
    let d = '';
    for (const shape of shapes) {
      const meets = this.meets(shape.bounds);
      if (meets === 'in') d += pathOf(shape.rings, true, this.k, ...this.translate);
      else if (meets === 'cut') d += pathOf(this.cut(shape.parts).flat(2));
    }
    return d;
  }

  /** Lines drawn on the panel. */
  lines(lines: Position[][]): string {
    return pathOf(clipLines(lines, this.extent, this.k, ...this.translate), false);
  }
}
