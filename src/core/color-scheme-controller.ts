import type {ReactiveController, ReactiveControllerHost} from 'lit';

export type Theme = 'auto' | 'light' | 'dark';
export type Scheme = 'light' | 'dark';

/**
 * Whether a page has said it supports a dark scheme, through `<meta name="color-scheme">` or
 * the root's CSS `color-scheme`. A light-only page keeps light charts even when the reader's
 * system is dark, so a chart never sits as a dark block in a white article.
 */
export function pageAllowsDark(doc: Document): boolean {
  const meta = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const css = getComputedStyle(doc.documentElement).colorScheme;
  return /\bdark\b/.test(meta) || /\bdark\b/.test(css);
}

/**
 * Resolves `theme` to the scheme to draw in, following `prefers-color-scheme` when `auto`.
 * Printed, always light: paper is white, and a browser leaves backgrounds out of a print by
 * default, so a dark chart printed its light words and lines on white.
 */
export class ColorSchemeController implements ReactiveController {
  private readonly queries = ['(prefers-color-scheme: dark)', 'print'].map((q) => matchMedia(q));
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & {theme: Theme}) {
    host.addController(this);
  }

  get scheme(): Scheme {
    const {theme} = this.host;
    const [dark, print] = this.queries as [MediaQueryList, MediaQueryList];
    if (print.matches || theme === 'light') return 'light';
    if (theme === 'dark') return theme;
    return dark.matches && pageAllowsDark(this.host.ownerDocument) ? 'dark' : 'light';
  }

  hostConnected(): void {
    for (const q of this.queries) q.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    for (const q of this.queries) q.removeEventListener('change', this.onChange);
  }
}
