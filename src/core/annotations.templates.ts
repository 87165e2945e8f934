import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import {noteLetter, type NoteLayout, type PlacedNote} from '../layout/annotations.js';
import '../i18n/en-notes.js';

/**
 * The notes' reading, placement and drawing (on the page and in exports): a chunk the annotation
 * controller loads when a chart first has a note (annotation-controller.ts).
 */
export {placeNotes} from '../layout/annotations.js';
export {notesShownAt, readNotes} from '../layout/notes-read.js';
export {drawNotes} from './export-notes.js';
export {annotationStyles} from './annotations.styles.js';

/** A date range's bracket: a line along its extent with short ticks at the ends. */
function bracket(n: PlacedNote): SVGTemplateResult | undefined {
  const span = n.target.span;
  if (!span) return undefined;
  const [x0, x1] = span;
  const y = n.target.y;
  return svg`<path class="note-span" d="M${x0},${y - 4}V${y}H${x1}V${y - 4}"></path>`;
}

/**
 * The notes over the marks (aria-hidden: the description and the lists say them). Each note is
 * a group `data-note` with its connector, and its box and text or its lettered marker.
 */
export function noteLayer(c: NoteLayout): SVGTemplateResult {
  return svg`<g class="annotations" aria-hidden="true" font-size=${c.fontSize}>
    ${c.notes.map(
      (n) => svg`<g class="note" data-note=${n.id}>
        ${bracket(n)}
        ${n.connectorPath ? svg`<path class="note-connector" d=${n.connectorPath}></path>` : ''}
        ${
          n.box
            ? svg`<rect class="note-box" x=${n.box.x} y=${n.box.y} width=${n.box.w} height=${n.box.h}></rect>
              <text class="note-text">${n.lines.map(
                (l, i) => svg`<tspan x=${(n.box?.x ?? 0) + 4} y=${n.baselines[i]}>${l}</tspan>`
              )}</text>`
            : n.marker
              ? svg`<circle class="note-marker" cx=${n.marker.x} cy=${n.marker.y} r=${n.marker.r}></circle>
                <text class="note-number" x=${n.marker.x} y=${n.marker.y} text-anchor="middle" dominant-baseline="central">${noteLetter(n.number)}</text>`
              : ''
        }
      </g>`
    )}
  </g>`;
}

/** Notes as a list lettered as the markers are (under the chart, or with the data table). */
export function noteList(notes: readonly PlacedNote[], t: Translate, part: string): TemplateResult {
  return html`<div class=${part} part=${part}>
    <p class="note-heading">${t('note.list')}</p>
    <ol type="A">
      ${notes.map((n) => html`<li value=${n.number} data-note=${n.id}>${noteItem(n, t)}</li>`)}
    </ol>
  </div>`;
}

type Said = {number: number; text: string; target: {name: string}};

/**
 * A note and what it points at, as the lists say it: the target's name after the text, unless
 * the text names it already ("1st ASEAN Conference on Transnational Crime, December 1997" was
 * followed by the conference's name again).
 */
const noteItem = (n: Said, t: Translate): string =>
  n.text.toLocaleLowerCase().includes(n.target.name.toLocaleLowerCase())
    ? n.text
    : t('note.item', {text: n.text, target: n.target.name});

/** One note as the description says it: letter, text and what it points at. */
export const itemText = (n: Said, t: Translate): string =>
  `${noteLetter(n.number)}. ${noteItem(n, t)}`;
