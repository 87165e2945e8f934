import {html, type TemplateResult} from 'lit';
import type {Translate} from '../i18n/catalogue.js';
import {ZOOM_STEP} from './zoom-controller.js';

/** What the zoom buttons drive (a ZoomController). */
export interface Zoomable {
  scaleBy(k: number): void;
  reset(): void;
}

/** Zoom in, zoom out and reset buttons, over the top right of the plot. */
export function zoomControls(zoom: Zoomable, t: Translate): TemplateResult {
  const button = (label: string, text: string, act: () => void) =>
    html`<button class="control" type="button" aria-label=${label} @click=${act}>${text}</button>`;
  return html`<div class="controls" part="controls">
    ${button(t('zoom.in'), '+', () => zoom.scaleBy(ZOOM_STEP))}
    ${button(t('zoom.out'), '−', () => zoom.scaleBy(1 / ZOOM_STEP))}
    ${button(t('zoom.reset'), '⟲', () => zoom.reset())}
  </div>`;
}
