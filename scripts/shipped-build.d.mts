import type {Plugin} from 'vite';

/** The plugins every build applies (see shipped-build.mjs). */
export function sourcePlugins(): Plugin[];
/** The plugins of the files that go to browsers as they are (see shipped-build.mjs). */
export function browserPlugins(): Plugin[];
/** Packages the builds that inline dependencies carry once. */
export const DEDUPE: string[];
/** JSON as one `JSON.parse("…")` of its text, a default export only. */
export const JSON_AS_STRING: {stringify: true; namedExports: false};
