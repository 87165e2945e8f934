import {describe, expect, it} from 'vitest';
import {compileHints} from '../../scripts/compile-hints.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';
const code = (n: number) => `export function f(){return ${'1+'.repeat(n)}1}`;

interface FakeChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: string[];
  moduleIds: string[];
  facadeModuleId: string | null;
  isEntry: boolean;
  isDynamicEntry: boolean;
  map?: {mappings: string};
}
const chunk = (fileName: string, o: Partial<FakeChunk> = {}): FakeChunk => ({
  type: 'chunk',
  fileName,
  code: code(3000),
  imports: [],
  moduleIds: [`/p/src/${fileName.replace('.js', '.ts')}`],
  facadeModuleId: null,
  isEntry: false,
  isDynamicEntry: false,
  ...o,
});

/** The plugin's generateBundle over `chunks` (and a written source map for core.js). */
function run(chunks: FakeChunk[]) {
  const bundle: Record<string, unknown> = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  bundle['core.js.map'] = {type: 'asset', source: JSON.stringify({mappings: 'AAAA;CAAC'})};
  const hook = compileHints().generateBundle as unknown as {
    handler: (options: unknown, bundle: Record<string, unknown>) => void;
  };
  hook.handler({}, bundle);
  const written = bundle['core.js.map'] as {source: string};
  const hinted = (file: string) => (bundle[file] as FakeChunk).code.startsWith(HINT);
  return {hinted, writtenMap: () => JSON.parse(written.source) as {mappings: string}};
}

describe('compile hints on the chunks a chart first runs', () => {
  it('a chart and what it imports; not its data, small chunks, the entry or a validator', () => {
    const timeline = chunk('timeline.js', {
      facadeModuleId: '/p/src/timeline.ts',
      isDynamicEntry: true,
      imports: ['core.js', 'data-events.js', 'steps.js'],
    });
    const core = chunk('core.js', {map: {mappings: 'AAAA;CAAC'}});
    const data = chunk('data-events.js', {moduleIds: ['/p/data/events.json']});
    const small = chunk('steps.js', {code: code(10)});
    const entry = chunk('apac-viz.js', {facadeModuleId: '/p/src/autoload.ts', isEntry: true});
    const validators = chunk('timeline-input.js', {
      facadeModuleId: '/p/src/schema/timeline-input.ts',
      isDynamicEntry: true,
      imports: ['core.js'],
    });
    const {hinted, writtenMap} = run([timeline, core, data, small, entry, validators]);
    expect(hinted('timeline.js')).toBe(true);
    expect(hinted('core.js')).toBe(true);
    expect(hinted('data-events.js')).toBe(false);
    expect(hinted('steps.js')).toBe(false);
    expect(hinted('apac-viz.js')).toBe(false);
    expect(hinted('timeline-input.js')).toBe(false);
    // The source map's lines move down by the hint's line.
    expect(core.map?.mappings).toBe(';AAAA;CAAC');
    expect(writtenMap().mappings).toBe(';AAAA;CAAC');
  });

  it('not a chunk another page code loads too (the bench page: the floor shares d3-sankey)', () => {
    const sankey = chunk('sankey.js', {
      facadeModuleId: '/p/src/sankey.ts',
      isDynamicEntry: true,
      imports: ['d3-sankey.js'],
    });
    const shared = chunk('d3-sankey.js', {moduleIds: ['/p/node_modules/d3-sankey/src/sankey.js']});
    const floor = chunk('d3.js', {
      facadeModuleId: '/p/bench/libs/d3.ts',
      isDynamicEntry: true,
      imports: ['d3-sankey.js'],
    });
    const {hinted} = run([sankey, shared, floor]);
    expect(hinted('sankey.js')).toBe(true);
    expect(hinted('d3-sankey.js')).toBe(false);
    expect(hinted('d3.js')).toBe(false);
  });
});
