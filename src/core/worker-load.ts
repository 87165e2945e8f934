/**
 * Reading a fetched file: in the data worker (data.worker.ts) when it is large and the chart has
 * a worker job, else on the main thread as text. The worker is a module worker at a URL of its
 * own (a file beside the script, built by Vite), so it runs under `worker-src 'self'`; where a
 * page cannot start it (no Worker, a policy that refuses it, a file:// page, the file not copied
 * beside the script) the bytes already read are decoded here and the sliced main-thread path
 * (data-controller.ts) goes on with them.
 */
import type {Issue, Validated} from '../schema/issues.js';
import type {FileFormat} from '../schema/parse.js';
import type {LoadProgress} from './progress.js';
import type {FromWorker, ToWorker, WorkerJob} from './worker-protocol.js';

/**
 * Files of at least this many bytes (by Content-Length, else as they arrive) are read in the
 * worker. Measured on this project's busy 2-core machine (README, Large files): the 1.1 MB,
 * 20,000-link Sankey read on the main thread in slices had its longest task at 58–99 ms (bench
 * median 78), and read in the worker 120–650 ms (median 156): the worker, working flat out,
 * takes a core the main thread's slices then wait for, and the records it sends back are
 * collected on the main thread anyway. The 21 MB, 200,000-row timeline is where the main-thread
 * path's garbage (decoding, d3-dsv's rows, the checks) makes the long pauses, and the worker
 * takes those off it. Between the two, 2 MB (about 20,000 timeline rows) is where the
 * main-thread path's pauses begin.
 */
export const WORKER_BYTES = 2_000_000;

export type ReadOutcome =
  /** Read and checked in the worker. */
  | {kind: 'checked'; file: FileFormat; validated: Validated<unknown>}
  /** The worker could not read the file as its format (a JSON syntax error). */
  | {kind: 'unreadable'; issue: Issue}
  /** The file's text, to read on the main thread (a small file, or no worker). */
  | {kind: 'text'; text: string};

export interface ReadOptions {
  /** The chart's job for the worker; without one the file is read on the main thread. */
  job?: WorkerJob | undefined;
  url: string;
  signal: AbortSignal;
  report: (progress: LoadProgress) => void;
}

/** As much of the Trusted Types API as is used (not yet in TypeScript's DOM types). */
interface TrustedTypes {
  createPolicy(
    name: string,
    rules: {createScriptURL(input: string): string}
  ): {createScriptURL(input: string): unknown};
}

/** The Trusted Types policy that lets the worker's own URL, and no other, start a worker. */
let policy: ReturnType<TrustedTypes['createPolicy']> | undefined;

/**
 * The worker's URL as the page requires it: under `require-trusted-types-for 'script'` a
 * TrustedScriptURL from the `apac-viz` policy (which vouches for this one URL only), else as is.
 */
function scriptURL(url: URL): string {
  const trustedTypes = (globalThis as {trustedTypes?: TrustedTypes}).trustedTypes;
  if (!trustedTypes) return url.href;
  policy ??= trustedTypes.createPolicy('apac-viz', {
    createScriptURL: (input) => {
      if (input !== url.href) throw new TypeError(`apac-viz: not its worker: ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL, which Worker takes where it takes a string.
  return policy.createScriptURL(url.href) as string;
}

/** The data worker, or undefined where the page cannot construct one. */
function construct(): globalThis.Worker | undefined {
  const Native = globalThis.Worker;
  if (typeof Native === 'undefined') return undefined;
  // Named `Worker` so that Vite sees `new Worker(new URL('…', import.meta.url))`, builds the
  // worker and puts its URL in; the URL then goes through the page's Trusted Types, if any.
  const Worker = function (url: URL, options: WorkerOptions) {
    return new Native(scriptURL(url), options);
  } as unknown as typeof globalThis.Worker;
  try {
    return new Worker(new URL('./data.worker.ts', import.meta.url), {
      type: 'module',
      name: 'apac-viz data',
    });
  } catch {
    // A SecurityError (a file:// page), a URL the page's policies refuse, no Trusted Types policy.
    return undefined;
  }
}

/**
 * Starts the worker and waits for its first message, which it posts once its module has loaded:
 * undefined if it fails to start instead (an error event: the policy refused it, the file is
 * missing or is not JavaScript).
 */
async function open(signal: AbortSignal): Promise<Worker | undefined> {
  const worker = construct();
  if (!worker) return undefined;
  const ready = await new Promise<boolean>((resolve) => {
    worker.onmessage = () => resolve(true);
    worker.onerror = (e) => {
      e.preventDefault();
      resolve(false);
    };
    signal.addEventListener('abort', () => resolve(false), {once: true});
  });
  if (ready && !signal.aborted) return worker;
  worker.terminate();
  signal.throwIfAborted();
  return undefined;
}

/** A chunk's bytes as a buffer of their own, to transfer (a view into a larger one is copied). */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : bytes.slice();
}

/** The worker's answer, put back together from its parts. */
function answer(worker: Worker, signal: AbortSignal, report: ReadOptions['report']) {
  return new Promise<ReadOutcome>((resolve, reject) => {
    const lists = new Map<string, unknown[]>();
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, {once: true});
    const settle = () => signal.removeEventListener('abort', abort);
    worker.onmessage = ({data}: MessageEvent<FromWorker>) => {
      if (data.type === 'progress') report(data.progress);
      else if (data.type === 'part') {
        const list = lists.get(data.key) ?? [];
        for (const item of data.items) list.push(item);
        lists.set(data.key, list);
      } else if (data.type === 'done') {
        settle();
        const validated = data.validated;
        for (const key of data.lists) {
          const list = lists.get(key) ?? [];
          if (key === 'value') validated.value = list;
          else if (key === 'issues') validated.issues = list as Issue[];
          else (validated.value as Record<string, unknown>)[key.slice('value.'.length)] = list;
        }
        resolve({kind: 'checked', file: data.file, validated});
      } else if (data.type === 'unreadable') {
        settle();
        resolve({kind: 'unreadable', issue: data.issue});
      } else if (data.type === 'failed') {
        settle();
        reject(new Error(data.message));
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      settle();
      reject(new Error(e.message));
    };
  });
}

/**
 * Reads the response's body a chunk at a time. Once it is known to be WORKER_BYTES or more, and
 * the chart has a job for the worker, the bytes go to the worker as they arrive (transferred,
 * not copied) and the checked data comes back; otherwise they are decoded here (UTF-8, a leading
 * byte-order mark dropped, as `response.text()` does, but a chunk at a time and abortable).
 * An abort (a new `src`, the element removed) cancels the read and terminates the worker.
 */
export async function readResponse(response: Response, options: ReadOptions): Promise<ReadOutcome> {
  const {job, signal} = options;
  const reader = response.body?.getReader();
  if (!reader) return {kind: 'text', text: await response.text()};
  const declared = Number(response.headers.get('content-length')) || 0;
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const decode = (bytes: Uint8Array) => parts.push(decoder.decode(bytes, {stream: true}));
  const held: Uint8Array[] = [];
  let size = 0;
  let decided = !job;
  let worker: Worker | undefined;
  let answered: Promise<ReadOutcome> | undefined;
  const send = (message: ToWorker, transfer: Transferable[] = []) =>
    worker?.postMessage(message, transfer);
  try {
    for (;;) {
      if (!decided && Math.max(declared, size) >= WORKER_BYTES) {
        decided = true;
        worker = await open(signal);
        if (worker && job) {
          // Listening from now on: an error while the bytes are still arriving ends the load.
          answered = answer(worker, signal, options.report);
          answered.catch(() => undefined);
          options.report({phase: 'reading', rows: undefined, share: 0});
          send({
            type: 'start',
            job,
            url: options.url,
            contentType: response.headers.get('content-type'),
            disposition: response.headers.get('content-disposition'),
          });
          for (const bytes of held) send({type: 'chunk', bytes}, [bytes.buffer]);
        } else held.forEach(decode);
        held.length = 0;
      }
      const {done, value} = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      const bytes = own(value);
      if (worker) send({type: 'chunk', bytes}, [bytes.buffer]);
      else if (decided) decode(bytes);
      else held.push(bytes);
    }
    if (!worker || !answered) {
      held.forEach(decode);
      parts.push(decoder.decode());
      return {kind: 'text', text: parts.join('')};
    }
    send({type: 'end'});
    return await answered;
  } finally {
    if (signal.aborted) void reader.cancel().catch(() => undefined);
    reader.releaseLock();
    if (worker) worker.terminate();
  }
}
