/**
 * A user's timeline JSON read without the validators (timeline-plain.ts): whatever it reads, it
 * reads as the validators do, and it leaves to them every input they would convert, trim or
 * report on.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {resolveEconomy} from '../../src/data.js';
import {plainEvent, plainEvents} from '../../src/schema/timeline-plain.js';
import {validateTimelineInput} from '../../src/schema/timeline-input.js';
import {syntheticEvents} from '../fixtures/synthetic.js';

/**
 * Each field's values: first those the schema keeps as they are (`plain` of them), then others
 * (spaces to trim, capitals to lower, too long, empty, the wrong type, dates that do not exist or
 * end before they start, a precision the date does not have, a host that names no economy).
 */
const FIELDS: Record<string, {plain: number; values: unknown[]}> = {
  id: {plain: 3, values: [undefined, 'e1', 'e2', ' e3', '', 'z'.repeat(201), 3]},
  title: {
    plain: 3,
    values: ['AMMTC', 'Workshop on travel', 't'.repeat(300), ' AMMTC', '', 't'.repeat(301), 5],
  },
  shortTitle: {plain: 3, values: [undefined, '', '8th AMMTC', ' 8th', 's'.repeat(81)]},
  start: {
    plain: 3,
    values: ['2015-04-24', '2015-04', '2015', ' 2015', '2015-02-30', '15-04', 2015],
  },
  end: {plain: 3, values: [undefined, '2015-04-26', '2016', '2014', '2015-04-23', 'soon']},
  precision: {plain: 1, values: [undefined, 'day', 'month', 'year', 'week']},
  city: {plain: 4, values: [undefined, null, 'Siem Reap', '', ' Manila', 'c'.repeat(121), 7]},
  economy: {plain: 5, values: [undefined, null, '', 'SG', 'Malaysia', 'ZZ', ' SG', true, NaN]},
  forum: {plain: 3, values: [undefined, 'AMMTC', '', ' SOMTC', 'f'.repeat(121)]},
  kind: {plain: 3, values: [undefined, 'workshop', '', 'Workshop', ' meeting', 'k'.repeat(41)]},
  theme: {plain: 2, values: [undefined, 'secure travel', 'Secure travel', 4]},
  status: {plain: 4, values: [undefined, 'held', 'planned', 'unconfirmed', 'cancelled']},
  citation: {
    plain: 3,
    values: [undefined, 'UNODC 2013, p. 4', 'c'.repeat(2000), '', ' padded', 'c'.repeat(2001)],
  },
  note: {plain: 3, values: [undefined, '', 'Dates differ', ' note', 'n'.repeat(2001)]},
  conflicts: {plain: 3, values: [undefined, ['e1'], [], [' e2'], 'e1', ['']]},
  dateInDoubt: {plain: 3, values: [undefined, true, false, 'yes']},
};

/** An event of plain values, each field but the title and start left out now and then. */
const clean = fc.record(
  Object.fromEntries(
    Object.entries(FIELDS).map(([key, {plain, values}]) => [
      key,
      fc.constantFrom(...values.slice(0, plain)),
    ])
  ),
  {requiredKeys: ['title', 'start']}
);
/** An event of plain values but one field, given one of its other values. */
const oneOff = fc.tuple(clean, fc.constantFrom(...Object.keys(FIELDS))).chain(([e, key]) => {
  const {plain, values} = FIELDS[key] as (typeof FIELDS)[string];
  return fc.constantFrom(...values.slice(plain)).map((value) => ({...e, [key]: value}));
});

/**
 * A list of events, bare or in `{citation?, events}`: half the lists of plain events only, the
 * others with one event in four given a value the schema converts or reports.
 */
const input = fc
  .boolean()
  .chain((plain) =>
    fc.tuple(
      fc.array(plain ? clean : fc.oneof(clean, clean, clean, oneOff), {maxLength: 6}),
      fc.constantFrom('bare', 'object', 'cited', 'padded')
    )
  )
  .map(([rows, shape]) =>
    shape === 'bare'
      ? rows
      : {
          ...(shape === 'cited' ? {citation: 'Our survey, 2025'} : {}),
          ...(shape === 'padded' ? {citation: ' Our survey '} : {}),
          events: rows,
        }
  );

describe('plainEvents: own timeline JSON read without the validators', () => {
  it('gives what the validators give whenever it reads the input, and reads the plain ones', () => {
    let [read, cases] = [0, 0];
    fc.assert(
      fc.property(input, (given) => {
        cases++;
        const quick = plainEvents(given, resolveEconomy);
        const full = validateTimelineInput(given, 'json', resolveEconomy);
        if (quick) {
          read++;
          expect(quick).toStrictEqual(full);
          return;
        }
        // Left to the validators only where they convert, trim, drop or report something.
        const rows = Array.isArray(given) ? given : given.events;
        const notPlain = rows.some(
          (row, i) => plainEvent(row, i + 1, resolveEconomy) === undefined
        );
        expect(notPlain || full.issues.length > 0, JSON.stringify(given)).toBe(true);
      }),
      {numRuns: 3000}
    );
    expect(read / cases).toBeGreaterThan(0.2);
  });

  it('reads every event of plain values, as the validators read it', () => {
    fc.assert(
      fc.property(clean, (row) => {
        const full = validateTimelineInput([row], 'json', resolveEconomy);
        expect(full.issues).toEqual([]);
        expect(plainEvent(row, 1, resolveEconomy)).toStrictEqual(full.value[0]);
      }),
      {numRuns: 1000}
    );
  });

  it('reads the 5,000 events of the bench stress test as the validators do; not large lists', () => {
    const rows = syntheticEvents(5000);
    const full = validateTimelineInput(rows, 'json', resolveEconomy);
    expect(full.value).toHaveLength(5000);
    expect(plainEvents(rows, resolveEconomy)).toStrictEqual(full);
    expect(plainEvents({events: rows}, resolveEconomy)).toStrictEqual(
      validateTimelineInput({events: rows}, 'json', resolveEconomy)
    );
    expect(plainEvents(rows, resolveEconomy, 5000)).toBeUndefined();
  });

  it('leaves to the validators what is not a list of events, or repeats an id', () => {
    for (const given of [undefined, null, 3, 'x', {}, {events: 'x'}, {rows: []}])
      expect(plainEvents(given, resolveEconomy), JSON.stringify(given)).toBeUndefined();
    const twice = [
      {id: 'a', title: 'One', start: '2015'},
      {id: 'a', title: 'Two', start: '2016'},
    ];
    expect(plainEvents(twice, resolveEconomy)).toBeUndefined();
    expect(validateTimelineInput(twice, 'json', resolveEconomy).issues).toHaveLength(1);
    // An event with no id is numbered by its place: a later one may not take that number.
    const numbered = [
      {title: 'One', start: '2015'},
      {id: 'event-1', title: 'Two', start: '2016'},
    ];
    expect(plainEvents(numbered, resolveEconomy)).toBeUndefined();
    // The chart keeps its own list of an event's other versions, as the validators' copy is.
    const conflicts = ['event-9'];
    const read = plainEvent({title: 'One', start: '2015', conflicts}, 1, resolveEconomy);
    expect(read?.conflicts).toEqual(conflicts);
    expect(read?.conflicts).not.toBe(conflicts);
  });
});
