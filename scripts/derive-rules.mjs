// The rules behind the derived indicators. Shared by scripts/derive-indicators.mjs and the
// dataset test, so the file and the rule cannot drift apart.

const MEMBERSHIP_CATEGORIES = [
  {id: 'apec-asean', label: 'APEC and ASEAN'},
  {id: 'apec-plus-three', label: 'APEC and ASEAN Plus Three partner'},
  {id: 'apec', label: 'APEC only'},
  {id: 'asean', label: 'ASEAN only'},
];

export const EVENTS_HOSTED_RULE =
  'Count of events in data/events.json with status "held", excluding milestones, whose host economy is this economy (a virtual meeting counts for the economy that chaired it). Planned events, events announced but not confirmed as held, and events with no stated host are not counted; two records that carry the conflicting versions of one event count once. Economies with no such event are left without a value: the dataset is not a complete register of meetings.';

const orgOf = (e, org) => e.memberships.find((m) => m.org === org);

export function deriveIndicators(economies, events) {
  const membership = economies.map((e) => {
    const apec = orgOf(e, 'APEC');
    const asean = orgOf(e, 'ASEAN');
    const apt = orgOf(e, 'ASEAN Plus Three');
    const value =
      apec && asean ? 'apec-asean' : apec && apt ? 'apec-plus-three' : apec ? 'apec' : 'asean';
    const citation = [apec, asean, apt]
      .filter(Boolean)
      .map((m) => m.citation)
      .join('; ');
    return {economy: e.id, value, citation};
  });
  const joinYear = (org) =>
    economies
      .map((e) => ({economy: e.id, m: orgOf(e, org)}))
      .filter(({m}) => m?.joined)
      .map(({economy, m}) => ({
        economy,
        value: Number(m.joined.slice(0, 4)),
        citation: m.citation,
        ...(m.note ? {note: m.note} : {}),
      }));
  const counted = new Map();
  const seen = new Set();
  for (const ev of events) {
    if (ev.status !== 'held' || ev.kind === 'milestone' || !ev.economy) continue;
    if ((ev.conflicts ?? []).some((id) => seen.has(id))) continue;
    seen.add(ev.id);
    counted.set(ev.economy, [...(counted.get(ev.economy) ?? []), ev.id]);
  }
  const hosted = economies
    .filter((e) => counted.has(e.id))
    .map((e) => ({
      economy: e.id,
      value: counted.get(e.id).length,
      citation: `Counted from the apac-viz events dataset, each event citing its own source: ${counted.get(e.id).join(', ')}`,
    }));
  return [
    {
      id: 'membership',
      label: 'Membership: APEC, ASEAN and ASEAN Plus Three',
      unit: null,
      kind: 'categorical',
      description:
        'Which of APEC and ASEAN each economy belongs to, and the ASEAN Plus Three partners.',
      categories: MEMBERSHIP_CATEGORIES,
      citation:
        'Global Affairs Canada, History and Membership of APEC; businessinasean.com and asean.or.jp (ASEAN); AMMTC+3 joint statement, Siem Reap, 2009 (ASEAN Plus Three); IANS and AsiaOne, 26 Oct 2025 (Timor-Leste)',
      derived: 'From the memberships in data/economies.json.',
      values: membership,
    },
    {
      id: 'apec-join-year',
      label: 'Year joined APEC',
      unit: null,
      kind: 'year',
      description: 'The year each economy joined APEC (founding economies: 1989).',
      citation:
        'Global Affairs Canada, History and Membership of APEC (international.gc.ca/apec/map-carte.aspx?view=d&lang=eng)',
      derived: 'From the APEC memberships in data/economies.json.',
      values: joinYear('APEC'),
    },
    {
      id: 'asean-join-year',
      label: 'Year joined ASEAN',
      unit: null,
      kind: 'year',
      description: 'The year each member state joined ASEAN (founders: 1967).',
      citation:
        'businessinasean.com/en/about-asean/introduction-to-asean.html; asean.or.jp/en/asean/base/outline/',
      derived: 'From the ASEAN memberships in data/economies.json.',
      values: joinYear('ASEAN'),
    },
    {
      id: 'events-hosted',
      label: 'Meetings, workshops and conferences hosted (in this dataset)',
      unit: 'events',
      kind: 'numeric',
      description: 'How many of the events in the bundled timeline each economy hosted or chaired.',
      citation:
        'Counted from the apac-viz events dataset (data/events.json), in which each event cites its own source',
      derived: EVENTS_HOSTED_RULE,
      // Absent from the dataset's events is not "no data" (the rule says why it is no count).
      noValue: 'None in this dataset',
      // The rule as a reader needs it under the map's legend (`derived` is not shipped).
      note: 'Only events held, by host (a virtual meeting counts for its chair): the dataset is not a complete register of meetings.',
      values: hosted,
    },
  ];
}
