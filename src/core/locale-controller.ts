import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {
  catalogueVersion,
  LOCALE_CHANGE,
  translator,
  type Messages,
  type Translate,
} from '../i18n/catalogue.js';
import {resolveLocale} from '../layout/format.js';

/**
 * A chart's words: one translator per language, own messages and catalogue version (kept while
 * they stay the same), and a new render when the page registers or changes a catalogue.
 */
export class LocaleController implements ReactiveController {
  private cache: {key: readonly unknown[]; t: Translate} | undefined;
  private readonly onLocaleChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.(LOCALE_CHANGE, this.onLocaleChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.(LOCALE_CHANGE, this.onLocaleChange);
  }

  /** The language of `el`: its `lang`, else the nearest `[lang]`, else the page's or browser's. */
  static langOf(el: HTMLElement): string {
    const inherited = el.closest('[lang]')?.getAttribute('lang');
    return resolveLocale(
      el.lang || inherited || el.ownerDocument.documentElement.lang || navigator.language
    );
  }

  /** The words of `lang` with the chart's own overrides. */
  t(lang: string, messages: Messages | undefined): Translate {
    const key = [lang, messages, catalogueVersion()] as const;
    const cached = this.cache;
    if (cached && cached.key.every((x, i) => Object.is(x, key[i]))) return cached.t;
    const t = translator(lang, messages);
    this.cache = {key, t};
    return t;
  }
}
