import {nothing, type ReactiveController, type ReactiveElement, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import type {NoteLayout, NoteReader, NoteTarget} from '../layout/annotations.js';
import type {Annotation, NoteSpec} from '../layout/notes-read.js';
import {noteOf} from './apac-note.js';
import type {ChartDescription, ChartLayout} from './chart-types.js';
import type * as Drawing from './annotations.templates.js';
import {addStyles, LazyModule} from './lazy-module.js';
import {warnOnce} from './warn.js';
import type {ExportNotes} from './export-notes.js';

export interface AnnotationOptions<L extends ChartLayout> {
  /** The `annotations` property. */
  value: () => readonly Annotation[] | undefined;
  /** The ids of the notes to show (the `shownNotes` property); undefined: every note. */
  shown: () => readonly string[] | undefined;
  /** The drawn layout; undefined while nothing is drawn. */
  layout: () => L | undefined;
  /**
   * Loads how the chart reads a note's target in a layout and what notes should not hide there
   * (loaded with the placement); without one, no note has a target.
   */
  reader: () => Promise<NoteReader<L>> | undefined;
  t: () => Translate;
}

/**
 * The chart's annotations: the `annotations` property followed by the `<apac-note>` children
 * (watched with a MutationObserver, so adding, removing or editing a note places the notes
 * again), placed by layout/annotations.ts against the drawn layout and drawn as an SVG layer
 * over the marks, a list under the chart (lettered markers), a list with the data table, a
 * sentence of the description, and the export's notes, all from one placement. The placement
 * and the notes' templates are a chunk of their own, loaded when a chart first has a note: a
 * chart without notes never loads them, and one with notes is drawn (and `apac-render` fired,
 * `updateComplete` resolved) with them once they are in.
 */
export class AnnotationController<L extends ChartLayout> implements ReactiveController {
  private observer: MutationObserver | undefined;
  private version = 0;
  private read: {version: number; value: unknown; notes: NoteSpec[]} | undefined;
  private placed: {layout: L; notes: NoteSpec[]; shown: unknown; result: NoteLayout} | undefined;
  /** The placement and templates, with the chart's reader of notes. */
  private readonly drawing = new LazyModule(async () => {
    const [templates, reader] = await Promise.all([
      import('./annotations.templates.js'),
      this.options.reader(),
    ]);
    addStyles(this.host, templates.annotationStyles);
    return {...templates, reader};
  }, "the notes' placement");

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: AnnotationOptions<L>
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver((records) => {
      const touched = records.some(
        (r) =>
          [r.target, ...r.addedNodes, ...r.removedNodes].some(
            (n) => n instanceof Element && (n.localName === 'apac-note' || n.closest('apac-note'))
          ) || r.target.parentElement?.localName === 'apac-note'
      );
      if (!touched) return;
      this.version++;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['for', 'from', 'to', 'show', 'id'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * Every note written: the property's, then the children's, ids made unique; undefined while
   * there are some and their reader loads (with the placement: a chart without notes never
   * loads it).
   */
  private get notes(): NoteSpec[] | undefined {
    const value = this.options.value();
    if (this.read?.version !== this.version || this.read.value !== value) {
      const children = [...this.host.children].filter((c) => c.localName === 'apac-note');
      const input = [...(Array.isArray(value) ? value : []), ...children.map(noteOf)];
      if (!input.length) this.read = {version: this.version, value, notes: []};
      else {
        const drawing = this.module();
        if (!drawing) return undefined;
        this.read = {version: this.version, value, notes: drawing.readNotes(input)};
      }
    }
    return this.read.notes;
  }

  /** The notes shown on the drawn chart, placed; undefined while nothing is drawn, or no note is written. */
  get current(): NoteLayout | undefined {
    const layout = this.options.layout();
    if (!layout) return undefined;
    const notes = this.notes;
    if (!notes?.length) return undefined;
    const drawing = this.drawing.get();
    const shown = this.options.shown();
    const p = this.placed;
    if (p?.layout === layout && p.notes === notes && p.shown === shown) return p.result;
    const ids = shown && new Set(shown);
    const {reader} = drawing;
    const targets: {note: NoteSpec; target: NoteTarget}[] = [];
    for (const note of drawing.notesShownAt(notes, layout.width)) {
      if (ids && !ids.has(note.id)) continue;
      const target = reader?.target(layout, note, this.options.t());
      if (target) targets.push({note, target});
      else
        warnOnce(
          `the note "${note.id}" points at "${note.target || `${note.from}–${note.to}`}", which this chart does not draw; it is left out.`
        );
    }
    const result = drawing.placeNotes({
      width: layout.width,
      height: layout.height,
      notes: targets,
      obstacles: (targets.length && reader?.obstacles(layout)) || {marks: [], labels: []},
    });
    this.placed = {layout, notes, shown, result};
    return result;
  }

  /** The placement's module once loaded; else undefined, while it loads (LazyModule.for). */
  private module(): (typeof Drawing & {reader: NoteReader<L> | undefined}) | undefined {
    return this.drawing.for(this.host);
  }

  /** The chart's `marks` with the notes' SVG layer over them (nothing more without notes). */
  over(marks: unknown): unknown[] {
    const c = this.current;
    return [marks, c?.notes.length ? this.drawing.get().noteLayer(c) : nothing];
  }

  /** The lettered list under the chart, for notes drawn as markers. */
  list(): TemplateResult | typeof nothing {
    const c = this.current;
    return c?.listed.length
      ? this.drawing.get().noteList(c.listed, this.options.t(), 'note-list')
      : nothing;
  }

  /** Every note shown, listed with the open data table. */
  table(open: boolean): TemplateResult | typeof nothing {
    const c = this.current;
    return open && c?.notes.length
      ? this.drawing.get().noteList(c.notes, this.options.t(), 'table-notes')
      : nothing;
  }

  /** What an export draws: the placement and the list of the notes drawn as markers. */
  get exported(): ExportNotes | undefined {
    const c = this.current;
    if (!c?.notes.length) return undefined;
    const t = this.options.t();
    const {itemText, drawNotes} = this.drawing.get();
    return {placed: c, list: c.listed.map((n) => itemText(n, t)), draw: drawNotes};
  }

  /** The description with the notes read out, in order, after it. */
  describe(d: ChartDescription): ChartDescription {
    const c = this.current;
    if (!c?.notes.length) return d;
    const t = this.options.t();
    const items = c.notes.map((n) => this.drawing.get().itemText(n, t)).join(' ');
    return {...d, description: `${d.description} ${t('note.described', {notes: items})}`};
  }
}
