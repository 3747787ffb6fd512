// A Swap that turns a no into "…, but here is what I can do: [what you can offer]" asks the agent
// for an offer the reply may already make. Where the words after it (the rest of its sentence and
// the next one) already offer something or say what happens next ("What I can do is book you a
// priority call…", "We'll release it the moment sign-off is in"), blind readers found the
// placeholder a second offer beside the first: worse, and read as ungrammatical. The offer goes;
// what is left stays only where it still says something new and reads whole.

import type { Signal } from './rules/types';
import type { Finding, SwapSpan } from './types';

/**
 * The offer the policy-shield and dead-end tables join on to a refusal, at the end of the Swap:
 * ", but here is what I can do: […]", ". Here is what I can do instead: […]", ", but I can […]".
 */
const OFFER_TAIL = /(?:,? (?:but|and) here is what I can (?:do|offer)(?: instead)?|\. Here is what I can do instead): \[what you can offer\](?=[.!]?$)|, but I can \[what you can do instead\](?=[.!]?$)/u;

/** Any offer placeholder the tables write, wherever it stands in the Swap. */
const OFFER_BLANK = /\[what you can (?:offer|do instead)\]/u;

/**
 * The move a Swap with an offer blank makes: the offer-alternative move's own sentence ("While I
 * can't do that, here's what I can do instead: […]") beside it would ask the agent for the same
 * offer twice (the popup showed both for "It is our policy…").
 */
export const OFFER_MAKES: Signal = 'reply.alternative';
export const holdsOfferBlank = (replacement: string): boolean => OFFER_BLANK.test(replacement);

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
 * A dead end's closing clause that says nothing but that no one can help ("[ and there is nothing
 * we can do from our side]", "[, full stop]"). Beside the reply's own offer it can go alone: what
 * is left still says what can't be done. A clause with a fact in it ("no way to speed this up",
 * "they're gone for good") is not matched: the customer needs it (round-2 read, n3 and n6).
 */
const SHUT_CLAUSE =
  /^(?:,? and|;) (?:unfortunately )?(?:there(?: is|'s|’s) nothing (?:more )?(?:we|I|anyone)(?: here)? can do|(?:we|I|management|they|anyone)(?: here)? (?:can(?:not|'t|’t| not)|are unable to) do anything)(?: (?:from|on) (?:our|my) (?:side|end)| about (?:it|that))?$/iu;
const SHUT_WORDS = /^(?:full stop|period|end of)$/iu;

/**
 * Where a policy is cited in a closing clause of its own (", as stated on the back of your key
 * card", ", which is in the contract terms", "; it's a requirement set by our fraud department"),
 * beside the reply's offer the citation alone can go. The clause opens at the first of these in
 * the sentence; one with a figure in it may hold a fact ("…within 5 working days") and stays.
 */
const CITING_OPENER = /, (?:as|which|in line with|and this is)\b|; (?:it|that)(?:'s|’s| is)\b/gu;
const HAS_FIGURE = /[\d£$€]/u;

const sentenceEnd = (reply: string, from: number) => {
  const at = reply.slice(from).search(/[.!?\n]/u);
  return at < 0 ? reply.length : from + at;
};
const sentenceStart = (reply: string, to: number) => {
  let at = to;
  while (at > 0 && !/[.!?\n]/u.test(reply.charAt(at - 1))) at--;
  return at;
};
const spanOf = (reply: string, start: number, end: number): SwapSpan => ({ start, end, text: reply.slice(start, end) });

/**
 * The shutting or citing words alone, as a span to leave out, where the rest of the sentence reads
 * whole without them. A Swap clears its rule: where what is left of a dead end is still a bare
 * refusal (`refuses`, which dead-end flags on its own), or the sentence holds another flag of the
 * same rule (`others`), there is none.
 */
function shutOrCiteOnly(reply: string, f: Finding, others: readonly Finding[], refuses: (text: string) => boolean): SwapSpan | null {
  const start = sentenceStart(reply, f.start);
  const end = sentenceEnd(reply, f.start);
  const shut = shutWordsOf(reply, f, end);
  if (shut !== null && refuses(reply.slice(start, shut.start) + reply.slice(shut.end, end + 1))) return null;
  const left = shut ?? citationOf(reply, f, start, end);
  if (left === null) return null;
  const outside = (o: Finding) => o.start < left.start || o.end > left.end;
  if (others.some((o) => o !== f && o.kind === 'flag' && o.ruleId === f.ruleId && o.start < end && o.end > start && outside(o))) return null;
  return left;
}

/** The dead end's closing clause of shutting words, to the sentence's end (`end`). */
function shutWordsOf(reply: string, f: Finding, end: number): SwapSpan | null {
  const span = f.swapSpan ?? { start: f.start, end: f.end, text: f.text };
  if (span.end !== end) return null;
  if (SHUT_CLAUSE.test(span.text)) return span;
  if (SHUT_WORDS.test(span.text) && reply.slice(span.start - 2, span.start) === ', ') return spanOf(reply, span.start - 2, end);
  return null;
}

/** The closing clause that cites the policy flagged, where the Swap only added an offer after it. */
function citationOf(reply: string, f: Finding, start: number, end: number): SwapSpan | null {
  const span = f.swapSpan ?? { start: f.start, end: f.end, text: f.text };
  if (span.start < f.end || span.end > end + 1) return null;
  const opener = [...reply.slice(start, end).matchAll(CITING_OPENER)][0];
  if (!opener) return null;
  const from = start + opener.index;
  const head = reply.slice(start, from).trim().split(/\s+/u);
  if (from > f.start || head.length < 3 || HAS_FIGURE.test(reply.slice(from, end))) return null;
  return spanOf(reply, from, end);
}

/**
 * Each flag Swap that adds an offer placeholder where `offersAfter` finds the reply already
 * offers or commits to a next step just after it: the offer goes, or else only the shutting or
 * citing words do (`shutOrCiteOnly`), or else the Swap does (`withdraw`).
 * `after(from, to)` is the reply's text that follows the Swap's span; `refuses` reads a refusal in a text.
 */
export function offerOnce(
  reply: string,
  findings: readonly Finding[],
  after: (from: number, to: number) => string,
  offersAfter: (text: string) => boolean,
  withdraw: (f: Finding) => void,
  refuses: (text: string) => boolean,
): void {
  for (const f of findings) {
    if (f.kind !== 'flag' || !f.swap || !OFFER_BLANK.test(f.replacement)) continue;
    const span = f.swapSpan ?? { start: f.start, end: f.end, text: f.text };
    if (!offersAfter(after(span.start, span.end))) continue;
    const rest = withoutOffer(f.replacement, span.text);
    if (rest !== null) {
      f.replacement = rest;
      continue;
    }
    const only = shutOrCiteOnly(reply, f, findings, refuses);
    if (only === null) withdraw(f);
    else {
      f.swapSpan = only;
      f.replacement = '';
    }
  }
}
