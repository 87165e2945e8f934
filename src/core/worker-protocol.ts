/** The messages between the page and the data worker (data.worker.ts, worker-load.ts). */
import type {Issue, Validated} from '../schema/issues.js';
import type {FileFormat} from '../schema/parse.js';
import type {LoadProgress} from './progress.js';

/** Which chart's validator the worker runs. */
export type WorkerJob = 'timeline' | 'sankey';

/** What the worker needs to tell the file's format (as detectFormat reads it). */
export interface WorkerStart {
  type: 'start';
  job: WorkerJob;
  url: string;
  contentType: string | null;
  disposition: string | null;
}

export type ToWorker =
  | WorkerStart
  /** Bytes of the file as they arrive, transferred (not copied). */
  | {type: 'chunk'; bytes: Uint8Array}
  | {type: 'end'};

export type FromWorker =
  /** The worker's module has loaded: the page's policy allowed it. */
  | {type: 'ready'}
  | {type: 'progress'; progress: LoadProgress}
  /** Items of a long list of the result (`value`, `value.links`, `issues`), in order. */
  | {type: 'part'; key: string; items: unknown[]}
  /** The result, with the lists named in `lists` sent before it in parts. */
  | {type: 'done'; file: FileFormat; validated: Validated<unknown>; lists: string[]}
  | {type: 'unreadable'; issue: Issue}
  | {type: 'failed'; message: string};

/**
 * Items per `part` message. The page reads each message in a task of its own; 2,000 events take
 * it a few milliseconds to read, where 200,000 at once took over 100 ms.
 */
export const RESULT_BATCH = 2_000;
