/**
 * Link groups: charts on one page that share one selection (README, "Charts that work
 * together"). A chart joins with its `link-group` attribute; code uses `linkGroup(name)`.
 * Groups live per page, by name: two groups never see each other's picks.
 */
import {readHash, replaceHash} from './hash-write.js';

/** What a group has picked: one selection that every chart in it shows in its own way. */
export interface LinkSelection {
  /** Economies picked (ISO 3166-1 alpha-2): the map picks them out, the timeline lists their events. */
  readonly economies?: readonly string[] | undefined;
  /** The timeline event picked (its `id`). */
  readonly event?: string | undefined;
  /** Where the picked event was held (alpha-2): the map and the flows pick it out. */
  readonly host?: string | undefined;
  /** The Sankey node or flow picked (its `id`). */
  readonly node?: string | undefined;
  /** The year maps that show membership (or a year indicator) show. */
  readonly year?: number | undefined;
}

/** `detail` of the `apac-link-change` event a group fires. */
export interface LinkChangeDetail {
  group: string;
  selection: LinkSelection;
  /** The chart whose reader made the change; undefined when code (or the URL) made it. */
  origin: Element | undefined;
}

/** What a group asks of each chart in it (the chart's LinkGroupController). */
export interface LinkMember {
  readonly element: HTMLElement;
  /** Shows the group's selection; `origin` is the chart that made it (undefined: code or URL). */
  show(selection: LinkSelection, origin: Element | undefined): void;
  /** Whether the chart keeps its state in the URL (`sync-url`): the group then keeps its own. */
  syncsUrl(): boolean;
  /** The group's members changed (the chart's description names the others). */
  membersChanged(): void;
}

const EMPTY: LinkSelection = Object.freeze({});
const HASH_KEYS = ['economy', 'event', 'host', 'node', 'year'] as const;

/** Drops empty fields, so that equal selections are written alike. */
function tidy(s: LinkSelection): LinkSelection {
  const out: {-readonly [K in keyof LinkSelection]: LinkSelection[K]} = {};
  if (s.economies?.length) out.economies = Object.freeze([...s.economies]);
  if (s.event) out.event = s.event;
  if (s.host) out.host = s.host;
  if (s.node) out.node = s.node;
  if (typeof s.year === 'number' && Number.isInteger(s.year)) out.year = s.year;
  return Object.freeze(out);
}

const same = (a: LinkSelection, b: LinkSelection) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A named group of linked charts. Fires `apac-link-change` (`detail: {group, selection, origin}`)
 * whenever its selection changes. `subscribe` and `selection` fit React's
 * `useSyncExternalStore(group.subscribe, () => group.selection)`.
 */
export class LinkGroup extends EventTarget {
  private current: LinkSelection = EMPTY;
  private readonly joined = new Set<LinkMember>();
  private readFromUrl = false;

  constructor(readonly name: string) {
    super();
  }

  /** The group's selection now (a frozen object; a new one after every change). */
  get selection(): LinkSelection {
    return this.current;
  }

  /** The charts in the group, in the order they joined. */
  get members(): readonly HTMLElement[] {
    return [...this.joined].map((m) => m.element);
  }

  /** Puts a chart in this group (sets its `link-group` attribute). */
  join(chart: HTMLElement & {linkGroup: string}): void {
    chart.linkGroup = this.name;
  }

  /** Takes a chart out of this group, if it is in it. */
  leave(chart: HTMLElement & {linkGroup: string}): void {
    if (chart.linkGroup === this.name) chart.linkGroup = '';
  }

  /** Sets the group's selection from code: every chart in the group shows it. */
  select(selection: LinkSelection): void {
    this.set(selection, undefined);
  }

  /** Clears the selection (as Escape does in any chart of the group). */
  clear(): void {
    this.set(EMPTY, undefined);
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  readonly subscribe = (listener: (detail: LinkChangeDetail) => void): (() => void) => {
    const handler = (e: Event) => listener((e as CustomEvent<LinkChangeDetail>).detail);
    this.addEventListener('apac-link-change', handler);
    return () => this.removeEventListener('apac-link-change', handler);
  };

  /** A reader's pick in chart `origin` (undefined: its pick was cleared, which clears the group). */
  picked(pick: LinkSelection | undefined, origin: Element): void {
    if (!pick) return this.set(EMPTY, origin);
    const now = this.current;
    // An event picked refines the economies listed (the timeline keeps its filter); any other
    // pick replaces the selection. The year stays until a pick brings its own or all is cleared.
    const next = pick.event
      ? {year: now.year, economies: now.economies, ...pick}
      : {year: now.year, ...pick};
    this.set(next, origin);
  }

  /** A change to part of the selection made in chart `origin` (the timeline's date range sets the year). */
  adjusted(part: LinkSelection, origin: Element): void {
    this.set({...this.current, ...part}, origin);
  }

  /** For charts: joins `member`; the first that syncs the URL reads the group's state from it. */
  add(member: LinkMember): void {
    this.joined.add(member);
    if (member.syncsUrl() && !this.readFromUrl) {
      this.readFromUrl = true;
      addEventListener('hashchange', this.onHash);
      this.onHash();
    }
    for (const m of this.joined) m.membersChanged();
  }

  /** For charts: `member` left the group (its attribute changed, or it left the page). */
  remove(member: LinkMember): void {
    if (!this.joined.delete(member)) return;
    if (![...this.joined].some((m) => m.syncsUrl()) && this.readFromUrl) {
      this.readFromUrl = false;
      removeEventListener('hashchange', this.onHash);
    }
    for (const m of this.joined) m.membersChanged();
  }

  private readonly onHash = () => {
    const h = readHash(location.hash, HASH_KEYS, `${this.name}.`);
    const year = Number(h['year']);
    const selection = tidy({
      economies: h['economy']?.split(',').filter(Boolean),
      event: h['event'],
      host: h['host'],
      node: h['node'],
      year: Number.isInteger(year) ? year : undefined,
    });
    if (!same(selection, this.current)) this.set(selection, undefined, false);
  };

  private set(selection: LinkSelection, origin: Element | undefined, write = true): void {
    const next = tidy(selection);
    if (same(next, this.current)) return;
    this.current = next;
    for (const m of this.joined) m.show(next, origin);
    if (write && [...this.joined].some((m) => m.syncsUrl()))
      replaceHash(
        HASH_KEYS,
        {
          economy: next.economies?.join(','),
          event: next.event,
          host: next.host,
          node: next.node,
          year: next.year !== undefined ? String(next.year) : undefined,
        },
        `${this.name}.`
      );
    this.dispatchEvent(
      new CustomEvent<LinkChangeDetail>('apac-link-change', {
        detail: {group: this.name, selection: next, origin},
      })
    );
  }
}

const groups = new Map<string, LinkGroup>();

/** The page's link group called `name` (made on first use): join charts, listen, set its selection. */
export function linkGroup(name: string): LinkGroup {
  let group = groups.get(name);
  if (!group) groups.set(name, (group = new LinkGroup(name)));
  return group;
}
