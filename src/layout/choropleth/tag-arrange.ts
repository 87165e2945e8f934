/**
 * Tags placed together (picked.ts): of the arrangements of each tag's cheapest spots, the one
 * whose spots and pairs cost least, and what two tags' spots cost side by side (never one on the
 * other; leaders crossing, or one through the other tag, only where no arrangement avoids it).
 * Pure.
 */
import {meet, through, type Box, type Segment} from './label-spots.js';

/** A spot for a tag: its box, the line from its economy where it stands off, and what it costs. */
export interface TagSpot {
  box: Box;
  line: Segment | undefined;
  hides: string[];
  cost: number;
}

/**
 * What two tags' spots cost together: a hundred thousand where one lies on the other; ten
 * thousand where their leaders cross (two leaders crossed lead the eye from each name to the
 * other's economy: the Mekong story at 304 and 320 px, ASEAN's founders at 640, until tags were
 * kept apart) or where one's leader runs through the other (read as that one's), so that only an
 * arrangement with no other way does either; twelve where one's leader runs on from the other's
 * (runsOn).
 */
export function pairCost(a: TagSpot, b: TagSpot): number {
  return (
    (meet(a.box, b.box) ? 100_000 : 0) +
    (a.line && b.line && cross(a.line, b.line) ? CROSSED : 0) +
    ((a.line && through(b.box, a.line)) || (b.line && through(a.box, b.line)) ? CROSSED : 0) +
    (a.line && b.line && runsOn(a.line, b.line) ? 12 : 0)
  );
}

/** What two leaders crossing, or one through another tag, cost (pairCost). */
export const CROSSED = 10_000;

/** Whether segments `a` and `b` cross (touching ends count). */
export function cross([ax, ay, bx, by]: Segment, [cx, cy, dx, dy]: Segment): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    side(ax, ay, bx, by, cx, cy) !== side(ax, ay, bx, by, dx, dy) &&
    side(cx, cy, dx, dy, ax, ay) !== side(cx, cy, dx, dy, bx, by)
  );
}

/**
 * Whether leader `a` (from its economy) reads as running on from leader `b` (also from its
 * economy): they start within REACH px of each other and point nearly opposite ways (over 150°
 * apart), so the two make one line from one tag to the other, across both economies.
 */
function runsOn([ax, ay, ax2, ay2]: Segment, [bx, by, bx2, by2]: Segment): boolean {
  const [u, v] = [
    [ax2 - ax, ay2 - ay],
    [bx2 - bx, by2 - by],
  ] as const;
  const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(...u) * Math.hypot(...v) || 1);
  return Math.hypot(ax - bx, ay - by) < REACH && cos < -0.87;
}

/** How near two leaders' starts may be before their directions matter, px. */
const REACH = 16;

/**
 * Of every arrangement of the tags' spots (`spots[i]`: tag i's, cheapest first), the one whose
 * spots and pairs (pairCost) cost least, as the index of each tag's spot, found by a beam search
 * over the tags in order that keeps the `width` cheapest arrangements at each tag.
 */
export function arrange(
  spots: readonly (readonly TagSpot[])[],
  width: number
): {picks: number[]; cost: number} | undefined {
  // What spot k of tag i costs beside spot j of tag t, worked out once, when first asked.
  const most = Math.max(0, ...spots.map((s) => s.length));
  const known = new Float64Array((spots.length * most) ** 2).fill(NaN);
  const pair = (i: number, k: number, t: number, j: number) => {
    const key = (i * most + k) * spots.length * most + t * most + j;
    let cost = known[key] as number;
    if (Number.isNaN(cost))
      known[key] = cost = pairCost(spots[i]?.[k] as TagSpot, spots[t]?.[j] as TagSpot);
    return cost;
  };
  let beam: {picks: number[]; cost: number}[] = [{picks: [], cost: 0}];
  for (const [i, choices] of spots.entries()) {
    // Each arrangement kept, with each of this tag's spots: what it costs, then the cheapest.
    const costs = beam.flatMap(({picks, cost}) =>
      choices.map((s, k) => picks.reduce((n, j, t) => n + pair(i, k, t, j), cost + s.cost))
    );
    const order = costs.map((_, n) => n);
    // (Stable: of equal arrangements, the one of nearer spots.)
    order.sort((a, b) => (costs[a] as number) - (costs[b] as number));
    beam = order.slice(0, width).map((n) => ({
      picks: [...(beam[Math.floor(n / choices.length)]?.picks ?? []), n % choices.length],
      cost: costs[n] as number,
    }));
  }
  return beam[0];
}
