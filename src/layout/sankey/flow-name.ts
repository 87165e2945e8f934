import type {Translate} from '../../i18n/catalogue.js';

/**
 * A flow named in words, "Heroin to East Asia and the Pacific", in the chart's language, wherever
 * the Sankey names one (its marks' screen-reader names, tooltips, the loop and highlight lines,
 * notes): a screen reader reads "→" as "right arrow", and few sans-serif faces have it (Linux and
 * Android's Noto Sans does not), so typed, it sent a page through a search of the system's fonts.
 */
export function flowName(from: string, to: string, t: Translate): string {
  let name = namers.get(t);
  if (!name) namers.set(t, (name = namer(t)));
  return name(from, to);
}

/**
 * The message read once, its two names joined in by hand after (a chart names every flow in its
 * marks' labels: 1,200 flows filled in one by one cost 1.4–3.8 ms). Where the words change with
 * the names (Korean particles, "(으)로") or the names come the other way round, each flow is
 * filled in.
 */
function namer(t: Translate): (from: string, to: string) => string {
  // Asked with no names, the message comes back as written: "{from} to {to}".
  const plain = /^([^{}()]*)\{from\}([^{}()]*)\{to\}([^{}()]*)$/.exec(t('sankey.flow'));
  if (!plain) return (from, to) => t('sankey.flow', {from, to});
  const [, a = '', b = '', c = ''] = plain;
  return (from, to) => a + from + b + to + c;
}

const namers = new WeakMap<Translate, (from: string, to: string) => string>();
