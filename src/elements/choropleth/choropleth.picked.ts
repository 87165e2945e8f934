/**
 * The tags naming the highlighted and picked economies where the map has no room for their
 * names: loaded (a chunk of its own) with the map's first pick or highlight, so a map nobody
 * picks on does not carry it.
 */
import {nothing, svg, type SVGTemplateResult} from 'lit';
import type {ChoroplethLayout} from '../../layout/choropleth/layout.js';
import type {LandAt} from '../../layout/choropleth/label-spots.js';
import {pickedTags, type PickedTag} from '../../layout/choropleth/picked.js';

/**
 * Which of `ids` is drawn at a point of the map (reference.ts, economyAt, passed in by the map:
 * imported here it would split the map's reference code into a chunk of its own).
 */
export type LandOf = (layout: ChoroplethLayout, ids: readonly string[]) => LandAt;

/**
 * The tags placed on each layout, by the economies tagged: hover repaints them unchanged, and the
 * highlight's alone (the legend's) and with the reader's pick (drawn) are both kept.
 */
const placed = new WeakMap<ChoroplethLayout, Map<string, PickedTag[]>>();

/** The tags for `ids` on `layout`, kept off the land of the economies they name. */
function tagsFor(layout: ChoroplethLayout, ids: readonly string[], landOf: LandOf) {
  const key = ids.join();
  let known = placed.get(layout);
  if (!known) placed.set(layout, (known = new Map()));
  let tags = known.get(key);
  if (!tags) {
    if (known.size > 3) known.clear();
    known.set(key, (tags = ids.length ? pickedTags(layout, ids, landOf(layout, ids)) : []));
  }
  return tags;
}

/**
 * The economies whose names or numbers on the map the tags for `ids` hide, with those they name:
 * a number a tag covers is gone from the map, so the legend's key leaves it out too (it listed
 * "2 Thailand" with no 2 drawn, under Cambodia's tag).
 */
export function hiddenBy(
  layout: ChoroplethLayout,
  ids: readonly string[],
  landOf: LandOf
): Set<string> {
  return new Set(tagsFor(layout, ids, landOf).flatMap((t) => t.hides));
}

/**
 * The names of `ids` (the highlighted economies, then the picked one) in tags where the map has
 * no room to name them (layout/choropleth/picked.ts), drawn into the map's overlay layer above its
 * names and circles.
 */
export function pickedNames(
  layout: ChoroplethLayout,
  ids: readonly string[],
  landOf: LandOf
): SVGTemplateResult | typeof nothing {
  const tags = tagsFor(layout, ids, landOf);
  if (!tags.length) return nothing;
  // Drawn in the frame's text colour (currentColor), on the page's ground (the map's styles).
  return svg`${tags.map((tag) => {
    const {x0, x1, y0, y1} = tag.box;
    const l = tag.leader;
    return svg`<g class="picked-name" data-of=${tag.id} aria-hidden="true" pointer-events="none"
      font-size="11" font-weight="700" fill="currentColor" stroke="currentColor">
      ${l ? svg`<line x1=${l[0]} y1=${l[1]} x2=${l[2]} y2=${l[3]}></line>` : nothing}
      <rect x=${x0} y=${y0} width=${x1 - x0} height=${y1 - y0} rx="3"></rect>
      <text x=${tag.x} y=${tag.y} text-anchor="middle" stroke="none">${tag.text}</text>
    </g>`;
  })}`;
}

/** The map's names under the tags hidden, the others shown. */
export function stepAside(
  root: ParentNode,
  layout: ChoroplethLayout | undefined,
  ids: readonly string[],
  landOf: LandOf
): void {
  const hides = new Set(layout && tagsFor(layout, ids, landOf).flatMap((t) => t.hides));
  for (const t of root.querySelectorAll<SVGTextElement>('text.economy-label'))
    if (hides.has(t.dataset['of'] ?? '')) t.setAttribute('visibility', 'hidden');
    else t.removeAttribute('visibility');
}
