import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import type {ChartDescription} from './chart-types.js';
import {LazyModule} from './lazy-module.js';
import type {LinkSelection} from './link-group.js';
import type * as Member from './link-group-member.js';

/** The kinds of chart a group links, for what the others say about it. */
export type LinkedChart = 'map' | 'timeline' | 'flows';

/** What showing a group's selection did to a chart. */
export interface Shown {
  /** What changed, in words, for screen readers (nothing said when empty). */
  said: string[];
  /** Marks outlined because the selection names them (when it names several, none is selected). */
  linked?: readonly string[];
}

export interface LinkGroupOptions {
  /** The group's name: the chart's `link-group` attribute (`''`: in no group). */
  group: () => string;
  kind: LinkedChart;
  /** True once the chart has drawn: it shows the group's selection from then on. */
  ready: () => boolean;
  /** What the reader picked in this chart, as a selection; undefined when nothing is picked. */
  pick: () => LinkSelection | undefined;
  /** Shows the group's selection in this chart (sets its own properties). */
  show: (selection: LinkSelection) => Shown;
  /** The chart's `sync-url`. */
  syncUrl: () => boolean;
  /** Says something through the chart's polite live region. */
  announce: (message: string) => void;
  t: () => Translate;
  lang: () => string;
}

/** A chart that can join a group. */
export type LinkHost = ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode};

/** What each chart's adapter passes on unchanged: when it has drawn, its voice and its words. */
export interface ChartLinkOptions {
  ready: () => boolean;
  announce: (message: string) => void;
  t: () => Translate;
  lang: () => string;
}

/** The options every chart fills the same way: its `link-group` and `sync-url`, and `o`. */
export function chartLinkOptions(
  host: {linkGroup: string; syncUrl: boolean},
  o: ChartLinkOptions
): Pick<LinkGroupOptions, 'group' | 'syncUrl' | keyof ChartLinkOptions> {
  const {ready, announce, t, lang} = o;
  return {group: () => host.linkGroup, syncUrl: () => host.syncUrl, ready, announce, t, lang};
}

/**
 * A chart's membership of a link group (core/link-group.ts), which publishes what the reader
 * picks here and shows what was picked elsewhere (link-group-member.ts). A chart in no group
 * never loads that code, nor its chart's adapter (`adapter`, the chart's *.link.ts): the first
 * time its `link-group` names a group, both load and the chart, drawn once they are in
 * (apac-render and updateComplete wait for them), joins.
 */
export class LinkGroupController implements ReactiveController {
  /** The chart's membership, made once the group's code and the chart's adapter are in. */
  private readonly membership = new LazyModule(async () => {
    const [module, options] = await Promise.all([
      import('./link-group-member.js'),
      this.adapter(this),
      // The groups, a chunk of their own (the autoloader's `linkGroup` loads it too): asked for
      // now rather than once the member's chunk has arrived and asks for it.
      import('./link-group.js'),
    ]);
    return new module.LinkMembership(this.element, options);
  }, 'the link group');

  constructor(
    readonly element: LinkHost & {linkGroup: string},
    private readonly adapter: (link: LinkGroupController) => Promise<LinkGroupOptions>
  ) {
    element.addController(this);
  }

  /** The chart's membership once it has named a group and its code is in; else undefined. */
  private joined(): Member.LinkMembership | undefined {
    const named = this.element.isConnected && this.element.linkGroup;
    return named ? this.membership.for(this.element) : this.membership.peek();
  }

  hostConnected(): void {
    this.joined()?.rejoin();
  }

  hostDisconnected(): void {
    this.membership.peek()?.leave();
  }

  hostUpdate(): void {
    this.joined()?.rejoin();
  }

  hostUpdated(): void {
    this.membership.peek()?.updated();
  }

  /** The reader changed part of the group's selection here (a date range sets the year). */
  adjust(part: LinkSelection): void {
    this.membership.peek()?.adjust(part);
  }

  /** `d` with a sentence naming the charts this one is linked with, when it is in a group. */
  describe(d: ChartDescription): ChartDescription {
    return this.membership.peek()?.describe(d) ?? d;
  }
}
