import {html, nothing, type TemplateResult} from 'lit';
import type {Issue} from '../schema/issues.js';
import type {Translate} from '../i18n/catalogue.js';
import type {LoadError} from './data-controller.js';

const MAX_LISTED_ISSUES = 5;

/** The error box's "Try again": what it does, and whether a try is under way. */
export interface Retry {
  run: () => void;
  running: boolean;
}

/** One problem in the reader's language (values from the data as they are written). */
export function issueText(issue: Issue, t: Translate): string {
  if (!issue.key) return issue.message;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params ?? {}))
    params[name] = typeof value === 'object' ? t(`value.${value.term}`) : value;
  return t(issue.key, params);
}

/** The error box's sentence for data that loaded with problems, or with nothing left to draw. */
export function issueSummary(issues: readonly Issue[], empty: boolean, t: Translate): string {
  const count = issues.length;
  if (empty) return count ? t('frame.noneDrawn', {count}) : t('frame.nothingToDraw');
  return t('frame.someLeftOut', {count});
}

/** The headline as a heading at `level` of the page outline (hidden while it has no text). */
export function headingBlock(level: number, shown: boolean, content: unknown): TemplateResult {
  return html`<div
    id="headline"
    class="headline"
    part="headline"
    role="heading"
    aria-level=${level}
    ?hidden=${!shown}
  >
    ${content}
  </div>`;
}

/** The tooltip's box, drawn once: the TooltipController writes its content and place. */
export const tooltipBox = html`<div class="tooltip" part="tooltip" aria-hidden="true" hidden>
  <div class="tip-body"></div>
  <slot name="tooltip"></slot>
</div>`;

/** The error box for a failed load, rows left out, or nothing to draw; nothing when all is well. */
export function errorFor(
  error: LoadError | undefined,
  issues: Issue[],
  empty: boolean,
  t: Translate,
  retry?: Retry
): TemplateResult | typeof nothing {
  const listed = error?.issues ?? issues;
  if (!error && !listed.length && !empty) return nothing;
  return errorBox(error ? error.text(t) : issueSummary(listed, empty, t), listed, t, retry);
}

/** The "Show data as table" button. */
export function tableToggle(open: boolean, onToggle: () => void, t: Translate): TemplateResult {
  return html`<button
    class="table-toggle"
    part="table-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="data-table"
    @click=${onToggle}
  >
    ${open ? t('frame.hideTable') : t('frame.showTable')}
  </button>`;
}

/** The chart's SVG, titled and described for screen readers, around the chart's own marks. */
export function chartSvg(
  size: {width: number; height: number},
  role: string,
  {title, description}: {title: string; description: string},
  marks: unknown
): TemplateResult {
  return html`<svg
    class="chart"
    part="svg"
    role=${role}
    aria-labelledby="chart-title chart-desc"
    viewBox="0 0 ${size.width} ${size.height}"
    width=${size.width}
    height=${size.height}
  >
    <title id="chart-title">${title}</title>
    <desc id="chart-desc">${description}</desc>
    ${marks}
  </svg>`;
}

/** Where a problem is: a row and column of a table file in words, else the data's path. */
const where = (i: Issue, t: Translate) =>
  i.row === undefined
    ? html`<code>${i.path}</code>`
    : i.column === undefined
      ? t('issue.row', {row: i.row})
      : t('issue.cell', {row: i.row, column: i.column});

/** The inline error box: one sentence, then the first few problems by path or row. */
export function errorBox(
  message: string,
  issues: readonly Issue[],
  t: Translate,
  retry?: Retry
): TemplateResult {
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const more = issues.length - listed.length;
  return html`<div class="error" part="error" role="alert">
    <strong>${message}</strong>
    ${
      retry
        ? html`<button
            class="retry"
            part="retry"
            aria-disabled=${retry.running ? 'true' : 'false'}
            @click=${retry.run}
          >
            ${retry.running ? t('frame.retrying') : t('frame.retry')}
          </button>`
        : nothing
    }
    ${
      listed.length
        ? html`<ul>
            ${listed.map((i) => html`<li>${where(i, t)} ${issueText(i, t)}</li>`)}
          </ul>`
        : nothing
    }
    ${more > 0 ? html`<p>${t('frame.moreIssues', {count: more})}</p>` : nothing}
  </div>`;
}

/** A slot named `name` whose fallback is the attribute's `text`. */
export function textSlot(name: string, text: string, onChange: (e: Event) => void): TemplateResult {
  return html`<slot name=${name} @slotchange=${onChange}>${text}</slot>`;
}

/** The page's fallback content (default slot), shown until the chart is drawn. */
export function fallbackBox(onChange: (e: Event) => void): TemplateResult {
  return html`<div class="fallback" part="fallback">
    <slot @slotchange=${onChange}></slot>
  </div>`;
}

/** The footer: notes, the source line and the table toggle. */
export function frameFooter(
  notes: {shown: boolean; content: TemplateResult},
  source: TemplateResult,
  toggle: TemplateResult | typeof nothing
): TemplateResult {
  return html`<div class="footer" part="footer">
    <p class="notes" part="notes" ?hidden=${!notes.shown}>${notes.content}</p>
    ${source} ${toggle}
  </div>`;
}

/**
 * The plot: the loading message while data loads, the chart once drawn (else the fallback).
 * `scrolls`: the drawing is taller than the box the page gave (it scrolls inside the plot).
 */
export function plotBox(
  loading: TemplateResult | typeof nothing,
  chart: unknown[] | undefined,
  onSlotChange: (e: Event) => void,
  scrolls = false
): TemplateResult {
  return html`<div class="plot ${scrolls ? 'scrolls' : ''}" part="plot">
    ${loading} ${chart ?? fallbackBox(onSlotChange)} ${tooltipBox}
  </div>`;
}
