/**
 * The one categorical palette: layouts hand out indices into it, and templates turn an index
 * into the theme's colour token (`--apac-color-1` … `--apac-color-8`, Okabe–Ito by default).
 */
export const PALETTE_SIZE = 8;

/** The palette index for the `i`-th category (the colours repeat after eight). */
export const paletteIndex = (i: number): number => i % PALETTE_SIZE;

/** The colour token for palette index `i`; a negative index is the neutral colour. */
export const paletteColor = (i: number): string =>
  i < 0 ? 'var(--_muted)' : `var(--_cat-${paletteIndex(i) + 1})`;

/**
 * The outline token for palette index `i`: its colour made dark enough (light theme) or light
 * enough (dark theme) to stand 3:1 against the background, so that a pale category (Okabe–Ito's
 * yellow is 1.2:1 on white) still draws a visible mark (WCAG 1.4.11). Defined by the timeline's
 * styles, whose marks are small; the page may set its own (`--apac-color-N-edge`).
 */
export const paletteEdge = (i: number): string =>
  i < 0 ? 'var(--_muted)' : `var(--_edge-${paletteIndex(i) + 1})`;

/** Below this width, `orientation="auto"` lays a chart out top to bottom (timeline, Sankey). */
export const VERTICAL_BELOW = 480;

/** The orientation an `orientation` attribute asks for at `width`. */
export function orientationFor(
  attribute: 'auto' | 'horizontal' | 'vertical',
  width: number
): 'horizontal' | 'vertical' {
  return attribute === 'vertical' || (attribute !== 'horizontal' && width < VERTICAL_BELOW)
    ? 'vertical'
    : 'horizontal';
}
