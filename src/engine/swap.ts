// What a Swap does to the reply's text, in one place for the page and the command line: the
// flagged words give way to the better phrasing; a removal takes the following space (and a
// comma that only closed the removed words: "With respect, you") along and passes a
// sentence-opening capital on to the next word, as does a rewrite that ends a sentence before
// words the agent had joined on to it.

import type { Finding, SwapSpan } from './types';

export interface SwapEdit {
  /** The span of `text` to replace (it may reach past the flagged words, over a space). */
  start: number;
  end: number;
  insert: string;
}

const isCapital = (c: string) => c !== c.toLowerCase();

/** Before a sentence: nothing, its end, a line break, a greeting's comma, or the @handles a social reply opens with. */
const SENTENCE_BEFORE = /(?:(?:^|[.!?:]\s*|\n\s*)(?:@[\w.]+[ \t]+)+|(?:^|[.!?:]\s*|\n\s*|\b(?:hi|hello|hey|dear)\b[^.!?\n]{0,30},\s*)["'“‘(]*)$/iu;

/**
 * Whether the words at `start` open their sentence: a capital there, and nothing of the
 * sentence before it. ("I", "ASAP" or a name mid-sentence is a capital that opens nothing.)
 */
function opensSentence(text: string, start: number): boolean {
  return isCapital(text.charAt(start)) && SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * A better phrasing is written as a sentence opens ("Just so you know,", "About"); inside a
 * sentence, where the agent's word was lower case ("Hello, kindly note that"), it is too. "I"
 * keeps its capital, and so does a name in place of a name, which was written with one.
 */
const midSentence = (text: string, start: number, replacement: string) =>
  /^\p{Ll}/u.test(text.charAt(start)) && /^\p{Lu}\p{Ll}/u.test(replacement) && !/^I(?![\p{L}])/u.test(replacement)
    ? replacement.charAt(0).toLowerCase() + replacement.slice(1)
    : replacement;

/** A greeting and its comma, on the same line as what follows. */
const GREETING_COMMA_BEFORE = /\b(?:hi|hello|hey|dear)\b[^.!?\n]{0,30},[ \t]*["'“‘(]*$/iu;

/**
 * A word that only answered or carried on from the sentence before: a contrast, or "So"/"Also"
 * ("…twice already. So the refund…"; not the "So" of "So sorry…").
 */
const CONTRAST_OPENING = /^[ \u00a0]*(?:(?:however|that said|having said that|nevertheless|nonetheless|even so|all the same|still|so|also|again|plus),|but|also|so(?= (?:i|we|you|your|the|our|this|it|there|please)\b))[ \u00a0]+(\S)/i;

/**
 * `replacement` with a capital where it opens a sentence at `start`, as the Swap writes it: a card
 * that shows it before the Swap shows what the reply will read ("Our records show…", not "our
 * records show…" at a sentence's start). Inside a sentence it is shown as written: the Swap may
 * lower a capital there to match the agent's own lower case, but a card keeps a name's capital.
 */
export function capitalWhereItOpens(text: string, start: number, replacement: string): string {
  return opensSentence(text, start) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** The edit that replaces `text.slice(start, end)` with `replacement`. */
export function swapEdit(text: string, start: number, end: number, replacement: string): SwapEdit {
  const capital = opensSentence(text, start);
  if (replacement !== '') {
    // "To recap," before the agent's own comma: one comma.
    const doubled = /[,;:]$/.test(replacement) && text.charAt(end) === replacement.at(-1) ? 1 : 0;
    const insert = capital ? capitalWhereItOpens(text, start, replacement) : midSentence(text, start, replacement);
    // A rewrite that ends its sentence where the agent's went on ("…, and[ our records show…]")
    // leaves what follows a sentence of its own: it takes the capital, as after a removal.
    const on = /[.!?]$/.test(replacement) && !/[.!?]$/.test(text.slice(start, end)) ? /^[ \t]+\p{Ll}/u.exec(text.slice(end, end + 8)) : null;
    if (on) return { start, end: end + on[0].length, insert: insert + on[0].slice(0, -1) + on[0].slice(-1).toUpperCase() };
    return { start, end: end + doubled, insert };
  }
  // A whole sentence left out takes the contrast that only answered it: "You are wrong about this.
  // However, I've refunded the fee." leaves "I've refunded the fee.", not a "However," against
  // nothing; and a "So" or "Also" that carried on from it, which would carry on from nothing.
  if (capital && /[.!?][ \u00a0]*$/.test(text.slice(start, end))) {
    const contrast = CONTRAST_OPENING.exec(text.slice(end, end + 40));
    if (contrast) return { start, end: end + contrast[0].length, insert: contrast[1]!.toUpperCase() };
  }
  const next = /^,?[ \u00a0]+(\S?)/.exec(text.slice(end, end + 64));
  // "I" is a capital anywhere: removed after a greeting's comma on its line ("Hello, [I must
  // disagree, ]your order…"), it passes no capital to the word the agent wrote in lower case.
  const passes = capital && !(/^I(?!\p{L})/u.test(text.slice(start, start + 2)) && GREETING_COMMA_BEFORE.test(text.slice(Math.max(0, start - 60), start)));
  if (!next) {
    // Removed words that close their sentence or line ("the form herewith.", "accordingly, please
    // be advised.") take the space, and a comma, before them: not "the form ." or "accordingly, .".
    const before = /,?[ \u00a0]+$/.exec(text.slice(Math.max(0, start - 64), start));
    if (before && /^[.!?;:)\n]/.test(text.charAt(end))) return { start: start - before[0].length, end, insert: '' };
    return { start, end, insert: '' };
  }
  return { start, end: end + next[0].length, insert: passes ? next[1]!.toUpperCase() : next[1]! };
}

/** The stretch a finding's Swap replaces: its flagged words, or the clause its rewrite covers. */
export const swapRange = (finding: Pick<Finding, 'start' | 'end' | 'text' | 'swapSpan'>): SwapSpan =>
  finding.swapSpan ?? { start: finding.start, end: finding.end, text: finding.text };

/** `text` with the edit applied. */
export const applyEdit = (text: string, edit: SwapEdit): string => text.slice(0, edit.start) + edit.insert + text.slice(edit.end);

/** A stretch of the reply as it read when scored. */
interface ExpectedSpan {
  start: number;
  end: number;
  expected: string;
}

/**
 * `spans` where the reply now holds them: as they are, or all moved by one distance (the nearest
 * that fits every span) when text went in before them since they were scored — an opening move
 * inserted after the greeting, before the popup's copy of the offsets caught up. Undefined when
 * no single move fits: the words changed, and the swap is refused.
 */
export function realigned<T extends ExpectedSpan>(text: string, spans: readonly T[]): T[] | undefined {
  const fits = (d: number) => spans.every((s) => text.slice(s.start + d, s.end + d) === s.expected);
  if (fits(0)) return [...spans];
  const first = spans[0];
  if (!first || first.expected === '') return undefined;
  let best: number | undefined;
  for (let at = text.indexOf(first.expected); at >= 0; at = text.indexOf(first.expected, at + 1)) {
    const d = at - first.start;
    if ((best === undefined || Math.abs(d) < Math.abs(best)) && fits(d)) best = d;
  }
  return best === undefined ? undefined : spans.map((s) => ({ ...s, start: s.start + best, end: s.end + best }));
}
