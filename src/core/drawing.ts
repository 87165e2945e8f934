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
