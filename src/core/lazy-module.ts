/**
 * A module loaded on first use, in a chunk of its own: the validators of a user's data, which a
 * chart drawing its bundled (build-time checked) dataset never loads, and the notes' placement,
 * which a chart without notes never loads. `get()` after `load()`.
 */
export class LazyModule<M> {
  private module: M | undefined;
  private loading: Promise<M> | undefined;

  constructor(
    private readonly importer: () => Promise<M>,
    private readonly name: string
  ) {}

  /** Loads the module once; later calls wait for the same load. */
  async load(): Promise<void> {
    this.module ??= await (this.loading ??= this.importer());
  }

  /** The module if it is loaded, else undefined. */
  peek(): M | undefined {
    return this.module;
  }

  get(): M {
    if (!this.module) throw new Error(`apac-viz: ${this.name} used before it was loaded.`);
    return this.module;
  }
}
