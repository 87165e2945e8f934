import type {Plugin} from 'vite';

/** The module of every bundled indicator but its values (see indicator-modules.mjs). */
export const HEADS: string;
/** The prefix of an indicator's values' module; the id follows. */
export const VALUES: string;
/** The file name of each indicator's values in the autoloader's build, `[name]` for the id. */
export function valuesFileName(): string;
/** The code of the module `id` (HEADS, or VALUES and an id); undefined for any other. */
export function indicatorModule(id: string): string | undefined;
/** The Vite plugin that makes those modules. */
export function indicatorModules(): Plugin;
/** An indicator of data/indicators.json as the charts get it. */
export function shipped<T extends object>(indicator: T): T;
