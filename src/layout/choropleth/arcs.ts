/**
 * A quantized topology's arcs as the builds ship them: text that gzips to about 30 % less than
 * the JSON arrays (scripts/topology-arcs.mjs writes it). Each arc's numbers, in order, are
 * written as zigzag varints of five bits a character in the base64url alphabet (the sixth bit
 * says "more to come"), and arcs are joined by '.'. The numbers are TopoJSON's (each point as
 * its delta from the one before) except an arc's first point, which TopoJSON writes whole and
 * this text as its delta from where the arc before ended (most arcs start where one ended). Pure.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...DIGITS].map((c, i) => [c.charCodeAt(0), i]));

/** The arcs written in `text`; throws on a character outside the alphabet or an odd count. */
export function decodeArcs(text: string): [number, number][][] {
  if (!text) return [];
  // Where the arc before ended.
  let endX = 0;
  let endY = 0;
  return text.split('.').map((arc) => {
    const points: [number, number][] = [];
    let zigzag = 0;
    let shift = 0;
    let x: number | undefined;
    for (let i = 0; i < arc.length; i++) {
      const digit = VALUES.get(arc.charCodeAt(i));
      if (digit === undefined) throw new Error(`decodeArcs: "${arc[i]}" is not an arc digit`);
      zigzag += (digit & 31) * 2 ** shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      const n = zigzag % 2 ? -(zigzag + 1) / 2 : zigzag / 2;
      zigzag = shift = 0;
      if (x === undefined) {
        x = n;
        continue;
      }
      endX += x;
      endY += n;
      points.push(points.length ? [x, n] : [endX, endY]);
      x = undefined;
    }
    if (x !== undefined || shift) throw new Error('decodeArcs: an arc ends inside a point');
    return points;
  });
}
