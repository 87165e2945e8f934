/** WCAG contrast between two computed CSS colours (`rgb(…)`), for text drawn in the SVG. */
const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

function luminance([r = 0, g = 0, b = 0]: number[]): number {
  const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** The relative luminance of a computed CSS colour (WCAG). */
export const luminanceOf = (color: string): number => luminance(rgb(color));

export function contrast(a: string, b: string): number {
  const [hi = 0, lo = 0] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` drawn at `opacity` over `background`, as a reader sees it, against that background. */
export function contrastOn(color: string, background: string, opacity: number): number {
  const [fg, bg] = [rgb(color), rgb(background)];
  const seen = fg.map((v, i) => v * opacity + (bg[i] ?? 0) * (1 - opacity));
  return contrast(`rgb(${seen.join(', ')})`, background);
}
