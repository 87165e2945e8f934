import {type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import flowsFile from '../../../data/flows.json';
import {ApacChart, type ChartDescription, type LayoutContext} from '../../core/chart-element.js';
import {emit} from '../../core/events.js';
import {connected} from '../../layout/sankey/cycles.js';
import {
  ALIGNS,
  computeSankeyLayout,
  hasDrawableFlow,
  type NodeAlign,
  type NodeMark,
  type SankeyLayout,
} from '../../layout/sankey/layout.js';
import {describeSankey, sankeyNeighbour, sankeyTable} from '../../layout/sankey/reading.js';
import type {DataTable} from '../../layout/table.js';
import type {FlowsDataset} from '../../schema/flows.js';
import type {Validated} from '../../schema/issues.js';
import type {DataFormat} from '../../schema/parse.js';
import {
  sea2019Graph,
  toctaGraph,
  validateSankeyInput,
  type SankeyGraph,
  type SankeyLink,
} from '../../schema/sankey-input.js';
import {sankeyStyles} from './sankey.styles.js';
import {linkName, nodeName, sankeyLegend, sankeyMarks, sankeyTip} from './sankey.templates.js';

const FLOWS = flowsFile as unknown as FlowsDataset;
const REPORTS = {
  tocta2013: {graph: () => toctaGraph(FLOWS), source: FLOWS.tocta2013.citation},
  sea2019: {graph: () => sea2019Graph(FLOWS), source: FLOWS.sea2019.citation},
};
type Report = keyof typeof REPORTS;
/** Below this width, `orientation="auto"` lays the flows out top to bottom. */
const VERTICAL_BELOW = 480;

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
  @property() report: Report = 'tocta2013';
  /** `input` keeps the nodes in the order given (default); `auto` lets the layout reduce crossings. */
  @property({attribute: 'node-order'}) nodeOrder: 'input' | 'auto' = 'input';
  /** `justify` (default), `left`, `right` or `center`. */
  @property({attribute: 'node-align'}) nodeAlign: NodeAlign = 'justify';
  /** `auto` (top to bottom below 480 px), `horizontal` or `vertical`. */
  @property() orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  /** The node or flow picked out (pinned). Setting it fires no event. */
  @property() selected: string | undefined;

  @state() private hovered: string | undefined;
  @state() private focused: string | undefined;

  protected override svgRole = 'graphics-document';

  private get report_(): Report {
    return this.report in REPORTS ? this.report : 'tocta2013';
  }

  protected validate(input: unknown, format: DataFormat): Validated<SankeyGraph> {
    return validateSankeyInput(input, format);
  }

  protected loadBundled(): Validated<SankeyGraph> {
    return {value: REPORTS[this.report_].graph(), issues: []};
  }

  /** Nothing to draw when no flow has a size (d3-sankey would produce NaN for all zeros). */
  protected isEmpty(data: SankeyGraph): boolean {
    return !hasDrawableFlow(data);
  }

  protected override bundledCredit(): string {
    return REPORTS[this.report_].source;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different bundled dataset is different data.
    if (changed.has('report') && changed.get('report') !== undefined && !this.data && !this.src)
      this.dataController.reload();
    super.willUpdate(changed);
    const order = this.layout?.order ?? [];
    const ids = new Set([...order, ...(this.layout?.links.map((l) => l.id) ?? [])]);
    if (!this.focused || !ids.has(this.focused)) this.focused = order[0];
  }

  protected layoutDependencies() {
    return [this.nodeOrder, this.nodeAlign, this.orientation, this.report];
  }

  protected computeLayout(data: SankeyGraph, {width, height, lang}: LayoutContext): SankeyLayout {
    const vertical =
      this.orientation === 'vertical' ||
      (this.orientation !== 'horizontal' && width < VERTICAL_BELOW);
    return computeSankeyLayout(data, {
      width,
      height,
      orientation: vertical ? 'vertical' : 'horizontal',
      nodeOrder: this.nodeOrder === 'auto' ? 'auto' : 'input',
      nodeAlign: this.nodeAlign in ALIGNS ? this.nodeAlign : 'justify',
      lang,
    });
  }

  private names(): Map<string, NodeMark> {
    return new Map((this.layout?.nodes ?? []).map((n) => [n.id, n]));
  }

  protected renderChart(layout: SankeyLayout): TemplateResult {
    const on = this.hovered ?? this.selected;
    return sankeyMarks(layout, {
      lit: on ? connected(layout.links, on) : undefined,
      focused: this.focused,
      selected: this.selected,
    });
  }

  protected override renderLegend(layout: SankeyLayout): TemplateResult {
    const bundled = this.loaded?.load.source === 'bundled' && this.report_ === 'tocta2013';
    const total = FLOWS.tocta2013.statedTotal;
    return sankeyLegend(layout, {
      statedTotal: bundled ? `${total.text} (${FLOWS.tocta2013.publisher})` : undefined,
      statedNote: bundled ? total.note : undefined,
      names: this.names(),
      t: this.t,
    });
  }

  // ── Interaction ──────────────────────────────────────────────────────────────────────────
  private datum(id: string): NodeMark | SankeyLink | undefined {
    return this.names().get(id) ?? this.layout?.links.find((l) => l.id === id)?.link;
  }

  private label(id: string): string {
    const layout = this.layout;
    const n = this.names().get(id);
    if (n) return nodeName(n);
    const l = layout?.links.find((x) => x.id === id);
    return l ? linkName(l, this.names()) : '';
  }

  private hover(id: string | undefined, at?: [number, number]): void {
    const layout = this.layout;
    const tip =
      id && layout
        ? sankeyTip(layout, id, this.names(), (c) => this.sourceOf(c), this.t)
        : undefined;
    const datum = id ? this.datum(id) : undefined;
    if (!id || !tip || !datum || !layout) {
      if (this.hovered !== undefined) emit(this, 'apac-hover', null);
      this.hovered = undefined;
      this.hideTooltip();
      return;
    }
    const n = this.names().get(id);
    const point =
      at ??
      (n ? [n.x + n.w, n.y + n.h / 2] : (layout.links.find((l) => l.id === id)?.mid ?? [0, 0]));
    this.showTooltip(point[0], point[1], tip);
    if (this.hovered !== id) emit(this, 'apac-hover', {id, datum});
    this.hovered = id;
  }

  private select(id: string | undefined): void {
    const datum = id ? this.datum(id) : undefined;
    if (!id || !datum || id === this.selected) {
      if (this.selected !== undefined) this.announce(this.t('sankey.cleared'));
      this.selected = undefined;
      return;
    }
    this.selected = id;
    emit(this, 'apac-select', {id, datum});
    this.announce(this.t('sankey.picked', {name: this.label(id)}));
  }

  protected override readonly onPointerMove = (e: PointerEvent) =>
    this.hover(this.idAt(e), this.pointerAt(e));
  protected override readonly onPointerLeave = () => this.hover(undefined);
  protected override readonly onClick = (e: MouseEvent) => this.select(this.idAt(e));
  protected override readonly onFocusIn = (e: FocusEvent) => {
    const id = (e.target as Element).getAttribute?.('data-focus');
    if (!id) return;
    this.focused = id;
    this.hover(id);
    this.announce(this.label(id));
  };

  /** Arrows move between nodes, L along a node's flows; Enter picks out; Escape clears. */
  protected override readonly onKeyDown = (e: KeyboardEvent) => {
    const layout = this.layout;
    if (!layout) return;
    if (e.key === 'Enter' || e.key === ' ') this.select(this.focused);
    else if (e.key === 'Escape') {
      this.select(undefined);
      this.hover(undefined);
    } else {
      const next = sankeyNeighbour(layout, this.focused ?? '', e.key);
      if (next === undefined) return;
      this.focused = next;
      void this.focusMark(next);
    }
    e.preventDefault();
  };

  // ── Table and description ────────────────────────────────────────────────────────────────
  protected tableFor(data: SankeyGraph): DataTable {
    return sankeyTable(data, this.t('sankey.tableCaption', {count: data.links.length}), this.t);
  }

  protected describe(): ChartDescription {
    return describeSankey(this.layout, this.t);
  }
}
