/**
 * A chart's membership of a link group, loaded with link-group.ts by the first chart that names
 * a group (link-group-controller.ts holds the options it is given).
 */
import type {ChartDescription} from './chart-types.js';
import type {LinkGroupOptions, LinkHost, LinkedChart} from './link-group-controller.js';
import {paintMarkClass} from './mark-class.js';
import {linkGroup, type LinkGroup, type LinkMember, type LinkSelection} from './link-group.js';
import '../i18n/en-link.js';
import {joinList} from '../i18n/lists.js';

const key = (s: LinkSelection | undefined) => JSON.stringify(s ?? null);
/** Each linked chart's controller, for what the others say about it. */
const controllers = new WeakMap<Element, LinkMembership>();

/**
 * A chart in a link group (core/link-group.ts): it publishes what the reader picks here (after
 * the update that picked it, so every way of picking counts: a click, Enter, a property set by
 * code) and shows what was picked elsewhere; Escape in the chart clears the group. Marks the selection names are outlined with the class `linked`, written on the DOM
 * after each render, as the interaction controller writes `selected`.
 */
export class LinkMembership implements LinkMember {
  private group: LinkGroup | undefined;
  /** The chart's pick as last published or shown; a different one now is the reader's. */
  private baseline = key(undefined);
  private started = false;
  private waiting = false;
  private linked: readonly string[] = [];

  constructor(
    readonly element: LinkHost,
    private readonly options: LinkGroupOptions
  ) {
    controllers.set(element, this);
    element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.group && Object.keys(this.group.selection).length)
        this.group.picked(undefined, element);
    });
  }

  get kind(): LinkedChart {
    return this.options.kind;
  }

  /** The chart left the page. */
  leave(): void {
    this.group?.remove(this);
    this.group = undefined;
    this.started = false;
  }

  /** After the chart's update: shows the group's selection, or publishes the chart's pick. */
  updated(): void {
    const o = this.options;
    if (!this.group || !o.ready()) return;
    if (!this.started) {
      this.started = true;
      const sel = this.group.selection;
      // The group's state (from another chart, code or the URL) wins over this chart's own.
      if (Object.keys(sel).length) this.apply(sel, undefined);
      else this.publish();
    } else if (this.waiting) this.apply(this.group.selection, undefined);
    else this.publish();
    this.paint();
  }

  /** Joins the group the attribute names now, leaving the one it named before. */
  rejoin(): void {
    const name = this.element.isConnected ? this.options.group() : '';
    if (this.group?.name === (name || undefined)) return;
    this.group?.remove(this);
    this.group = name ? linkGroup(name) : undefined;
    this.started = false;
    this.linked = [];
    this.group?.add(this);
    if (!this.group) this.paint();
  }

  /** The reader changed part of the group's selection here (a date range sets the year). */
  adjust(part: LinkSelection): void {
    this.group?.adjusted(part, this.element);
  }

  private publish(): void {
    const pick = this.options.pick();
    if (key(pick) === this.baseline) return;
    this.baseline = key(pick);
    this.group?.picked(pick, this.element);
  }

  show(selection: LinkSelection, origin: Element | undefined): void {
    if (!this.started || !this.options.ready()) {
      this.waiting = true;
      return;
    }
    this.apply(selection, origin);
  }

  private apply(selection: LinkSelection, origin: Element | undefined): void {
    this.waiting = false;
    const shown = this.options.show(selection);
    this.linked = shown.linked ?? [];
    this.baseline = key(this.options.pick());
    this.paint();
    const by = origin && origin !== this.element ? this.memberOf(origin) : undefined;
    if (by && shown.said.length)
      this.options.announce(
        this.options.t()('link.announce', {chart: this.nameOf(by), changes: shown.said.join(' ')})
      );
  }

  syncsUrl(): boolean {
    return this.options.syncUrl();
  }

  membersChanged(): void {
    this.element.requestUpdate();
  }

  private memberOf(el: Element): LinkMembership | undefined {
    return controllers.get(el);
  }

  /** A chart as the others name it: its headline, else what kind of chart it is. */
  private nameOf(member: LinkMembership): string {
    const headline = member.element.getAttribute('headline')?.trim();
    return headline ? `“${headline}”` : this.options.t()(`link.${member.kind}`);
  }

  /** `d` with a sentence naming the charts this one is linked with, when it is in a group. */
  describe(d: ChartDescription): ChartDescription {
    const others = (this.group?.members ?? [])
      .filter((el) => el !== this.element)
      .map((el) => this.memberOf(el))
      .filter((m): m is LinkMembership => m !== undefined);
    if (!others.length) return d;
    const charts = joinList(
      others.map((m) => this.nameOf(m)),
      this.options.lang()
    );
    const linked = this.options.t()('link.description', {charts});
    return {...d, description: `${d.description} ${linked}`};
  }

  /** Writes the class `linked` on the marks the selection names (and off the others). */
  private paint(): void {
    const svg = this.element.renderRoot.querySelector('svg.chart');
    if (svg) paintMarkClass(svg, 'linked', this.linked);
  }
}
