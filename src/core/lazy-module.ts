/**
 * A module loaded on first use, in a chunk of its own: the validators of a user's data, which a
 * chart drawing its bundled (build-time checked) dataset never loads; the notes' placement, link
 * groups, the map's year slider and natural breaks, the opened data table, which a chart that
 * does not use them never loads. `get()` after `load()`, or `for(host)` while rendering.
 */
import {
  adoptStyles,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type ReactiveControllerHost,
  type ReactiveElement,
} from 'lit';
import {waitForChunk} from './drawing.js';
import {warnOnce} from './warn.js';

export class LazyModule<M> {
  private module: M | undefined;
  private loading: Promise<M> | undefined;
  /** True once loading it has failed (warned about once; `for` then gives undefined). */
  failed = false;

  constructor(
    private readonly importer: () => Promise<M>,
    private readonly name: string
  ) {}

  /** A module already in (shipped with the code that reads it), read as the others are. */
  static of<M>(module: M, name: string): LazyModule<M> {
    const lazy = new LazyModule<M>(() => new Promise<M>((resolve) => resolve(module)), name);
    lazy.module = module;
    return lazy;
  }

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

  /**
   * The module if it is loaded; else undefined, and `host`'s picture waits for it (apac-render
   * and updateComplete wait, core/drawing.ts) and the host updates once it is in, or once it has
   * failed (to draw without it, or say so).
   */
  for(host: ReactiveControllerHost & object): M | undefined {
    if (this.module || this.failed) return this.module;
    const load = this.load().then(
      () => host.requestUpdate(),
      (error: unknown) => {
        this.failed = true;
        warnOnce(`${this.name} could not be loaded: ${String(error)}`);
        host.requestUpdate();
      }
    );
    waitForChunk(host, load);
    return undefined;
  }
}

/**
 * A chunk's styles added to the element's own once the chunk is in (the notes', the opened
 * table's): a page that never needs them loads neither. Where a browser cannot adopt style
 * sheets, Lit writes a style element instead.
 */
export function addStyles(host: ReactiveElement, styles: CSSResult): void {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot)
    adoptStyles(root, [...(supportsAdoptingStyleSheets ? root.adoptedStyleSheets : []), styles]);
}
