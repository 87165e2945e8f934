/**
 * The marks each chart is still drawing in slices (progressive.ts): a promise that settles when
 * the last slice is in. Apart from the directive, so that charts which never draw in slices do
 * not load it.
 */
const drawing = new WeakMap<object, Promise<void>>();

/** The host's marks still being drawn, if any (apac-render and updateComplete wait for them). */
export function marksDrawing(host: object): Promise<void> | undefined {
  return drawing.get(host);
}

/** Records the drawing under way for `host`; forgotten once it settles (unless replaced). */
export function setDrawing(host: object, done: Promise<void>): void {
  const settled = done.finally(() => {
    if (drawing.get(host) === settled) drawing.delete(host);
  });
  drawing.set(host, settled);
}

/** Forgets the drawing under way for `host` (it was stopped). */
export function clearDrawing(host: object): void {
  drawing.delete(host);
}

/**
 * Chunks a chart waits for before its picture is whole (the notes' placement, the link group's
 * code): apac-render fires, and updateComplete resolves, once they are in and drawn.
 */
const chunks = new WeakMap<object, Promise<void>>();

/** The chunk `host` waits for, if any. */
export function chunkLoading(host: object): Promise<void> | undefined {
  return chunks.get(host);
}

/**
 * Records that `host` waits for `load` (which requests the host's update when it is in); the
 * chunks it already waits for still count. Forgotten once every one has settled.
 */
export function waitForChunk(host: object, load: Promise<void>): void {
  const forget = () => {
    if (chunks.get(host) === all) chunks.delete(host);
  };
  const all: Promise<void> = Promise.all([chunks.get(host), load]).then(forget, forget);
  chunks.set(host, all);
}
