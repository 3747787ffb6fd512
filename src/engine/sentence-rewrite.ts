// Sentence rewrites: a sentence the learned second opinion flags has no phrase of the rule's own
// to turn ("The outage map shows restoration by 11pm tonight."), so its Swap is made from the
// sentence as the agent wrote it. The rule says, as data (`sentenceRewrites`), what the sentence
// must be or must not hold, where its verdict starts ("…, so the fee is correct"), and what takes
// the verdict's place (`ends`), or what replaces a sentence that is only the move the rule is
// about (`instead`). Only a plain sentence of its own, ended by a full stop, is rewritten.
import { COMMA_AND, endingSentence, isJoinedFact } from './joined-clause';
import { primed } from './regex';
import type { Context, SentenceRewrite } from './rules/types';

export interface CompiledSentenceRewrite {
  is: RegExp | null;
  unless: RegExp | null;
  cut: RegExp | null;
  mustCut: boolean;
  ends: string | undefined;
  instead: string | undefined;
  onlyIf: readonly Context[] | undefined;
}

export const compileSentenceRewrites = (rewrites: readonly SentenceRewrite[] | undefined): CompiledSentenceRewrite[] =>
  (rewrites ?? []).map((r) => ({
    is: r.is ? new RegExp(`^(?:${r.is})$`, 'iu') : null,
    unless: r.unless ? new RegExp(r.unless, 'iu') : null,
    cut: r.cut ? new RegExp(r.cut, 'iu') : null,
    mustCut: r.mustCut === true,
    ends: r.ends,
    instead: r.instead,
    onlyIf: r.onlyIf,
  }));

/** What opens a sentence before its own words: the @handles of a social reply, a greeting ("Hello Kenji,"). */
const GREETING = /^(?:@[\w.]+[ \t]+)*(?:(?:hi|hello|hey|dear)\b[^.!?\n,]{0,30},[ \t]*)?/iu;
/**
 * The sentence's own end: one full stop (not an ellipsis), after a word, a figure or a closing
 * bracket or quote; not an initial's ("signed for by M.") or a title's ("Dr.").
 */
const ENDS_WITH_STOP = /(?<=[\p{L}\p{N})'’"”%])(?<!(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|vs|etc|approx))\.$/u;
/** What a sentence rewritten here may not hold: a question, an exclamation, a line break, an ellipsis, an emoji. */
const NOT_PLAIN = /[?!\n]|\.\.|…|\p{Extended_Pictographic}/u;
/** A word the kept words cannot end on: it needs what was cut ("…, and", "… because"). */
// Not "to" that closes a relative clause ("…the terms you agreed to", "…the plan you signed up to"):
// the sentence is whole there.
const DANGLES = /\b(?:and|or|but|so|the|a|an|(?<!\b(?:agreed|signed up|subscribed|consented|committed|signed|replied|responded|referred|listened|belong|belongs|belonged) )to|of|which|that|because|as|with|for|is|are|was|were)$/iu;
const MIN_KEPT_WORDS = 3;
/** Kept words that are only a lead-in ("according to the bank regulation", "Further to your email"): no clause for the ending to follow. */
const ONLY_LEAD_IN = /^(?:according to|under|per|as per|due to|in line with|in accordance with|following|pursuant to|by|further to|with (?:reference|regard|respect) to|in (?:reference|response|relation|regard|respect) to|regarding|concerning|as regards|thank(?:s| you) for [^,]*)\b[^,]*$/iu;
/** Two clauses the agent joined with a comma ("…can't be left, that's our policy"): the ending starts a sentence of its own. */
const SPLICED = /, (?:it|this|that|there|they|he|she|we|i)(?:(?:'|’)s| is| are| was| were| must| cannot| can(?:'|’)t| can not| has| have)\b|, (?:that|this) (?:is|was|cannot|can not)\b/iu;
/** ", but that may be wrong…" as a sentence of its own: "That may be wrong…". */
const asOwnSentence = (ending: string) => {
  const rest = ending.replace(/^,?\s*(?:but\s+)?/u, '');
  return `. ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
};

export interface SentenceRewritten {
  /** The stretch replaced: the sentence's words (less its greeting), or their verdict and the full stop. */
  start: number;
  end: number;
  replacement: string;
}

/** `better` in the case the agent's sentence opened with: after "Hello," a lower-case word stays lower case (not "I"). */
const inCaseOf = (original: string, better: string) =>
  original.charAt(0) === original.charAt(0).toLowerCase() && !/^I\b/u.test(better) ? better.charAt(0).toLowerCase() + better.slice(1) : better;

/**
 * `instead` with the named groups of `is` filled in, as the agent wrote them ("{what} wasn't
 * completed…"), its first letter a capital where it opens on one of them: a sentence opened by the
 * flagged words is turned from them, not only replaced.
 */
function fillInstead(rewrite: CompiledSentenceRewrite, words: string): string {
  const template = rewrite.instead!;
  if (!rewrite.is || !/\{(?!issue\})\w+\}/.test(template)) return template;
  const groups = rewrite.is.exec(words)?.groups;
  const filled = template.replace(/\{(\w+)\}/g, (slot, name: string) => groups?.[name] ?? slot);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/**
 * All of a rule's `is` (or all its `cut`) in one regex: it finds a match exactly where one of them
 * does, and only then are they tried one by one. A flagged sentence that none reads (nearly every
 * one) no longer runs each (argue-defend has 49 `is`, blame-shift 27 `cut`), and so no longer
 * compiles each on its first test: that was the cost, on a worker's first replies (warm, an
 * anchored regex that fails fails fast either way). Named groups become plain ones (two rewrites
 * may name a group alike): only the rewrite's own regex is asked for its groups. Made on first
 * use, once per rule's list.
 */
type Part = 'is' | 'cut';
const combined: Record<Part, WeakMap<readonly CompiledSentenceRewrite[], RegExp | null>> = { is: new WeakMap(), cut: new WeakMap() };
const NAMED_GROUP = /\(\?<(?=[A-Za-z_])[^>]*>/g;

function anyOf(rewrites: readonly CompiledSentenceRewrite[], part: Part): RegExp | null {
  let any = combined[part].get(rewrites);
  if (any === undefined) {
    const regexes = rewrites.flatMap((r) => r[part] ?? []);
    const source = regexes.map((r) => `(?:${r.source.replace(NAMED_GROUP, '(?:')})`).join('|');
    any = regexes.length > 1 && regexes.every((r) => r.flags === 'iu') ? primed(new RegExp(source, 'iu')) : null;
    combined[part].set(rewrites, any);
  }
  return any;
}

/**
 * The rewrite of the sentence `reply[start, end)` (a flagged sentence, as the second opinion
 * found it), or null where none of `rewrites` reads as a sentence there.
 */
export function rewriteSentence(
  reply: string,
  start: number,
  end: number,
  rewrites: readonly CompiledSentenceRewrite[],
  fits: (rewrite: CompiledSentenceRewrite) => boolean = () => true,
): SentenceRewritten | null {
  const sentence = reply.slice(start, end).replace(/\s+$/, '');
  if (!ENDS_WITH_STOP.test(sentence)) return null;
  const from = start + GREETING.exec(sentence)![0].length;
  const stop = start + sentence.length - 1;
  const words = reply.slice(from, stop);
  if (words === '' || NOT_PLAIN.test(words)) return null;
  const noneIs = anyOf(rewrites, 'is')?.test(words) === false;
  let noCut: boolean | undefined;
  for (const rewrite of rewrites) {
    if (rewrite.onlyIf && !fits(rewrite)) continue;
    if (rewrite.is && (noneIs || !rewrite.is.test(words))) continue;
    if (rewrite.instead !== undefined) {
      if (rewrite.unless?.test(words)) continue;
      if (rewrite.instead === '') {
        // A sentence dropped after a greeting ("Hi, [we don't appreciate…] The checker…") would
        // leave the next sentence's capital after the comma: none is offered there.
        if (from > start) continue;
        const dropped = droppedLine(reply, from, stop + 1);
        if (dropped) return { ...dropped, replacement: '' };
      }
      const instead = fillInstead(rewrite, words);
      // "Hi Ethan, I'm afraid …": the pronoun's capital says nothing of the sentence's. The stretch
      // takes the greeting's comma, so that the words after it stay in lower case as after "Hi,".
      const afterGreeting = from > start && /^I\b/u.test(words) ? /,[ \t]*$/u.exec(reply.slice(start, from)) : null;
      if (afterGreeting) return { start: start + afterGreeting.index, end: stop + 1, replacement: afterGreeting[0] + inCaseOf('x', instead) };
      return { start: from, end: stop + 1, replacement: inCaseOf(words, instead) };
    }
    if (rewrite.ends === undefined) continue;
    const cut = rewrite.cut && !(noCut ??= anyOf(rewrites, 'cut')?.test(words) === false) ? rewrite.cut.exec(words) : null;
    if (!cut && rewrite.mustCut) continue;
    const kept = (cut ? words.slice(0, cut.index) : words).replace(/[\s,;:–—-]+$/u, '');
    if (kept.split(/\s+/).length < MIN_KEPT_WORDS || DANGLES.test(kept) || ONLY_LEAD_IN.test(kept) || rewrite.unless?.test(kept)) continue;
    // `{name}`: what the cut's named group found, as the agent wrote it ("…, so any damage happened
    // with the courier" → ", so I'll take it up with {party} for you").
    const ends = rewrite.ends.replace(/\{(\w+)\}/g, (slot, name: string) => cut?.groups?.[name] ?? slot);
    const ending = SPLICED.test(kept) && /^,/u.test(ends) ? asOwnSentence(ends) : ends;
    // A fact the agent joined on ("…at 10:14, and the driver took a photo") is not the verdict:
    // the ending goes before its join, and the fact reads on as a sentence of its own.
    const join = COMMA_AND.exec(words.slice(kept.length));
    if (join && isJoinedFact(words.slice(kept.length + join[0].length))) {
      const ended = endingSentence(ending);
      if (!ended) continue;
      return { start: from + kept.length, end: from + kept.length + join[0].trimEnd().length, replacement: ended };
    }
    return { start: from + kept.length, end: stop + 1, replacement: ending };
  }
  return null;
}

/** How far back a dropped sentence's line is read. */
const LOOK_BACK = 200;

/**
 * A sentence dropped that is the last on its line: the space before it goes too, so that no
 * space is left at the line's end; where it is its line's only sentence ("…\n\nI repeat that the
 * fee is correct.\n\nRegards"), its line break goes with it, so that no empty paragraph is left.
 * Null elsewhere: the Swap takes the space after it and the next sentence its place.
 */
export function droppedLine(reply: string, start: number, end: number): { start: number; end: number } | null {
  const after = /^[ \t]*(?:\n|$)/.exec(reply.slice(end));
  if (!after) return null;
  // What stands before it on its line, read over a bounded stretch: a regex that ends at "$" tries
  // every position of what it is given, and a sentence dropped in a long paste must stay cheap.
  const before = reply.slice(Math.max(0, start - LOOK_BACK), start);
  const lineStart = /\n[ \t]*$/.test(before) || (start <= LOOK_BACK && /^[ \t]*$/.test(before));
  if (lineStart && reply.length > end + after[0].length && after[0].endsWith('\n')) return { start, end: end + after[0].length + (/^[ \t]*\n/.exec(reply.slice(end + after[0].length))?.[0].length ?? 0) };
  const space = /[ \t]+$/.exec(before)?.[0].length ?? 0;
  return { start: start - space, end };
}

/** A stop that ends nothing: an initial's or a title's ("M. Jones", "Dr. Lee"), before what follows on. */
const NOT_AN_END = /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|vs|etc|approx)$/u;

/** A sentence's end: its stop (not the point of "£37.50", of "billing@site.jp" or of an initial) or its line's end. */
const isEnd = (text: string, i: number) => {
  const c = text.charAt(i);
  if (c === '\n' || c === '!' || c === '?') return true;
  return c === '.' && /^(?:[\s"'”’)]|$)/u.test(text.charAt(i + 1)) && !NOT_AN_END.test(text.slice(Math.max(0, i - 8), i));
};
const REACH = 400;

/** The sentence around `text[start, end)`: from its first word to its stop (included), within a few hundred characters. */
export function sentenceAt(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > Math.max(0, start - REACH) && !isEnd(text, s - 1)) s--;
  while (s < start && /\s/.test(text.charAt(s))) s++;
  let e = end;
  while (e < Math.min(text.length, end + REACH) && !isEnd(text, e)) e++;
  return { start: s, end: e < text.length && text.charAt(e) !== '\n' ? e + 1 : e };
}
