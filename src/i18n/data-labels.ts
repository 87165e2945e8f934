/**
 * The bundled dataset's own words (indicator names, categories, event kinds and themes) in the
 * reader's language, from the catalogue. Own data keeps its words as written.
 */
import type {Indicator} from '../schema/indicators.js';
import {isMessageKey, type Translate} from './catalogue.js';

/** A bundled indicator with its label, unit and category labels translated. */
export function localIndicator(indicator: Indicator, t: Translate): Indicator {
  const key = `indicator.${indicator.id}`;
  if (!isMessageKey(key)) return indicator;
  const noValue = `noValue.${indicator.id}`;
  return {
    ...indicator,
    label: t(key),
    ...(isMessageKey(noValue) && {noValue: t(noValue)}),
    unit: indicator.unit === 'events' ? t('unit.events') : indicator.unit,
    categories: indicator.categories?.map((c) => {
      const k = `category.${indicator.id}.${c.id}`;
      return isMessageKey(k) ? {...c, label: t(k)} : c;
    }),
  };
}

/** An event kind or theme of the dataset's vocabulary, translated; other values as written. */
export function localTerm(
  group: 'kind' | 'theme',
  value: string,
  t: Translate
): string | undefined {
  const key = `${group}.${value}`;
  return isMessageKey(key) ? t(key) : undefined;
}
