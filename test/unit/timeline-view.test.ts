import {describe, expect, it} from 'vitest';
import {timeEvents} from '../../src/layout/timeline/events.js';
import {fullSpan} from '../../src/layout/timeline/layout.js';
import {timelineSpan, timeScales, toggleValue} from '../../src/layout/timeline/view.js';
import type {TimelineEvent} from '../../src/schema/events.js';

const event = (id: string, start: string): TimelineEvent =>
  ({id, title: id, start, precision: 'day', status: 'held', citation: 'x'}) as TimelineEvent;
const timed = timeEvents([event('a', '2013-03-04'), event('b', '2016-11-20')]);

describe('timeline view model', () => {
  it('spans the from/to dates inclusively, else the years the data covers', () => {
    expect(timelineSpan(fullSpan(timed), '', '')).toEqual([
      Date.UTC(2013, 0, 1),
      Date.UTC(2017, 0, 1),
    ]);
    expect(timelineSpan(fullSpan(timed), '2014', '2015-06')).toEqual([
      Date.UTC(2014, 0, 1),
      Date.UTC(2015, 6, 1),
    ]);
    // A span that ends before it starts is not a span: the data's years instead.
    expect(timelineSpan(fullSpan(timed), '2015', '2014')).toEqual([
      Date.UTC(2013, 0, 1),
      Date.UTC(2017, 0, 1),
    ]);
  });

  it('builds one base scale and the zoomed one from it', () => {
    const span: [number, number] = [Date.UTC(2014, 0, 1), Date.UTC(2016, 0, 1)];
    const s = timeScales(span, 800, (base) => base.copy().domain([span[0], Date.UTC(2015, 0, 1)]));
    expect(s.base.domain().map((d) => d.getTime())).toEqual(span);
    expect(s.view).toEqual([span[0], Date.UTC(2015, 0, 1)]);
    expect(s.x.range()).toEqual(s.base.range());
  });

  it('a chip hides one value; all on again means no filter', () => {
    const values = ['AMMTC', 'SOMTC', 'ARF'];
    expect(toggleValue([], values, 'SOMTC')).toEqual({text: 'AMMTC,ARF', shown: false});
    expect(toggleValue(['ammtc', 'arf'], values, 'SOMTC')).toEqual({text: '', shown: true});
  });
});
