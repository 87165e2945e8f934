/**
 * Shapes as a projection draws them, recorded once. geoPath(projection) projects, resamples and
 * clips a shape again for each thing asked of it (its path, area, centroid, bounds): four or five
 * passes per economy. Here a stream's output is recorded as planar polygons (or lines), one list
 * per polygon of the shape; a planar geoPath replays exactly those points to its path writer and
 * measures, so the results are the same. The same recording replays through geoIdentity (a scale,
 * a translation, a clip rectangle) to draw the shape on a panel of any size (reference.ts).
 */
import {geoStream, type GeoStream} from 'd3-geo';
import type {Geometry, Position} from 'geojson';

/** The projected polygons of each polygon of a shape (clipping may cut one into several). */
export type ProjectedParts = Position[][][][];

/** What a shape is streamed through: a projection, or geoIdentity for planar coordinates. */
export interface Streamer {
  stream(output: GeoStream): GeoStream;
}

/** The polygons of `geometry`; undefined for a shape that is not polygons. */
export const polygonsOf = (geometry: Geometry | null): Position[][][] | undefined =>
  geometry?.type === 'Polygon'
    ? [geometry.coordinates]
    : geometry?.type === 'MultiPolygon'
      ? geometry.coordinates
      : undefined;

/** A stream that keeps the polygons and lines written to it, until they are taken. */
class Recorder {
  private polygons: Position[][][] = [];
  private lines: Position[][] = [];
  private rings: Position[][] | undefined;
  private line: Position[] | undefined;
  readonly stream: GeoStream = {
    polygonStart: () => (this.rings = []),
    polygonEnd: () => {
      if (this.rings) this.polygons.push(this.rings);
      this.rings = undefined;
    },
    lineStart: () => (this.line = []),
    lineEnd: () => {
      const line = this.line;
      this.line = undefined;
      if (!line) return;
      if (!this.rings) return void this.lines.push(line);
      // GeoJSON rings repeat their first point, which the replay drops again.
      if (line[0]) line.push(line[0]);
      this.rings.push(line);
    },
    point: (x, y) => this.line?.push([x, y]),
    sphere: () => undefined,
  };

  takePolygons(): Position[][][] {
    const out = this.polygons;
    this.polygons = [];
    return out;
  }

  takeLines(): Position[][] {
    const out = this.lines;
    this.lines = [];
    return out;
  }
}

/**
 * Each group of polygons (a shape's polygon, or the polygons a projection made of it) as
 * `through` streams it, or as the streamer it names for that group: one group out per group in.
 */
export function streamParts(
  through: Streamer | ((polygons: Position[][][]) => Streamer),
  groups: readonly Position[][][][]
): ProjectedParts {
  const recorder = new Recorder();
  // One stream per streamer (a projection caches the stream it made for an output).
  const inputs = new Map<Streamer, GeoStream>();
  return groups.map((polygons) => {
    const streamer = 'stream' in through ? through : through(polygons);
    let input = inputs.get(streamer);
    if (!input) inputs.set(streamer, (input = streamer.stream(recorder.stream)));
    for (const coordinates of polygons) geoStream({type: 'Polygon', coordinates}, input);
    return recorder.takePolygons();
  });
}

/** Lines (a mesh of borders) as `through` streams them. */
export function streamLines(through: Streamer, lines: Position[][]): Position[][] {
  const recorder = new Recorder();
  geoStream({type: 'MultiLineString', coordinates: lines}, through.stream(recorder.stream));
  return recorder.takeLines();
}

/** The sphere's outline as `projection` draws it: a polygon. */
export function streamSphere(projection: Streamer): Position[][][] {
  const recorder = new Recorder();
  geoStream({type: 'Sphere'}, projection.stream(recorder.stream));
  return recorder.takePolygons();
}

export type Bounds = [[number, number], [number, number]];

/** The box of a ring's points (Infinity and -Infinity when it has none). */
export function ringBounds(ring: readonly Position[]): Bounds {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  // An indexed loop, no destructuring: this runs for every ring, mostly before the code is warm.
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Position;
    const x = p[0] as number;
    const y = p[1] as number;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The box of every point of `parts` (Infinity and -Infinity when there are none). */
export function boundsOf(parts: ProjectedParts): Bounds {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const group of parts)
    for (const polygon of group)
      for (const ring of polygon) {
        const b = ringBounds(ring);
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

/**
 * The area of planar polygons as a planar geoPath measures it: each polygon's rings summed with
 * their sign (holes wind the other way), the polygons' magnitudes added.
 */
export function areaOf(polygons: readonly Position[][][]): number {
  let area = 0;
  for (const polygon of polygons) {
    let sum = 0;
    for (const ring of polygon) {
      const n = ring.length;
      const last = ring[n - 1];
      let x0 = last ? (last[0] as number) : 0;
      let y0 = last ? (last[1] as number) : 0;
      for (let i = 0; i < n; i++) {
        const p = ring[i] as Position;
        const x = p[0] as number;
        const y = p[1] as number;
        sum += y0 * x - x0 * y;
        x0 = x;
        y0 = y;
      }
    }
    area += Math.abs(sum);
  }
  return area / 2;
}

/**
 * `Math.round(n * 10) / 10` as a string (what geoPath().digits(1) writes), from the whole number
 * of tenths: formatting integers is about twice as fast as formatting a fraction.
 */
function tenth(n: number): string {
  const r = Math.round(n * 10);
  if (!Number.isFinite(r)) return String(r);
  const q = r < 0 ? -r : r;
  const t = q % 10;
  return (r < 0 ? '-' : '') + (q - t) / 10 + (t ? '.' + t : '');
}

/**
 * The SVG path of planar polygons (rings closed with Z) or, with `closed` false, of lines, each
 * point scaled by `k` and translated by `tx`, `ty`: what geoPath().digits(1) writes for them, in
 * one loop. A ring's last point, which repeats its first, is not written.
 */
export function pathOf(lines: readonly Position[][], closed = true, k = 1, tx = 0, ty = 0): string {
  let d = '';
  for (const line of lines) {
    const n = closed ? line.length - 1 : line.length;
    for (let i = 0; i < n; i++) {
      const p = line[i] as Position;
      d +=
        (i ? 'L' : 'M') + tenth((p[0] as number) * k + tx) + ',' + tenth((p[1] as number) * k + ty);
    }
    if (closed) d += 'Z';
  }
  return d;
}

/** What a shape's polygons measure: in all, and the centroid of its largest group. */
export interface Measures {
  area: number;
  /**
   * Of the largest group: its centroid, or a point inside it where the centroid falls outside
   * (insidePoint); NaN when there is none.
   */
  centroid: [number, number];
  bounds: Bounds;
}

/**
 * The centroid of planar polygons' surface, as a planar geoPath gives it (holes wind the other
 * way and count against it); for polygons with no area, the mean of their points.
 */
export function centroidOf(polygons: readonly Position[][][]): [number, number] {
  let [sx, sy, sz, px, py, n] = [0, 0, 0, 0, 0, 0];
  for (const polygon of polygons)
    for (const ring of polygon) {
      const last = ring[ring.length - 1];
      let x0 = last ? (last[0] as number) : 0;
      let y0 = last ? (last[1] as number) : 0;
      for (let i = 0; i < ring.length; i++) {
        const p = ring[i] as Position;
        const x = p[0] as number;
        const y = p[1] as number;
        const z = y0 * x - x0 * y;
        sx += z * (x0 + x);
        sy += z * (y0 + y);
        sz += 3 * z;
        px += x;
        py += y;
        n += 1;
        x0 = x;
        y0 = y;
      }
    }
  return sz ? [sx / sz, sy / sz] : [px / n, py / n];
}

/** Whether (x, y) is inside `polygons` (each polygon's rings by the even-odd rule: holes are out). */
export function contains(polygons: readonly Position[][][], x: number, y: number): boolean {
  for (const polygon of polygons) {
    let inside = false;
    crossings(polygon, y, (cx) => {
      if (x < cx) inside = !inside;
    });
    if (inside) return true;
  }
  return false;
}

/** Where the horizontal line at `y` crosses each edge of `rings` (an edge's lower end counts). */
function crossings(rings: readonly Position[][], y: number, at: (x: number) => void): void {
  for (const ring of rings)
    // Indexed, no destructuring: a map's layout asks this thousands of times.
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const p = ring[i] as Position;
      const q = ring[j] as Position;
      const yi = p[1] as number;
      const yj = q[1] as number;
      if (yi > y === yj > y) continue;
      const xi = p[0] as number;
      at((((q[0] as number) - xi) * (y - yi)) / (yj - yi) + xi);
    }
}

/** Lines tried across a shape whose centroid falls outside it (see insidePoint). */
const SCANS = 9;

/**
 * Where a name or a leader line goes in `polygons`: their centroid where it falls inside them;
 * else, for a crescent, a curved coast or a long thin land (Viet Nam's centroid falls in Laos),
 * the middle of the widest stretch of land across one of nine horizontal lines through them,
 * less a stretch's distance in height from the centroid, so it stays near the middle.
 */
export function insidePoint(
  polygons: readonly Position[][][],
  centroid: [number, number]
): [number, number] {
  const [cx, cy] = centroid;
  if (!(Number.isFinite(cx) && Number.isFinite(cy)) || contains(polygons, cx, cy)) return centroid;
  const [[, y0], [, y1]] = boundsOf([polygons as Position[][][]]);
  let best: [number, number] = centroid;
  let score = -Infinity;
  for (let k = 0; k <= SCANS; k++) {
    const y = k === SCANS ? cy : y0 + ((y1 - y0) * (k + 0.5)) / SCANS;
    const xs: number[] = [];
    for (const polygon of polygons) crossings(polygon, y, (x) => xs.push(x));
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const [a = 0, b = 0] = [xs[i], xs[i + 1]];
      const s = b - a - Math.abs(y - cy);
      if (s > score) [score, best] = [s, [(a + b) / 2, y]];
    }
  }
  return best;
}

/**
 * The area, the point names and leader lines start from (of the largest group, the first of
 * equals: its centroid, or a point inside it where the centroid falls outside) and the bounds.
 */
export function measureParts(parts: ProjectedParts): Measures {
  const areas = parts.map(areaOf);
  const largest = parts[areas.indexOf(Math.max(...areas))] ?? [];
  return {
    area: areas.reduce((a, b) => a + b, 0),
    centroid: insidePoint(largest, centroidOf(largest)),
    bounds: boundsOf(parts),
  };
}
