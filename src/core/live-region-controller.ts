import {html, type ReactiveController, type ReactiveElement, type TemplateResult} from 'lit';

/**
 * The chart's polite live region: what it tells screen-reader users (a selection, a zoom, a
 * lane shown). Written in place at once, and again after each render in case the region was
 * redrawn.
 */
export class LiveRegionController implements ReactiveController {
  private message = '';

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  announce(message: string): void {
    this.message = message;
    this.write();
  }

  hostUpdated(): void {
    this.write();
  }

  private write(): void {
    const live = this.host.renderRoot?.querySelector('.live');
    if (live && live.textContent !== this.message) live.textContent = this.message;
  }

  readonly region: TemplateResult = html`<div
    class="visually-hidden live"
    role="status"
    aria-live="polite"
  ></div>`;
}
