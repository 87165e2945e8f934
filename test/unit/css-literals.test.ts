/**
 * The build's CSS minifier (scripts/css-literals.mjs) leaves a run of a css`…` literal as
 * written when it cannot read it as a list of rules, with only a warning: a `${…}` that stands
 * for declarations inside a rule left the frame's whole tokens block unminified, 0.6 kB gzip on
 * every chart's page, and nothing failed. Every css`…` literal in src/ is minified.
 */
import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {cssLiterals} from '../../scripts/css-literals.mjs';

const files = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  );

type Transform = (
  this: {warn: (message: string) => void},
  code: string,
  id: string
) => {code: string} | null;

describe('css`…` literals', () => {
  const withCss = files('src').filter((f) => readFileSync(f, 'utf8').includes('css`'));

  it('are all minified, every run between two holes read as rules', () => {
    expect(withCss.length, 'style modules').toBeGreaterThanOrEqual(10);
    const transform = cssLiterals().transform as unknown as Transform;
    const warnings: string[] = [];
    for (const file of withCss) {
      const code = readFileSync(file, 'utf8');
      const out = transform.call({warn: (m) => warnings.push(m)}, code, join(process.cwd(), file));
      expect(out?.code.length ?? code.length, file).toBeLessThan(code.length);
    }
    expect(warnings).toEqual([]);
  });

  it('warns and leaves as written a run that is not a list of rules (the check above can fail)', () => {
    const transform = cssLiterals().transform as unknown as Transform;
    const warnings: string[] = [];
    const code = 'const a = css`\n  .frame {\n    color: red;\n    ${x}\n  }\n`;';
    transform.call({warn: (m) => warnings.push(m)}, code, join(process.cwd(), 'src/x.ts'));
    expect(warnings.length).toBeGreaterThan(0);
  });
});
