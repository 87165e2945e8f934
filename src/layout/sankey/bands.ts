/** SVG paths for Sankey bands: a filled ribbon of constant width along a flow. Pure. */

const r = (x: number) => Math.round(x * 100) / 100;

type Point = [number, number];

/**
 * A ribbon `width` wide through `pieces` one after another, each curving like d3-sankey's links
 * (along x for the horizontal layout, along y for the vertical one): one piece for most flows; a
 * flow that skips a column has its curves and the runs across its waypoints, drawn as one
 * outline so that a stroke goes round the whole band, not across it where two pieces meet.
 * Filled, so two widths (a range and its core) can share one centre line.
 */
export function bandPath(
  pieces: readonly {from: Point; to: Point}[],
  width: number,
  vertical: boolean
): string {
  const h = width / 2;
  // Along the flow (a) and across it (c), written back as x,y.
  const at = (a: number, c: number) => (vertical ? `${r(c)},${r(a)}` : `${r(a)},${r(c)}`);
  const [A, C]: [0 | 1, 0 | 1] = vertical ? [1, 0] : [0, 1];
  const edge = (side: number, p: {from: Point; to: Point}, back: boolean) => {
    const [s, e] = back ? [p.to, p.from] : [p.from, p.to];
    const m = (s[A] + e[A]) / 2;
    return `C${at(m, s[C] + side)} ${at(m, e[C] + side)} ${at(e[A], e[C] + side)}`;
  };
  const first = pieces[0] as {from: Point; to: Point};
  const last = pieces[pieces.length - 1] as {from: Point; to: Point};
  return `M${at(first.from[A], first.from[C] - h)}${pieces.map((p) => edge(-h, p, false)).join('')}L${at(last.to[A], last.to[C] + h)}${[
    ...pieces,
  ]
    .reverse()
    .map((p) => edge(h, p, true))
    .join('')}Z`;
}
