// Leaving out: a flag no phrase, clause or sentence rewrite turns ("The second ticket was your
// choice.", "…the 25th, so you set it up wrong.") is often a sentence, or the clause that closes
// one, whose whole point is the move the rule is about. Where the reply reads on without it, the
// Swap leaves it out: the sentence whole, or from the join before the flagged words to its end.
// This reads the shape of the reply, not a wording, so it reaches the long tail of one-off ways
// of blaming or arguing that no table of rewrites does. The rule says, as data (`leaveOut`), what
// the words left out must not hold (a fact, a step or an offer the reply needs) and how long a
// sentence may be to go whole; this module says when the reply still reads well without it.
import type { LeaveOut } from './rules/types';
import { droppedLine } from './sentence-rewrite';

export interface CompiledLeaveOut {
  keeps: RegExp;
  maxWords: number;
  only?: RegExp;
}

export const compileLeaveOut = (data: LeaveOut): CompiledLeaveOut => ({
  keeps: new RegExp(data.keeps, 'iu'),
  maxWords: data.maxWords,
  ...(data.only === undefined ? {} : { only: new RegExp(data.only, 'iu') }),
});

/** Whether `words` may go: nothing the reply needs, and what the rule asks to be there. */
const mayGo = (spec: CompiledLeaveOut, words: string): boolean => !spec.keeps.test(words) && (spec.only?.test(words) ?? true);

export interface LeftOut {
  start: number;
  end: number;
  replacement: string;
}

/** What opens a sentence before its own words: @handles, a greeting ("Hi Nina,"). None is left out after one. */
const GREETED = /^(?:@[\w.]+[ \t]+)*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?\n,]{0,30},|^@[\w.]+/iu;
/** The sentence's end: a full stop or "!" after a word, a figure or a closing bracket or quote; not an initial's or a title's. */
const ENDS = /(?<=[\p{L}\p{N})'’"”%])(?<!(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|vs|etc|approx))[.!]$/u;
/** What a sentence left out may not hold: a question, a line break, an ellipsis, an emoji, a quote of the customer's. */
const NOT_PLAIN = /[?\n]|\.\.|…|\p{Extended_Pictographic}|["“”]/u;
/**
 * The next sentence stands on this one: it opens on a word that points back or carries on ("This
 * means…", "So…", "However, …", "It was…") or draws from it ("…is therefore declined"), or names
 * what it said ("Our decision is final.", after the refusal that was the decision).
 */
const OPENS_ON_IT =
  /^(?:this|that|these|those|it|its|they|so|therefore|hence|thus|as such|as a result|consequently|accordingly|because|since|which|otherwise|however|but|and|or|yet|still|though|although|even so|nevertheless|nonetheless|that said|having said that|instead|again|also|plus|in (?:that|this|which) case|on (?:that|this) basis|given (?:that|this)|for (?:that|this) reason|because of (?:that|this)|as (?:above|mentioned|explained|stated|said))\b/iu;
/** Words opening the next sentence that point back at this one (OPENS_ON_IT's pointers, not its joining words). */
const POINTS_AT_IT = /^(?:this|that|these|those|it|its|they|which|in (?:that|this|which) case|on (?:that|this) basis|given (?:that|this)|for (?:that|this) reason|because of (?:that|this)|as (?:above|mentioned|explained|stated|said))\b/iu;
const DRAWS_ON_IT = /\b(?:therefore|hence|thus|as a result|consequently|accordingly|as such|on (?:that|this) basis|for (?:that|this) reason|that(?:'|’)s why|this is why|which is why|as (?:above|mentioned|explained|stated|said)|(?:the )?above|(?:our|the|this|that) (?:decision|position|answer|outcome|stance))\b/iu;
/** The next sentence names someone or something by a pronoun ("Please contact them.", "…doesn't list them either"): it may stand for what goes. */
const POINTS_BACK = /\b(?:they|them|their|theirs|he|him|his|she|her|hers|either|neither)\b/iu;
/**
 * A turn or a second clause after the flagged words: what the cut would take is more than the
 * blame ("…, but the good news is…: move the cable…", "…, as the engineer told you, and the bills
 * reflect what you used"); not ", not ours", which is the blame's own.
 */
const GOES_ON = /[:;]|,(?! (?:not|rather than|instead of)\b)|\b(?:but|however|though|although|yet|while|whilst|whereas|instead)\b/iu;
/** The most words a cut may take after the flagged words: the rest of a clause, not a second one. */
const MAX_WORDS_AFTER = 12;
/** Where the next sentence ends: its stop, or its line's end. */
const NEXT_SENTENCE = /^[^\n]*?(?:[.!?](?=\s|$)|$)/mu;
/** Kept words that open a clause not yet finished ("If you moved without updating it", "Since the blockage…"). */
const SUBORDINATE = /^(?:if|when|whenever|unless|since|because|as|although|though|while|whilst|once|after|before|until|whether|where|having|given|being|to|in order to)\b/iu;
/** Kept words may not end on a word that needs what was cut ("…, and the", "… because"). */
const DANGLES = /\b(?:and|or|but|so|the|a|an|to|of|which|that|because|as|with|for|is|are|was|were|by|from|on|in|at|your|our|my|their)$/iu;
/** Kept words that are only a lead-in ("According to the notes", "Looking at the activation"): no clause to end. */
const LEAD_ONLY = /^(?:according to|under|per|as per|due to|in line with|following|further to|with (?:reference|regard|respect) to|regarding|looking at|having (?:checked|reviewed|looked)|after (?:checking|reviewing))\b[^,]*$/iu;
/**
 * The join before the flagged words from which the rest of the sentence may go: a comma and a
 * word that carries on ("…, so you set it up wrong", "…, and reconnecting it is on the user",
 * "…, which someone on your team enabled"), a dash, a semicolon.
 */
const JOIN = /(?:,[ \t]+(?:so|and so|and|but|which|which means|meaning|as|hence|therefore|since)|[ \t]+[—–][ \t]+|[ \t]+-[ \t]+|;[ \t]+)(?=[ \t]|\p{L})/giu;
/**
 * A closing clause that draws a conclusion (", so …", ", which means …"), as against one that adds a
 * second claim (", and …"): where the reply's diagnosis or its next step sits.
 */
const CONCLUDES = /^(?:,[ \t]+(?:so|and so|hence|therefore|which means|meaning)|[ \t]+[—–-][ \t]+so)\b/iu;
/**
 * What a conclusion says that the reply needs, not the blame or the argument itself: a diagnosis,
 * the likely cause given as such ("…, so the bouncing is almost certainly down to your DNS
 * settings", "…, so the damage isn't a manufacturing fault"), or the customer's next step, who to go to or what to do now ("…, so
 * that's who you'd want to speak to", "…, so I'd suggest raising this with your provider", "…, so
 * terminal faults need to go to them"); not what they should have done ("…, so you needed to read
 * it beforehand").
 */
const DIAGNOSIS_OR_STEP = new RegExp(
  [
    "\\b(?:likely|probably|almost certainly|possibly|perhaps|may be that|might be|could be|seems|appears)\\b",
    "\\b(?:is|isn['’]t|is not|was|wasn['’]t|was not) (?:a|an) [\\w-]+ (?:fault|defect|failure)\\b",
    "\\bsuggest(?:ing)? (?:\\w+ing|that you|you)\\b|\\brecommend|\\bworth (?:\\w+ing)\\b|\\bbest (?:to|bet)\\b",
    "\\b(?:speak|talk|go|get in touch|take it up) (?:to|with|through)\\b|\\bquestion for\\b|\\bsort (?:it |this |that )?out\\b|\\braising\\b",
  ].join('|'),
  'iu',
);
/**
 * A closing clause, after any join, that reports what a check found ("…, and our fraud team's
 * investigation confirms that the bank acted correctly", "…, and there's nothing in the report to
 * suggest…"): the finding is a fact of the reply, not the argument made from it.
 */
const FINDING =
  /\b(?:investigation|review|check|checks|inspection|report|tests?|audit|assessment|examination)\b[^,.;]{0,40}\b(?:confirm(?:s|ed)?|show(?:s|ed)?|found|finds|indicate(?:s|d)?|suggest(?:s|ed)?)\b/iu;
/** Whether the closing clause `cut` (its join first) holds something the reply needs beside the flag. */
const carriesMore = (cut: string): boolean => FINDING.test(cut) || (CONCLUDES.test(cut) && DIAGNOSIS_OR_STEP.test(cut));
/** Whether a clause closing `words` (a sentence) carries more: neither it nor the sentence whole may go. */
const closesOnMore = (words: string): boolean => [...words.matchAll(JOIN)].some((m) => carriesMore(words.slice(m.index)));
const MIN_KEPT_WORDS = 4;
/** The most words of a sentence left out where one other sentence that carries something is left. */
const SHORT_SENTENCE = 8;

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The sentences of a reply that carry something (five words or more): what is left when one is left out. */
export function sentencesWithContent(reply: string): number {
  let n = 0;
  for (const s of reply.split(/(?<=[.!?])\s+|\n+/u)) if (wordCount(s) >= 5) n++;
  return n;
}

/** The sentence after `reply[.., end)`: on its line or the next with words. */
const nextSentence = (reply: string, end: number) => NEXT_SENTENCE.exec(reply.slice(end, end + 400).replace(/^\s+/u, ''))?.[0] ?? '';

/**
 * Whether the sentence after `reply[.., end)` opens by pointing back to what ends there ("This
 * means…", "That is why…", "It was…"), so that it may not go. A word that only carries on ("So",
 * "Also", "However,") is not pointing: the Swap takes it with the sentence (swap.ts).
 */
export const leansOnIt = (reply: string, end: number): boolean => POINTS_AT_IT.test(nextSentence(reply, end));

/**
 * Whether the reply reads on without the sentence `reply[start, end)`: the sentence before it
 * does not announce it (":"), the one after it does not point back to it or draw from it, and two
 * sentences that carry something are left (`withContent`: the reply's count, this one included).
 */
function readsOnWithout(reply: string, start: number, end: number, withContent: number): boolean {
  if (/:\s*$/u.test(reply.slice(Math.max(0, start - 8), start))) return false;
  const words = wordCount(reply.slice(start, end));
  const left = withContent - (words >= 5 ? 1 : 0);
  // A short sentence that says only the blame or the argument ("The second ticket was your
  // choice.") may leave one that carries something: the reply's answer is there.
  if (left < (words <= SHORT_SENTENCE ? 1 : 2)) return false;
  const next = nextSentence(reply, end);
  return !OPENS_ON_IT.test(next) && !DRAWS_ON_IT.test(next) && !POINTS_BACK.test(next);
}

/**
 * The Swap that leaves out the sentence `reply[start, end)` (as `sentenceAt` finds it) around the
 * flagged words `[flagStart, flagEnd)`, or the clause from the join before them to the sentence's
 * end; null where the reply would not read well without it. `withContent` counts the reply's
 * sentences that carry something (`sentencesWithContent`), read once per reply.
 */
export function leaveOut(
  reply: string,
  start: number,
  end: number,
  flagStart: number,
  flagEnd: number,
  spec: CompiledLeaveOut,
  withContent: () => number,
): LeftOut | null {
  const sentence = reply.slice(start, end).replace(/\s+$/u, '');
  if (!ENDS.test(sentence)) return null;
  // After a greeting, only a closing clause goes: the sentence whole would leave "Hi Nina," before the next one.
  const greeted = GREETED.test(sentence);
  const stop = start + sentence.length - 1;
  const words = reply.slice(start, stop);
  if (NOT_PLAIN.test(words) || /!/u.test(words) || flagStart < start || flagEnd > stop + 1) return null;
  // Flagged words that run over a full stop ("…is repaid. The suspension is therefore correct"): the
  // sentence found around them is two, and the first may be the reply's reason.
  if (/[.!?]\s/u.test(reply.slice(flagStart, flagEnd))) return null;
  // A closing clause with the reply's diagnosis, next step or a check's finding: the cut would take it.
  if (closesOnMore(words)) return null;
  // A clause that closes the sentence: from the last join before the flagged words (or the one
  // they open with: "…ran out[, so you set it up wrong]").
  let join: RegExpExecArray | undefined;
  for (const m of words.slice(0, flagEnd - start).matchAll(JOIN)) if (m.index < flagStart - start) join = m;
  if (join) {
    const kept = words.slice(0, join.index).replace(/[\s,;:–—-]+$/u, '');
    const cut = words.slice(join.index);
    const afterFlag = reply.slice(flagEnd, stop);
    if (
      wordCount(kept) >= MIN_KEPT_WORDS &&
      wordCount(afterFlag) <= MAX_WORDS_AFTER &&
      !GOES_ON.test(afterFlag) &&
      !POINTS_BACK.test(nextSentence(reply, stop + 1)) &&
      !SUBORDINATE.test(kept) &&
      !DANGLES.test(kept) &&
      !LEAD_ONLY.test(kept) &&
      mayGo(spec, cut)
    ) {
      return { start: start + kept.length, end: stop + 1, replacement: reply.charAt(stop) };
    }
  }
  if (greeted) return null;
  // The sentence whole: one clause or two joined by a comma, not a second one after ":" or ";".
  if (wordCount(words) > spec.maxWords || /[:;]/u.test(words) || !mayGo(spec, words)) return null;
  if (!readsOnWithout(reply, start, stop + 1, withContent())) return null;
  const dropped = droppedLine(reply, start, stop + 1);
  return { ...(dropped ?? { start, end: stop + 1 }), replacement: '' };
}

/**
 * A join after which the closing clause is a second claim, or the first one read for the customer
 * ("…, and it was down to them to pass them on", "…, which means the passcode was passed on by
 * you"), not what follows from it or why ("…, so the driver went where the app told him", "…; as
 * they did not, duty was calculated…"): a fact of the reply may be there.
 */
const SECOND_CLAIM = /^,[ \t]+(?:and|which means|meaning)\b/iu;

/**
 * The clause that closes `reply[start, end)` (a sentence), left out as `leaveOut` would leave out
 * flagged words there, where it is a second claim: for a sentence flagged whole, which names no
 * words of its own. Whether what stays is still the rule's is for the caller to read again.
 */
export function leaveOutClosingClause(reply: string, start: number, end: number, spec: CompiledLeaveOut, withContent: () => number): LeftOut | null {
  const stop = start + reply.slice(start, end).replace(/\s+$/u, '').length - 1;
  let last: RegExpExecArray | undefined;
  for (const m of reply.slice(start, stop).matchAll(JOIN)) last = m;
  if (!last || !SECOND_CLAIM.test(reply.slice(start + last.index, stop))) return null;
  const clause = start + last.index + last[0].length;
  const r = leaveOut(reply, start, end, clause, stop, spec, withContent);
  return r && r.start > start ? r : null;
}
