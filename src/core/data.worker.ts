/**
 * The data worker: decodes, parses (d3-dsv, JSON.parse) and validates (valibot) a large file at
 * `src` off the page's main thread, and hands the checked records back in batches, so that no
 * single message takes the main thread long to read. Started by worker-load.ts, one per load;
 * terminated when the load is abandoned. Nothing here touches the DOM.
 */
import economiesFile from '../../data/economies.json';
import {createEconomyResolver, type EconomyNames} from '../schema/economy-key.js';
import type {Validated} from '../schema/issues.js';
import {detectFormat, locateCells, parseCSVSteps, parseText, type Parsed} from '../schema/parse.js';
import {validateSankeyInputSteps} from '../schema/sankey-input.js';
import type {Steps} from '../schema/steps.js';
import {countLines, countRows} from '../schema/row-count.js';
import {validateTimelineInputSteps} from '../schema/timeline-input.js';
import {
  RESULT_BATCH,
  type FromWorker,
  type ToWorker,
  type WorkerJob,
  type WorkerStart,
} from './worker-protocol.js';
import type {LoadProgress} from './progress.js';

const resolveEconomy = createEconomyResolver(economiesFile.economies as readonly EconomyNames[]);

/** Each chart's validator, as its element calls it on the main thread. */
const JOBS: Record<
  WorkerJob,
  (input: unknown, format: 'json' | 'csv') => Steps<Validated<unknown>>
> = {
  timeline: (input, format) => validateTimelineInputSteps(input, format, resolveEconomy),
  sankey: (input, format) => validateSankeyInputSteps(input, format),
};

/** The worker's global scope, as much of it as is used (the DOM lib types `self` as a Window). */
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const post = (message: FromWorker) => scope.postMessage(message);

/** How often progress is posted, ms: often enough for the bar to move, rarely enough to be cheap. */
const PROGRESS_EVERY = 100;

/** Runs steps to the end, posting the share done now and then. */
function run<T>(steps: Steps<T>, progress: (share: number) => void): T {
  let last = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const now = performance.now();
    if (now - last >= PROGRESS_EVERY) {
      progress(next.value);
      last = now;
    }
  }
}

/**
 * Posts the validated data: its long lists (the value itself, or its `links`/`nodes`, and the
 * issues) in batches of RESULT_BATCH, then the rest with those lists left empty.
 */
function send(file: Parsed & {ok: true}, validated: Validated<unknown>): void {
  const shell: Validated<unknown> = {...validated};
  const lists: string[] = [];
  const batches = (key: string, items: readonly unknown[]) => {
    lists.push(key);
    for (let at = 0; at < items.length; at += RESULT_BATCH)
      post({type: 'part', key, items: items.slice(at, at + RESULT_BATCH)});
  };
  const {value} = validated;
  if (Array.isArray(value)) {
    batches('value', value);
    shell.value = [];
  } else if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {...value};
    for (const [key, list] of Object.entries(copy))
      if (Array.isArray(list) && list.length > RESULT_BATCH) {
        batches(`value.${key}`, list);
        copy[key] = [];
      }
    shell.value = copy;
  }
  if (validated.issues.length > RESULT_BATCH) {
    batches('issues', validated.issues);
    shell.issues = [];
  }
  post({type: 'done', file: file.file, validated: shell, lists});
}

function load(start: WorkerStart, text: string): void {
  const file = detectFormat(start.contentType, start.url, text, start.disposition);
  const progress = (phase: LoadProgress['phase'], rows: number | undefined) => (share: number) =>
    post({type: 'progress', progress: {phase, rows, share}});
  let parsed: Parsed;
  if (file === 'csv' || file === 'tsv') {
    const rows = countLines(text) - 1;
    progress('reading', rows)(0);
    const data = run(parseCSVSteps(text, file === 'tsv' ? '\t' : ','), progress('reading', rows));
    parsed = {ok: true, format: 'csv', file, data};
  } else {
    progress('reading', undefined)(0);
    parsed = parseText(text, file);
  }
  if (!parsed.ok) {
    post({type: 'unreadable', issue: parsed.issue});
    return;
  }
  const rows = countRows(parsed.data);
  progress('checking', rows)(0);
  const validated = run(JOBS[start.job](parsed.data, parsed.format), progress('checking', rows));
  send(parsed, {...validated, issues: locateCells(validated.issues, parsed.data)});
}

let start: WorkerStart | undefined;
const decoder = new TextDecoder();
const parts: string[] = [];

scope.onmessage = ({data: message}) => {
  try {
    if (message.type === 'start') start = message;
    else if (message.type === 'chunk') parts.push(decoder.decode(message.bytes, {stream: true}));
    else if (start) {
      parts.push(decoder.decode());
      load(start, parts.splice(0).join(''));
    }
  } catch (e) {
    post({type: 'failed', message: String(e)});
  }
};
post({type: 'ready'});
