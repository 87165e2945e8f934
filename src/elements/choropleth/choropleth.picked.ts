/**
 * The tag naming the picked economy where the map has no room for its name: loaded (a chunk of
 * its own) with the map's first pick, so a map nobody picks on does not carry it.
 */
import {nothing, svg, type SVGTemplateResult} from 'lit';
import type {ChoroplethLayout} from '../../layout/choropleth/layout.js';
import {pickedTag} from '../../layout/choropleth/picked.js';

/**
 * The picked economy's name in a tag, where the map has no room to name it (layout/choropleth/
 * picked.ts), drawn into the map's overlay layer above its names and circles.
 */
export function pickedName(
  layout: ChoroplethLayout,
  selected: string | undefined
): SVGTemplateResult | typeof nothing {
  const tag = pickedTag(layout, selected);
  if (!tag) return nothing;
  const {x0, x1, y0, y1} = tag.box;
  const l = tag.leader;
  // Drawn in the frame's text colour (currentColor), on the page's ground (the map's styles).
  return svg`<g class="picked-name" aria-hidden="true" pointer-events="none" font-size="11" font-weight="700"
    fill="currentColor" stroke="currentColor">
    ${l ? svg`<line x1=${l[0]} y1=${l[1]} x2=${l[2]} y2=${l[3]}></line>` : nothing}
    <rect x=${x0} y=${y0} width=${x1 - x0} height=${y1 - y0} rx="3"></rect>
    <text x=${tag.x} y=${tag.y} text-anchor="middle" stroke="none">${tag.text}</text>
  </g>`;
}

/** The map's names under the picked economy's tag hidden, the others shown. */
export function stepAside(
  root: ParentNode,
  layout: ChoroplethLayout | undefined,
  selected: string | undefined
): void {
  const hides = new Set(layout && pickedTag(layout, selected)?.hides);
  for (const t of root.querySelectorAll<SVGTextElement>('text.economy-label'))
    if (hides.has(t.dataset['of'] ?? '')) t.setAttribute('visibility', 'hidden');
    else t.removeAttribute('visibility');
}
