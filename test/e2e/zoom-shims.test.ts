/**
 * The build plugin that stands src/core/zoom-shims.ts in for d3-zoom's d3-transition and
 * d3-interpolate (scripts/zoom-shims.mjs) touches d3-zoom's imports only: a build that also
 * carries another package that imports d3-interpolate (the bench page's plain-d3 floor and
 * peers import d3-scale) gets the real package there. Built with Vite as the builds are.
 */
import {describe, expect, it} from 'vitest';
import {build, type Rollup} from 'vite';
import {zoomShims} from '../../scripts/zoom-shims.mjs';

const ENTRY = 'virtual:zoom-shims-entry';

async function bundle(source: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      zoomShims(),
      {
        name: 'entry',
        enforce: 'pre',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? source : null),
      },
    ],
    build: {
      write: false,
      minify: false,
      rollupOptions: {input: ENTRY, preserveEntrySignatures: 'strict'},
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  const chunk = output.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('no chunk built');
  return chunk.code;
}

describe('the zoom shims build plugin', () => {
  it('gives d3-zoom the shims and d3-scale the real d3-interpolate in one build', async () => {
    const code = await bundle(
      `export {zoom} from 'd3-zoom'; export {scaleLinear} from 'd3-scale'; export {interpolateRgb} from 'd3-interpolate';`
    );
    // d3-zoom's interpolator is the shim's, which says why it is missing.
    expect(code).toContain('this build carries no zoom animation');
    // d3-transition (its timer) is not in the build.
    expect(code).not.toMatch(/function timerFlush/);
    const mod = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as {
      scaleLinear: () => {domain(d: number[]): {range(r: number[]): (x: number) => number}};
      interpolateRgb: (a: string, b: string) => (t: number) => string;
    };
    // The scale interpolates with the real package, as does a page's own colour interpolator.
    expect(mod.scaleLinear().domain([0, 1]).range([0, 10])(0.5)).toBe(5);
    expect(mod.interpolateRgb('black', 'white')(0.5)).toBe('rgb(128, 128, 128)');
  });
});
