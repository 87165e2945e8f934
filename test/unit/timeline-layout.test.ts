import {describe, expect, it} from 'vitest';
import {economies, events, resolveEconomy} from '../../src/data.js';
import {formatDateRange, formatPartialDate} from '../../src/layout/format-dates.js';
import {fitLabel, textWidth, wrapLines} from '../../src/layout/text.js';
import {
  DAY,
  filterEvents,
  lanesFor,
  parseList,
  timeEvents,
  type TimedEvent,
} from '../../src/layout/timeline/events.js';
import {computeTimelineLayout, fullSpan} from '../../src/layout/timeline/layout.js';
import {timelineLegend} from '../../src/layout/timeline/legend.js';
import {translator} from '../../src/i18n/catalogue.js';
import {packLane} from '../../src/layout/timeline/pack.js';
import {timelineNeighbour, timelineTable} from '../../src/layout/timeline/reading.js';
import {bundledEvents} from '../../src/schema/event-record.js';
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
    // Every event hosted by Malaysia or Singapore, however the codes are written.
    const hosted = timed.filter((t) => ['MY', 'SG'].includes(t.event.economy ?? ''));
    expect(hosted.length).toBeGreaterThan(5);
    for (const codes of [
      ['MY', 'SG'],
      ['my', 'sg'],
    ])
      expect(filterEvents(timed, {economy: codes}), codes.join()).toEqual(hosted);
    const y2015 = filterEvents(timed, {from: utc(2015), to: utc(2016)});
    expect(y2015.length).toBeGreaterThan(0);
    expect(y2015).toEqual(timed.filter((t) => t.end > utc(2015) && t.start < utc(2016)));
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

  it('name the month at the first tick in it, where weekly ticks skip its first day', () => {
    // Ticks a week apart over 21 September to 11 October 2015: "27 Sept, 4 Oct" (the 4th
    // was written "4", and read as 4 September).
    const {unit, ticks} = timeTicks(utc(2015, 9, 21), utc(2015, 10, 12), 300, 'en-GB');
    expect(unit).toBe('day');
    expect(ticks.map((t) => t.label).filter(Boolean)).toEqual(['27 Sept', '4 Oct']);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['4 Oct']);
    // A story's span, 21 September to 4 October, on a phone: "4 Oct" has no room at the axis's
    // end, so it is left off, not written "4".
    const phone = timeTicks(utc(2015, 9, 21), utc(2015, 10, 5), 300, 'en-GB').ticks;
    expect(phone.map((t) => t.label).filter(Boolean)).toEqual(['27 Sept']);
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

  it('keeps every pill on the axis where the axis ends cut a cluster cell', () => {
    // Cells are fixed in time; an axis starting mid-cell drew the first pill half off it, its
    // count cut ("8" of 18). Axes starting at each px of a cell, both ends tried.
    const many = days(
      ...Array.from({length: 60}, (_, i) => `2015-01-${String((i % 28) + 1).padStart(2, '0')}`)
    );
    for (let shift = 0; shift < 26; shift++) {
      const at = {...o, x: (t: number) => x(t) + 3 - shift, start: 2, length: 60};
      const packed = packLane(many, at);
      const pills = packed.items.filter((i) => i.type === 'cluster');
      expect(pills.length, `axis shifted ${shift} px`).toBeGreaterThan(0);
      for (const p of pills) {
        expect(p.x0, `shift ${shift}`).toBeGreaterThanOrEqual(at.start);
        expect(p.x1, `shift ${shift}`).toBeLessThanOrEqual(at.length);
      }
      // No two pills overlap or touch (drawn with 2 px outlines, pills 4 px apart show a gap:
      // touching, "5", "2", "2" read as 522), and no event is lost.
      const xs = pills.map((p) => [p.x0, p.x1] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < xs.length; i++)
        expect(xs[i]?.[0], `shift ${shift}`).toBeGreaterThanOrEqual((xs[i - 1]?.[1] ?? 0) + 4);
      const count = packed.items.reduce(
        (n, i) => n + (i.type === 'cluster' ? i.members.length : 1),
        0
      );
      expect(count).toBe(60);
    }
  });

  it('an axis end that cuts a cell: its pill counts no more than its length holds', () => {
    // Two events a day, every day: a whole cell (26 px, 13 days at 2 px a day) holds 26. A cut
    // last cell joined to the one before at one cell's size drew 34 among 18s in every lane of
    // the 5,000-event story: a surge in the last year that was not in the data.
    const dates = Array.from({length: 200}, (_, i) => {
      const d = new Date(utc(2015) + i * DAY).toISOString().slice(0, 10);
      return [d, d];
    }).flat();
    const even = days(...dates);
    for (let length = 300; length < 330; length++) {
      const at = {...o, length};
      // The events in view, as the layout gives them (the axis ends where the view does).
      const items = packLane(
        even.filter((t) => o.x(t.start) < length),
        at
      ).items;
      const pills = items.flatMap((i) => (i.type === 'cluster' ? [i] : []));
      // A whole pill is 22 px (26 with the gap to the next): about one event a px.
      for (const p of pills) {
        expect(p.members.length / (p.x1 - p.x0 + 4), `length ${length}`).toBeLessThanOrEqual(1.05);
        expect(p.x1 - p.x0, `length ${length}`).toBeGreaterThanOrEqual(16);
        expect(p.x1, `length ${length}`).toBeLessThanOrEqual(length);
      }
    }
  });

  it('moves a mark to a row with room for its label, and cuts labels only past three rows', () => {
    // Two marks 80 px apart: the second goes to a row of its own, both labels whole.
    const two = packLane(days('2015-01-01', '2015-02-10'), o);
    expect(two.rows).toBe(2);
    expect(two.items.map((i) => i.type === 'event' && i.label)).toEqual([
      'Event number 1 on 2015-01-01',
      'Event number 2 on 2015-02-10',
    ]);
    // Five marks 40 px apart: three rows, then labels are cut before the next mark in the row
    // (that the drawn text clears it is measured in test/browser/text-overlap.test.ts).
    const five = packLane(
      days('2015-01-01', '2015-01-21', '2015-02-10', '2015-03-02', '2015-03-22'),
      o
    );
    expect(five.rows).toBe(3);
    const labels = five.items.map((i) => (i.type === 'event' ? i.label : '#'));
    expect(labels[0]).toMatch(/^Event.*…$/);
    for (const item of five.items) {
      if (item.type !== 'event' || !item.label) continue;
      const next = five.items.find((n) => n.row === item.row && n.x0 > item.x0);
      expect(item.labelX + textWidth(item.label, o.fontSize)).toBeLessThanOrEqual(
        next ? next.x0 - 6 : o.length
      );
    }
  });

  it("keeps a highlighted event's label whole: later marks go to another row, past three", () => {
    // The five marks 40 px apart above: the first one's label was cut at the fourth mark, which
    // took its row once three were full. Kept, each of the five reads whole; the marks after it
    // go to a row of their own, and no label reaches the next mark in its row.
    const dates = ['2015-01-01', '2015-01-21', '2015-02-10', '2015-03-02', '2015-03-22'];
    for (const kept of ['e0', 'e1', 'e3']) {
      const packed = packLane(days(...dates), {...o, keep: (e) => e.id === kept});
      const events = packed.items.filter((i) => i.type === 'event');
      const item = events.find((i) => i.timed.event.id === kept);
      expect(item?.label, kept).toBe(item?.timed.event.title);
      expect(packed.rows, kept).toBeLessThanOrEqual(4);
      for (const e of events) {
        const next = events.find((n) => n.row === e.row && n.x0 > e.x0);
        if (e.label)
          expect(
            e.labelX + textWidth(e.label, o.fontSize),
            `${kept}: ${e.label}`
          ).toBeLessThanOrEqual(next ? next.x0 - 6 : o.length);
      }
    }
  });

  it("names the one event a story's step highlights in a span on a phone", () => {
    // The scroll-driven story's second timeline step: 21 September – 4 October 2015 on a 351 px
    // chart. The 10th AMMTC's bar had no label: the lane's three rows were full and the next
    // mark in its row began 30 px after it.
    const view: [number, number] = [utc(2015, 9, 21), utc(2015, 10, 5)];
    const at = (keep?: (e: TimelineEvent) => boolean) =>
      computeTimelineLayout(timed, {...options, width: 351, groupBy: 'kind', view, keep});
    const label = (layout: ReturnType<typeof at>) =>
      layout.items.flatMap((i) =>
        i.type === 'event' && i.timed.event.id === 'ammtc-10' ? [i.label] : []
      );
    const event = events.find((e) => e.id === 'ammtc-10') as TimelineEvent;
    expect(label(at())).toEqual(['']);
    expect([event.title, event.shortTitle]).toContain(label(at((e) => e.id === 'ammtc-10'))[0]);
  });

  it('writes the label before a mark near the axis end when it does not fit after it', () => {
    // 1 January 2016 at x = 730 and 23 January at x = 774 (26 px before the end): neither title
    // fits after its mark, so each is written before it, clear of the previous mark's label.
    const packed = packLane(days('2015-06-01', '2016-01-01', '2016-01-23'), o);
    const events = packed.items.filter((i) => i.type === 'event');
    const last = events.at(-1);
    expect(last?.before).toBe(true);
    expect(last?.label).toBe('Event number 3 on 2016-01-23');
    expect(last?.labelX).toBe((last?.x0 ?? 0) - 4);
    for (const e of events) {
      const width = textWidth(e.label, o.fontSize);
      const [from, to] = e.before ? [e.labelX - width, e.labelX] : [e.labelX, e.labelX + width];
      const others = events.filter((n) => n !== e && n.row === e.row);
      for (const n of others) {
        const [nFrom, nTo] = n.before
          ? [n.labelX - textWidth(n.label, o.fontSize), n.x1]
          : [n.x0, n.labelX + textWidth(n.label, o.fontSize)];
        expect(to <= nFrom || from >= nTo, `${e.label} / ${n.label}`).toBe(true);
      }
      expect(to).toBeLessThanOrEqual(o.length);
    }
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

  it('labels with the short title where the whole title does not fit, and the whole where it does', () => {
    const list = days('2015-01-01', '2015-02-10', '2015-03-22').map((t) => ({
      ...t.event,
      shortTitle: `No. ${t.event.id}`,
    }));
    const labels = packLane(timeEvents(list), o).items.map((i) => i.type === 'event' && i.label);
    // 80 px to the next mark: the short title, not a cut title; the last has all the room.
    expect(labels).toEqual(['No. e0', 'No. e1', 'Event number 3 on 2015-03-22']);
  });

  it('keeps a label inside its bar, or after it, never past the bar into the lane', () => {
    const [base] = days('2015-01-01').map((t) => t.event);
    const long = 'A workshop title far longer than the bar it is written in';
    // A 150 px bar (75 days) with the next mark 60 px after it: the title does not fit inside,
    // so as much as fits inside the bar is shown, ending before the bar ends.
    const packed = packLane(
      timeEvents([
        {...(base as TimelineEvent), id: 'a', title: long, end: '2015-03-16'},
        {...(base as TimelineEvent), id: 'b', start: '2015-04-15'},
      ]),
      o
    );
    const [bar] = packed.items;
    if (bar?.type !== 'event') throw new Error('expected the bar first');
    expect(bar.labelX).toBe(bar.x0 + 4);
    expect(bar.label).toMatch(/^A workshop.*…$/);
    expect(bar.labelX + textWidth(bar.label, o.fontSize)).toBeLessThanOrEqual(bar.x1 - 4);
    // With a short title that fits, the bar carries it whole.
    const short = packLane(
      timeEvents([
        {...(base as TimelineEvent), title: long, shortTitle: 'Workshop', end: '2015-03-16'},
      ]),
      o
    ).items[0];
    expect(short?.type === 'event' && short.label).toBe('Workshop');
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

  /** The phone's list of every bundled event at `width`, every year open. */
  const phoneList = (width: number) =>
    computeTimelineLayout(timed, {
      ...options,
      width,
      orientation: 'vertical',
      openYears: new Set(timed.map((t) => new Date(t.start).getUTCFullYear())),
    });

  it("writes every bundled event's title whole in a phone's list", () => {
    // Cut after four lines at 320 px, the two accounts of one CTWG workshop read the same: what
    // told them apart ("as given in one passage", "in another") came after the cut.
    for (const width of [280, 288, 343]) {
      const layout = phoneList(width);
      expect(layout.rows).toHaveLength(101);
      for (const r of layout.rows)
        expect(r.title.join(' '), `${width} px`).toBe(r.timed.event.title);
    }
  });

  it("writes a row's forum and city whole in a phone's list, on two lines where one is too short", () => {
    // Cut to one line: "APEC CTWG · Subic Bay Freep…" at 320 px.
    let wrapped = 0;
    for (const width of [280, 288, 343]) {
      const layout = phoneList(width);
      for (const r of layout.rows) {
        const e = r.timed.event;
        const lane = layout.lanes[r.lane]?.label;
        expect(r.context.join(' '), `${e.id} at ${width} px`).toBe(
          [lane, e.city].filter(Boolean).join(' · ')
        );
        wrapped += r.context.length > 1 ? 1 : 0;
        // Each line below the one before, and the row ends below the last.
        expect(r.contextY.length).toBe(r.context.length);
        expect((r.contextY.at(-1) ?? 0) + 4).toBeLessThan(r.y + r.height);
      }
    }
    expect(wrapped, 'rows whose line wraps').toBeGreaterThan(0);
  });

  it('says where a date is in doubt: inferred, unverified, or told otherwise by another record', () => {
    const t = translator('en');
    // As the chart reads the dataset: a record with another account is in doubt too.
    const drawn = timeEvents(bundledEvents(events, resolveEconomy));
    const table = timelineTable(drawn, 'en', (id) => id, t);
    const note = (title: string) => table.rows.find((r) => r['title'] === title)?.['note'];
    const doubt = 'The date is in doubt; the note says why.';
    // A year inferred (the 15th CTWG), and each of two accounts of one workshop (conflicts).
    expect(note('15th APEC Counter-Terrorism Working Group meeting')).toMatch(
      new RegExp(`^${doubt} The seed gives`)
    );
    const accounts = drawn.filter((x) => x.event.conflicts?.length);
    expect(accounts).toHaveLength(2);
    for (const x of accounts) expect(note(x.event.title)).toMatch(new RegExp(`^${doubt}`));
    // A date known to the day, and one known to the month, say only what they say.
    expect(note('13th APEC Counter-Terrorism Task Force meeting')).not.toContain(doubt);
    expect(drawn.filter((x) => x.event.dateInDoubt).length).toBe(9);
  });

  it("the key shows each form a month's or a year's event takes, as the marks draw it", () => {
    // Narrower than a dot (the whole span at 1000 px, and every row of the vertical list but a
    // several days' one), a month or a year is a tinted, dashed dot; wider, a bar. A planned
    // event's dot is hollow: the key must not leave the first to be read as the last.
    const shapes = new Set<string>();
    for (const layout of [
      computeTimelineLayout(timed, options),
      computeTimelineLayout(timed, {...options, view: [utc(2015), utc(2016)]}),
    ])
      for (const item of layout.items)
        if (item.type === 'event' && item.timed.fuzzy && !item.timed.planned)
          shapes.add(item.shape === 'bar' ? 'rect' : 'circle');
    expect([...shapes].sort()).toEqual(['circle', 'rect']);
    const keyed = (label: string) => {
      const block = timelineLegend(computeTimelineLayout(timed, options), 'en', translator('en'));
      const key = block.find((b) => b.type === 'entries');
      const entry =
        key?.type === 'entries' ? key.entries.find((e) => e.label === label) : undefined;
      return entry?.swatch?.kind === 'shapes' ? entry.swatch.shapes : [];
    };
    const fuzzy = keyed('Month or year only, or date in doubt');
    expect(fuzzy.map((s) => s.shape).sort()).toEqual(['circle', 'rect']);
    expect(fuzzy.every((s) => s.dash === '3 2' && s.fillOpacity === 0.25)).toBe(true);
    expect(keyed('Planned, or announced and not confirmed as held')).toMatchObject([
      {shape: 'circle', fill: 'background', dash: '2 2'},
    ]);
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

  it('reads a short title from a "Short title" or "shortTitle" column, and keeps it optional', () => {
    for (const header of ['Short title', 'shortTitle']) {
      const csv = parseCSV(
        `Title,${header},Start\n8th ASEAN Ministerial Meeting on Transnational Crime,8th AMMTC,2011-10-13\nNo short one,,2012\n`
      );
      const {value, issues} = validateTimelineInput(csv, 'csv', resolveEconomy);
      expect(issues).toEqual([]);
      expect(value.map((e) => e.shortTitle)).toEqual(['8th AMMTC', undefined]);
    }
    const json = validateTimelineInput(
      [{title: 'A long title', shortTitle: 'Short', start: '2019'}],
      'json',
      resolveEconomy
    );
    expect(json.value[0]?.shortTitle).toBe('Short');
  });

  it('writes and reads the selected event and span, keeping other keys', () => {
    const keys = ['event', 'from', 'to'];
    const hash = writeHash('#other=1', keys, {event: 'apec-ctwg-15', from: '2015-01-01'}, 'tl.');
    expect(hash).toBe('#other=1&tl.event=apec-ctwg-15&tl.from=2015-01-01');
    expect(readHash(hash, keys, 'tl.')).toEqual({event: 'apec-ctwg-15', from: '2015-01-01'});
    expect(writeHash(hash, keys, {}, 'tl.')).toBe('#other=1');
  });
});
