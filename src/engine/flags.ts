// Compiles flag rules (and a team's extra phrases) into one regex per rule and
// finds their matches in the agent's own text, skipping negated, hedged and
// quoted uses.
import type { AnchorIndex, PatternRef, Scan } from './anchors';
import { compileLeaveOut, type CompiledLeaveOut } from './leave-out';
import { Matcher } from './matcher';
import type { Normalized } from './normalize';
import { normalize, toOriginal } from './normalize';
import { ownText } from './own-text';
import { literalPattern } from './pattern';
import { AnyOf, RegExpNeeding } from './regex';
import { compileRewrites, type CompiledRewrite } from './rewrite';
import { compileSentenceRewrites, type CompiledSentenceRewrite } from './sentence-rewrite';
import type { FlagRuleData, PatternContext, Signal, SwapWhen } from './rules/types';
import { readsFlags } from './signals';
import type { TeamPhrase } from './types';

export interface FlagAlternative {
  better: string;
  swap: SwapWhen;
  message?: string;
  team?: boolean;
  /** The pattern fires only in a reply where one of these holds (rules/types.ts, `PatternData`). */
  onlyIf?: readonly PatternContext[];
}

export interface CompiledFlagRule {
  rule: FlagRuleData;
  /** One alternative per team phrase and pattern, in that order (the matcher tells which matched). */
  matcher: Matcher;
  alternatives: FlagAlternative[];
  unlessSentence: AnyOf | null;
  /** The rule's hedges read in the sentence and the next (`unlessNear`). */
  unlessNear: AnyOf | null;
  /** The rule's hedges read anywhere in the reply (`unlessReply`). */
  unlessReply: AnyOf | null;
  /** The rule's clause rewrites, compiled when first read: most rules flag nothing in a worker's first check. */
  readonly rewrites: readonly CompiledRewrite[];
  /** Whether the rule has clause rewrites (read without compiling them). */
  hasRewrites: boolean;
  /** Rewrites of a sentence the learned second opinion flags, compiled when first read. */
  readonly sentenceRewrites: readonly CompiledSentenceRewrite[];
  /** What of a flag no rewrite turns may be left out (`leaveOut`), compiled when first read. */
  readonly leaveOut: CompiledLeaveOut | null;
  /** Whether any of its patterns has a condition (`onlyIf`) to read before it runs. */
  conditioned: boolean;
}

export interface FlagMatch {
  rule: CompiledFlagRule;
  alternative: FlagAlternative;
  /** Offsets into the original reply. */
  start: number;
  end: number;
  /** Canonical offsets, for sentence-level checks. */
  cStart: number;
  cEnd: number;
  /** Why the match is not reported, if it is not. */
  suppressed?: 'negated' | 'hedged' | 'quoted';
}

/** The engine reads no more of a team phrase than this (policy files refuse longer ones). */
export const MAX_TEAM_PHRASE_LENGTH = 200;

export function compileFlagRule(rule: FlagRuleData, team: readonly TeamPhrase[], index: AnchorIndex): CompiledFlagRule {
  const patterns: PatternRef[] = [];
  const alternatives: FlagAlternative[] = [];
  for (const phrase of team) {
    const canonical = normalize(phrase.phrase.slice(0, MAX_TEAM_PHRASE_LENGTH)).text.trim();
    if (canonical === '') continue;
    patterns.push({ source: literalPattern(canonical) });
    alternatives.push({
      better: phrase.replacement ?? rule.better,
      swap: phrase.replacement !== undefined,
      ...(phrase.message ? { message: phrase.message } : {}),
      team: true,
    });
  }
  for (const p of rule.patterns) {
    const data = typeof p === 'string' ? { p, better: rule.better, swap: false } : p;
    patterns.push({ rule: data.p });
    alternatives.push({ better: data.better, swap: data.swap ?? false, ...(data.onlyIf ? { onlyIf: checkedCondition(rule.id, data.onlyIf) } : {}) });
  }
  const needs = (source: string) => index.neededLiterals(source);
  let rewrites: CompiledRewrite[] | undefined;
  let sentenceRewrites: CompiledSentenceRewrite[] | undefined;
  let leaveOut: CompiledLeaveOut | null | undefined;
  return {
    rule,
    // Team phrases come first: at the same position the team's own message wins.
    matcher: new Matcher(index, patterns),
    alternatives,
    unlessSentence: rule.unlessSentence ? new AnyOf(rule.unlessSentence, needs) : null,
    unlessNear: rule.unlessNear ? new AnyOf(rule.unlessNear, needs) : null,
    unlessReply: rule.unlessReply ? new AnyOf(rule.unlessReply, needs) : null,
    get rewrites() {
      return (rewrites ??= compileRewrites(rule.rewrites).map((rewrite, i) => ({ ...rewrite, when: new RegExpNeeding(rewrite.when, index.neededLiteralsAt(`${rule.id} ${i}`, rewrite.when.source)) })));
    },
    hasRewrites: (rule.rewrites?.length ?? 0) > 0,
    conditioned: alternatives.some((a) => a.onlyIf !== undefined),
    get sentenceRewrites() {
      return (sentenceRewrites ??= compileSentenceRewrites(rule.sentenceRewrites));
    },
    get leaveOut() {
      if (leaveOut === undefined) leaveOut = rule.leaveOut ? compileLeaveOut(rule.leaveOut) : null;
      return leaveOut;
    },
  };
}

/**
 * A pattern's condition, as the flags are matched before the signals that read them are known:
 * one that reads them (`FlagReadingSignal`, which the type already refuses) fails here, loudly.
 */
function checkedCondition(ruleId: string, onlyIf: readonly PatternContext[]): readonly PatternContext[] {
  for (const context of onlyIf) {
    const signal = (context.startsWith('!') ? context.slice(1) : context) as Signal;
    if (readsFlags(signal)) throw new Error(`${ruleId}: a pattern's condition reads ${signal}, which reads the flags`);
  }
  return onlyIf;
}

// A negator right before the phrase reverses it: "I won't just say sorry for the inconvenience".
const NEGATED_BEFORE =
  /(?:^|[ \n])(?:not|never|no longer|without|instead of|rather than|nor|none of)(?: (?:just|simply|only|even|going to|want to|say|said|saying|use|using|hide behind|hiding behind|tell you|telling you|blame|blaming|mean|meant|about|true|that|the case))* ?$/;
const CLAUSE_BREAK = /[.!?;:,\n]/;

function clauseBefore(text: string, at: number): string {
  let i = at - 1;
  const stop = Math.max(0, at - 60);
  while (i >= stop && !CLAUSE_BREAK.test(text[i]!)) i--;
  return text.slice(i + 1, at);
}

const SENTENCE_END = /[.!?\n]/;
const DIGIT = /[0-9]/;
/** A sentence ends at its stop, not at the point of "£37.50". */
const endsSentence = (text: string, i: number) =>
  SENTENCE_END.test(text[i]!) && !(text[i] === '.' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''));

/** The sentence around [start, end), and the one after it when `andNext` (each looked for within 400 characters). */
function sentenceAround(text: string, start: number, end: number, andNext = false): string {
  let s = start;
  const minS = Math.max(0, start - 400);
  while (s > minS && !endsSentence(text, s - 1)) s--;
  let e = end;
  const maxE = Math.min(text.length, end + 400);
  while (e < maxE && !endsSentence(text, e)) e++;
  if (andNext && e < text.length) {
    const maxNext = Math.min(text.length, e + 1 + 400);
    e++;
    while (e < maxNext && !endsSentence(text, e)) e++;
  }
  return text.slice(s, e);
}

const QUOTE_REACH = 300;
const OPEN_DOUBLE = '“"«„';
const CLOSE_DOUBLE = '”"»“';

/** A phrase the agent quotes ("being told ‘rules are rules’") is a mention, not a use. */
function isQuotedMention(original: string, start: number, end: number): boolean {
  const before = original[start - 1] ?? '';
  let after = original[end] ?? '';
  if (/[.,!?]/.test(after)) after = original[end + 1] ?? '';
  if ((before === '‘' || before === "'") && (after === '’' || after === "'")) return true;
  // Inside a double-quoted stretch of the same line (looking back a bounded way, to stay linear).
  let lineStart = start;
  const limit = Math.max(0, start - QUOTE_REACH);
  while (lineStart > limit && original[lineStart - 1] !== '\n') lineStart--;
  let open = false;
  for (let i = lineStart; i < start; i++) {
    const c = original[i]!;
    if (!open && OPEN_DOUBLE.includes(c)) open = true;
    else if (open && CLOSE_DOUBLE.includes(c)) open = false;
  }
  if (!open) return false;
  let lineEnd = end;
  const stop = Math.min(original.length, end + QUOTE_REACH);
  while (lineEnd < stop && original[lineEnd] !== '\n') lineEnd++;
  const rest = original.slice(end, lineEnd);
  return [...CLOSE_DOUBLE].some((c) => rest.includes(c));
}

/** The reply's quoted parts (what `ownText` blanked), lower case, with the agent's own text as NULs. */
function quotedPart(original: string, own: string): string {
  if (own === original) return '';
  const out = original.split('');
  for (let i = 0; i < out.length; i++) if (own[i] === out[i] && !/\s/.test(out[i]!)) out[i] = '\0';
  return out.join('').toLowerCase();
}

/** Per reply: whether a matched text also stands in its quoted part (the customer's words, repeated). */
class ThreadEcho {
  private quoted: string | undefined;
  private readonly seen = new Map<string, boolean>();
  constructor(private readonly original: string) {}

  has(start: number, end: number): boolean {
    const needle = this.original.slice(start, end).toLowerCase();
    let found = this.seen.get(needle);
    if (found === undefined) {
      this.quoted ??= quotedPart(this.original, ownText(this.original));
      found = this.quoted !== '' && this.quoted.includes(needle);
      this.seen.set(needle, found);
    }
    return found;
  }
}

/**
 * Whether the rule's sentence hedges read the words at [start, end) of the canonical text as
 * hedged, reversed or bent. `sentence`: the words' own sentence where the caller already has it
 * (the learned model flags whole sentences).
 */
export function isHedged(rule: CompiledFlagRule, text: string, start: number, end: number, sentence?: string): boolean {
  const own = rule.rule.hedgedInNextSentence === true ? sentenceAround(text, start, end, true) : (sentence ?? sentenceAround(text, start, end, false));
  if (rule.unlessSentence?.test(own)) return true;
  return rule.unlessNear?.test(sentenceAround(text, start, end, true)) === true;
}

const NO_MATCHES: readonly FlagMatch[] = [];

/**
 * The rule's matches in the reply. `holds`: how a pattern's condition reads for this reply (the
 * signals that do not read the flags); a pattern whose condition does not hold is left out, as if
 * the rule did not have it, so that another pattern matching the same words still can.
 */
export function findFlagMatches(rule: CompiledFlagRule, n: Normalized, original: string, scan: Scan, holds?: (context: PatternContext) => boolean): readonly FlagMatch[] {
  if (!rule.matcher.mayMatch(scan)) return NO_MATCHES;
  const out: FlagMatch[] = [];
  const text = n.text;
  let thread: ThreadEcho | undefined;
  // The reply-wide hedges, read once for the text: a long paste with many matches stays linear.
  let replyHedged: boolean | undefined;
  const { alternatives } = rule;
  const off = rule.conditioned
    ? (p: number): boolean => {
        const onlyIf = alternatives[p]!.onlyIf;
        return onlyIf !== undefined && (holds === undefined || !onlyIf.some(holds));
      }
    : undefined;
  let from = 0;
  for (let m = rule.matcher.exec(text, scan, from, off); m; m = rule.matcher.exec(text, scan, from, off)) {
    const cStart = m.index;
    const cEnd = cStart + m[0].length;
    if (cEnd === cStart) {
      from = cStart + 1;
      continue;
    }
    from = cEnd;
    const alternative = rule.alternatives[rule.matcher.patternOf(m)]!;
    const [start, end] = toOriginal(n, cStart, cEnd);
    const match: FlagMatch = { rule, alternative, start, end, cStart, cEnd };
    if (NEGATED_BEFORE.test(clauseBefore(text, cStart))) match.suppressed = 'negated';
    else if (isHedged(rule, text, cStart, cEnd) || (replyHedged ??= rule.unlessReply?.test(text) === true)) match.suppressed = 'hedged';
    else if (isQuotedMention(original, start, end)) match.suppressed = 'quoted';
    else if (rule.rule.quietIfInThread && (thread ??= new ThreadEcho(original)).has(start, end)) match.suppressed = 'quoted';
    out.push(match);
  }
  return out;
}
