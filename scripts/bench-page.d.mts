import type {Server} from 'node:http';
import type {Browser} from 'playwright-core';

/** Builds the bench page into `out`, serves it and launches Chromium (see bench-page.mjs). */
export function openBench(
  out: string,
  options?: {sourcemap?: boolean; libs?: readonly string[]}
): Promise<{server: Server; browser: Browser; base: string}>;
