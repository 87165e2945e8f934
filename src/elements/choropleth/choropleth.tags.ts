/**
 * The map's name tags, as the element uses them: which economies they name (the author's
 * highlight, then the reader's pick), the numbers they leave to the others, their overlay and
 * the map's names stepping aside under them. The tags themselves are placed in a chunk of their
 * own (choropleth.picked.ts), loaded with the map's first highlight or pick.
 */
import {nothing, type ReactiveControllerHost, type SVGTemplateResult} from 'lit';
import {numbersOf, taggedOn, type ChoroplethLayout} from '../../layout/choropleth/layout.js';
import {landOf, PICKED} from './choropleth.chunks.js';

export class MapTags {
  constructor(
    private readonly host: ReactiveControllerHost & object,
    /** The economies the author's `highlight` points at, in the drawn layout. */
    private readonly highlighted: () => Iterable<string>
  ) {}

  /** The economies named in tags: the highlight's (layout.ts, taggedOn), then `selected`. */
  tagged(layout: ChoroplethLayout | undefined, selected?: string): string[] {
    return taggedOn(layout, this.highlighted(), selected);
  }

  /**
   * The highlighted economies named in tags, and those whose numbers the tags cover: their
   * numbers give way to the tags, on the map and in its legend, and the others' are renumbered
   * (the reader's pick changes neither).
   */
  keyed(layout: ChoroplethLayout): Set<string> {
    const ids = this.tagged(layout);
    const hidden = ids.length ? PICKED.peek()?.hiddenBy(layout, ids, landOf) : undefined;
    return new Set([...ids, ...(hidden ?? [])]);
  }

  /** The numbers the map writes where tags have taken some; undefined where none have. */
  numbers(layout: ChoroplethLayout): Map<string, number> | undefined {
    const keyed = this.keyed(layout);
    return keyed.size ? numbersOf(layout, keyed) : undefined;
  }

  /** What the map draws again once the tags' chunk is in: it says which numbers they hide. */
  get dependency(): unknown {
    return PICKED.peek();
  }

  /** The tags of the highlight and `selected`, drawn into the map's overlay (loading their chunk). */
  overlay(
    layout: ChoroplethLayout,
    selected: string | undefined
  ): SVGTemplateResult | typeof nothing {
    const ids = this.tagged(layout, selected);
    return (ids.length && PICKED.for(this.host)?.pickedNames(layout, ids, landOf)) || nothing;
  }

  /** The map's names under the tags step aside while they show. */
  stepAside(root: ParentNode, layout: ChoroplethLayout | undefined, selected?: string): void {
    PICKED.peek()?.stepAside(root, layout, this.tagged(layout, selected), landOf);
  }
}
