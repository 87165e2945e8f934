/**
 * The README's snippets are what people paste into articles: their addresses keep this version
 * (`apac-viz@x.y.z`), as the embed builder writes them. unpkg answers an address without a
 * version with a redirect to the latest version's (a round trip more on every first visit), and
 * an article pasted today would draw with whatever is released next.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const readme = read('../../README.md');
const {version} = JSON.parse(read('../../package.json')) as {version: string};

describe('README addresses', () => {
  it("point at this version's files on unpkg", () => {
    const addresses = readme.match(/https:\/\/unpkg\.com\/apac-viz[^\s'"`)<]*/g) ?? [];
    // The autoloader, the one file and the link group's import at least.
    expect(addresses.length).toBeGreaterThanOrEqual(3);
    for (const address of addresses)
      expect(address, address).toMatch(
        new RegExp(`^https://unpkg\\.com/apac-viz@${version.replace(/\./g, '\\.')}/`)
      );
  });
});
