import type {Plugin} from 'vite';

/** The module of every bundled indicator's id and kind (see indicator-modules.mjs). */
export const HEADS: string;
/** The prefix of one indicator's module; its id follows. */
export const ONE: string;
/** The file name of each indicator's chunk in the autoloader's build, `[name]` for the id. */
export function indicatorFileName(): string;
/** The code of the module `id` (HEADS, or ONE and an id); undefined for any other. */
export function indicatorModule(id: string): string | undefined;
/** The Vite plugin that makes those modules. */
export function indicatorModules(): Plugin;
/** An indicator of data/indicators.json as the charts get it. */
export function shipped<T extends object>(indicator: T): T;
/** The ids of the bundled indicators. */
export function indicatorIds(): string[];
