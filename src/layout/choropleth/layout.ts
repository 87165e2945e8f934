/**
 * The choropleth's whole layout: geometry (memoised per size and focus), values as of a year,
 * classification, callouts and a keyboard order. Pure.
 */
import {PALETTE_SIZE, paletteColor} from '../palette.js';
import type {Topology} from 'topojson-specification';
import {localEconomyName} from '../../schema/economy-names.js';
import type {Indicator, IndicatorValue} from '../../schema/indicators.js';
import {formatNumber} from '../format.js';
import type {Callout} from './callouts.js';
import type {MapLabel} from './labels.js';
import {placeOn} from './placement.js';
import {
  classifyCategories,
  classifyNumeric,
  type Classification,
  type ClassifyOptions,
} from './classify.js';
import {mapGeometry} from './rescale.js';
import {economyAt} from './land-at.js';
import type {MapView} from './zoomed.js';
import type {zoomedMap} from './zoomed-view.js';
import {regionMembers, type EconomyLike, type MapGeometry, type Region} from './geo.js';

export interface EconomyInfo extends EconomyLike {
  name: string;
  apecName?: string | undefined;
  aseanName?: string | undefined;
  /** A sourced short form ("China", "Korea"), written on the map where the whole name does not fit. */
  shortName?: string | undefined;
}

export interface RegionMark {
  id: string;
  name: string;
  d: string;
  centroid: [number, number];
  inFocus: boolean;
  value: number | string | undefined;
  /** The value as a reader sees it (Intl for `lang`, category label). */
  display: string;
  color: string | undefined;
  index: number;
  citation: string | undefined;
  note: string | undefined;
}

export interface ChoroplethLayout {
  width: number;
  height: number;
  geometry: MapGeometry;
  marks: RegionMark[];
  callouts: Callout[];
  /**
   * Touch targets (24 px hit circles) on the shapes of economies too narrow to tap whose circle
   * could only go far off (callouts.ts, `inPlace`): their shape stays their mark.
   */
  targets: {id: string; x: number; y: number}[];
  /** Economy names drawn on the map, where they fit, and the numbers of those that do not. */
  labels: MapLabel[];
  /** The economies numbered on the map, in their numbers' order (the legend names them). */
  numbered: string[];
  classification: Classification;
  indicator: Indicator;
  /** What a year's membership map cannot date, in the reader's language (after the data's note). */
  undated: string | undefined;
  year: number | undefined;
  /** Focusable economies, west to east then north to south: the keyboard's order. */
  order: string[];
  /** The view it is laid out for (zoomed.ts), where the reader zoomed. */
  view?: MapView | undefined;
}

export interface ChoroplethOptions extends Omit<ClassifyOptions, 'format'> {
  width: number;
  height: number | undefined;
  region: Region;
  year: number | undefined;
  lang: string;
  /** Words the layout writes, in the reader's language (English by default). */
  words?: ChoroplethWords | undefined;
  /**
   * The view the reader zoomed to, if any (zoomed.ts): with `zoomed` (zoomed-view.ts, loaded on
   * the first zoom), the layout is then in the view's pixels, its names, numbers and circles
   * placed for the economies that show in it.
   */
  view?: MapView | undefined;
  zoomed?: {zoomedMap: typeof zoomedMap} | undefined;
}

export interface ChoroplethWords {
  noData: string;
  notYet: (year: number) => string;
  /** A legend class from one bound to under the next. */
  below?: (from: string, to: string) => string;
  /**
   * A year's membership map: the economies shown as ASEAN Plus Three partners whose partnership
   * the sources read give no date for (see membershipAsOf), said in one sentence.
   */
  undatedPartners?: (names: string[]) => string;
}

const ENGLISH: ChoroplethWords = {noData: 'No data', notYet: (y) => `Not yet a member in ${y}`};

/**
 * The name an economy goes by in a region's context (ASEAN's convention for ASEAN, else APEC's),
 * in the reader's language `lang` where the convention allows (see localEconomyName).
 */
export function economyName(e: EconomyInfo, region: Region, lang = 'en'): string {
  const conventional =
    (region === 'asean' ? (e.aseanName ?? e.apecName) : (e.apecName ?? e.aseanName)) ?? e.name;
  return localEconomyName(e.id, conventional, lang);
}

/**
 * An economy's sourced short form where the name shown is one of its English names (the map
 * names it so where the whole name does not fit); none in other languages, whose platform
 * names are short already.
 */
function shortOf(e: EconomyInfo | undefined, shown: string): string | undefined {
  const english = [e?.name, e?.apecName, e?.aseanName];
  return e?.shortName && e.shortName !== shown && english.includes(shown) ? e.shortName : undefined;
}

/**
 * Membership as of the end of `year`: APEC and ASEAN by their join year; the Plus Three
 * partners have no sourced join date, so they are shown as partners in every year.
 */
export function membershipAsOf(
  indicator: Indicator,
  economies: readonly EconomyInfo[],
  notYetLabel: (year: number) => string,
  year: number
): Indicator {
  const joined = (e: EconomyInfo, org: string) =>
    e.memberships.some((m) => m.org === org && (!m.joined || Number(m.joined.slice(0, 4)) <= year));
  const citation = new Map(indicator.values.map((v) => [v.economy, v.citation]));
  const values = economies.flatMap((e) => {
    const apec = joined(e, 'APEC');
    const asean = joined(e, 'ASEAN');
    const apt = joined(e, 'ASEAN Plus Three');
    const value =
      apec && asean
        ? 'apec-asean'
        : apec && apt
          ? 'apec-plus-three'
          : apec
            ? 'apec'
            : asean
              ? 'asean'
              : 'not-yet';
    return [{economy: e.id, value, citation: citation.get(e.id) ?? '', note: undefined}];
  });
  const notYet = values.some((v) => v.value === 'not-yet')
    ? [{id: 'not-yet', label: notYetLabel(year), color: paletteColor(PALETTE_SIZE - 1)}]
    : [];
  return {...indicator, categories: [...(indicator.categories ?? []), ...notYet], values};
}

/**
 * The economies in focus a year's membership map shows as Plus Three partners without a date,
 * in the dataset's order.
 */
function undatedPartners(
  geometry: MapGeometry,
  byId: ReadonlyMap<string, IndicatorValue>,
  economies: readonly EconomyInfo[]
): EconomyInfo[] {
  const focus = new Set(geometry.economies.filter((s) => s.inFocus).map((s) => s.id));
  return economies.filter(
    (e) =>
      focus.has(e.id) &&
      byId.get(e.id)?.value === 'apec-plus-three' &&
      e.memberships.some((m) => m.org === 'ASEAN Plus Three' && !m.joined)
  );
}

/** Year-kind values after `year` are not yet true; they are left out of the picture. */
function asOf(
  indicator: Indicator,
  economies: readonly EconomyInfo[],
  year: number | undefined,
  words: ChoroplethWords
): Indicator {
  if (year === undefined) return indicator;
  if (indicator.id === 'membership')
    return membershipAsOf(indicator, economies, words.notYet, year);
  if (indicator.kind !== 'year') return indicator;
  return {
    ...indicator,
    values: indicator.values.filter((v) => typeof v.value === 'number' && v.value <= year),
  };
}

/** The economies the map names (a number beside a circle is not a name: a tag names it). */
export function namedOnMap(layout: Pick<ChoroplethLayout, 'labels' | 'numbered'>): Set<string> {
  return new Set(layout.labels.flatMap((l) => (layout.numbered.includes(l.id) ? [] : [l.id])));
}

/** The most highlighted economies named in tags (picked.ts): a story's handful. */
const MOST_TAGS = 6;

/**
 * The economies named in tags where the map has no room for their names (and whose names on the
 * map no tag hides): those the author highlights (the point the chart makes; none for a group
 * too large to tag, which the legend's line names), then the reader's pick.
 */
export function taggedOn(
  layout: ChoroplethLayout | undefined,
  highlighted: Iterable<string>,
  selected?: string
): string[] {
  const named = layout ? namedOnMap(layout) : new Set<string>();
  const ids = [...highlighted];
  const tags = ids.filter((id) => !named.has(id)).length > MOST_TAGS ? [] : ids;
  return selected === undefined ? tags : [...tags, selected];
}

/**
 * The map's numbers once the economies named in tags have given theirs up: 1, 2, 3… west to east
 * again (a key reading "1, 4, 6" looked like numbers gone missing). By id; numbers only go down,
 * so each still fits the room placed for it.
 */
export function numbersOf(
  layout: Pick<ChoroplethLayout, 'numbered'>,
  tagged: ReadonlySet<string>
): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of layout.numbered) if (!tagged.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

export function computeChoroplethLayout(
  topology: Topology,
  economies: readonly EconomyInfo[],
  source: Indicator,
  options: ChoroplethOptions
): ChoroplethLayout {
  const {width, lang, region} = options;
  const words = options.words ?? ENGLISH;
  const indicator = asOf(source, economies, options.year, words);
  // What a missing value means: the indicator's own words where its source says more.
  const noData = indicator.noValue ?? words.noData;
  const focus = regionMembers(region, economies);
  const whole = mapGeometry(topology, {width, height: options.height, focus});
  const {view} = options;
  const zoomed = view && options.zoomed?.zoomedMap(whole, view, economyAt, topology);
  // (Zoomed, the names and circles are placed for the economies that show in the view only.)
  const {geometry, placing} = zoomed ?? {geometry: whole, placing: whole};
  const byId = new Map(indicator.values.map((v) => [v.economy, v]));
  const info = new Map(economies.map((e) => [e.id, e]));
  // A year's membership map says the doubt it draws (the legend's note, and each economy's):
  // the sources read date no Plus Three partnership, so the partners are partners in every year.
  const partners =
    options.year !== undefined && source.id === 'membership'
      ? undatedPartners(geometry, byId, economies)
      : [];
  const undated = new Set(partners.map((e) => e.id));
  const said = partners.length
    ? words.undatedPartners?.(partners.map((e) => economyName(e, region, lang)))
    : undefined;
  const format = (n: number) => (indicator.kind === 'year' ? String(n) : formatNumber(n, lang));
  const focusValues = geometry.economies.filter((s) => s.inFocus).map((s) => byId.get(s.id)?.value);
  const classification =
    indicator.kind === 'categorical'
      ? classifyCategories(focusValues, indicator.categories ?? [], noData)
      : classifyNumeric(
          focusValues.map((v) => (typeof v === 'number' ? v : undefined)),
          {
            ...options,
            method:
              indicator.kind === 'year' && options.method === 'quantile' ? 'equal' : options.method,
            // Years, and counts: every value a small whole number (classes of large whole
            // numbers, such as populations, read better "1,000,000 to under 2,500,000").
            integer:
              indicator.kind === 'year' ||
              focusValues.every(
                (v) => v === undefined || (Number.isInteger(v) && Math.abs(Number(v)) < 10_000)
              ),
            format,
            ...(words.below && {below: words.below}),
          },
          noData
        );
  const label = new Map(indicator.categories?.map((c) => [c.id, c.label]));
  const marks: RegionMark[] = geometry.economies.map((s) => {
    const datum = byId.get(s.id);
    const value = datum?.value;
    const e = info.get(s.id);
    const unit = indicator.unit && indicator.kind === 'numeric' ? ` ${indicator.unit}` : '';
    return {
      id: s.id,
      name: e ? economyName(e, region, options.lang) : s.id,
      d: s.d,
      centroid: s.centroid,
      inFocus: s.inFocus,
      value,
      display:
        value === undefined
          ? noData
          : typeof value === 'number'
            ? `${format(value)}${unit}`
            : (label.get(value) ?? value),
      color: s.inFocus ? classification.colorOf(value) : undefined,
      index: s.inFocus ? classification.indexOf(value) : -1,
      // '' for a value that cites nothing (the chart's source stands for it); undefined: no value.
      citation: datum ? datum.citation : undefined,
      note: datum?.note ?? (undated.has(s.id) ? said : undefined),
    };
  });
  const shapes = new Map(placing.economies.map((s) => [s.id, s]));
  const named = marks.flatMap((m) => {
    const shape = m.inFocus && shapes.get(m.id);
    return shape ? [{...shape, name: m.name, short: shortOf(info.get(m.id), m.name)}] : [];
  });
  const valued = new Set(marks.filter((m) => m.value !== undefined).map((m) => m.id));
  const {callouts, targets, labels, numbered} = placeOn(topology, placing, named, valued);
  const order = marks
    .filter((m) => m.inFocus)
    .sort((a, b) => a.centroid[0] - b.centroid[0] || a.centroid[1] - b.centroid[1])
    .map((m) => m.id);
  return {
    width,
    height: geometry.height,
    geometry,
    marks,
    callouts,
    targets,
    labels,
    classification,
    indicator,
    numbered,
    undated: said,
    year: options.year,
    order,
    view: zoomed && view,
  };
}
