// Compiles the rules with a team's settings once, and returns the function
// that scores a reply (called on every keystroke, so it only runs regexes).
import { withApostrophes, writesStraightApostrophes } from './apostrophes';
import type { Scan } from './anchors';
import { AnchorIndex } from './anchors';
import type { CompiledFlagRule, FlagAlternative } from './flags';
import { compileFlagRule, findFlagMatches, isHedged } from './flags';
import { clauseAfter, issueTold } from './issue';
import { carriesTheirCase, replyHasItsSay } from './issue-confidence';
import { leaveOut, leaveOutClosingClause, sentencesWithContent } from './leave-out';
import { SecondOpinion, shippedModel, type CompiledModel } from './model';
import { normalize, toOriginal, type Normalized } from './normalize';
import { holdsOfferBlank, OFFER_MAKES, offerOnce } from './offer-once';
import { openingPoint } from './opening';
import { patternSource } from './pattern';
import { ownText } from './own-text';
import { rewriteClause } from './rewrite';
import { rewriteSentence, sentenceAt, type SentenceRewritten } from './sentence-rewrite';
import { applyEdit, capitalWhereItOpens, swapEdit, swapRange } from './swap';
import RULE_TABLES from 'virtual:replycoach/rule-tables';
import type { RuleTables } from './rule-tables';
import { FLAG_RULES, REBUTTING_FLAGS, SUGGESTION_RULES } from './rules';
import { REPLY_OWNED_STEP } from './rules/signals';
import type { Context, FlagCheckInput, FlagRuleData, PatternContext, Signal, SuggestionRuleData } from './rules/types';
import type { ActiveRule } from './scores';
import { computeScores } from './scores';
import type { CustomerView, FlagFacts, SignalTest } from './signals';
import { contextHoldsWith, SignalReader } from './signals';
import type { Finding, InsertPoint, QuietPhrase, Result, ScoreInput, Settings, Severity, TeamPhrase } from './types';

export type Scorer = (input: ScoreInput) => Result;

const EMPTY: Result = { scores: { listening: null, ownership: null }, findings: [] };
/** Anything but white space (a test, not a trimmed copy). */
const HAS_TEXT = /\S/;

interface Prefs {
  severity: Exclude<Severity, 'off'>;
  active: ActiveRule;
  /** Position in the scorer's list of active rules, where its findings are counted. */
  slot: number;
}

function preferences(
  rule: { id: string; category: ActiveRule['category']; weight: number; severity: Exclude<Severity, 'off'> },
  kind: ActiveRule['kind'],
  settings: Settings,
): Prefs | null {
  const pref = settings.rules?.[rule.id];
  const severity = pref?.severity ?? rule.severity;
  if (severity === 'off') return null;
  const weight = typeof pref?.weight === 'number' && Number.isFinite(pref.weight) && pref.weight >= 0 ? pref.weight : rule.weight;
  return { severity, active: { category: rule.category, kind, weight }, slot: -1 };
}

/** A template cut at each `{issue}`, once, so that filling it in is a concatenation. */
type Template = { text: string; parts: string[] | null };

const templateOf = (text: string): Template => ({ text, parts: text.includes('{issue}') ? text.split('{issue}') : null });

/** The template with the issue named, or `fallback` when there is none to name. */
function fill(template: Template, issue: string, fallback: string): string {
  const { parts } = template;
  if (parts === null) return template.text;
  if (!issue) return fallback;
  if (parts.length !== 2) return parts.join(issue);
  // '' where the clause does not read after the template's lead ("I can see you are sick").
  const after = clauseAfter(parts[0]!, issue);
  return after ? parts[0] + after + parts[1] : fallback;
}

/**
 * The words of `text` that name the customer's problem: the clause as an apology fills it ("to hear
 * that, after you ordered 6 chairs, 2 arrived damaged", "to hear you were charged twice"), or as
 * it was read; undefined where it is not named.
 */
function namedIn(text: string, issue: string): string | undefined {
  const filled = clauseAfter('I’m sorry ', issue);
  return [filled, `to hear ${issue}`, issue].find((words) => words !== '' && text.includes(words));
}

/** Where a better phrasing names the customer's problem and there is none to name. */
const ISSUE_PLACEHOLDER = '[what went wrong for them]';

// Plain code-point order for the tie-break: rule ids are ASCII, and localeCompare is slow on a hot path.
function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** In place, by span then rule id: a reply has a handful of findings, where insertion sort is cheapest. */
function sortFindings(findings: Finding[]): void {
  if (findings.length > 16) {
    findings.sort(compareFindings); // a long pasted text: stay O(n log n)
    return;
  }
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i]!;
    let j = i;
    for (; j > 0 && compareFindings(findings[j - 1]!, f) > 0; j--) findings[j] = findings[j - 1]!;
    findings[j] = f;
  }
}

/**
 * A swap is offered only where it cannot clash: a phrase across another flag would leave the
 * other's half behind, so neither swaps. A flag wholly inside another's swap ("As per" within
 * "As per our records", a refusal inside a clause rewrite) goes with it: only the outer swaps.
 * Each flag is judged by the stretch its swap replaces (the flagged words, or a rewritten clause).
 */
function keepSwapsApart(findings: Finding[]): void {
  const flags = findings.filter((f) => f.kind === 'flag');
  const from = (f: Finding) => f.swapSpan?.start ?? f.start;
  const to = (f: Finding) => f.swapSpan?.end ?? f.end;
  flags.sort((a, b) => from(a) - from(b) || to(b) - to(a)); // an outer stretch before what it holds
  let reach: Finding | undefined; // the earlier flag that ends furthest right
  for (const f of flags) {
    if (reach && to(reach) > from(f)) {
      const held = reach.swap === true && to(f) <= to(reach);
      // Held wholly by a swap of its own rule ("The fee stands and [there is no way round it]"),
      // or of another rule that does not say its words again ("[As previously explained,] the
      // system shows…" inside a record's rewrite): that one Swap fixes both, so both offer it.
      const fixes = reach.ruleId === f.ruleId || !normalize(reach.replacement).text.includes(normalize(f.text).text);
      if (held && fixes && !f.team && !reach.team) {
        f.swap = true;
        f.replacement = reach.replacement;
        f.swapSpan = swapRange(reach);
        continue;
      }
      // Held wholly by a swap: only the outer one swaps; across each other: neither does.
      if (!held) delete reach.swap;
      delete f.swap;
    }
    if (!reach || to(f) > to(reach)) reach = f;
  }
  for (const f of flags) if (!f.swap) delete f.swapSpan;
}

/**
 * The learned second opinion's sentences, each given its rule's sentence rewrite as a Swap where
 * one reads there and the stretch it replaces holds no other flag's words nor another's Swap
 * (the frames' flags keep theirs: a sentence rewrite never takes one away).
 */
function swapSentences(
  learned: Finding[],
  framed: readonly Finding[],
  rewrite: (f: Finding) => SentenceRewritten | null,
  reply: string,
  withIssue: (better: string) => string,
  leftOut: (f: Finding) => SentenceRewritten | null,
  clears: (f: Finding, sentence: string) => boolean,
): void {
  const taken = framed.filter((f) => f.kind === 'flag').map((f) => [Math.min(f.start, f.swapSpan?.start ?? f.start), Math.max(f.end, f.swapSpan?.end ?? f.end)] as const);
  const made = learned.map(rewrite);
  const clashes = (a: { start: number; end: number }, from: number, to: number) => a.start < to && from < a.end;
  // Two rules' rewrites of one sentence: the first offered stands, the other offers none. A
  // sentence left out comes last: another rule's rewrite of it keeps what it says.
  const offered: SentenceRewritten[] = [];
  // Each offered rewrite by the sentence it was made for (a learned flag is its whole sentence).
  const offeredFor = new Map<string, SentenceRewritten>();
  const give = (f: Finding, r: SentenceRewritten) => {
    f.replacement = withIssue(r.replacement);
    f.swap = true;
    f.swapSpan = { start: r.start, end: r.end, text: reply.slice(r.start, r.end) };
  };
  const offer = (f: Finding, r: SentenceRewritten | null, rewritten = true) => {
    if (!r) return;
    if (taken.some(([from, to]) => clashes(r, from, to))) {
      const inWay = inWayOf(framed, r);
      const shared = sharedSwap(inWay, r, reply);
      if (shared) {
        f.replacement = shared.replacement;
        f.swap = true;
        f.swapSpan = { ...shared.swapSpan! };
        return;
      }
      // The flags in its way, none with a Swap of its own, all within what it replaces: the
      // rewrite takes their words too, so it is offered on each (one card, one Swap). Not a
      // sentence left out: what it says (a diagnosis, a record) would go with their words.
      if (!rewritten || r.replacement === '' || inWay.length === 0 || !inWay.every((o) => !o.swap && r.start <= o.start && o.end <= r.end)) return;
      if (offered.some((o) => clashes(r, o.start, o.end))) return;
      offered.push(r);
      offeredFor.set(`${f.start}:${f.end}`, r);
      give(f, r);
      for (const o of inWay) give(o, r);
      return;
    }
    if (offered.some((o) => clashes(r, o.start, o.end))) return;
    offered.push(r);
    offeredFor.set(`${f.start}:${f.end}`, r);
    give(f, r);
  };
  learned.forEach((f, i) => offer(f, made[i]!));
  learned.forEach((f, i) => {
    if (!made[i]) offer(f, leftOut(f), false);
  });
  // A sentence two rules read, rewritten for one of them: where the sentence it makes is one the
  // other rule's own hedges read ("…, but here is what I can do instead: …" opens a dead end as
  // well as it answers a policy), that one Swap fixes both, so both offer it (as keepSwapsApart
  // does for the frames' flags).
  for (const f of learned) {
    if (f.swap) continue;
    const o = offeredFor.get(`${f.start}:${f.end}`);
    if (o && clears(f, reply.slice(f.start, o.start) + o.replacement + reply.slice(o.end, f.end))) give(f, o);
  }
}

/** The flags whose words or Swap lie in the stretch `r` replaces. */
const inWayOf = (framed: readonly Finding[], r: SentenceRewritten) =>
  framed.filter((o) => o.kind === 'flag' && Math.min(o.start, o.swapSpan?.start ?? o.start) < r.end && r.start < Math.max(o.end, o.swapSpan?.end ?? o.end));

/**
 * The Swap of the flags in `r`'s way (`inWay`), where they share one that leaves the reply as `r` would
 * ("…, so the charges are correct" left out for the argument, and "." in place of the verdict for
 * the record quoted): one Swap stands for both. Null where any is without a Swap, or they differ.
 */
function sharedSwap(inWay: readonly Finding[], r: SentenceRewritten, reply: string): Finding | null {
  if (inWay.length === 0 || !inWay.every((o) => o.swap)) return null;
  const made = (start: number, end: number, insert: string) => applyEdit(reply, swapEdit(reply, start, end, insert));
  const wanted = made(r.start, r.end, r.replacement);
  return inWay.every((o) => {
    const range = swapRange(o);
    return made(range.start, range.end, o.replacement) === wanted;
  })
    ? inWay[0]!
    : null;
}

/** Whether a flag sorted after index `at` starts before `until` and runs past `end`: the look spans a clause, not the reply. */
function reachesInto(flags: readonly Finding[], at: number, end: number, until: number): boolean {
  for (let j = at + 1; j < flags.length && flags[j]!.start < until; j++) if (flags[j]!.end > end) return true;
  return false;
}

const allHold = (signals: readonly Signal[], has: SignalTest): boolean => {
  for (let i = 0; i < signals.length; i++) if (!has(signals[i]!)) return false;
  return true;
};

/** The move is called for: all of the rule's `when` signals hold, or those of one `orWhen` list. */
const calledFor = (rule: SuggestionRuleData, has: SignalTest): boolean =>
  allHold(rule.when, has) || (rule.orWhen?.some((signals) => allHold(signals, has)) ?? false);

/** The reply without the words a finding's Swap replaces: what stays beside its better phrasing. */
function replyBeside(reply: string, f: Finding): string {
  const from = f.swapSpan?.start ?? f.start;
  const to = f.swapSpan?.end ?? f.end;
  return `${reply.slice(0, from)} ${reply.slice(to)}`;
}

/** The reply already makes the move: one of the rule's `unless` signals holds (plain loop: this runs per reply). */
function alreadyMade(rule: SuggestionRuleData, has: SignalTest): boolean {
  for (let i = 0; i < rule.unless.length; i++) if (has(rule.unless[i]!)) return true;
  return false;
}

/**
 * The flags (sorted by start) that may touch `[start, end)`: a flag and its Swap stay within a
 * sentence of bounded reach, so those far from it cannot, and a long paste of repeated flags
 * stays linear instead of comparing every flag with every other.
 */
const NEAR = 2_000;
function nearby(findings: readonly Finding[], start: number, end: number): readonly Finding[] {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (findings[mid]!.start < start - NEAR) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < findings.length && findings[to]!.start < end + NEAR) to++;
  return findings.slice(lo, to);
}

/**
 * A Swap that doubts the record and says "I'm checking" beside a refusal it leaves standing ("As
 * the log is what we go by, the charge remains") makes the reply contradict itself: it offers to
 * look again at what the customer can show instead. A refusal some Swap turns into something else
 * does not count: following the coach removes it too; one a refusal rule's Swap words anew (`refuses`) does.
 * `refusals` (reply offsets) is read only when needed.
 */
function doubtBesideRefusals(
  reply: string,
  findings: Finding[],
  flagById: ReadonlyMap<string, { compiled: CompiledFlagRule }>,
  refusals: () => [number, number][],
  /** Whether a Swap over a refusal says it again. */
  refuses: (swap: Finding) => boolean,
): void {
  let stands: [number, number][] | undefined;
  /** Of the verdicts still held once every Swap is made: whether one shuts the door for good, and their bounds. */
  let held: { final: boolean; minEnd: number; maxStart: number } | undefined;
  let doubted = false;
  // Flags that offer one Swap between them (keepSwapsApart: "As per our records, the system
  // shows…" is one rewrite for the lead's flags and the clause's) are one doubt, not a second
  // one, and each offers what the first is left with.
  const shared = new Map<string, Finding>();
  const swapKey = (f: Finding) => `${f.swapSpan?.start ?? f.start}:${f.swapSpan?.end ?? f.end}:${f.replacement}`;
  const keys = new Map(findings.filter((f) => f.kind === 'flag' && f.swap).map((f) => [f, swapKey(f)]));
  for (const f of findings) {
    const doubts = f.kind === 'flag' && f.swap && !f.team ? flagById.get(f.ruleId)?.compiled.rule.swapDoubts : undefined;
    if (!doubts || shared.has(keys.get(f)!)) continue;
    shared.set(keys.get(f)!, f);
    const checks = new RegExp(doubts.checks.replaceAll('’', "['’]"), 'u');
    if (!checks.test(f.replacement)) continue;
    const from = f.swapSpan?.start ?? f.start;
    const to = f.swapSpan?.end ?? f.end;
    if (!stands) {
      stands = [];
      held = { final: false, minEnd: Infinity, maxStart: -Infinity };
      for (const [s, e] of refusals()) {
        let swapped = false;
        let reworded = false;
        for (const o of findings) {
          if (o.kind !== 'flag' || o.swap !== true || (o.swapSpan?.start ?? o.start) > s || e > (o.swapSpan?.end ?? o.end)) continue;
          swapped = true;
          reworded = refuses(o);
          if (!reworded) break;
        }
        if (!swapped) stands.push([s, e]);
        // A refusal rule's Swap words the no anew ("the fee is still in place, but here is what I
        // can do: …"): it does not take it back.
        if (swapped && !reworded) continue;
        held.final ||= FINAL_VERDICT.test(reply.slice(s, e + 80).split(STOP, 1)[0]!);
        held.minEnd = Math.min(held.minEnd, e);
        held.maxStart = Math.max(held.maxStart, s);
      }
    }
    // What rests on the record is said beside it: in its sentence, the one before or the one after.
    const [near, far] = sentencesAround(reply, from, to);
    const nearby = stands.some(([s, e]) => (e <= from && s >= near) || (s >= to && s < far));
    // A verdict that stands further off ("The fee stands and this decision cannot be revisited."
    // two sentences on), or one that shuts the door for good wherever it is ("No adjustment can be
    // made under any circumstances."), takes back any doubt or offer to look again: blind judges
    // read "…may be wrong, so I'm checking" beside it as a reply that contradicts itself. The
    // rule's advice stays.
    const farOff = held!.minEnd <= near || held!.maxStart >= far;
    const own = sentenceAt(reply, from, to);
    const ownText = reply.slice(own.start, own.end);
    if (concludesFrom(reply, to) || held!.final || (!nearby && farOff) || TERMS_FACT.test(ownText) || (GRANTS.test(ownText) && !DENIES.test(ownText))) {
      const plain = namesEvidence(f.text, doubts.plainlyUnless) ? null : saidPlainly(f.replacement, doubts.plainly);
      if (plain === null) withdrawSwap(f, flagById.get(f.ruleId)!.compiled.rule.better);
      else f.replacement = plain;
    } else {
      const repeated = saidBefore(reply, own.start, from, f);
      if (repeated || closesTheMatter(reply, to, far)) f.replacement = offerOnly(f.replacement, doubts);
      else if (nearby) f.replacement = f.replacement.replace(checks, doubts.besideRefusal);
      // One "so I'm checking" is the reply's plan; a second doubt says only that the record may be wrong.
      if (doubted) f.replacement = f.replacement.replace(new RegExp(`,? (?:${doubts.checks}|${doubts.besideRefusal})`.replaceAll('’', "['’]"), 'u'), '');
      f.replacement = noDoubtAfterClosure(reply.slice(near, from), f.replacement, doubts);
      doubted = true;
    }
  }
  for (const [f, key] of keys) {
    const first = shared.get(key);
    if (!first || first === f) continue;
    if (first.swap) {
      f.replacement = first.replacement;
      // saidBefore may have taken the lead into the first one's span.
      if (first.swapSpan) f.swapSpan = { ...first.swapSpan };
    } else withdrawSwap(f, flagById.get(f.ruleId)!.compiled.rule.better);
  }
}

/**
 * A fact of the terms or of how a thing works, in the Swap's sentence ("devices are registered to
 * the installation address in accordance with our terms of service", "that is how billing works",
 * "we email you a receipt"): no record to doubt, and no evidence that could show otherwise (s42
 * read 1, n=24, clearly worse). The record is said plainly where the rule can, or no Swap.
 */
const TERMS_FACT =
  /\b(?:in (?:accordance|line) with (?:our|the) (?:terms|conditions|policy|policies)|(?:is|are|was|were) registered to\b|(?:is|are) (?:just )?(?:how|the way) (?:[a-z-]+ ){0,4}works?\b|we (?:e-?mail|send|text) (?:you )?(?:a |an )?(?:receipt|confirmation))/iu;

/**
 * A record that grants the customer's thing what they asked about ("Our device database lists your
 * TV model as 4K-capable."): it answers them, it denies them nothing, so a doubt or an offer to
 * send evidence against it is clutter (s42 read 2, n=26). Not where the sentence denies as well.
 */
const GRANTS = /\b(?:as|is|are) (?:fully )?(?:[a-z0-9]+-)?(?:capable|compatible|eligible|supported|covered|included|enabled)\b/iu;
const DENIES = /\b(?:not|no|never|only|but|however|except|excluded|ineligible|incompatible)\b|n['’]t\b/iu;

/**
 * The reply around the doubt closes the matter itself: the record attached "for your records", or
 * the rule restated right after ("Bins must be out by 7am on collection day."). A promise to check
 * beside it reads as a reply that has not made up its mind (s42 read 1, n=10 and n=18): the offer
 * to look again at what the customer sends fits, as beside a no.
 */
const CLOSES_AFTER =
  /^[\s"'“‘]*(?:[^.!?\n]*\bfor your (?:records|reference|information)\b|(?!(?:i|we|you|please)\b)[^.!?\n]*\b(?:must|(?:has|have) to be|(?:is|are) required to)\b(?! (?:be (?:[a-z]+ing|frustrated|annoyed|upset|disappointed|fed up|tired|worried|stressed|confused|angry)|have)\b))/iu;
function closesTheMatter(reply: string, to: number, far: number): boolean {
  if (CLOSED_ON_ITS_LINE.test(reply.slice(to, to + 200))) return true;
  // The sentence after the Swap's own: where the Swap stops short of its sentence's end, past that end.
  const after = STOP.test(reply.charAt(to - 1)) ? reply.slice(to, far) : reply.slice(to, far).replace(/^[^.!?\n]*[.!?]/u, '');
  return CLOSES_AFTER.test(after);
}
/**
 * A closure right after the Swap on its line, past an emoji or a dash ("…signed for by the
 * recipient ✍️ nothing more we can do on our end"): a sentence of its own in a chat reply, so a
 * check promised before it contradicts it (s42 read 2, n=12, clearly worse).
 */
const CLOSED_ON_ITS_LINE =
  /^[ \t]*(?:\p{Extended_Pictographic}\uFE0F?[ \t]*|[—–-][ \t]+)+[^.!?\n]*\b(?:nothing (?:more|else|further)|no(?:thing)? further|(?:is|are|was|were|has been|have been) (?:now )?(?:closed|final)|(?:can ?not|can['’]t|won['’]t|will not) (?:do|help|go|take|change|offer|be [a-z]+(?:ed|en|ne))|that(?:['’]s| is) (?:all|final|the end))\b/iu;

/** A lead that says it is said again ("To reiterate what I said in my previous reply, ", "As I said, "). */
const REPEAT_LEAD = /^[\s"'“‘]*(?:to reiterate|to repeat|again|as (?:i|we) (?:said|mentioned|explained|stated|advised)|as (?:previously|already) (?:said|mentioned|explained|stated|advised))\b[^,.!?\n]*,[ \t]*/iu;

/**
 * The Swap's sentence opens by saying it repeats itself: the lead goes with the Swap where the Swap
 * takes the sentence from its start (or from just after the lead), and the reply still closes the
 * matter, so the doubt is the offer to look again (s42 read 1, n=18). True where a lead was there.
 */
function saidBefore(reply: string, start: number, from: number, f: Finding): boolean {
  const lead = REPEAT_LEAD.exec(reply.slice(start, from) || f.replacement);
  if (!lead) return false;
  if (from === start) {
    if (f.replacement.startsWith(lead[0])) f.replacement = capitalise(f.replacement.slice(lead[0].length));
    return true;
  }
  // The Swap then takes its sentence from the start, the words between kept as written.
  const end = f.swapSpan?.end ?? f.end;
  f.replacement = capitalise(reply.slice(start + lead[0].length, from) + f.replacement);
  f.swapSpan = { start, end, text: reply.slice(start, end) };
  return true;
}
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A closure or a no the Swap keeps as written, with the record inside it ("Once a parcel is marked
 * as delivered, the matter is closed from our end", "…and cannot be transferred"), then the doubt:
 * "…is closed from our end, but that may be wrong" contradicts itself (stop 41's blind read). The
 * closure stays and only the offer to look again follows it, which an exception to it can be.
 * `before` is the reply's text before the Swap, from the sentence before its own.
 */
const CLOSURE =
  /\b(?:(?:is|are|was|were|has been|have been) (?:now |then )?(?:closed|final|finali[sz]ed)|no further|(?:can ?not|can['’]t|will not|won['’]t) be [a-z]+(?:ed|en|ne)|stands|remains? (?:payable|due|in place|valid))\b[^.!?;\n]*$/iu;
/**
 * A verdict with a figure the Swap keeps ("…, so £350 is the figure that applies"): "but that may be
 * wrong" after it contradicts it (s42 read 2, n=28), so only the offer to look again follows.
 */
// So does a reason kept ("…, which is why the cover lapsed"): "but that may be wrong" after it reads as doubting the reason.
const FIGURE_VERDICT_KEPT = /,? (?:and )?(?:(?:so|therefore|hence|thus)\b[^.!?;\n]*[\d£$€]|which (?:is why|means)\b|meaning\b|(?:that|this)(?:'s|’s| is) why\b)[^.!?;\n]*$/iu;
const DOUBT = /,? (?:but|though) (?:that|they|this|it) (?:may|might|could) be (?:wrong|our error),? /u;
function noDoubtAfterClosure(before: string, replacement: string, doubts: NonNullable<FlagRuleData['swapDoubts']>): string {
  const doubt = DOUBT.exec(replacement);
  if (!doubt) return replacement;
  const kept = before + replacement.slice(0, doubt.index);
  if (!CLOSURE.test(kept) && !FIGURE_VERDICT_KEPT.test(kept)) return replacement;
  return offerOnly(replacement, doubts);
}

/** The doubt and its plan give way to the offer alone: "…, but if you have anything that shows otherwise, send it to me and I’ll look again". */
function offerOnly(replacement: string, doubts: NonNullable<FlagRuleData['swapDoubts']>): string {
  const doubt = DOUBT.exec(replacement);
  if (!doubt) return replacement;
  const offer = doubts.besideRefusal.replace(/^so /u, '');
  const after = replacement.slice(doubt.index + doubt[0].length);
  const plan = planOf(doubts).exec(after);
  if (!plan) return replacement;
  return `${replacement.slice(0, doubt.index)}, but ${offer}${after.slice(plan[0].length)}`;
}

/**
 * The sentence after `reply[.., to)` draws its conclusion from it ("The fee is therefore due.",
 * "On that basis the charge stands."): a doubt swapped in before it leaves the reply concluding
 * from a record it has just called into question, which a reader judged worse than no Swap.
 */
const CONCLUSION = /^[\s"'“‘]*(?:[^.!?\n]{0,60}\btherefore\b|(?:so|thus|hence|as such|accordingly|consequently|on that basis|on this basis|for (?:this|that|these|those) reasons?|as a result|this means|that means)\b)/iu;
function concludesFrom(reply: string, to: number): boolean {
  // The Swap's own sentence may run on past it ("…, but they may be wrong, so I'm checking[ on your order].").
  let next = to;
  if (!/[.!?]\s*$/u.test(reply.slice(Math.max(0, to - 3), to))) {
    const close = /[.!?\n]/u.exec(reply.slice(to, to + 400));
    if (!close) return false;
    next = to + close.index + 1;
  }
  return CONCLUSION.test(reply.slice(next, next + 200));
}

/**
 * A Swap that turns "we" to "I" ("we'll be in touch" → "I'll be in touch") beside the same act's other "we" in
 * its clause ("…as soon as we can") mixes persons: "I'll be in touch as soon as we can" (s42 read
 * 2, n=5, clearly worse). That "we" turns to "I" with it; a "we" of another act ("once we hear
 * back") stays.
 */
const SAME_ACT_WE = /^([^.!?;:\n]*?\bas (?:soon|quickly|fast) as )we(?: are|(?:'|’)re)?(?= (?:can|able)\b)/iu;
function onePersonThrough(reply: string, findings: Finding[]): void {
  for (const f of findings) {
    if (f.kind !== 'flag' || !f.swap || !/^we\b/iu.test(f.text) || !/^I\b/u.test(f.replacement)) continue;
    const to = f.swapSpan?.end ?? f.end;
    const m = SAME_ACT_WE.exec(reply.slice(to));
    if (!m) continue;
    const apostrophe = /’/u.test(f.replacement) ? '’' : "'";
    const we = m[0].slice(m[1]!.length);
    const i = we.length === 2 ? 'I' : / are$/iu.test(we) ? 'I am' : `I${apostrophe}m`;
    const from = f.swapSpan?.start ?? f.start;
    const end = to + m[0].length;
    f.replacement = `${f.replacement}${m[1]}${i}`;
    f.swapSpan = { start: from, end, text: reply.slice(from, end) };
  }
}

/**
 * A Swap that thanks ("sorry it took me a while" → "thank you for your patience") beside the
 * reply's own thanks, in its sentence or the one either side ("Thanks for hanging on, …"), says
 * thank you twice: blind readers judged that worse than the apology it replaced. The flag keeps
 * its rule's advice instead.
 */
const THANKS = /^\s*(?:thanks|thank you|many thanks)\b/iu;
const THANKED = /\b(?:thanks|thank you|grateful|appreciate (?:your|you|it))\b/iu;
function thanksTwice(reply: string, findings: Finding[], flagById: ReadonlyMap<string, { compiled: CompiledFlagRule }>): void {
  for (const f of findings) {
    if (f.kind !== 'flag' || !f.swap || !THANKS.test(f.replacement)) continue;
    const from = f.swapSpan?.start ?? f.start;
    const to = f.swapSpan?.end ?? f.end;
    const [near, far] = sentencesAround(reply, from, to);
    if (THANKED.test(reply.slice(near, from)) || THANKED.test(reply.slice(to, far))) withdrawSwap(f, flagById.get(f.ruleId)!.compiled.rule.better);
  }
}

/**
 * A Swap that says "I'm sorry…" as the clause after "and" in a sentence that has apologised already
 * ("We are sorry to know about the trouble you faced and [we regret the inconvenience]") said sorry
 * twice, in "we" then "I" (blind readers: grammar). It takes the whole sentence instead, where
 * nothing else is flagged in it.
 */
const SAYS_SORRY = /^I['’]m sorry\b/u;
const JOINED_CLAUSE_BEFORE = /(?:^|[.!?\n])[ \t]*([^.!?\n]*?,? and[ \t]+)$/u;
function sorryOnce(reply: string, findings: Finding[]): void {
  for (const f of findings) {
    if (f.kind !== 'flag' || !f.swap || !SAYS_SORRY.test(f.replacement)) continue;
    const from = f.swapSpan?.start ?? f.start;
    const before = JOINED_CLAUSE_BEFORE.exec(reply.slice(Math.max(0, from - 200), from));
    if (!before || !APOLOGY_MADE.test(before[1]!)) continue;
    const start = from - before[1]!.length;
    if (findings.some((g) => g !== f && g.kind === 'flag' && g.end > start && g.start < from)) continue;
    const end = f.swapSpan?.end ?? f.end;
    f.swapSpan = { start, end, text: reply.slice(start, end) };
  }
}

/**
 * A Swap that takes the main clause after an opening subordinate one and leaves only its turn ("Once
 * a parcel is marked as delivered, [the matter is closed from our end]" → "…delivered, but here is
 * what I can do: […]"): what stays is a clause with nothing to hang on. The flag keeps its rule's
 * advice instead (s42 swaps round 2).
 */
const SUBORDINATE_ONLY =
  /^[\s"'“‘]*(?:(?:unfortunately|sadly|regrettably|however|but|and|so|also|now|again),?[ \t]+)?(?:once|when|whenever|since|as soon as|as(?! (?:such|a result|well|of|per|usual|always|ever)\b)|because|if|after|unless|although|though|while|whilst|until|before|now that|given that)\b[^,;:.!?\n]*,[ \t]*$/iu;
const TURN_ONLY = /^(?:but\b|$)/u;
function noDanglingLead(reply: string, findings: Finding[], flagById: ReadonlyMap<string, { compiled: CompiledFlagRule }>): void {
  for (const f of findings) {
    if (f.kind !== 'flag' || !f.swap || !TURN_ONLY.test(f.replacement)) continue;
    const from = f.swapSpan?.start ?? f.start;
    const sentence = sentenceAt(reply, from, f.swapSpan?.end ?? f.end);
    if (sentence.start < from && SUBORDINATE_ONLY.test(reply.slice(sentence.start, from))) withdrawSwap(f, flagById.get(f.ruleId)!.compiled.rule.better);
  }
}

/** A no said to hold for good: no doubt or second look fits beside it. */
const FINAL_VERDICT =
  /\b(?:under (?:any|no) circumstances|(?:is|are) final|final (?:decision|position|answer|outcome)|now or in the future|(?:can ?not|can['’]t|will not|won['’]t|is not going to) be (?:revisited|reconsidered|reopened|re-?examined|appealed|changed|reversed|overturned))\b/iu;

/**
 * A doubting Swap with its doubt taken out, the record said as what the agent sees (`plainly`),
 * or null where none of the rule's shapes fits: blind judges read a doubt beside a verdict that
 * stands as a reply that contradicts itself, and the agent's own "I can see" still stops quoting
 * the machine as the last word.
 */
function saidPlainly(replacement: string, plainly: NonNullable<FlagRuleData['swapDoubts']>['plainly']): string | null {
  for (const [pattern, plain] of plainly ?? []) {
    const regex = new RegExp(pattern.replaceAll('’', "['’]"), 'iu');
    if (regex.test(replacement)) return replacement.replace(regex, plain);
  }
  return null;
}

/** The flagged record names the evidence itself, which "I can see" would drop. */
function namesEvidence(flagged: string, evidence: string | undefined): boolean {
  return evidence !== undefined && new RegExp(evidence, 'iu').test(flagged);
}

/** The flag stays, with its rule's advice in place of the Swap. */
function withdrawSwap(f: Finding, better: string): void {
  f.replacement = better;
  delete f.swap;
  delete f.swapSpan;
}

/** What a rule's doubting Swap says, either way (`checks` or `besideRefusal`), compiled once per rule. */
const doubtingRegexes = new WeakMap<NonNullable<FlagRuleData['swapDoubts']>, RegExp>();
function doubtingOf(doubts: NonNullable<FlagRuleData['swapDoubts']>): RegExp {
  let regex = doubtingRegexes.get(doubts);
  if (!regex) doubtingRegexes.set(doubts, (regex = new RegExp(`${doubts.checks}|${doubts.besideRefusal}`.replaceAll('’', "['’]"), 'u')));
  return regex;
}
/** The same plan where it opens the text: what follows a doubt the offer replaces. */
const planRegexes = new WeakMap<NonNullable<FlagRuleData['swapDoubts']>, RegExp>();
function planOf(doubts: NonNullable<FlagRuleData['swapDoubts']>): RegExp {
  let regex = planRegexes.get(doubts);
  if (!regex) planRegexes.set(doubts, (regex = new RegExp(`^(?:${doubts.checks}|${doubts.besideRefusal})`.replaceAll('’', "['’]"), 'u')));
  return regex;
}

/**
 * The moves the reply's Swaps make: a doubting Swap's (`swapDoubts.says`), where the Swap offered
 * still doubts, and the alternative a Swap's offer blank asks for.
 */
function movesMadeBySwaps(findings: readonly Finding[], flagById: ReadonlyMap<string, { compiled: CompiledFlagRule }>): Set<Signal> {
  const made = new Set<Signal>();
  for (const f of findings) {
    const doubts = f.kind === 'flag' && f.swap && !f.team ? flagById.get(f.ruleId)?.compiled.rule.swapDoubts : undefined;
    if (doubts?.says && doubtingOf(doubts).test(f.replacement)) for (const s of doubts.says) made.add(s);
    if (f.kind === 'flag' && f.swap && !f.team && holdsOfferBlank(f.replacement)) made.add(OFFER_MAKES);
  }
  return made;
}

/**
 * The sentence after the one `reply[from, to)` lies in: not the rest of its own, where another
 * Swap's words may stand ("…, and our records show…, so send it to me and I'll look again").
 */
function nextSentence(reply: string, from: number, to: number): string {
  const close = STOP.test(reply.charAt(to - 1)) ? -1 : reply.slice(to).search(STOP);
  const start = close < 0 ? to : to + close + 1;
  return reply.slice(start, Math.max(start, sentencesAround(reply, from, to)[1]));
}
const OWNED_STEP = new RegExp(REPLY_OWNED_STEP.map(patternSource).join('|'), 'u');
const STOP = /[.!?\n]/;
/** From the start of the sentence before `reply[from, to)` to the end of the one after it (bounded reach). */
function sentencesAround(reply: string, from: number, to: number): [number, number] {
  let near = from;
  for (let stops = 0; near > 0 && from - near < 600; near--) if (STOP.test(reply.charAt(near - 1)) && /\s/.test(reply.charAt(near)) && ++stops === 2) break;
  let far = to;
  // A Swap that ends on its own stop has closed its sentence: the next one is the one after.
  let stops = to > 0 && STOP.test(reply.charAt(to - 1)) ? 1 : 0;
  for (; far < reply.length && far - to < 600; far++) if (STOP.test(reply.charAt(far)) && (far + 1 >= reply.length || /\s/.test(reply.charAt(far + 1))) && ++stops === 2) break;
  return [near, far];
}

/** A sentence the agent still has to complete says nothing yet. */
const INCOMPLETE = /\[[^\]]*\]/;

/**
 * Before a sentence: its start, a sentence end, a line break, an emoji, a greeting ("Hi Dana,",
 * "Hiya,"), an interjection ("Oh no,", "Ah,", "Eek,"), each after the @handles a reply on social
 * media opens with.
 */
const SENTENCE_OPENS =
  /(?:(?:^|[.!?:]|\n|\p{Extended_Pictographic})[\s"'“‘(]*(?:@[\w.]+[ \t]+)*(?:(?:hi|hiya|heya|hey+|hello|dear)\b[^.!?\n]{0,30},[ \t]*|oh (?:no|dear)[,!][ \t]*)?(?:(?:ah+|aw+|eek|oops|whoops|ugh|argh|oof|yikes)[,!]?[ \t]+)?)$/iu;
/** After it: its full stop, a line break, the end, or an emoji that closes it ("… 🙏"). */
const SENTENCE_ENDS = /^[ \t]*(?:[.!]|\n|$|\p{Extended_Pictographic})/u;

/** The flagged words are a sentence of their own: nothing of the sentence before them or after them but its end. */
function isOwnSentence(reply: string, start: number, end: number): boolean {
  // A line's worth before the words is enough to see where their sentence starts.
  const from = Math.max(0, reply.lastIndexOf('\n', start - 1), start - 200);
  return SENTENCE_OPENS.test(reply.slice(from, start)) && SENTENCE_ENDS.test(reply.slice(end, end + 8));
}

/** A clause joined by "and" before the words, from its sentence's start: "Thank you for your email, and ". */
const JOINED_BEFORE = /(?:^|[.!?:]|\n)[^.!?:\n]*?[\p{L}\p{N}'’)],? and $/u;
/** An apology already made in that clause: a second one after "and" would say it twice. */
const APOLOGY_MADE = /\b(?:sorry|apologi[sz]e|apologies|regret)/i;

/**
 * The flagged words close a sentence as a clause joined by "and" to one that makes no apology of
 * its own ("Thank you for your email, and we're sorry for any trouble."): the better sentence
 * reads in their place as the second clause.
 */
/** A stock line the sentence opens with before its "and" ("We value your business and…", "we are understanding your concern and…"). */
const STOCK_LEAD =
  /^(?:(?:we|i)(?: truly| really| fully| completely| do| totally| sincerely)? (?:understand|appreciate|value|hear)\b[^.!?:\n]{0,80}|(?:we|i) (?:are|am) understanding\b[^.!?:\n]{0,60}|(?:your|the customer(?:'|’)?s) (?:satisfaction|feedback|business|custom|experience|patience) (?:is|matters|means)\b[^.!?:\n]{0,60})(?<!\band),? and $/iu;
const LEAD_GREETING = /^[\s.!?:]*(?:@[\w.]+\s+)*(?:(?:hi|hello|hey|dear)\b[^,.!?\n]{0,30},\s*)?/iu;

/**
 * Where a stock line joined by "and" before the flagged words opens their sentence, that line's
 * start: the better sentence takes its place too ("We value your business and I'm sorry…" would
 * keep the stock words beside the specific apology). Else `start`.
 */
function stockLeadStart(reply: string, start: number): number {
  const from = Math.max(0, reply.lastIndexOf('\n', start - 1), start - 200);
  const joined = JOINED_BEFORE.exec(reply.slice(from, start));
  if (!joined) return start;
  const lead = joined[0].slice(LEAD_GREETING.exec(joined[0])![0].length);
  return STOCK_LEAD.test(lead) ? start - lead.length : start;
}

/** An interjection the stock words open with ("Eek, ", "Ah ", "Oh no! "): the reaction they make, not the agent's greeting. */
const INTERJECTION_BEFORE = /(?:^|[.!?\n,]|\p{Extended_Pictographic}|@[\w.]+)[ \t]*((?:ah+|aw+|eek|oops|whoops|ugh|argh|oof|yikes|oh (?:no|dear)|oh)[,!]?[ \t]+)$/iu;

/** Where an interjection right before the flagged words opens their sentence, its start (the better sentence takes its place); else `start`. */
function interjectionStart(reply: string, start: number): number {
  // The line the words are on, as far back as an interjection and what opens it can reach.
  const from = Math.max(0, reply.lastIndexOf('\n', start - 1) + 1, start - 60);
  const m = INTERJECTION_BEFORE.exec(reply.slice(from, start));
  // "^" only where the slice starts a line: not mid-sentence.
  if (!m || (m.index === 0 && from > 0 && reply[from - 1] !== '\n' && !/^[.!?,@]/.test(m[0]))) return start;
  return start - m[1]!.length;
}

function closesJoinedSentence(reply: string, start: number, end: number): boolean {
  const from = Math.max(0, reply.lastIndexOf('\n', start - 1), start - 200);
  const joined = JOINED_BEFORE.exec(reply.slice(from, start));
  return joined !== null && !APOLOGY_MADE.test(joined[0]) && SENTENCE_ENDS.test(reply.slice(end, end + 8));
}

/**
 * What may stand between two flags joined into one: a space, or a few words of the same clause
 * ("let you know[ the outcome ]at the earliest opportunity"), none of them opening another clause.
 */
const JOIN_GAP = /^[ \t]{1,2}(?:(?!(?:and|but|or|so|once|when|if|as|after|before|until|because|which|that|while)\b)[\p{L}'’-]+[ \t]){0,4}$/iu;

/**
 * Two flags of one rule in one clause, the first with no Swap of its own and the second a phrase
 * Swap ("we'll get back to you" + "soon", "let you know the outcome" + "at the earliest
 * opportunity"): one flag, whose Swap keeps the first one's words and what stands between, and
 * makes the second's fix ("get back to you by [day and time]"). `findings` are flags in text order.
 */
/**
 * The first flag's words as another rule's Swap of exactly them has them ("revert" → "reply"):
 * the joined Swap then fixes that flag too, and both offer it (keepSwapsApart), where keeping
 * "revert by [day and time]" would leave the other flag's words in and its Swap withdrawn.
 */
function wordsAsSwapped(findings: readonly Finding[], a: Finding): string {
  const same = findings.find((o) => o.ruleId !== a.ruleId && o.swap === true && !o.swapSpan && !o.team && o.start === a.start && o.end === a.end && o.replacement !== '');
  return same ? same.replacement : a.text;
}

function joinSideBySide(findings: Finding[], reply: string): void {
  for (let i = findings.length - 2; i >= 0; i--) {
    const a = findings[i]!;
    const b = findings[i + 1]!;
    if (a.ruleId !== b.ruleId || a.swap || a.swapSpan || !b.swap || b.swapSpan || !b.replacement || a.team || b.team) continue;
    const gap = reply.slice(a.end, b.start);
    if (!JOIN_GAP.test(gap)) continue;
    findings.splice(i, 2, { ...b, start: a.start, text: reply.slice(a.start, b.end), replacement: wordsAsSwapped(findings, a) + gap + b.replacement });
  }
}

/** A short place or object closing the sentence after stock words: " at our store", " with your order". */
/**
 * …and so does the vague cause the stock words name after them ("…any inconvenience this delay
 * may have caused.", "…the distress this has caused you and your family.", "…the inconvenience
 * and frustration this has caused.", "…any inconvenience caused, Gary."): the better sentence
 * names the cause itself (a name the agent closed on stays where they put it).
 */
const CAUSE_TAIL =
  /^(?: and (?:frustration|distress|upset|stress|disappointment|worry|anxiety|confusion))?(?: caused| (?:that|this|which|it|the [a-z]+)(?: [a-z]+)? (?:may |might |could )?(?:have |has |had )?(?:caused|created)(?: you)?| (?:it|that|this)['’]s (?:caused|created)(?: you)?)?(?: and your (?:family|household|team|business))?(?:, \p{Lu}\p{Ll}+)?(?=[ \t]*(?:[.!?]|\n|$))/u;
/** The name a stock line closed on ("…caused, Gary."): said again after the better sentence. */
const CLOSING_NAME = /, \p{Lu}\p{Ll}+$/u;
// …or only when it was: " tonight", " right now" (not " again", which says it happened before).
const PLACE_TAIL = /^ (?:(?:at|in|with|on|during|to|for|about|regarding) (?:our|the|your|this|that|us|you)\b(?![^.!?\n]*\b(?:and|but|which|that|because|as|so|when|while|if|we|i|you(?:'|’)(?:re|ve))\b)[^.!?\n,;:]{0,40}?|(?:today|tonight|this (?:morning|afternoon|evening|week)|right now|at the moment))(?=[ \t]*(?:[.!?]|\n|$))/u;

/**
 * The customer's problem told as something we did ("we charged you twice", "our engineer broke…",
 * "you were charged twice"): not a fee they were charged, which is theirs to be sorry about too.
 * Our decision told as what they had is ours too ("you've been refused a refund", "your claim was
 * rejected"): "I'm sorry you've been refused a refund" above "the decision will not be changed"
 * is sorry for the no the reply keeps.
 */
const OUR_FAULT =
  /^(?:(?:we|we’ve|we've|we’re|we're|our)\b|you(?: were|’ve been|'ve been| have been| got) (?:overcharged|double[- ]charged|(?:charged|billed|debited) twice|refused|rejected|denied|declined|turned down)\b|your [^.,;!?]{1,40}? (?:was|were|has been|have been|got) (?:refused|rejected|denied|declined|turned down)\b)/;

/** A blank the agent fills in: "[day and time]". */
const BLANK = /\[[^\]]*\]/g;

/**
 * A ready sentence as the moves compare it: its blanks emptied and its closing stop dropped.
 * Asked of every finding and move of every reply, and most have neither: tested for first.
 */
function sentenceKey(text: string): string {
  const blanked = text.includes('[') ? text.replace(BLANK, '[]') : text;
  const last = blanked.charCodeAt(blanked.length - 1);
  return last === 46 || last === 33 ? blanked.slice(0, -1) : blanked; // "." or "!"
}

/** What the reply says against the customer's account in its own words, whatever the flags made of them. */
const HOLDS_ITS_NO: readonly Signal[] = ['reply.upholds', 'reply.denies', 'reply.disputes', 'reply.correctsThem'];

/**
 * Whether the reply keeps a no when every Swap is made: it holds the charge right, denies or
 * disputes their account, tells them what they should have done, refuses in words no refusing
 * flag caught, or a refusing or rebutting flag fires with no Swap to rewrite it.
 */
function keepsNoBeside(findings: readonly Finding[], has: SignalTest, saysNo: (f: Finding) => boolean): boolean {
  if (HOLDS_ITS_NO.some((s) => has(s))) return true;
  const noes = findings.filter((f) => f.kind === 'flag' && saysNo(f));
  if (noes.some((f) => !f.swap)) return true;
  // Every refusing flag has a Swap: a refusal is kept only where no flag caught it.
  return noes.length === 0 && has('reply.refusal');
}

/** Whether a fact about the reply holds: a signal, a signal's absence, or a flag that fired. */
function contextHolds(context: Context, has: SignalTest, findings: readonly Finding[]): boolean {
  if (context.startsWith('flag:')) {
    const id = context.slice(5);
    return findings.some((f) => f.kind === 'flag' && f.ruleId === id);
  }
  return context.startsWith('!') ? !has(context.slice(1) as Signal) : has(context as Signal);
}

/** A flag's rule and text as a never-flag entry or a dismissal names it: in canonical form, so case, spacing, quotes and contractions do not matter. */
const quietKey = (ruleId: string, text: string): string => `${ruleId}\u0000${normalize(text).text.trim()}`;

function quietKeys(list: readonly QuietPhrase[] | undefined): Set<string> | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const keys = new Set<string>();
  for (const q of list) if (typeof q?.ruleId === 'string' && typeof q.phrase === 'string') keys.add(quietKey(q.ruleId, q.phrase));
  return keys;
}

type Span = { ruleId: string; start: number; end: number };

/**
 * Whether the frames flagged a rule in a sentence, asked sentence after sentence in text order
 * (canonical offsets): one pass over each rule's findings, so a long paste stays linear.
 */
function framesCovered(findings: readonly Span[], n: Normalized): (ruleId: string, start: number, end: number) => boolean {
  const byRule = new Map<string, { spans: Span[]; next: number; maxEnd: number }>();
  for (const f of findings) {
    const entry = byRule.get(f.ruleId);
    if (entry) entry.spans.push(f);
    else byRule.set(f.ruleId, { spans: [f], next: 0, maxEnd: -1 });
  }
  for (const entry of byRule.values()) entry.spans.sort((a, b) => a.start - b.start);
  return (ruleId, cStart, cEnd) => {
    const entry = byRule.get(ruleId);
    if (!entry) return false;
    const [start, end] = toOriginal(n, cStart, cEnd);
    // Every finding that starts before the sentence ends has been seen; one of them reaches into it iff the furthest does.
    for (; entry.next < entry.spans.length && entry.spans[entry.next]!.start < end; entry.next++) {
      entry.maxEnd = Math.max(entry.maxEnd, entry.spans[entry.next]!.end);
    }
    return entry.maxEnd > start;
  };
}

/**
 * `tables`: the default rules as the build compiled them (null compiles every pattern at run
 * time, as the tables' own test does to compare). `model`: the learned second opinion (null:
 * frames only, as the model's own trainer and comparisons need).
 */
export function createScorer(settings: Settings = {}, tables: RuleTables | null = RULE_TABLES, model: CompiledModel | null = shippedModel()): Scorer {
  const neverFlag = quietKeys(settings.neverFlag);
  const teamByRule = new Map<string, TeamPhrase[]>();
  for (const p of settings.phrases ?? []) {
    if (typeof p?.phrase !== 'string' || typeof p.ruleId !== 'string') continue;
    teamByRule.set(p.ruleId, [...(teamByRule.get(p.ruleId) ?? []), p]);
  }

  // The reply and the customer message are scanned for different things.
  const index = new AnchorIndex(tables?.reply);
  const customerIndex = new AnchorIndex(tables?.customer);
  const signals = new SignalReader(customerIndex, index);
  const flags: { compiled: CompiledFlagRule; prefs: Prefs | null }[] = FLAG_RULES.map((rule) => ({
    compiled: compileFlagRule(rule, teamByRule.get(rule.id) ?? [], index),
    prefs: preferences(rule, 'flag', settings),
  }));
  const stockApologies = flags.find((f) => f.compiled.rule.means === 'stock-apology')?.compiled;
  const refusalRules = new Set(FLAG_RULES.flatMap((rule) => (rule.means === 'refusal' ? [rule.id] : [])));
  const rebuttalRules = new Set(REBUTTING_FLAGS);
  const flagById = new Map(flags.flatMap(({ compiled, prefs }) => (prefs ? [[compiled.rule.id, { compiled, prefs }] as const] : [])));
  const opinion = model ? new SecondOpinion(model, (id) => flagById.has(id)) : null;
  const suggestions: { rule: SuggestionRuleData; prefs: Prefs; template: Template }[] = [];
  for (const rule of SUGGESTION_RULES) {
    const prefs = preferences(rule, 'suggestion', settings);
    const custom = settings.templates?.[rule.id];
    if (prefs) suggestions.push({ rule, prefs, template: templateOf(typeof custom === 'string' && custom.trim() ? custom : rule.template) });
  }
  suggestions.sort((a, b) => a.rule.rank - b.rule.rank);
  const activePrefs = [...flags.flatMap((f) => (f.prefs ? [f.prefs] : [])), ...suggestions.map((s) => s.prefs)];
  activePrefs.forEach((p, i) => (p.slot = i));
  const active = activePrefs.map((p) => p.active);

  const issueOf = (view: CustomerView): string => {
    if (view.issue === undefined) {
      const told = issueTold(view.original, signals.problemAt(view));
      view.issue = told.clause;
      view.issueOurs = told.ours;
    }
    return view.issue;
  };
  /**
   * Whether `text` (a stretch of the reply) offers something or says what happens next, as the
   * signals that keep offer-alternative and next-steps quiet read it, or takes a step on it
   * ("we'll release the payment once sign-off is in").
   */
  const offersOrActs = (text: string): boolean => {
    const t = normalize(text).text;
    if (!HAS_TEXT.test(t)) return false;
    if (OWNED_STEP.test(t)) return true;
    const holds = signals.read(t, index.scan(t), null, { found: true, canned: [], refused: false, rebuts: false });
    return holds('reply.alternative') || holds('reply.nextStep') || holds('reply.actsOnIt');
  };
  /** Whether `text` refuses: what is left of a dead end after a Swap would still be one. */
  const refuses = (text: string): boolean => {
    const t = normalize(text).text;
    return HAS_TEXT.test(t) && signals.refusals(t, index.scan(t)).length > 0;
  };
  /** The customer's problem told as our fault: said as we did it, or as what they had from us ("you were charged for two rooms"). */
  const oursToConcede = (view: CustomerView | null, issue: string): boolean => issue !== '' && (OUR_FAULT.test(issue) || view?.issueOurs === true);

  // A new customer message replaces the last one's view: its scan's storage serves the new one.
  let customerScan: Scan | undefined;
  const viewOf = (customer: string | undefined): CustomerView | null => {
    if (typeof customer !== 'string') return null;
    const original = ownText(customer);
    const normalized = normalize(original);
    if (!HAS_TEXT.test(normalized.text)) return null;
    customerScan = customerIndex.scan(normalized.text, customerScan);
    return { original, normalized, canonical: normalized.text, scan: customerScan };
  };
  let lastCustomer: string | undefined;
  let lastView: CustomerView | null = null;
  // The reply's scan and the counts are needed only during a call: their storage serves the next one.
  let replyScan: Scan | undefined;
  const fired = new Uint32Array(active.length);
  const inPlay = new Uint8Array(active.length);

  return ({ reply, customer, customerName, dismissed }: ScoreInput): Result => {
    if (typeof reply !== 'string') return EMPTY;
    const own = ownText(reply);
    const n = normalize(own);
    if (!HAS_TEXT.test(n.text)) return EMPTY;
    const scan = (replyScan = index.scan(n.text, replyScan));
    const findings: Finding[] = [];
    fired.fill(0);
    inPlay.fill(1);

    // While the agent types, the customer message stays the same: read it once.
    if (customer !== lastCustomer) {
      lastCustomer = customer;
      lastView = viewOf(customer);
    }
    const view = lastView;
    const dismissedKeys = quietKeys(dismissed);
    /** The agent asked not to see this flag: never (their list) or not in this reply (dismissed). */
    const quiet = (ruleId: string, start: number, end: number): boolean => {
      if (!neverFlag && !dismissedKeys) return false;
      const key = quietKey(ruleId, reply.slice(start, end));
      return (neverFlag?.has(key) ?? false) || (dismissedKeys?.has(key) ?? false);
    };
    let issue: string | undefined;
    const issueNow = () => (issue ??= view ? issueOf(view) : '');
    // Read once a reply: every ready sentence that would be filled asks the same question.
    let itsSay: boolean | undefined;
    const replyHasItsSayNow = () => (itsSay ??= replyHasItsSay(own, issueNow()));
    /** A better phrasing with the customer's problem named, or its place where it cannot be. */
    const withIssue = (better: string) => (better.includes('{issue}') ? fill(templateOf(better), issueNow(), better.replaceAll('{issue}', ISSUE_PLACEHOLDER)) : better);

    const clauses: { finding: Finding; flagged: string; rewritable: CompiledFlagRule }[] = [];
    // Where the frames found a rule's words and judged them (negated, hedged, quoted, or quieted
    // by the agent): the second opinion does not flag that sentence under the rule again.
    const judged: Span[] = [];
    const flag = (rule: FlagRuleData, prefs: Prefs, start: number, end: number, alternative: FlagAlternative, flagged?: string, rewritable?: CompiledFlagRule) => {
      if (quiet(rule.id, start, end)) {
        judged.push({ ruleId: rule.id, start, end });
        return;
      }
      let replacement = withIssue(alternative.better);
      // "{words}": the flagged words as the agent wrote them, kept in the better phrasing.
      if (replacement.includes('{words}')) replacement = replacement.replace('{words}', () => reply.slice(start, end));
      let swap = alternative.swap === true;
      let through = end;
      // Where the customer's problem cannot be named, the sentence comes with its place, selected
      // on Swap: in a sentence of its own, or as the clause that closes one after "and".
      // A place or an object after the stock words goes with them ("…about your experience at our
      // store.", "…for any confusion with your order."): the better sentence names the problem.
      // Only where the customer's problem is named in its place: a blank would lose the place.
      const tail = alternative.swap === 'sentence' && !replacement.includes('[') ? (PLACE_TAIL.exec(reply.slice(end, end + 60)) ?? CAUSE_TAIL.exec(reply.slice(end, end + 80))) : null;
      const wordsEnd = tail ? end + tail[0].length : end;
      let from = start;
      if (alternative.swap === 'sentence' && (isOwnSentence(reply, start, wordsEnd) || closesJoinedSentence(reply, start, wordsEnd))) {
        swap = true;
        through = wordsEnd;
        if (!replacement.includes('[')) from = interjectionStart(reply, stockLeadStart(reply, start));
        // The reply's own full stop stays; its "!" goes ("I'm sorry you were charged twice!" reads
        // as flippant), and so does an emoji after it ("… 🙏"); a sentence that ends its line with no stop gets one.
        const bang = (replacement.includes('[') ? /^[ \t]*!+/ : /^[ \t]*(?:!+|\p{Extended_Pictographic}(?:[\p{Extended_Pictographic}\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]|[ \t]+(?=\p{Extended_Pictographic}))*!*)/u).exec(reply.slice(wordsEnd, wordsEnd + 16));
        if (bang) through = wordsEnd + bang[0].length;
        if (bang || /^[ \t]*(?:\n|$)/.test(reply.slice(wordsEnd, wordsEnd + 8))) replacement = /[.!?]$/.test(replacement) ? replacement : `${replacement}.`;
        else replacement = replacement.replace(/[.!]$/, '');
        const name = tail ? CLOSING_NAME.exec(tail[0]) : null;
        if (name) replacement = replacement.replace(/[.!?]?$/, (stop) => name[0] + stop);
      } else if (alternative.swap === 'sentence' && replacement && !/[.!?]$/.test(replacement)) {
        // Offered to read, not to swap in: a whole sentence, with its stop.
        replacement = `${replacement}.`;
      }
      const finding: Finding = {
        ruleId: rule.id,
        kind: 'flag',
        category: rule.category,
        severity: prefs.severity,
        start,
        end,
        text: reply.slice(start, end),
        message: alternative.message ?? rule.why,
        replacement,
        ...(through > end || from < start ? { swapSpan: { start: from, end: through, text: reply.slice(from, through) } } : {}),
      };
      if (swap) finding.swap = true;
      // No phrase for phrase: the clause the flagged words open may be turned whole, once the
      // conversation's signals say whether the rewrite fits (see below).
      if (!swap && flagged !== undefined && rewritable) clauses.push({ finding, flagged, rewritable });
      if (alternative.team) finding.team = true;
      findings.push(finding);
      fired[prefs.slot]!++;
    };
    let checkInput: FlagCheckInput | undefined;
    const checkInputNow = (): FlagCheckInput =>
      (checkInput ??= {
        reply: own,
        ...(view ? { customer: view.original } : {}),
        ...(typeof customerName === 'string' ? { customerName } : {}),
      });

    // The signals, read lazily: a flag pattern's condition reads those that do not read the flags
    // (signals.ts throws on any other); the rest once the flags are found, below.
    const flagFacts: FlagFacts = { found: false, canned: [], refused: false, rebuts: false };
    const has = signals.read(n.text, scan, view, flagFacts);
    const patternHolds = (context: PatternContext) => contextHoldsWith(has, context);
    let cannedSpans: [number, number][] = [];
    for (const { compiled, prefs } of flags) {
      // Canned apologies are needed to judge sincerity even when the rule is off.
      if (!prefs && compiled !== stockApologies) continue;
      const matches = findFlagMatches(compiled, n, reply, scan, patternHolds);
      if (compiled === stockApologies && matches.length > 0) cannedSpans = matches.map((m) => [m.cStart, m.cEnd]);
      if (!prefs) continue;
      const { rule } = compiled;
      for (const m of matches) {
        if (m.suppressed) {
          judged.push({ ruleId: rule.id, start: m.start, end: m.end });
          continue;
        }
        // Only the rule's own patterns know what their words are; a team phrase's swap is the team's.
        const computed = rule.swapFor && !m.alternative.team ? rule.swapFor(checkInputNow(), m.start, m.end) : undefined;
        const alternative = computed === undefined ? m.alternative : { ...m.alternative, better: computed, swap: true };
        if (compiled.hasRewrites && !m.alternative.team) flag(rule, prefs, m.start, m.end, alternative, n.text.slice(m.cStart, m.cEnd), compiled);
        else flag(rule, prefs, m.start, m.end, alternative);
      }
      if (rule.check) for (const hit of rule.check(checkInputNow())) flag(rule, prefs, hit.start, hit.end, { better: hit.better, swap: hit.swap ?? false });
    }

    // A sentence the frames left alone under a rule that the learned second opinion reads as
    // that rule: flagged whole, with the rule's better move (no phrase of its own to swap). Kept
    // apart until the frames' swaps are settled: a whole sentence flagged is no reason to take
    // a phrase's Swap away, nor to stop a clause's rewrite.
    const framed = findings.length;
    // The rules' reply-wide hedges, each read once for the reply: a long paste stays linear.
    const hedgedReplies = new Map<CompiledFlagRule, boolean>();
    const replyHedged = (compiled: CompiledFlagRule): boolean => {
      let hedged = hedgedReplies.get(compiled);
      if (hedged === undefined) hedgedReplies.set(compiled, (hedged = compiled.unlessReply?.test(n.text) === true));
      return hedged;
    };
    if (opinion?.active) {
      for (const a of opinion.additions(n.text, framesCovered(judged.length > 0 ? [...findings, ...judged] : findings, n), view?.canonical)) {
        const { compiled, prefs } = flagById.get(a.ruleId)!;
        // The rule's own word on a sentence that hedges or reverses it ("normally…, but I've
        // made an exception") holds for the model's reading too.
        if (isHedged(compiled, n.text, a.start, a.end, n.text.slice(a.start, a.end)) || replyHedged(compiled)) continue;
        const [start, end] = toOriginal(n, a.start, a.end);
        flag(compiled.rule, prefs, start, end, { better: compiled.rule.better, swap: false });
      }
    }
    const learned = findings.splice(framed);

    // Flags in text order; the moves after them, most important first.
    sortFindings(findings);

    // A dead end or a policy shield is a refusal, whatever else the reply says.
    const isRefusal = (f: Finding) => refusalRules.has(f.ruleId);
    flagFacts.refused = findings.some(isRefusal) || learned.some(isRefusal);
    const rebuts = (f: Finding) => rebuttalRules.has(f.ruleId);
    flagFacts.rebuts = findings.some(rebuts) || learned.some(rebuts);
    flagFacts.canned = cannedSpans;
    flagFacts.found = true;
    const fits = (rewrite: { onlyIf: readonly Context[] | undefined }) => !rewrite.onlyIf || rewrite.onlyIf.some((c) => contextHolds(c, has, findings));
    // One pass over the flags, in text order (only flags are in `findings` yet): a rewrite is
    // made unless another flag holds its words or lies in the words it keeps ("our records show
    // the system shows …"). `reach` is the furthest end of the flags before, so each look stays
    // within a clause and a long paste of repeated flags stays linear.
    const clauseOf = new Map(clauses.map((c) => [c.finding, c]));
    let reach = -1;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i]!;
      const clause = clauseOf.get(finding);
      const rewritten = clause && rewriteClause(own, finding.start, finding.end, clause.flagged, clause.rewritable.rewrites, fits);
      if (rewritten && reach <= finding.end && !reachesInto(findings, i, finding.end, rewritten.keptEnd)) {
        finding.replacement = withIssue(rewritten.replacement);
        finding.swap = true;
        // An apology the rewrite makes takes the reply's "!" with it, as a sentence swap does.
        const bang = /\bsorry\b/i.test(finding.replacement) ? /^!+/.exec(reply.slice(rewritten.end, rewritten.end + 4)) : null;
        if (bang) finding.replacement = `${finding.replacement.replace(/[.!]$/, '')}.`;
        const end = rewritten.end + (bang ? bang[0].length : 0);
        // …and a stock line joined before it goes with it, as with a sentence swap.
        const begin = /^I(?:’|')m sorry\b/.test(finding.replacement) && !finding.replacement.includes('[') ? stockLeadStart(reply, rewritten.start) : rewritten.start;
        finding.swapSpan = { start: begin, end, text: reply.slice(begin, end) };
      }
      reach = Math.max(reach, finding.end);
    }
    // A frame's flag that neither a phrase nor its clause turns: its sentence's rewrite, where
    // the Swap clears it (its words lie in the stretch replaced, or the sentence it makes is one
    // the rule's own hedges read: "…, but that may be wrong") and no other flag's words do.
    for (const finding of findings) {
      if (finding.swap || finding.team) continue;
      const { compiled } = flagById.get(finding.ruleId)!;
      if (!compiled.rule.sentenceRewrites) continue;
      const sentence = sentenceAt(own, finding.start, finding.end);
      const r = rewriteSentence(own, sentence.start, sentence.end, compiled.sentenceRewrites, fits);
      if (!r) continue;
      const holds = r.start <= finding.start && finding.end <= r.end;
      const hedged = () => compiled.unlessSentence?.test(normalize(own.slice(sentence.start, r.start) + r.replacement + own.slice(r.end, sentence.end)).text) === true;
      const apart = (o: Finding) => Math.max(o.end, o.swapSpan?.end ?? 0) <= r.start || Math.min(o.start, o.swapSpan?.start ?? o.start) >= r.end;
      // Another flag of the rule whose Swap is this same rewrite of the sentence: both offer it.
      const same = (o: Finding) => o.ruleId === finding.ruleId && o.swapSpan?.start === r.start && o.swapSpan.end === r.end && o.replacement === withIssue(r.replacement);
      const alone = nearby(findings, r.start, r.end).every((o) => o === finding || apart(o) || (o.ruleId === finding.ruleId && !o.swap) || same(o));
      if (!alone || !(holds || hedged())) continue;
      finding.replacement = withIssue(r.replacement);
      finding.swap = true;
      finding.swapSpan = { start: r.start, end: r.end, text: reply.slice(r.start, r.end) };
    }
    // A frame's flag that no rewrite turns: its sentence, or the clause that closes it, left out
    // where the reply reads on without it and no other flag lies in what goes (its words would go
    // unasked) nor, where the sentence goes whole, in what stays. Another flag of
    // the rule, or of a rule that may be left out too, in what goes, with no Swap of its own, takes
    // this one (keepSwapsApart).
    let withContent: number | undefined;
    const contentCount = () => (withContent ??= sentencesWithContent(own));
    // The second opinion's sentences too: another rule's rewrite of the sentence keeps what it says.
    const learnedInOrder = [...learned].sort((a, b) => a.start - b.start);
    for (const finding of findings) {
      if (finding.swap || finding.team) continue;
      const spec = flagById.get(finding.ruleId)!.compiled.leaveOut;
      if (!spec) continue;
      const sentence = sentenceAt(own, finding.start, finding.end);
      const r = leaveOut(own, sentence.start, sentence.end, finding.start, finding.end, spec, contentCount);
      if (!r) continue;
      const inSentence = (o: Finding) => o.start < sentence.end && o.end > sentence.start;
      // Of its rule, or of another that may be left out too ("The meter data is accurate." is a record
      // held infallible and an argument): one Swap fixes both, and the popup shows them as one card.
      // …and, where only the clause that closes the sentence goes, one whose own Swap lies wholly in
      // it ("…can't be changed[ – that's company policy and there are no exceptions]"): the words
      // that one turns go too, so one Swap fixes both. (Not a sentence left out whole: the rewrite
      // keeps its fact.)
      const clauseOnly = r.start > sentence.start;
      const goesWith = (o: Finding) =>
        (o.ruleId === finding.ruleId || (!o.team && flagById.get(o.ruleId)?.compiled.leaveOut != null)) &&
        (!o.swap || (clauseOnly && o.swapSpan !== undefined && r.start <= o.swapSpan.start && o.swapSpan.end <= r.end)) &&
        r.start <= o.start &&
        o.end <= r.end;
      // …and, where only the closing clause goes, a flag wholly in what stays, its own Swap too: this
      // Swap takes only this flag's words ("It's up to you to tell us[, and you never did]."), and
      // that flag keeps its own card.
      const stays = (o: Finding) => clauseOnly && Math.max(o.end, swapRange(o).end) <= r.start;
      if (!nearby(findings, sentence.start, sentence.end).every((o) => o === finding || !inSentence(o) || goesWith(o) || stays(o))) continue;
      if (nearby(learnedInOrder, sentence.start, sentence.end).some((o) => o.ruleId !== finding.ruleId && inSentence(o))) continue;
      finding.replacement = r.replacement;
      finding.swap = true;
      finding.swapSpan = { start: r.start, end: r.end, text: reply.slice(r.start, r.end) };
    }
    joinSideBySide(findings, reply);
    keepSwapsApart(findings);
    if (learned.length > 0) {
      // The sentence whole, or else the clause that closes it, where the second opinion no longer
      // reads what stays as the rule's: it named no words, so it is asked again.
      const stillReads = (f: Finding, kept: string) => opinion!.additions(normalize(kept).text, () => false, view?.canonical).some((a) => a.ruleId === f.ruleId);
      const leftOut = (f: Finding) => {
        const spec = flagById.get(f.ruleId)!.compiled.leaveOut;
        if (!spec) return null;
        const whole = leaveOut(own, f.start, f.end, f.start, f.end, spec, contentCount);
        if (whole) return whole;
        const clause = leaveOutClosingClause(own, f.start, f.end, spec, contentCount);
        return clause && !stillReads(f, own.slice(f.start, clause.start) + clause.replacement) ? clause : null;
      };
      swapSentences(
        learned,
        findings,
        (f) => rewriteSentence(own, f.start, f.end, flagById.get(f.ruleId)!.compiled.sentenceRewrites, fits),
        reply,
        withIssue,
        (f) => leftOut(f) ?? null,
        (f, sentence) => {
          const { compiled } = flagById.get(f.ruleId)!;
          const text = normalize(sentence).text;
          return isHedged(compiled, text, 0, text.length, text);
        },
      );
      findings.push(...learned);
      sortFindings(findings);
    }
    // A Swap naming the customer's account of our fault beside a refusal or a record quoted
    // against it concedes what the reply maintains, as the apology move would: a blank instead.
    // So does one in their words, whoever's fault, where the reply holds the charge right.
    if (issue) {
      const concedes = oursToConcede(view, issue);
      const theirCase = carriesTheirCase(issue);
      for (const f of findings) {
        const words = namedIn(f.replacement, issue);
        const rule = f.kind === 'flag' && words ? flagById.get(f.ruleId)?.compiled.rule : undefined;
        if (!rule) continue;
        const clashes = [...(concedes ? (rule.faultClashesWith ?? []) : []), ...(theirCase ? (rule.caseClashesWith ?? []) : []), ...(rule.fillClashesWith ?? [])];
        if (words && (clashes.some((c) => contextHolds(c, has, findings)) || replyHasItsSay(replyBeside(own, f), issue))) f.replacement = f.replacement.replace(words, ISSUE_PLACEHOLDER);
      }
    }
    doubtBesideRefusals(reply, findings, flagById, () => [
      ...signals.refusals(n.text, scan).map(([s, e]) => toOriginal(n, s, e)),
      ...findings.filter(isRefusal).map((f) => [f.start, f.end] as [number, number]),
    ], isRefusal);
    thanksTwice(reply, findings, flagById);
    onePersonThrough(reply, findings);
    sorryOnce(reply, findings);
    noDanglingLead(reply, findings, flagById);
    offerOnce(reply, findings, (from, to) => nextSentence(reply, from, to), offersOrActs, (f) => withdrawSwap(f, flagById.get(f.ruleId)!.compiled.rule.better), refuses);
    // A Swap that doubts the record makes the admission: the move says nothing of its own beside it.
    const madeBySwap = movesMadeBySwaps(findings, flagById);
    // The ready sentences are read together, in rank order, as an agent would insert them: the
    // customer's problem is named once, and what one sentence says is not said again below it.
    const said = new Set<Signal>();
    let issueNamed = false;
    let opening: { point: InsertPoint | undefined } | undefined;
    // A sentence a flag's better phrasing already offers ("Sorry for the inconvenience" → "I'm
    // sorry you were charged twice") is not offered again as a move: its Swap makes the move.
    // Two sentences that differ only in what their blank asks for are one sentence (sentenceKey).
    const offered = new Set<string>();
    for (const f of findings) if (f.replacement) offered.add(sentenceKey(f.replacement));
    // A Swap that names the customer's problem ("Sorry for the trouble." → "I'm sorry your console
    // won't update.") makes every move that would name it: none says it again ("I can see…").
    const namedBySwap = issue !== undefined && issue !== '' && findings.some((f) => f.kind === 'flag' && f.swap === true && namedIn(f.replacement, issue!) !== undefined);
    // Words that say no, rebut or hold it right and that stay when every Swap is made: a ready
    // sentence that owns the trouble or promises to sort it contradicts them ("the premium is
    // therefore correct. I'll see it through until it's sorted").
    let keepsItsNo: boolean | undefined;
    const keepsItsNoNow = () => (keepsItsNo ??= keepsNoBeside(findings, has, (f) => isRefusal(f) || rebuttalRules.has(f.ruleId)));
    for (const { rule, prefs, template: teamOrBuiltIn } of suggestions) {
      // A move the conversation does not call for neither costs nor counts in its score.
      if (!calledFor(rule, has)) {
        inPlay[prefs.slot] = 0;
        continue;
      }
      if (alreadyMade(rule, has)) continue;
      let replacement: string;
      const variant = rule.variant && teamOrBuiltIn.text === rule.template && rule.variant.when.some((c) => contextHolds(c, has, findings)) ? rule.variant : undefined;
      const template = variant ? templateOf(variant.template) : teamOrBuiltIn;
      const fallback = variant ? variant.fallback : rule.fallback;
      const commits =
        (variant?.commits ?? rule.commits) === true &&
        keepsItsNoNow() &&
        !rule.commitsUnless?.some((c) => contextHolds(c, has, findings));
      if (rule.unless.some((s) => madeBySwap.has(s)) || rule.quietWith?.some((c) => contextHolds(c, has, findings))) {
        replacement = '';
      } else if (commits || (variant?.clashesWith ?? rule.clashesWith)?.some((c) => contextHolds(c, has, findings)) || rule.unless.some((s) => said.has(s))) {
        // A flag's better phrasing that is this same sentence, blank for blank, already offers it.
        // A Swap that names their problem makes every move that would name it, blank or filled.
        replacement = offered.has(sentenceKey(fallback)) || (namedBySwap && template.parts) ? '' : fallback;
      } else if (template.parts) {
        const concedes =
          (rule.faultClashesWith !== undefined && oursToConcede(view, issueNow()) && rule.faultClashesWith.some((c) => contextHolds(c, has, findings))) ||
          (rule.caseClashesWith !== undefined && carriesTheirCase(issueNow()) && rule.caseClashesWith.some((c) => contextHolds(c, has, findings)));
        // The reply's own say on the same thing (held right, still checked, apologised for) leaves
        // the filled sentence contradicting or repeating it: the agent names it instead.
        replacement = issueNamed || concedes || replyHasItsSayNow() ? fallback : fill(template, issueNow(), fallback);
        if (namedBySwap || offered.has(sentenceKey(replacement))) replacement = '';
        else if (replacement !== fallback) issueNamed = true;
      } else {
        replacement = offered.has(sentenceKey(template.text)) ? '' : template.text;
      }
      if (rule.says && !INCOMPLETE.test(replacement)) for (const s of rule.says) said.add(s);
      const insertAt = rule.opens && replacement ? (opening ??= { point: openingPoint(own, reply) }).point : undefined;
      findings.push({
        ruleId: rule.id,
        kind: 'suggestion',
        category: rule.category,
        severity: prefs.severity,
        start: 0,
        end: 0,
        text: '',
        message: rule.why,
        replacement,
        ...(insertAt ? { insertAt } : {}),
      });
      fired[prefs.slot] = 1;
    }
    const straight = writesStraightApostrophes(reply);
    for (const f of findings) {
      f.replacement = withApostrophes(f.replacement, straight);
      if (f.swap && f.replacement !== '') f.replacement = capitalWhereItOpens(reply, swapRange(f).start, f.replacement);
    }
    return { scores: computeScores(active, fired, inPlay), findings };
  };
}
