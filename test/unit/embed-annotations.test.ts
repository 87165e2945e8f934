/**
 * Notes on the embed page (`annotations=` JSON) and `apac-viz render --annotations FILE`: checked
 * like every parameter, never applied when unusable, each problem named for the console.
 */
import {describe, expect, it} from 'vitest';
import {parseEmbedParams, type EmbedAttribute} from '../../src/embed/params.js';
import {MAX_NOTES, readAnnotationsParam} from '../../src/embed/annotations-param.js';
import {parseRenderArgs} from '../../src/cli/args.js';

const attrs: EmbedAttribute[] = [{name: 'headline', boolean: false}];
const parse = (query: string) =>
  parseEmbedParams(new URLSearchParams(query), () => attrs, 'https://cdn.example/embed.html');

describe('the annotations parameter', () => {
  it('sets the notes it carries, not as an attribute', () => {
    const json = JSON.stringify([
      {target: 'TL', text: 'Admitted 2025', show: 'desktop'},
      {from: '2015-09-29', to: '2015-10-02', text: 'A week'},
    ]);
    const {request, ignored} = parse(`chart=choropleth&annotations=${encodeURIComponent(json)}`);
    expect(ignored).toEqual([]);
    expect(request?.attributes).toEqual([]);
    expect(request?.annotations?.map((n) => [n.id, n.target, n.text, n.show])).toEqual([
      ['note-TL', 'TL', 'Admitted 2025', 'desktop'],
      ['note-2015-09-29-2015-10-02', '', 'A week', 'all'],
    ]);
  });

  it('ignores what is not an array of notes, with a reason', () => {
    for (const [value, reason] of [
      ['{"target": "TL"}', 'not an array'],
      ['[{"target": "TL", "text": "x"', 'not JSON'],
      [JSON.stringify(Array.from({length: MAX_NOTES + 1}, () => ({text: 'x'}))), 'more than 20'],
      ['x'.repeat(9000), 'longer than 8000'],
    ]) {
      const {request, ignored} = parse(`chart=sankey&annotations=${encodeURIComponent(value)}`);
      expect(request?.annotations).toBeUndefined();
      expect(ignored.join(' ')).toContain(reason);
    }
  });

  it('keeps the notes with text and says how many were left out', () => {
    const r = readAnnotationsParam(JSON.stringify([{text: 'ok'}, {target: 'TL'}, 7]));
    expect(r.notes?.map((n) => n.text)).toEqual(['ok']);
    expect(r.problem).toBe('2 of 3 notes have no text and are left out');
  });

  it('keeps hostile text as a string: the chart shows it as text', () => {
    const text = '<img src=x onerror="window.pwned=1">';
    expect(readAnnotationsParam(JSON.stringify([{target: 'TL', text}])).notes?.[0]?.text).toBe(
      text
    );
  });
});

describe('apac-viz render --annotations', () => {
  it('reads the file name as its own option, not as an attribute', () => {
    const job = parseRenderArgs([
      'render',
      'sankey',
      '--annotations',
      'notes.json',
      '--out',
      'flows.svg',
    ]);
    expect(job?.annotations).toBe('notes.json');
    expect(job?.attributes).toEqual([]);
  });
});
