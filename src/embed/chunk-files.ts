/**
 * Which files of the autoloader's folder (dist/lazy) a chart needs, from the lists the build
 * writes (scripts/preload-chunks.mjs): into the autoloader, which asks for them beside a chart's
 * code, and into `chunks.json` beside it, from which the embed builder names them in a snippet.
 */

/** The build's lists of the autoloader's files. */
export interface ChunkLists {
  /** By chart module (`timeline`): the chunks its code imports (Lit and the core, its data). */
  charts: Record<string, readonly string[]>;
  /** By lower-case language tag: the shipped catalogue's chunk. */
  locales: Record<string, string>;
  /**
   * The chunk of a bundled indicator, its id as `{id}` (a map loads the one it draws), and the
   * ids of those with none (the default, with the map's code).
   */
  indicators: {file: string; inline: readonly string[]};
  /**
   * By chart module, and by what its tag asks for (see AskedFor): the chunks its first picture
   * then waits for, less those of its list.
   */
  asks?: Record<string, Partial<Record<keyof AskedFor, readonly string[]>>>;
  /** By chart module: its own chunk (in `chunks.json` only: the autoloader imports it). */
  entries?: Record<string, string>;
}

/** What a chart's tag asks for, of what its first picture waits for. */
export interface AskedFor {
  /** It has notes (`<apac-note>` children). */
  notes: boolean;
  /** It has a `link-group`. */
  linkGroup: boolean;
  /** It has `sync-url`. */
  syncUrl: boolean;
  /** A map with economies picked out (`highlight`, `selected`): their name tags. */
  picked: boolean;
  /** A map with `time-slider`. */
  slider: boolean;
  /** A map with `classification="jenks"`: natural breaks. */
  jenks: boolean;
  /** A map with `scheme="viridis"`. */
  viridis: boolean;
}

/**
 * What a chart's tag asks of its first picture: `attribute` reads its attributes (null where one
 * is absent), `notes` says whether it has `<apac-note>` children.
 */
export const askedBy = (attribute: (name: string) => string | null, notes: boolean): AskedFor => ({
  notes,
  linkGroup: Boolean(attribute('link-group')),
  syncUrl: attribute('sync-url') !== null,
  picked: Boolean(attribute('highlight') || attribute('selected')),
  slider: attribute('time-slider') !== null,
  jenks: attribute('classification') === 'jenks',
  viridis: attribute('scheme') === 'viridis',
});

/**
 * The files of what `asked` asks of chart module `chart`'s first picture (the notes' placement
 * and the chart's reader of them; a link group's code, the chart's part in it and its words; the
 * hash's reading and writing and the chart's keys; a map's name tags, year slider, natural
 * breaks or viridis), which it would otherwise ask for once its code has run, a round trip or two
 * later.
 */
export const askedFiles = (
  asks: ChunkLists['asks'],
  chart: string,
  asked: Partial<AskedFor>
): readonly string[] =>
  (Object.keys(asked) as (keyof AskedFor)[]).flatMap((k) => (asked[k] && asks?.[chart]?.[k]) || []);

/**
 * The catalogue a chart in `lang` loads, by the tag as written, then its likely script
 * (`zh-CN` → `zh-hans`), then its language: the core's own choice (i18n/catalogue.ts) but for
 * languages a page defines itself, where a wrong guess costs one unused request, not a wrong word.
 * None for English, which ships with the core.
 */
export function catalogueFile(
  locales: Readonly<Record<string, string>>,
  lang: string
): string | undefined {
  // English ships with the core: no maximize() (a page's first costs 3–4 ms before any request).
  if (/^en(-|$)/i.test(lang)) return undefined;
  let tags = [lang];
  try {
    const likely = new Intl.Locale(lang).maximize();
    tags = [lang, `${likely.language}-${likely.script ?? ''}`, likely.language];
  } catch {
    // not a language tag: English, which ships with the core
  }
  for (const tag of tags) {
    const file = locales[tag.toLowerCase()];
    if (file) return file;
  }
  return undefined;
}

/** The chunk of bundled indicator `id`; none for those that come with the map's code. */
export const indicatorFile = (
  indicators: ChunkLists['indicators'] | undefined,
  id: string
): string | undefined =>
  indicators && !indicators.inline.includes(id) ? indicators.file.replace('{id}', id) : undefined;
