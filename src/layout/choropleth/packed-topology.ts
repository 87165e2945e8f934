/**
 * The bundled topology as the builds ship it (scripts/topology-arcs.mjs packs it): its arcs and
 * its objects' geometries written as text, which gzips to about 30 % less than TopoJSON's
 * arrays, unpacked once on import to the same object. Pure.
 *
 * Numbers are zigzag varints of five bits a character in the base64url alphabet (the sixth bit
 * says "more to come").
 * - Arcs, joined by '.': each arc's points as TopoJSON has them (each point's delta from the one
 *   before), except its first point, written as its delta from where the arc before ended (most
 *   arcs start where one ended).
 * - An object (a GeometryCollection of Polygons and MultiPolygons), joined by '|': a geometry is
 *   its type ('P' or 'M'), its id, ':', then its polygons joined by ';', each its rings joined by
 *   ',', each ring its arc indices, each written as its delta from the index written before it.
 */
import type {GeometryCollection, MultiPolygon, Polygon, Topology} from 'topojson-specification';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...DIGITS].map((c, i) => [c.charCodeAt(0), i]));

/** The numbers written in `text`. */
function numbers(text: string): number[] {
  const out: number[] = [];
  let zigzag = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = VALUES.get(text.charCodeAt(i));
    if (digit === undefined) throw new Error(`packed topology: "${text[i]}" is not a digit`);
    zigzag += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(zigzag % 2 ? -(zigzag + 1) / 2 : zigzag / 2);
    zigzag = shift = 0;
  }
  if (shift) throw new Error('packed topology: a number is cut short');
  return out;
}

/** The arcs written in `text`. */
export function decodeArcs(text: string): [number, number][][] {
  if (!text) return [];
  // Where the arc before ended.
  let [endX, endY] = [0, 0];
  return text.split('.').map((arc) => {
    const n = numbers(arc);
    if (n.length % 2) throw new Error('packed topology: an arc ends inside a point');
    const points: [number, number][] = [];
    for (let i = 0; i < n.length; i += 2) {
      const [x, y] = [n[i] as number, n[i + 1] as number];
      endX += x;
      endY += y;
      points.push(i ? [x, y] : [endX, endY]);
    }
    return points;
  });
}

/** The geometries written in `text`. */
export function decodeGeometries(text: string): (Polygon | MultiPolygon)[] {
  if (!text) return [];
  // The arc index written before.
  let last = 0;
  const ring = (r: string) => numbers(r).map((d) => (last += d));
  return text.split('|').map((geometry) => {
    const [head = '', body = ''] = geometry.split(':');
    const polygons = body.split(';').map((p) => p.split(',').map(ring));
    const id = head.slice(1) || undefined;
    const kind = head[0];
    if (kind === 'P' && polygons.length === 1)
      return {type: 'Polygon', arcs: polygons[0] as number[][], ...(id && {id})};
    if (kind === 'M') return {type: 'MultiPolygon', arcs: polygons, ...(id && {id})};
    throw new Error(`packed topology: "${head}" is not a geometry`);
  });
}

/** A topology as the builds pack it: its arcs and each object's geometries as text. */
export interface PackedTopology extends Omit<Topology, 'arcs' | 'objects'> {
  arcs: string;
  objects: Record<string, string>;
}

/** The topology `packed` holds. */
export function unpackTopology(packed: PackedTopology): Topology {
  const objects: Record<string, GeometryCollection> = {};
  for (const [name, text] of Object.entries(packed.objects))
    objects[name] = {type: 'GeometryCollection', geometries: decodeGeometries(text)};
  return {...packed, objects, arcs: decodeArcs(packed.arcs)};
}
