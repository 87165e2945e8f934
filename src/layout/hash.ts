/**
 * Chart state in a page URL's hash, as `key=value` pairs (`#event=apec-ctwg-15&from=2015-01-01`),
 * so a reader can link to one view. A prefix (`tl.event`) keeps two charts on a page apart.
 * Keys the chart does not own are left as they were. Pure.
 */
export type HashState = Partial<Record<string, string>>;

/** The values of `keys` in `hash`. */
export function readHash(hash: string, keys: readonly string[], prefix = ''): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = {};
  for (const key of keys) {
    const value = params.get(prefix + key);
    if (value) state[key] = value;
  }
  return state;
}

/** `hash` with `state` written for `keys` (an unset key is removed), other keys untouched. */
export function writeHash(
  hash: string,
  keys: readonly string[],
  state: HashState,
  prefix = ''
): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of keys) {
    const value = state[key];
    if (value) params.set(prefix + key, value);
    else params.delete(prefix + key);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
