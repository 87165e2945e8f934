import type {Plugin} from 'vite';

/** The module of every bundled indicator's id and kind (see indicator-modules.mjs). */
export const HEADS: string;
/** The prefix of one indicator's module; its id follows. */
export const ONE: string;
/** The file name of each indicator's chunk in the autoloader's build, `[name]` for the id. */
export function indicatorFileName(): string;
/**
 * The code of the module `id` (HEADS, or ONE and an id); undefined for any other. `catalogue`:
 * how it imports src/i18n/catalogue.ts (default: the file's path).
 */
export function indicatorModule(id: string, catalogue?: string): string | undefined;
/** An indicator's words in English, by catalogue key: the dataset's own. */
export function englishWords(indicator: {
  id: string;
  label: string;
  noValue?: string;
  categories?: readonly {id: string; label: string}[];
}): Record<string, string>;
/** The Vite plugin that makes those modules. */
export function indicatorModules(): Plugin;
/** An indicator of data/indicators.json as the charts get it. */
export function shipped<T extends object>(indicator: T): T;
/** The ids of the bundled indicators. */
export function indicatorIds(): string[];
