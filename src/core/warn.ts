const said = new Set<string>();
const LIMIT = 200;

/**
 * Writes a console warning once per distinct message for the life of the page, so fifty charts
 * with the same bad row do not flood the console.
 */
export function warnOnce(message: string, ...details: unknown[]): void {
  if (said.has(message)) return;
  if (said.size >= LIMIT) said.clear();
  said.add(message);
  console.warn(`apac-viz: ${message}`, ...details);
}
