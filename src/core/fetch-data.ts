import {detectFormat, locateCells, parseCSVSteps, parseText, type Parsed} from '../schema/parse.js';
import type {Validated} from '../schema/issues.js';
import {countLines, countRows} from '../schema/row-count.js';
import {runSteps} from './cooperative.js';
import {
  check,
  loadError,
  prepared,
  type DataSource,
  type Loaded,
  type Report,
} from './data-controller.js';
import {PROGRESS_CHARS} from './progress.js';
import {readResponse} from './worker-load.js';

/**
 * A chart's file at `src`: fetched (`fresh`: from the network, for another try after a failure),
 * read (CSV and TSV in slices; a large file in the data worker where one starts,
 * worker-load.ts), then checked. A chunk of its own, loaded by the data controller only for a
 * chart with `src`: the bundled data and the `data` property need none of it.
 */
export async function fetchData<T>(
  src: string,
  source: DataSource<T>,
  signal: AbortSignal,
  report: Report,
  fresh = false
): Promise<Loaded<T>> {
  let response: Response;
  try {
    const cache = fresh ? 'reload' : 'default';
    response = await fetch(src, {signal, credentials: 'same-origin', cache});
  } catch (e) {
    if (signal.aborted) throw e;
    throw loadError('load.network', {url: src});
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw loadError('load.status', {url: src, status});
  }
  const read = await readResponse(response, {job: source.worker, url: src, signal, report});
  if (read.kind === 'unreadable') throw loadError('load.unreadable', {url: src}, [read.issue]);
  if (read.kind === 'checked') {
    // The worker ran the validator of `source.worker`, which checks data as `validate` does.
    const validated = read.validated as Validated<T>;
    // `prepare` may use what loads with the validators (the timeline's layouts of large data),
    // asked for beside the file (data-controller.ts): the worker's check did not wait for them.
    await source.validators?.().catch(() => undefined);
    return {
      ...(await prepared(source, validated, signal, report, countRows(validated.value))),
      load: {source: 'src', url: src, format: read.file, issues: [], worker: true},
    };
  }
  const {text} = read;
  const file = detectFormat(
    response.headers.get('content-type'),
    src,
    text,
    response.headers.get('content-disposition')
  );
  const large = text.length >= PROGRESS_CHARS;
  let parsed: Parsed;
  if (file === 'csv' || file === 'tsv') {
    // CSV and TSV are read in slices; JSON.parse cannot be cut up (see the README's limits).
    const rows = large ? countLines(text) - 1 : undefined;
    if (large) report({phase: 'reading', rows, share: 0});
    const data = await runSteps(parseCSVSteps(text, file === 'tsv' ? '\t' : ','), {
      signal,
      onProgress: (share) => {
        if (large) report({phase: 'reading', rows, share});
      },
    });
    parsed = {ok: true, format: 'csv', file, data};
  } else {
    if (large) report({phase: 'reading', rows: undefined, share: 0});
    parsed = parseText(text, file);
  }
  if (!parsed.ok) throw loadError('load.unreadable', {url: src}, [parsed.issue]);
  const validated = await check(source, parsed.data, parsed.format, signal, report, large);
  return {
    ...validated,
    issues: locateCells(validated.issues, parsed.data),
    load: {source: 'src', url: src, format: file, issues: []},
  };
}
