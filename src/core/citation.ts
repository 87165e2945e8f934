import {html, nothing, type TemplateResult} from 'lit';

const URL_TOKEN = /\bhttps?:\/\/[^\s<>"')\]]+/gi;

/** A label and the space after it; none after a full-width colon ("出典：", "来源："). */
export function labelled(label: string): string {
  return /[：]$/.test(label) ? label : `${label} `;
}

/** The URL when `candidate` is an absolute http(s) URL; undefined for anything else. */
export function safeHttpUrl(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const WBR = html`<wbr />`;

/**
 * Text with a line break allowed after each slash within a word (an address's path, with or
 * without its scheme, as the sources give them: "asean.or.jp/en/asean/base/outline/"): a browser
 * breaks an address only at its hyphens, so in a phone's table or tooltip a long one was broken
 * in mid-word ("ab|out-us") or ran past its box.
 */
const breakable = (text: string) =>
  text.split(/(?<=[^/\s]\/)(?=[^/\s])/).flatMap((part, i) => (i ? [WBR, part] : [part]));

/**
 * Renders a citation as text, turning only absolute http(s) URLs inside it into links. Lit
 * escapes text but does not vet `href`, so `javascript:` and other schemes stay plain text.
 */
export function renderCitation(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_TOKEN)) {
    const raw = match[0].replace(/[.,;:]+$/, '');
    const href = safeHttpUrl(raw);
    if (!href) continue;
    parts.push(...breakable(text.slice(last, match.index)));
    parts.push(
      html`<a href=${href} rel="noopener noreferrer" target="_blank">${breakable(raw)}</a>`
    );
    last = match.index + raw.length;
  }
  parts.push(...breakable(text.slice(last)));
  return html`${parts}`;
}
