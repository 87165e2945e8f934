import {describe, expect, it} from 'vitest';
import {UsageError, parseRenderArgs} from '../../src/cli/args.js';

describe('apac-viz render arguments', () => {
  it('reads the chart, the output, options and pass-through attributes in order', () => {
    expect(
      parseRenderArgs([
        'render',
        'choropleth',
        '--indicator',
        'acct-in-force-year',
        '--time-slider',
        '--headline=Who ratified',
        '--out',
        'map.PNG',
        '--scale',
        '3',
      ])
    ).toEqual({
      chart: 'choropleth',
      out: 'map.PNG',
      format: 'png',
      data: undefined,
      width: 800,
      scale: 3,
      browser: undefined,
      attributes: [
        ['indicator', 'acct-in-force-year'],
        ['time-slider', ''],
        ['headline', 'Who ratified'],
      ],
    });
  });

  it('help for no arguments or -h', () => {
    expect(parseRenderArgs([])).toBeUndefined();
    expect(parseRenderArgs(['render', 'sankey', '-h'])).toBeUndefined();
  });

  it.each([
    [['draw', 'sankey', '--out', 'a.svg'], 'Unknown command "draw": the command is render.'],
    [['render', '--out', 'a.svg'], 'Name the chart: choropleth, timeline or sankey.'],
    [['render', 'sankey', 'extra', '--out', 'a.svg'], 'Unexpected "extra".'],
    [['render', 'sankey'], 'Say where to write: --out chart.svg or --out chart.png.'],
    [['render', 'sankey', '--out', 'a.pdf'], '--out must end in .svg or .png, not "a.pdf".'],
    [
      ['render', 'sankey', '--out', 'a.svg', '--width', '50'],
      '--width must be a number from 200 to 4000, not "50".',
    ],
    [
      ['render', 'sankey', '--out', 'a.svg', '--scale', 'x'],
      '--scale must be a number from 1 to 8, not "x".',
    ],
    [
      ['render', 'sankey', '--out', 'a.svg', '--src', 'http://x'],
      'Use --data FILE for own data (a local file); src is set from it.',
    ],
    [
      ['render', 'sankey', '--out', 'a.svg', '--On_Click', 'x'],
      '"--On_Click" is not an attribute name.',
    ],
  ])('%j → %s', (argv, message) => {
    expect(() => parseRenderArgs(argv)).toThrow(new UsageError(message));
  });
});
