import type {MarkModel} from './marks.js';

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * A chart's current layout and its marks, recomputed only when an input that matters changed
 * (data, size, language, words, the chart's own dependencies), and told apart once drawn so that
 * `apac-render` fires once per new picture.
 */
export class LayoutCache<TLayout> {
  layout: TLayout | undefined;
  marks: MarkModel | undefined;
  private inputs: readonly unknown[] = [];
  private drawn: TLayout | undefined;

  /** Nothing to draw (no data, no width, empty data). */
  clear(): void {
    this.layout = undefined;
    this.marks = undefined;
    this.inputs = [];
  }

  /** Lays out again unless `inputs` are those of the current layout. */
  update(
    inputs: readonly unknown[],
    compute: () => TLayout,
    marks: (layout: TLayout) => MarkModel | undefined
  ): void {
    if (this.layout && sameInputs(inputs, this.inputs)) return;
    this.inputs = inputs;
    this.layout = compute();
    this.marks = marks(this.layout);
  }

  /** The current layout the first time it is asked for after it was drawn; else undefined. */
  newlyDrawn(): TLayout | undefined {
    if (!this.layout || this.layout === this.drawn) return undefined;
    this.drawn = this.layout;
    return this.layout;
  }
}
