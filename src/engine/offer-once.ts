// A Swap that turns a no into "…, but here is what I can do: [what you can offer]" asks the agent
// for an offer the reply may already make. Where the words after it (the rest of its sentence and
// the next one) already offer something or say what happens next ("What I can do is book you a
// priority call…", "We'll release it the moment sign-off is in"), blind readers found the
// placeholder a second offer beside the first: worse, and read as ungrammatical. The offer goes;
// what is left stays only where it still says something new and reads whole.

import type { Finding } from './types';

/**
 * The offer the policy-shield and dead-end tables join on to a refusal, at the end of the Swap:
 * ", but here is what I can do: […]", ". Here is what I can do instead: […]", ", but I can […]".
 */
const OFFER_TAIL = /(?:,? (?:but|and) here is what I can (?:do|offer)(?: instead)?|\. Here is what I can do instead): \[what you can offer\](?=[.!]?$)|, but I can \[what you can do instead\](?=[.!]?$)/u;

/** Any offer placeholder the tables write, wherever it stands in the Swap. */
const OFFER_BLANK = /\[what you can (?:offer|do instead)\]/u;

/**
 * Without its offer, the Swap would leave the agent's words as they were (nothing to swap), or
 * only their start: the offer had taken the place of a refusal ("…under clinic policy[, and I
 * can't put her in one]"), which would go with it.
 */
const unchanged = (rest: string, flagged: string) => squeeze(flagged).startsWith(squeeze(rest));
const squeeze = (text: string) => text.replace(/[\s.!,;]+$/u, '').replace(/\s+/gu, ' ').replace(/[’]/gu, "'").toLowerCase();

/**
 * The Swap without its offer, or null where the offer cannot simply go: it is the whole rewrite
 * ("here is what I can do: […]"), sits inside it ("besides X, here is what I can do: […]"), or
 * what is left is only the agent's own words back, or their start.
 */
export function withoutOffer(replacement: string, flagged: string): string | null {
  const tail = OFFER_TAIL.exec(replacement);
  if (!tail) return null;
  const rest = replacement.slice(0, tail.index) + replacement.slice(tail.index + tail[0].length);
  if (OFFER_BLANK.test(rest) || !/\p{L}/u.test(rest) || unchanged(rest, flagged)) return null;
  return rest;
}

/**
 * Each flag Swap that adds an offer placeholder where `offersAfter` finds the reply already
 * offers or commits to a next step just after it: the offer goes, or the Swap does (`withdraw`).
 * `after(from, to)` is the reply's text that follows the Swap's span.
 */
export function offerOnce(
  findings: readonly Finding[],
  after: (from: number, to: number) => string,
  offersAfter: (text: string) => boolean,
  withdraw: (f: Finding) => void,
): void {
  for (const f of findings) {
    if (f.kind !== 'flag' || !f.swap || !OFFER_BLANK.test(f.replacement)) continue;
    const span = f.swapSpan ?? { start: f.start, end: f.end, text: f.text };
    if (!offersAfter(after(span.start, span.end))) continue;
    const rest = withoutOffer(f.replacement, span.text);
    if (rest === null) withdraw(f);
    else f.replacement = rest;
  }
}
