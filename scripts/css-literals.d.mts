import type {Plugin} from 'vite';

/** Minifies the CSS of Lit's css`…` literals in src/ (see css-literals.mjs). */
export function cssLiterals(): Plugin;
