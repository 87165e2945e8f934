import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ApacChart, type ChartDescription, type LayoutContext} from '../../core/chart-element.js';
import type {MarkModel} from '../../core/marks.js';
import {pathIndex} from '../../layout/sankey/cycles.js';
import {
  ALIGNS,
  hasDrawableFlow,
  type NodeAlign,
  type SankeyLayout,
} from '../../layout/sankey/layout.js';
import {largestFlows, largestFlowsSteps, type LimitedGraph} from '../../layout/sankey/limit.js';
import {LIMIT_MESSAGES, PROGRESS_ROWS} from '../../core/progress.js';
import {sankeyLayoutFor} from '../../layout/sankey/list.js';
import {sankeyLegend} from '../../layout/sankey/legend.js';
import type {LegendModel} from '../../layout/legend.js';
import {describeSankey, sankeyNeighbour, sankeyTable} from '../../layout/sankey/reading.js';
import type {DataTable} from '../../layout/table.js';
import type {Validated} from '../../schema/issues.js';
import type {DataFormat} from '../../schema/parse.js';
import type {Steps} from '../../schema/steps.js';
import {type SankeyGraph, type SankeyLink, type SankeyNode} from '../../schema/sankey-graph.js';
import {LazyModule} from '../../core/lazy-module.js';
import type {WorkerJob} from '../../core/worker-protocol.js';
import {HashController} from '../../core/hash-controller.js';
import {applyState, type StateOf} from '../../core/chart-state.js';
import {connected} from '../../layout/sankey/cycles.js';
import type {Highlighted} from '../../core/highlight-controller.js';
import {sankeyStyles} from './sankey.styles.js';
import {flowName} from '../../layout/sankey/flow-name.js';
import {LinkGroupController} from '../../core/link-group-controller.js';
import {
  linkName,
  moreSources,
  nodeName,
  sankeyHighlight,
  sankeyMarks,
  sankeyTip,
  flowNotes,
} from './sankey.templates.js';
import type {NoteReader} from '../../layout/annotations.js';
import {joinList} from '../../i18n/lists.js';
import {columnHeadingMarks, columnRoom, withColumns} from './sankey.columns.js';
import {REPORTS, toctaStatements, type Report} from './sankey-data.js';
import '../../i18n/en-sankey.js';

/** A user's data is checked by these, loaded (a chunk of their own) only when one is given. */
const VALIDATORS = new LazyModule(
  () => import('../../schema/sankey-input.js'),
  'the Sankey validators'
);
/** Plain JSON `data` (nothing to convert or report) is read by this instead, without valibot. */
const PLAIN = new LazyModule(
  () => import('../../schema/sankey-plain.js'),
  'the Sankey data reader'
);
/** What `setState` sets on a Sankey in one update: any of these, the others left as they are. */
const STATE_KEYS = ['report', 'selected', 'highlight', 'shownNotes'] as const;
export type SankeyState = StateOf<ApacSankey, (typeof STATE_KEYS)[number]>;

/** A node's datum in apac-hover / apac-select: its record and the larger of its flows in and out. */
export interface SankeyNodeDatum extends SankeyNode {
  total: number;
  display: string;
}

/**
 * A Sankey chart of illicit flows, with the uncertainty of each estimate drawn: a solid core
 * for the central estimate and a pale band for its range.
 *
 * @summary Sankey chart of illicit flows with ranges, adjacency highlight and keyboard paths.
 *
 * @fires {ApacHoverDetail} apac-hover - The pointer or focus moved to a node or flow (`{id, datum}`), or off (`null`).
 * @fires {ApacSelectDetail} apac-select - The reader picked out a node or flow (`{id, datum}`); `id` null when cleared.
 *
 * @csspart node - A node: its bar and label.
 * @csspart link - A flow: its core and range bands.
 *
 * @cssproperty --apac-sankey-link-opacity - Opacity of a flow's core. Default: 0.55.
 */
export class ApacSankey extends ApacChart<SankeyGraph, SankeyLayout> {
  static override styles = [...ApacChart.styles, sankeyStyles];

  /** The report whose bundled estimates are drawn: `tocta2013` (UNODC, 2013; default) or `sea2019` (market ranges, 2019). */
  @property({useDefault: true}) report: Report = 'tocta2013';
  /** `input` keeps the nodes in the order given (default); `auto` lets the layout reduce crossings. */
  @property({attribute: 'node-order', useDefault: true}) nodeOrder: 'input' | 'auto' = 'input';
  /** `justify` (default), `left`, `right` or `center`. */
  @property({attribute: 'node-align', useDefault: true}) nodeAlign: NodeAlign = 'justify';
  /**
   * `auto` (default): left to right where every node's name and value fit beside it without
   * touching another flow, else the `list`: the nodes ranked stage by stage with a bar each, as on
   * a phone. Or `horizontal`, `vertical` (top to bottom), `list`; these thin labels that collide.
   */
  @property({useDefault: true}) orientation: 'auto' | 'horizontal' | 'vertical' | 'list' = 'auto';
  /** Headings over the node columns, in order, separated by `|`: `Origin|Crime|Destination`. */
  @property({useDefault: true}) columns = '';
  /** The node or flow picked out (pinned). Setting it fires no event. */
  @property() override selected: string | undefined;
  /** Keeps the report and the node or flow picked out in the page URL's hash (`#flows.report=sea2019…`; prefix: the `id`, if any). */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;
  /** Whether the reader opened the source line's further sources. */
  @state() private moreSourcesShown = false;

  protected override svgRole = 'graphics-document';
  protected override async loadNoteReader(): Promise<NoteReader<SankeyLayout>> {
    return (await import('./sankey.annotations.js')).SANKEY_NOTES;
  }

  /** With `link-group`: one selection with the other charts of the group (sankey.link.ts). */
  protected readonly linking = new LinkGroupController(this, async () =>
    (await import('./sankey.link.js')).linkSankey(this, {
      ready: () => this.layout !== undefined,
      nodes: () => (this.loaded ? this.drawable(this.loaded.value).graph.nodes : []),
      has: (id) => this.marks?.datum(id) !== undefined,
      announce: (message) => this.announce(message),
      t: () => this.t,
      lang: () => this.effectiveLang,
    })
  );

  protected readonly hash = new HashController(this, async () =>
    (await import('./sankey.hash.js')).sankeyHash(this, {ready: () => this.layout !== undefined})
  );

  /**
   * Sets several of `report`, `selected` and `highlight` in one update (one redraw; a report is
   * bundled, so nothing is fetched): a scroll-driven story's step.
   */
  setState(state: SankeyState): Promise<boolean> {
    applyState(this, state, STATE_KEYS);
    return this.stateShown();
  }

  /**
   * Nodes and flows by id: each keeps its whole path strong (the flows into and out of it, on to
   * the ends), as hovering it lights it.
   */
  protected override readHighlight(layout: SankeyLayout, tokens: readonly string[]): Highlighted {
    const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
    const links = new Map(layout.links.map((l) => [l.id, l]));
    const ids = new Set<string>();
    const names: string[] = [];
    for (const id of tokens) {
      const n = nodes.get(id);
      const l = links.get(id);
      if (!n && !l) continue;
      for (const on of connected(layout.links, id)) ids.add(on);
      const name = (nid: string) => nodes.get(nid)?.label ?? nid;
      names.push(n ? n.label : flowName(name(l?.source ?? ''), name(l?.target ?? ''), this.t));
    }
    return {ids, names};
  }

  private get report_(): Report {
    return this.report in REPORTS ? this.report : 'tocta2013';
  }

  /** The graph plainGraph read from `plainFor` (undefined: it is the validators' to read). */
  private plain: Validated<SankeyGraph> | undefined;
  private plainFor: unknown;

  /**
   * The validators, unless the input is plain JSON, which needs only the reader (sankey-plain.ts):
   * a page drawing its own clean graph does not load valibot. A large input (one with a progress
   * bar) is left to the validators, which read it in slices.
   */
  protected override async loadValidators(input?: unknown, format?: DataFormat): Promise<void> {
    if (format === 'json' && input !== undefined && !VALIDATORS.peek()) {
      await PLAIN.load();
      [this.plainFor, this.plain] = [input, PLAIN.get().plainGraph(input, PROGRESS_ROWS)];
      if (this.plain) return;
    }
    return VALIDATORS.load();
  }

  /** A large file at `src` is read and checked in the data worker, with the same validator. */
  protected override workerJob(): WorkerJob {
    return 'sankey';
  }

  /** The plain graph read for `input` by loadValidators, if it was and the validators are not in. */
  private readPlain(input: unknown, format: DataFormat): Validated<SankeyGraph> | undefined {
    return format === 'json' && input === this.plainFor && !VALIDATORS.peek()
      ? this.plain
      : undefined;
  }

  protected validate(input: unknown, format: DataFormat): Validated<SankeyGraph> {
    return this.readPlain(input, format) ?? VALIDATORS.get().validateSankeyInput(input, format);
  }

  protected override *validateSteps(
    input: unknown,
    format: DataFormat
  ): Steps<Validated<SankeyGraph>> {
    const plain = this.readPlain(input, format);
    if (plain) return plain;
    const validators = VALIDATORS.get();
    return yield* validators.validateSankeyInputSteps(input, format, validators.plainLink);
  }

  protected loadBundled(): Validated<SankeyGraph> {
    return {value: REPORTS[this.report_].graph(), issues: []};
  }

  /** Nothing to draw when no flow has a size (d3-sankey would produce NaN for all zeros). */
  protected isEmpty(data: SankeyGraph): boolean {
    // Asked on every update: checked once per data, on the flows drawn (all of them up to the
    // limits), since cutting the loops of 20,000 links took longer than a frame.
    if (this.emptyFor !== data)
      [this.emptyFor, this.empty] = [data, !hasDrawableFlow(this.drawable(data).graph)];
    return this.empty;
  }

  /** Picks the flows to draw from a large file while it loads, not in the first drawing. */
  protected override *prepare(data: SankeyGraph): Steps<void> {
    const limited = yield* largestFlowsSteps(data);
    [this.limitedFor, this.limited] = [data, limited];
    yield 1;
    this.isEmpty(data);
  }

  protected override bundledCredit(): string {
    return REPORTS[this.report_].source;
  }

  /** The sources of the total and the later statements the legend quotes: a release, a conference. */
  protected override bundledMoreCredits(): string[] {
    return this.report_ === 'tocta2013' ? toctaStatements(this.t, this.effectiveLang).sources : [];
  }

  protected override renderMoreCredits(more: string[]): TemplateResult {
    return moreSources(more, this.moreSourcesShown, this.t, () => {
      this.moreSourcesShown = !this.moreSourcesShown;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different bundled dataset is different data.
    if (changed.has('report') && changed.get('report') !== undefined && !this.data && !this.src)
      this.dataController.reload();
    super.willUpdate(changed);
  }

  protected layoutDependencies() {
    // Not `report`: a new report is new data (reloaded in willUpdate), already a dependency;
    // laying the old report out again meanwhile would draw twice for one change.
    return [this.nodeOrder, this.nodeAlign, this.orientation, this.columns];
  }

  private limitedFor: SankeyGraph | undefined;
  private limited: LimitedGraph | undefined;
  private emptyFor: SankeyGraph | undefined;
  private empty = false;

  /** The flows drawn: all of them, or the largest up to the limits (layout/sankey/limit.ts). */
  private drawable(data: SankeyGraph): LimitedGraph {
    if (this.limitedFor !== data || !this.limited)
      [this.limitedFor, this.limited] = [data, largestFlows(data)];
    return this.limited;
  }

  protected override limitMessage(data: SankeyGraph): string | undefined {
    const {graph, of} = this.drawable(data);
    return of && LIMIT_MESSAGES.sankey(this.t, graph.links.length, of, graph.nodes.length);
  }

  protected computeLayout(data: SankeyGraph, {width, height, lang}: LayoutContext): SankeyLayout {
    const {orientation} = this;
    const layout = sankeyLayoutFor(this.drawable(data).graph, {
      width,
      height,
      orientation: ['horizontal', 'vertical', 'list'].includes(orientation) ? orientation : 'auto',
      nodeOrder: this.nodeOrder === 'auto' ? 'auto' : 'input',
      nodeAlign: this.nodeAlign in ALIGNS ? this.nodeAlign : 'justify',
      lang,
      t: this.t,
      top: columnRoom(this.columns),
    });
    return withColumns(layout, this.columns);
  }

  protected renderChart(layout: SankeyLayout): TemplateResult {
    return sankeyMarks(layout, this.t, columnHeadingMarks(layout));
  }

  protected override legendModel(layout: SankeyLayout): LegendModel {
    const bundled = this.loaded?.load.source === 'bundled' && this.report_ === 'tocta2013';
    const names = new Map(layout.nodes.map((n) => [n.id, n.label]));
    return sankeyLegend(
      layout,
      {
        ...(bundled
          ? toctaStatements(this.t, this.effectiveLang).facts
          : {statedTotal: undefined, statedNote: undefined, later: []}),
        notesLang: this.source.dataLang,
        nameOf: (id) => names.get(id) ?? id,
        list: (items) => joinList(items, this.effectiveLang),
      },
      this.t
    );
  }

  // ── Interaction ──────────────────────────────────────────────────────────────────────────
  /** Nodes and flows; a flow's datum is its record (source, target, value, citation…). */
  protected override markModel(layout: SankeyLayout): MarkModel<SankeyNodeDatum | SankeyLink> {
    const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
    const links = new Map(layout.links.map((l) => [l.id, l]));
    // Flows and nodes may be picked out as well as focused: the focus order lists only nodes.
    const ids = new Set([...layout.order, ...links.keys()]);
    // The records behind the nodes: those that name economies carry them in their datum.
    const nodeRecords = new Map(
      (this.loaded ? this.drawable(this.loaded.value).graph.nodes : [])
        .filter((n) => n.economies)
        .map((n) => [n.id, n])
    );
    const paths = new Map<string, ReadonlySet<string>>();
    const index = pathIndex(layout.links);
    const through = (id: string) => {
      const known = paths.get(id) ?? index(id);
      paths.set(id, known);
      return known;
    };
    return {
      order: layout.order,
      neighbour: (from, key) => sankeyNeighbour(layout, from, key),
      datum: (id) => {
        const n = nodes.get(id);
        const economies = n && nodeRecords.get(n.id);
        if (n)
          return {
            id: n.id,
            label: n.label,
            group: n.group,
            ...(economies && {economies: economies.economies, citation: economies.citation}),
            total: n.total,
            display: n.display,
          };
        return links.get(id)?.link;
      },
      label: (id) => {
        const n = nodes.get(id);
        const l = links.get(id);
        return n ? nodeName(n) : l ? linkName(l, nodes, this.t) : '';
      },
      tooltip: (id) =>
        sankeyTip(layout, id, nodes, (c) => this.source.sourceOf(c), this.t, this.source.dataLang),
      anchor: (id) => {
        // Under a row of the list, at its right: the tooltip hangs below the row it tells of.
        const row = layout.list?.rows.find((r) => r.id === id);
        if (row && layout.list) return [layout.list.width, row.y + row.h - 12];
        const n = nodes.get(id);
        return n ? [n.x + n.w, n.y + n.h / 2] : (links.get(id)?.mid ?? [0, 0]);
      },
      related: (id) => through(id),
      highlight: (hovered, selected) => {
        const on = hovered ?? selected;
        return sankeyHighlight(layout, on !== undefined ? through(on) : new Set(), selected, on);
      },
      repair: (lost) => (ids.has(lost) ? lost : undefined),
      // A row of the list writes its name and value: a tap adds a tooltip only for its notes.
      tapTooltip: (id) => !layout.list || flowNotes(layout, id, nodes).length > 0,
      // A list has a few rows: lit by class rather than drawn again (their text laid out again).
      litClass: Boolean(layout.list),
    };
  }

  // ── Table and description ────────────────────────────────────────────────────────────────
  protected tableFor(data: SankeyGraph): DataTable {
    return sankeyTable(data, this.t('sankey.tableCaption', {count: data.links.length}), this.t);
  }

  protected describe(): ChartDescription {
    return this.linking.describe(describeSankey(this.layout, this.t));
  }
}
