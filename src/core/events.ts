/**
 * The events every chart fires. All bubble and cross shadow boundaries (`composed`), and carry a
 * typed `detail`. Selection events fire on user action only, never when a property is set.
 */
import type {FileFormat} from '../schema/parse.js';
import type {Issue} from '../schema/issues.js';

export interface ApacLoadDetail {
  /** Where the data came from: the `data` property, the `src` URL, or the bundled dataset. */
  source: 'data' | 'src' | 'bundled';
  url?: string | undefined;
  /** How the file at `src` was written: `json`, `csv` or `tsv`. */
  format?: FileFormat | undefined;
  /** Problems found in the data; the rows they concern were dropped, the rest are drawn. */
  issues: Issue[];
  /** True when the file at `src` was read and checked in a Web Worker, off the page's main thread. */
  worker?: boolean | undefined;
}

export interface ApacRenderDetail {
  width: number;
  height: number;
}

export interface ApacDatumDetail<T = unknown> {
  id: string;
  datum: T;
}

export type ApacHoverDetail<T = unknown> = ApacDatumDetail<T> | null;
export type ApacSelectDetail<T = unknown> = ApacDatumDetail<T>;

export interface ApacErrorDetail {
  /** One sentence a reader can act on. */
  message: string;
  issues: Issue[];
}

/** A date range the reader picked (timeline: brushing the axis, or the From / To fields). */
export interface ApacRangeDetail {
  /** First day of the range, YYYY-MM-DD. */
  from: string;
  /** Last day of the range (inclusive), YYYY-MM-DD. */
  to: string;
}

export interface ApacEventMap {
  'apac-load': CustomEvent<ApacLoadDetail>;
  'apac-render': CustomEvent<ApacRenderDetail>;
  'apac-hover': CustomEvent<ApacHoverDetail>;
  'apac-select': CustomEvent<ApacSelectDetail>;
  'apac-error': CustomEvent<ApacErrorDetail>;
  'apac-range': CustomEvent<ApacRangeDetail>;
}

declare global {
  // Lets addEventListener('apac-select', e => e.detail.id) type-check in user code.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ApacEventMap {}
}

/** Dispatches a bubbling, composed, typed event from `target`. */
export function emit<K extends keyof ApacEventMap>(
  target: EventTarget,
  name: K,
  detail: ApacEventMap[K]['detail']
): boolean {
  return target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
}
