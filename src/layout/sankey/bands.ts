/** SVG paths for Sankey bands: a filled ribbon of constant width between two points. Pure. */

const r = (x: number) => Math.round(x * 100) / 100;

/**
 * A ribbon `width` wide from `from` to `to`, curving like d3-sankey's links: along x for the
 * horizontal layout, along y for the vertical one. Filled, so two widths (a range and its core)
 * can share one centre line.
 */
export function bandPath(
  from: [number, number],
  to: [number, number],
  width: number,
  vertical: boolean
): string {
  const h = width / 2;
  if (vertical) {
    const [x0, y0] = from;
    const [x1, y1] = to;
    const m = (y0 + y1) / 2;
    return `M${r(x0 - h)},${r(y0)}C${r(x0 - h)},${r(m)} ${r(x1 - h)},${r(m)} ${r(x1 - h)},${r(y1)}L${r(x1 + h)},${r(y1)}C${r(x1 + h)},${r(m)} ${r(x0 + h)},${r(m)} ${r(x0 + h)},${r(y0)}Z`;
  }
  const [x0, y0] = from;
  const [x1, y1] = to;
  const m = (x0 + x1) / 2;
  return `M${r(x0)},${r(y0 - h)}C${r(m)},${r(y0 - h)} ${r(m)},${r(y1 - h)} ${r(x1)},${r(y1 - h)}L${r(x1)},${r(y1 + h)}C${r(m)},${r(y1 + h)} ${r(m)},${r(y0 + h)} ${r(x0)},${r(y0 + h)}Z`;
}
