import {html, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import {ZOOM_STEP} from './zoom-controller.js';

/** What the zoom buttons drive (a ZoomController). */
export interface Zoomable {
  scaleBy(k: number): void;
  reset(): void;
}

/**
 * The buttons' signs, drawn rather than typed: the common sans-serif faces lack "−" and "⟲" (the
 * Noto Sans that Linux and Android's `system-ui` give has neither), so typed, they sent the
 * browser through the chart's whole font list and a search of the system's fonts in a chart's
 * first layout (9 ms of the timeline's, traced), and drew in whatever face the search found.
 * Plus, minus, and an arrow round a circle, anticlockwise, its head at the gap (as "⟲").
 */
const [PLUS, MINUS, RESET] = ['M3 8h10M8 3v10', 'M3 8h10', 'M3 8a5 5 0 1 0 1.46-3.54M4.5 1.5v3h3'];

/** Zoom in, zoom out and reset buttons, over the top right of the plot. */
export function zoomControls(zoom: Zoomable, t: Translate): TemplateResult {
  const button = (label: string, sign: string, act: () => void) =>
    html`<button class="control" type="button" aria-label=${label} @click=${act}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path d=${sign}></path>
      </svg>
    </button>`;
  return html`<div class="controls" part="controls">
    ${button(t('zoom.in'), PLUS, () => zoom.scaleBy(ZOOM_STEP))}
    ${button(t('zoom.out'), MINUS, () => zoom.scaleBy(1 / ZOOM_STEP))}
    ${button(t('zoom.reset'), RESET, () => zoom.reset())}
  </div>`;
}
