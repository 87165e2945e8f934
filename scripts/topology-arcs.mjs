// A Vite plugin: the bundled topology (data/*.topo.json, quantized) ships with its arcs written
// as compact text (src/layout/choropleth/arcs.ts decodes it when the module is first imported)
// instead of JSON arrays: the map's topology chunk about 3 kB gzip smaller, the same object once
// decoded. The JSON file stays the source (and what the package's data/ folder holds).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODER = fileURLToPath(new URL('../src/layout/choropleth/arcs.ts', import.meta.url));
/** Virtual ids: not ending in .json, so Vite's JSON plugin leaves them to this one. */
const PREFIX = '\0apac-topology:';

/** One integer as a zigzag varint, five bits a digit, least significant first. */
function encodeNumber(n) {
  if (!Number.isSafeInteger(n)) throw new Error(`topology-arcs: ${n} is not an integer`);
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

export function topologyArcs() {
  return {
    name: 'apac-viz:topology-arcs',
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
      const {arcs, ...rest} = JSON.parse(readFileSync(file, 'utf8'));
      if (!rest.transform) throw new Error(`topology-arcs: ${file} is not quantized`);
      return [
        `import {decodeArcs} from ${JSON.stringify(DECODER)};`,
        `const topology = JSON.parse(${JSON.stringify(JSON.stringify(rest))});`,
        `topology.arcs = decodeArcs(${JSON.stringify(encodeArcs(arcs))});`,
        'export default topology;',
      ].join('\n');
    },
  };
}
