import type {Plugin} from 'vite';
import type MagicString from 'magic-string';

/** Pieces of one template's markup with its line-break runs removed or made one space. */
export function minifyPieces(pieces: readonly string[], svg: boolean): string[];
/** The source with its html`…` and svg`…` templates minified; null if none changed. */
export function minifyTemplates(code: string, fileName: string): MagicString | null;
/** html`…` and svg`…` templates of src/ minified (see html-literals.mjs). */
export function htmlLiterals(): Plugin;
