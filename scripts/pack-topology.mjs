// A Vite plugin: the bundled topology (data/*.topo.json, quantized) ships packed, its arcs and
// its objects' geometries written as text (src/layout/choropleth/packed-topology.ts says how,
// and unpacks it when the module is first imported) instead of JSON arrays: the map's topology
// chunk about 4 kB gzip smaller, the same object once unpacked. The JSON file stays the source
// (and is what the package's data/ folder holds).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const UNPACK = fileURLToPath(
  new URL('../src/layout/choropleth/packed-topology.ts', import.meta.url)
);
/** Virtual ids: not ending in .json, so Vite's JSON plugin leaves them to this one. */
const PREFIX = '\0apac-topology:';

/** One integer as a zigzag varint, five bits a digit, least significant first. */
function encodeNumber(n) {
  if (!Number.isSafeInteger(n)) throw new Error(`pack-topology: ${n} is not an integer`);
  let zigzag = n < 0 ? -2 * n - 1 : 2 * n;
  let text = '';
  do {
    const low = zigzag % 32;
    zigzag = Math.floor(zigzag / 32);
    text += DIGITS[zigzag ? low + 32 : low];
  } while (zigzag);
  return text;
}

/**
 * A quantized topology's arcs as the text decodeArcs reads: TopoJSON's numbers, but an arc's
 * first point as its delta from where the arc before ended.
 */
export function encodeArcs(arcs) {
  let [endX, endY] = [0, 0];
  const numbers = (arc) =>
    arc.flatMap(([x, y], i) => {
      const [dx, dy] = i ? [x, y] : [x - endX, y - endY];
      [endX, endY] = [endX + dx, endY + dy];
      return [dx, dy];
    });
  return arcs.map((arc) => numbers(arc).map(encodeNumber).join('')).join('.');
}

/** A GeometryCollection of Polygons and MultiPolygons as the text decodeGeometries reads. */
export function encodeGeometries(collection) {
  let last = 0;
  const ring = (arcs) =>
    arcs
      .map((arc) => {
        const text = encodeNumber(arc - last);
        last = arc;
        return text;
      })
      .join('');
  return collection.geometries
    .map((g) => {
      const {type, id, arcs, ...rest} = g;
      const polygons = type === 'Polygon' ? [arcs] : type === 'MultiPolygon' ? arcs : undefined;
      const unknown = Object.keys(rest);
      if (!polygons || unknown.length || /[:|]/.test(id ?? '') || typeof (id ?? '') !== 'string')
        throw new Error(`pack-topology: cannot pack ${JSON.stringify({type, id, ...rest})}`);
      return `${type[0]}${id ?? ''}:${polygons.map((p) => p.map(ring).join(',')).join(';')}`;
    })
    .join('|');
}

/** A quantized topology packed as packed-topology.ts's unpackTopology reads it. */
export function packTopology(topology) {
  const {arcs, objects, ...rest} = topology;
  if (!rest.transform) throw new Error('pack-topology: the topology is not quantized');
  const packed = {};
  for (const [name, object] of Object.entries(objects)) {
    if (object.type !== 'GeometryCollection')
      throw new Error(`pack-topology: cannot pack the object ${name} (${object.type})`);
    packed[name] = encodeGeometries(object);
  }
  return {...rest, objects: packed, arcs: encodeArcs(arcs)};
}

export function packTopologyPlugin() {
  return {
    name: 'apac-viz:pack-topology',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.topo.json')) return null;
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      return resolved && PREFIX + resolved.id.replace(/\.json$/, '');
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length) + '.json';
      this.addWatchFile(file);
      const packed = packTopology(JSON.parse(readFileSync(file, 'utf8')));
      return [
        `import {unpackTopology} from ${JSON.stringify(UNPACK)};`,
        `export default unpackTopology(JSON.parse(${JSON.stringify(JSON.stringify(packed))}));`,
      ].join('\n');
    },
  };
}
