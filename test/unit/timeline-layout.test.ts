import {describe, expect, it} from 'vitest';
import {economies, events, resolveEconomy} from '../../src/data.js';
import {formatDateRange, formatPartialDate} from '../../src/layout/format.js';
import {fitLabel, wrapLines} from '../../src/layout/text.js';
import {
  DAY,
  filterEvents,
  lanesFor,
  parseList,
  timeEvents,
  type TimedEvent,
} from '../../src/layout/timeline/events.js';
import {computeTimelineLayout, fullSpan} from '../../src/layout/timeline/layout.js';
import {packLane} from '../../src/layout/timeline/pack.js';
import {timelineNeighbour} from '../../src/layout/timeline/reading.js';
import {readHash, writeHash} from '../../src/layout/hash.js';
import {timeTicks} from '../../src/layout/timeline/ticks.js';
import {validateTimelineInput} from '../../src/schema/timeline-input.js';
import {parseCSV} from '../../src/schema/parse.js';
import type {TimelineEvent} from '../../src/schema/events.js';

const timed = timeEvents(events);
const nameOf = (id: string) => economies.find((e) => e.id === id)?.apecName ?? id;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const options = {
  width: 1000,
  orientation: 'horizontal' as const,
  groupBy: 'forum' as const,
  filters: {},
  view: fullSpan(timed),
  lang: 'en-GB',
  nameOf,
};

/** One-day events (validated shape) on the given dates, all in one forum. */
function days(...dates: string[]): TimedEvent[] {
  return timeEvents(
    dates.map((start, i) => ({
      id: `e${i}`,
      title: `Event number ${i + 1} on ${start}`,
      start,
      precision: 'day' as const,
      city: null,
      economy: null,
      forum: 'F',
      kind: 'meeting',
      status: 'held' as const,
      citation: 'test',
    }))
  );
}

describe('events in time', () => {
  it('gives each event its calendar interval, with month and year precision as spans', () => {
    const byId = (id: string) => timed.find((t) => t.event.id === id) as TimedEvent;
    const soft = byId('ctwg-soft-targets-2018');
    // 24–25 April 2018: the end is exclusive, the start of 26 April.
    expect([soft.start, soft.end]).toEqual([utc(2018, 4, 24), utc(2018, 4, 26)]);
    expect([soft.fuzzy, soft.multiDay]).toEqual([false, true]);
    const month = byId('apec-ctwg-7');
    expect([month.start, month.end, month.fuzzy]).toEqual([utc(2016, 2), utc(2016, 3), true]);
    const planned = byId('aj-dialogue-2016-planned');
    expect(planned.planned).toBe(true);
    expect(timed.map((t) => t.start)).toEqual([...timed.map((t) => t.start)].sort((a, b) => a - b));
  });

  it('keeps 24 April on 24 April in Auckland and Los Angeles', () => {
    const before = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Auckland', 'America/Los_Angeles']) {
        process.env['TZ'] = tz;
        // The zone is in force: midnight UTC on 24 April is still the 23rd in Los Angeles.
        expect(new Date(utc(2018, 4, 24)).getDate()).toBe(tz === 'Pacific/Auckland' ? 24 : 23);
        const [t] = timeEvents(events.filter((e) => e.id === 'ctwg-soft-targets-2018'));
        expect(new Date(t?.start ?? 0).toISOString().slice(0, 10)).toBe('2018-04-24');
        expect(formatPartialDate('2018-04-24', 'en-GB')).toBe('24 April 2018');
        expect(formatDateRange('2015-01-30', '2015-01-31', 'en-GB')).toMatch(
          /^30\s?–\s?31 January 2015$/
        );
        const ticks = timeTicks(utc(2018, 4, 20), utc(2018, 4, 28), 800, 'en-GB').ticks;
        expect(ticks.map((k) => k.label)).toContain('24');
      }
    } finally {
      process.env['TZ'] = before;
    }
  });

  it('filters by forum, kind and host economy, case-insensitively, and by span', () => {
    expect(filterEvents(timed, {forum: ['apec ctwg']})).toHaveLength(18);
    expect(filterEvents(timed, {kind: ['workshop']})).toHaveLength(11);
    expect(
      filterEvents(timed, {economy: ['MY', 'SG']}).every((t) => /MY|SG/.test(t.event.economy ?? ''))
    ).toBe(true);
    const y2015 = filterEvents(timed, {from: utc(2015), to: utc(2016)});
    expect(y2015.every((t) => t.end > utc(2015) && t.start < utc(2016))).toBe(true);
    expect(parseList(' AMMTC, SOMTC ,,')).toEqual(['AMMTC', 'SOMTC']);
  });

  it('orders forum lanes by first event, kinds in the dataset order, "none stated" last', () => {
    const forums = lanesFor(timed, 'forum', nameOf).map((l) => l.key);
    expect(forums.slice(0, 3)).toEqual(['APG', 'AMMTC', 'APEC']);
    expect(forums).toHaveLength(14);
    expect(lanesFor(timed, 'kind', nameOf).map((l) => l.label)).toEqual([
      'Meeting',
      'Workshop',
      'Dialogue',
      'Conference',
      'Summit',
      'Exercise',
      'Report launch',
      'Milestone',
    ]);
    const themes = lanesFor(timed, 'theme', nameOf).map((l) => l.label);
    expect(themes.at(-1)).toBe('No theme stated');
    expect(lanesFor(timed, 'economy', nameOf).some((l) => l.label === 'Viet Nam')).toBe(true);
  });
});

describe('ticks', () => {
  it('step in years over decades, months over a year, days over a fortnight', () => {
    const years = timeTicks(utc(1997), utc(2026), 1000, 'en-GB');
    expect(years.unit).toBe('year');
    expect(years.ticks.map((t) => t.label)).toContain('2010');
    const months = timeTicks(utc(2015), utc(2016), 1000, 'en-GB');
    expect(months.unit).toBe('month');
    expect(months.ticks.map((t) => t.label).slice(0, 3)).toEqual(['Jan 2015', 'Feb', 'Mar']);
    const daysModel = timeTicks(utc(2015, 1, 25), utc(2015, 2, 8), 1000, 'en-GB');
    expect(daysModel.unit).toBe('day');
    expect(daysModel.ticks.find((t) => t.major)?.label).toBe('1 Feb');
  });

  it('leave off a label that would run past the end of the axis', () => {
    const {ticks} = timeTicks(utc(1997), utc(2026), 1000, 'en-GB');
    // The last labels stop short of the end (measured on screen in text-overlap.test.ts).
    const labelled = ticks.filter((t) => t.label);
    expect(labelled.length).toBeGreaterThan(3);
    expect(ticks.at(-1)?.pos).toBeGreaterThan(900);
    expect(Math.max(...labelled.map((t) => t.pos))).toBeLessThan(1000 - 20);
  });
});

describe('packLane', () => {
  const x = (t: number) => ((t - utc(2015)) / DAY) * 2; // 2 px a day
  const o = {x, start: 0, length: 800, r: 5, clusterR: 8, fontSize: 12};

  it('clusters events closer than a pill apart, and labels what is alone', () => {
    const packed = packLane(days('2015-01-01', '2015-01-03', '2015-01-05', '2015-03-01'), o);
    expect(packed.items.map((i) => i.type)).toEqual(['cluster', 'event']);
    const [cluster, alone] = packed.items;
    expect(cluster?.type === 'cluster' && cluster.members.length).toBe(3);
    expect(alone?.type === 'event' && alone.label).toBe('Event number 4 on 2015-03-01');
  });

  it('cuts a label short of the next mark, and leaves it off when nothing fits', () => {
    // 80 px to the next mark leaves room for a few characters; 20 px for none. That the drawn
    // text clears the next mark is measured in the browser (test/browser/text-overlap.test.ts).
    const packed = packLane(days('2015-01-01', '2015-02-10', '2015-02-20'), o);
    const labels = packed.items.map((i) => (i.type === 'event' ? i.label : '#'));
    expect(labels[0]).toMatch(/^Event.*…$/);
    expect((labels[0] ?? '').length).toBeLessThan('Event number 1 on 2015-01-01'.length);
    expect(labels.slice(1)).toEqual(['', 'Event number 3 on 2015-02-20']);
  });

  it('puts overlapping multi-day bars in rows of their own', () => {
    const [base] = days('2015-01-01').map((t) => t.event);
    const two = timeEvents([
      {...(base as TimelineEvent), id: 'a', end: '2015-01-20'},
      {...(base as TimelineEvent), id: 'b', start: '2015-01-10', end: '2015-01-30'},
    ]);
    const packed = packLane(two, o);
    expect(packed.rows).toBe(2);
    expect(packed.items.map((i) => i.type === 'event' && i.shape)).toEqual(['bar', 'bar']);
  });

  it('puts the label of a bar running past the axis end inside the bar', () => {
    const [base] = days('2015-06-01').map((t) => t.event);
    const packed = packLane(timeEvents([{...(base as TimelineEvent), end: '2016-12-31'}]), o);
    const [bar] = packed.items;
    expect(bar?.type === 'event' && [bar.shape, bar.labelX, bar.label]).toEqual([
      'bar',
      bar?.x0 !== undefined ? bar.x0 + 4 : 0,
      'Event number 1 on 2015-06-01',
    ]);
  });

  it('cuts and wraps text', () => {
    expect(fitLabel('Counter-Terrorism Working Group', 10)).toBe('Counter-T…');
    expect(fitLabel('Counter', 5)).toBe('');
    expect(wrapLines('one two three four five six', 9, 2)).toEqual(['one two', 'three fou…']);
  });
});

describe('computeTimelineLayout', () => {
  it('draws every event once, as itself or in a cluster, in 14 lanes', () => {
    const layout = computeTimelineLayout(timed, options);
    expect(layout.lanes).toHaveLength(14);
    const drawn = layout.items.reduce(
      (n, i) => n + (i.type === 'cluster' ? i.members.length : 1),
      0
    );
    expect(drawn).toBe(101);
    expect([layout.shown, layout.total]).toEqual([101, 101]);
    expect(layout.order).toHaveLength(layout.items.length);
  });

  it('lays out only the events in view when zoomed', () => {
    const layout = computeTimelineLayout(timed, {...options, view: [utc(2015), utc(2016)]});
    expect(layout.shown).toBe(filterEvents(timed, {from: utc(2015), to: utc(2016)}).length);
    expect(layout.ticks.unit).toBe('month');
    expect(layout.groups).toHaveLength(14);
  });

  it('lays out vertically with a row per event under year headings', () => {
    const layout = computeTimelineLayout(timed, {
      ...options,
      width: 320,
      orientation: 'vertical',
      filters: {forum: ['APEC CTWG']},
      openYears: new Set([2013, 2014, 2015, 2016, 2017, 2018, 2020]),
    });
    expect(layout.rows).toHaveLength(18);
    expect(layout.years.map((y) => y.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2020]);
    const rows = layout.rows;
    for (let k = 1; k < rows.length; k++)
      expect(rows[k]?.y).toBeGreaterThanOrEqual((rows[k - 1]?.y ?? 0) + (rows[k - 1]?.height ?? 0));
    expect(rows.every((r) => r.title.every((line) => line.length <= 40))).toBe(true);
  });

  it('moves in time order with Left/Right and across lanes with Up/Down', () => {
    const layout = computeTimelineLayout(timed, {...options, view: [utc(2015), utc(2016)]});
    const [first, second] = layout.order;
    expect(timelineNeighbour(layout, first ?? '', 'ArrowRight')).toBe(second);
    expect(timelineNeighbour(layout, first ?? '', 'ArrowLeft')).toBe(first);
    const at = layout.items.find((i) => i.id === first);
    const down = layout.items.find(
      (i) => i.id === timelineNeighbour(layout, first ?? '', 'ArrowDown')
    );
    expect(down && at && down.y > at.y).toBe(true);
  });
});

describe('user data and the URL hash', () => {
  it('reads CSV rows with empty cells as absent, and lists bad rows', () => {
    const csv = parseCSV(
      'title,start,end,city,economy,forum,kind,theme,citation\n' +
        '10th AMMTC,2015-09-29,,Kuala Lumpur,Malaysia,AMMTC,meeting,,vietnamplus\n' +
        'Bad,2015-13-01,,,,,,,x\n'
    );
    const {value, issues} = validateTimelineInput(csv, 'csv', resolveEconomy);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({economy: 'MY', end: undefined, theme: undefined});
    expect(issues.map((i) => i.path)).toEqual(['rows[1].start']);
    expect(validateTimelineInput({nope: 1}, 'json', resolveEconomy).issues[0]?.path).toBe('(root)');
  });

  it('writes and reads the selected event and span, keeping other keys', () => {
    const keys = ['event', 'from', 'to'];
    const hash = writeHash('#other=1', keys, {event: 'apec-ctwg-15', from: '2015-01-01'}, 'tl.');
    expect(hash).toBe('#other=1&tl.event=apec-ctwg-15&tl.from=2015-01-01');
    expect(readHash(hash, keys, 'tl.')).toEqual({event: 'apec-ctwg-15', from: '2015-01-01'});
    expect(writeHash(hash, keys, {}, 'tl.')).toBe('#other=1');
  });
});
