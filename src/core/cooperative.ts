import type {Steps} from '../schema/steps.js';

/** The longest a slice of work runs before the page gets the main thread back, ms. */
export const SLICE_MS = 12;

/**
 * Gives the main thread back to the page (input, paint, timers, other scripts) and resumes in
 * a task queued behind theirs. A message to itself, not `setTimeout` (clamped to 4 ms when
 * chained) nor `scheduler.yield()` (its continuation runs ahead of the page's timers, which
 * starved them for the whole load in Chromium).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface RunOptions {
  /** Stops the work at the next pause, rejecting with the signal's reason (an AbortError). */
  signal?: AbortSignal | undefined;
  /** Called at each pause with the share done (0–1). */
  onProgress?: ((share: number) => void) | undefined;
  /** Longest slice, ms. */
  slice?: number;
}

/**
 * Runs steps in slices of at most about `slice` ms, giving the page the main thread between
 * them, so no task of this work runs long however large the input. Small inputs finish in the
 * first slice, without pausing.
 */
export async function runSteps<T>(steps: Steps<T>, options: RunOptions = {}): Promise<T> {
  const {signal, onProgress, slice = SLICE_MS} = options;
  signal?.throwIfAborted();
  let began = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - began < slice) continue;
    onProgress?.(next.value);
    await yieldToPage();
    signal?.throwIfAborted();
    began = performance.now();
  }
}
