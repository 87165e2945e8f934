import {css} from 'lit';

/**
 * The frame's look. Public `--apac-*` custom properties (set them on the element or any
 * ancestor) feed private `--_*` ones, each with a literal fallback so a chart looks right with no
 * theme CSS at all. Dark values apply under `theme="dark"`, or `auto` on a dark-capable page
 * whose reader prefers dark; a site that sets the public tokens owns both schemes.
 */
export const tokens = css`
  .frame {
    --_font: var(
      --apac-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    --_font-size: var(--apac-font-size, 14px);
    --_text: var(--apac-color-text, #1f2328);
    --_muted: var(--apac-color-text-muted, #59636e);
    --_bg: var(--apac-color-background, #ffffff);
    --_surface: var(--apac-color-surface, #f3f4f6);
    --_border: var(--apac-color-border, #d1d9e0);
    --_accent: var(--apac-color-accent, #0a5fc2);
    --_focus: var(--apac-color-focus, #0a5fc2);
    --_error: var(--apac-color-error, #b42318);
    --_error-bg: var(--apac-color-error-background, #fef3f2);
    --_no-data: var(--apac-color-no-data, #e4e6ea);
    --_radius: var(--apac-radius, 4px);
    /* Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
    --_cat-1: var(--apac-color-1, #0072b2);
    --_cat-2: var(--apac-color-2, #e69f00);
    --_cat-3: var(--apac-color-3, #009e73);
    --_cat-4: var(--apac-color-4, #cc79a7);
    --_cat-5: var(--apac-color-5, #56b4e9);
    --_cat-6: var(--apac-color-6, #d55e00);
    --_cat-7: var(--apac-color-7, #f0e442);
    --_cat-8: var(--apac-color-8, #6b6b6b);
    color-scheme: light;
  }
  .frame.dark {
    --_text: var(--apac-color-text, #e6edf3);
    --_muted: var(--apac-color-text-muted, #9ea7b3);
    --_bg: var(--apac-color-background, #15181d);
    --_surface: var(--apac-color-surface, #22272e);
    --_border: var(--apac-color-border, #3d444d);
    --_accent: var(--apac-color-accent, #6cb6ff);
    --_focus: var(--apac-color-focus, #6cb6ff);
    --_error: var(--apac-color-error, #ffa198);
    --_error-bg: var(--apac-color-error-background, #3b1d1a);
    --_no-data: var(--apac-color-no-data, #343a42);
    --_cat-1: var(--apac-color-1, #56b4e9);
    --_cat-2: var(--apac-color-2, #f0b429);
    --_cat-3: var(--apac-color-3, #2fc49a);
    --_cat-4: var(--apac-color-4, #e39ac6);
    --_cat-5: var(--apac-color-5, #9ad4f5);
    --_cat-6: var(--apac-color-6, #f4843f);
    --_cat-7: var(--apac-color-7, #f0e442);
    --_cat-8: var(--apac-color-8, #b8b8b8);
    color-scheme: dark;
  }
`;
