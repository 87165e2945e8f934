import type {Annotation, NoteShow} from '../layout/annotations.js';

/**
 * `<apac-note>`: a note written on a chart in plain HTML, as a child of the chart element. It
 * carries data only and draws nothing itself (its shadow root is empty); the chart reads it,
 * places it and draws it (README, "Annotations").
 *
 * Attributes: `for` (the target: an economy or `lon,lat` on the map; an event id or a date on the
 * timeline; a node id or `source->target` on the Sankey), `from` and `to` (a date range on the
 * timeline), `show` (`all`, `desktop` or `phone`) and `id` (the note's stable id). The text is
 * the element's text.
 */
export class ApacNote extends HTMLElement {
  constructor() {
    super();
    // An empty shadow root: the text is the chart's to draw, never shown where the note sits.
    this.attachShadow({mode: 'open'});
  }

  /** The note as the `annotations` property writes it. */
  get annotation(): Annotation {
    return noteOf(this);
  }
}

/** A note element's attributes and text (works before `apac-note` is defined, too). */
export function noteOf(el: Element): Annotation {
  const attr = (name: string) => el.getAttribute(name) ?? undefined;
  return {
    id: attr('id'),
    target: attr('for'),
    from: attr('from'),
    to: attr('to'),
    show: attr('show') as NoteShow | undefined,
    text: el.textContent ?? '',
  };
}

/** Registers `<apac-note>` once (each chart entry calls it, so the bundle and autoloader have it). */
export function defineNote(): void {
  if (!customElements.get('apac-note')) customElements.define('apac-note', ApacNote);
}

declare global {
  interface HTMLElementTagNameMap {
    'apac-note': ApacNote;
  }
}
