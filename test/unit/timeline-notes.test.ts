/** Where a note aimed at an event points on the timeline (layout only, no DOM). */
import {describe, expect, it} from 'vitest';
import {BUNDLED_EVENTS, TimelineData} from '../../src/elements/timeline/timeline-data.js';
import {
  timelineNoteObstacles,
  timelineNoteTarget,
} from '../../src/elements/timeline/timeline.annotations.js';
import {placeNotes} from '../../src/layout/annotations.js';
import {translator} from '../../src/i18n/catalogue.js';

const attrs = {
  from: '',
  to: '',
  orientation: 'horizontal' as const,
  forum: '',
  economy: '',
  kind: '',
  eventTheme: '',
};
const model = TimelineData.for(BUNDLED_EVENTS());
const find = (id: string) => model.find(id);

/** The bundled timeline's layout, as the element computes it, unzoomed. */
const layoutOf = (
  width: number,
  lang = 'en',
  orientation: 'horizontal' | 'vertical' = 'horizontal'
) =>
  model.view(
    {...attrs, orientation},
    {
      width,
      height: undefined,
      groupBy: 'forum',
      lang,
      t: translator(lang),
      openYears: undefined,
      rescale: (base) => base,
    }
  ).layout;

/** A note aimed at an event or a date (`target`), or at a span (`from`, `to`). */
const note = (target: string, from = '', to = '') => ({
  id: 'n',
  target,
  from,
  to,
  text: 'x',
  show: 'all' as const,
});

describe('a note aimed at an event in a cluster', () => {
  it('points at the event’s own date along the pill, not at the pill’s middle', () => {
    const layout = layoutOf(800);
    const [t0, t1] = layout.view;
    const xOf = (t: number) => layout.left + ((t - t0) / (t1 - t0)) * (layout.right - layout.left);
    const pills = layout.items.flatMap((it) => (it.type === 'cluster' ? [it] : []));
    expect(pills.length, 'clusters at 800 px').toBeGreaterThan(0);
    let checked = 0;
    for (const pill of pills) {
      const middle = (pill.x0 + pill.x1) / 2;
      for (const member of pill.members) {
        const target = timelineNoteTarget(layout, note(member.event.id), find);
        const own = Math.min(pill.x1, Math.max(pill.x0, xOf(member.start)));
        expect(target?.x, member.event.id).toBeCloseTo(own, 6);
        expect(target?.y).toBe(pill.y);
        if (Math.abs(own - middle) > 3) checked++;
      }
    }
    // Some members lie well away from their pill's middle (where the note used to point).
    expect(checked).toBeGreaterThan(0);
  });
});

describe('a note on a date or a span of dates', () => {
  it('names its dates as the reader’s language writes them, not as written in the attribute', () => {
    const span = note('', '2015-09-29', '2015-10-02');
    const en = timelineNoteTarget(layoutOf(800), span, find, 'en');
    expect(en?.name).toMatch(/September 29.*October 2, 2015/);
    expect(en?.span).toBeDefined();
    const ja = timelineNoteTarget(layoutOf(800, 'ja'), span, find, 'ja');
    expect(ja?.name).not.toContain('2015-09-29');
    expect(ja?.name).not.toBe(en?.name);
    expect(timelineNoteTarget(layoutOf(800), note('2015-11'), find, 'en')?.name).toBe(
      'November 2015'
    );
  });
});

describe('a note on an event in a closed year of the vertical timeline', () => {
  it('is a marker on the axis level with the year, not between two years', () => {
    const layout = layoutOf(320, 'en', 'vertical');
    const notes = ['ammtc-1', 'ammtc-10'].map((id) => {
      const spec = {...note(id), id};
      const target = timelineNoteTarget(layout, spec, find, 'en');
      if (!target) throw new Error(id);
      return {note: spec, target};
    });
    const placed = placeNotes({
      width: layout.width,
      height: layout.height,
      notes,
      obstacles: timelineNoteObstacles(layout),
    });
    for (const [i, n] of placed.notes.entries()) {
      const target = notes[i]?.target;
      // The year's row: its heading (the target) and the marker on the same line.
      expect(n.marker?.y, n.id).toBeCloseTo(target?.y ?? NaN, 0);
      expect(n.marker?.x, n.id).toBeCloseTo(target?.x ?? NaN, 0);
    }
  });
});
