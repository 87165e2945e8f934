/**
 * Runs `work` once the page is idle (within `timeout` ms even on a busy page), or 50 ms later
 * where the browser has no idle callbacks (Safari). Returns what cancels it.
 */
export function whenIdle(work: () => void, timeout?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, timeout === undefined ? undefined : {timeout});
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
}
