// Clause rewrites: a flag whose fix is not a phrase for a phrase ("Our system shows the parcel
// was delivered" needs the whole clause turned, "Our records show the parcel was delivered, but
// they may be wrong, so I'm checking") is rewritten from the agent's own words. The rule says,
// as data, which flagged words it can turn (`when`) and how (`better`, with `{rest}` standing
// for the rest of the clause as the agent wrote it). A rewrite is offered only where that rest
// is a plain clause: the flagged words open a sentence, and the rest runs to its end.
import { closesDoor, COMMA_AND, endingSentence, isJoinedFact } from './joined-clause';
import { patternSource } from './pattern';
import { leansOnIt } from './leave-out';
import { droppedLine } from './sentence-rewrite';
import type { ClauseRewrite, Context } from './rules/types';

export interface CompiledRewrite {
  when: RegExp;
  opens: RegExp | null;
  restIs: RegExp | null;
  whole: boolean;
  cutIs: RegExp | null;
  subject: RegExp | null;
  subjectGoes: boolean;
  trails: RegExp | null;
  aside: boolean;
  leadsIn: RegExp | null;
  better: string | undefined;
  joined: string | undefined;
  onlyIf: readonly Context[] | undefined;
  words: boolean;
  /** A lead dropped before any clause rewrite is tried (`ClauseRewrite.first`). */
  first: boolean;
}

export const compileRewrites = (rewrites: readonly ClauseRewrite[] | undefined): CompiledRewrite[] =>
  (rewrites ?? []).map((r) => ({
    when: new RegExp(`^(?:${patternSource(r.when)})$`),
    opens: r.restOpens ? new RegExp(`^(?:${r.restOpens}) `, 'i') : null,
    // Case kept: a rule can tell the agent's names and facts ("on Monday") from plain words.
    restIs: r.restIs ? new RegExp(`^(?:${r.restIs})$`) : null,
    whole: r.whole === true,
    cutIs: r.cutIs ? new RegExp(`^,?\\s*(?:${r.cutIs})`, 'iu') : null,
    // The subject opens its sentence (after a greeting, as in OPENS) and runs to the flagged words.
    subject: r.afterSubject ? new RegExp(`(?:^|[.!?:;]\\s+|\\n\\s*|(?:^|\\n)[ \\t]*(?:hi|hello|hey|dear)\\b[^.!?\\n]{0,30},\\s*)(?<subject>${r.afterSubject}) $`, 'iu') : null,
    subjectGoes: r.subjectGoes === true,
    // After the last word of the clause before: a letter, a figure, a closing bracket or quote.
    trails: r.trails ? new RegExp(`(?<=[\\p{L}\\p{N}'’)%"”])(?:${r.trails})$`, 'u') : null,
    aside: r.aside === true,
    // The rest of the lead, then its closing mark, before a word of the sentence it leads into.
    leadsIn: r.leadsIn !== undefined ? new RegExp(`^(?:${r.leadsIn})(?:${r.leadJoins ?? '[,:]'})(?=[ \\t]+[\\p{L}\\p{N}'"‘“£$€])`, 'iu') : null,
    better: r.better,
    joined: r.joined,
    onlyIf: r.onlyIf,
    words: r.words === true,
    first: r.first === true,
  }));

/**
 * What may stand before the flagged words in their sentence: nothing, the @handles a social
 * reply opens with and a greeting after them ("@mo_hart Hi Mo,"), a greeting ("Hi Dana,"),
 * a discourse word ("Unfortunately,"), an emoji (its variation selector with it: "✍️"), the agent's own check ("I've looked at your account
 * and"), or a clause they follow from ("The delay is down to the garage, so").
 */
const OPENS =
  /(?:(?:^|[.!?;:]|\n|\p{Extended_Pictographic}\uFE0F?|(?:^|\n)[ \t]*(?:hi|hello|hey|dear)\b[^.!?\n]{0,30},)[\s"'“‘(]*(?:@[\w.]+[ \t]+)*(?:(?:hi|hello|hey|dear)\b[^.!?\n]{0,30},[ \t]*)?(?:(?:unfortunately|sadly|hmm+|ok|okay|well|also|however|so),?[ \t]+)?(?:(?:i|we)(?:'ve| have)? (?:checked|reviewed|looked (?:at|into)|gone through|pulled up)[^.!?;\n]{0,60}? and[ \t]+)?|(?<=[\p{L}\p{N}'’)%]),? (?:so|and) )$/iu;

/**
 * A lead-in that keeps what follows a clause of its own, where the rewrite says something of
 * its own ("I’m afraid[ our policy doesn’t allow refunds on downloads]", "Please be advised that
 * [our records show …]", "And[ as I’ve said, cases aren’t covered]"): taken only by a rewrite
 * that reads after it, not one that opens "here is…" or drops its sentence.
 */
const LEAD_IN =
  /(?:^|[.!?;:]|\n|\p{Extended_Pictographic}|(?:^|\n)[ \t]*(?:hi|hello|hey|dear)\b[^.!?\n]{0,30},)[\s"'“‘(]*(?:(?:i|we)(?:['’]m|['’]re| am| are) afraid,?|and|(?:as you (?:know|may know|will know|are aware)|to be (?:honest|fair)|honestly|in fact|that said|just so you know|for your information|at this (?:point|stage)|in this case|at the moment|currently),|(?:(?:please |kindly )?(?:be (?:advised|informed|aware|guided)|note)|(?:i|we) (?:would like to|wish to|must|have to|need to|want to) (?:inform you|point out|bring to your (?:attention|notice)|let you know|advise you|make you aware)|(?:you are|you['’]re) (?:hereby )?(?:informed|advised)) that)[ \t]+$/iu;
/** A rewrite that reads after a lead-in: one that says something of its own, not "here is…" or nothing. */
const readsAfterLeadIn = (rewrite: CompiledRewrite) => rewrite.better !== undefined && rewrite.better !== '' && !/^here\b/i.test(rewrite.better);
/** A regret before the words ("Unfortunately, [that is final]"): the offer a "here is…" rewrite makes does not read after it. */
const REGRET = /\b(?:unfortunately|sadly|regrettably),?[ \t]+$/i;

/**
 * A clause joined by "and" to the sentence before ("The fee stands[ and there is no way round
 * it]", "…, and this position won't change"): the join and up to three words of its subject.
 * (Not a comma alone: "Having reviewed the file, we are unable…" is one clause.)
 */
const JOINED = /(?<=[\p{L}\p{N}'’)%]),? and(?: (?!(?:but|so|then|if|because|as|since|or)\b)[\p{L}'’]+){0,3} $/iu;

/** A sentence that opens with a lead ("As the fence is…", "Since the order was…"), still open before the flagged words. */
const OPENS_LEAD = /(?:^|[.!?]\s+|\n\s*)(?:as|since|because|if|while|whilst|although|though|when|once|given that|seeing that)\b[^.!?\n,;:]*$/iu;

/** Where the clause ends: a sentence end, a line break, an emoji ("… pls check around 🏠"). */
// Not the point of a price ("£37.50"), an initial ("signed for by M. Jones") or a title ("Dr. Lee").
const CLAUSE_END = /[!?;\n]|\p{Extended_Pictographic}|(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|vs|etc|approx))\.(?!\p{N})/u;
/**
 * The verdict an agent draws from the record or the rule ("…, so the fee applies", "…, which is
 * why the cover lapsed", "…, and I can't change that"): the rewrite replaces it, it is not kept.
 * (Not "so" that only strengthens an apology: "…, we're so sorry".)
 */
const VERDICT =
  /,? (?:and )?(?:so(?! sorry\b)|therefore|hence|thus|which (?:means|is why)|meaning)\b|, and | and (?:it|this|that|they|he|she|the [\p{L}-]+) (?:will|is|are|was|were|can not|cannot|can't|won't|must|remains?|stays?)\b/giu;
/** A verdict that is only the word "and": what it joins on decides whether it is one. */
const BARE_AND = /^,? and\b/iu;

/**
 * The clause's verdict, where it has one: its start, or (`joins`) the end of the ", and" that
 * joins on a fact of the agent's own, where the clause ends instead and the fact stays. An
 * "and" that joins neither ("…closes and the refund is processed", "…, and only by card") is
 * part of the clause.
 */
function verdictIn(clause: string): { index: number; joins?: number } | null {
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(clause); m; m = VERDICT.exec(clause)) {
    if (!BARE_AND.test(m[0])) return { index: m.index };
    const words = clause.slice(m.index).replace(/^,?[ \t]+and[ \t]+/iu, '');
    const comma = COMMA_AND.exec(clause.slice(m.index));
    if (comma) return isJoinedFact(words) ? { index: m.index, joins: m.index + comma[0].trimEnd().length } : { index: m.index };
    // Without a comma, a pronoun takes up the clause's own subject ("…flagged and it will stay
    // blocked"): a verdict on it. A noun of its own goes on with the clause ("…until the cycle
    // closes and the refund is processed") unless it shuts the door.
    if (/^(?:it|this|that|they|he|she)\b/iu.test(words) || closesDoor(words)) return { index: m.index };
    VERDICT.lastIndex = m.index + 1;
  }
  return null;
}
/**
 * A clause that gives the reason the customer asked for ("…, which is why payments continued to
 * be collected", "…, and that's why…"): it is the answer, not a verdict to cut, and a rewrite that
 * keeps only the clause before it drops it (s42 read 2, n=11), so none is offered.
 */
const GIVES_REASON = /^,?\s*(?:and\s+)?(?:which (?:is why|means)|meaning|(?:that|this)(?:'s|’s| is) why)\b/iu;
const VERDICT_GOES_ON = /^\p{Extended_Pictographic}\uFE0F?\s*(?:so|therefore|which|and|meaning)\b/iu;
/**
 * A clause that turns ("…, but you signed for it") says more than the rewrite would keep. Not
 * "as" naming what a record has someone or something down as ("shows it as delivered", "has
 * you down as", "lists you as the occupier", "shows all three parcels as delivered"), nor "such
 * as", "as of 2 May", "as well", nor "since" before a time ("no drops since Saturday"): those
 * are words of the clause, not a second one.
 */
const TURNS =
  /\b(?:but|however|although|though|unless|except|because)\b|(?<!\b(?:it|you|them|him|her|such|down) )\bas\b(?! (?:of|well)\b)(?! (?:delivered|cancell?ed|completed|paid|unpaid|received|resolved|closed|active|inactive|pending|signed|returned|refunded|dispatched|shipped|collected|credited|overdue|valid|invalid|expired|suspended|liable|the (?:account holder|occupier|tenant|owner|payer|policyholder)|(?:a |an )?(?:no-show|non-attendance|did-not-attend|did not attend))\b|['"‘“])|\bsince\b(?! (?:\d|then\b|yesterday\b|last\b|early\b|mid\b|late\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))/i;
/** The rest must read as a clause of its own words, not a fragment or a list of links. */
// (A full stop inside it, as in "M. Jones", would end its sentence for the rules' own checks.)
const PLAIN = /^[\p{L}\p{N}'‘][\p{L}\p{N}\p{Zs}'’‘,£$€%&/:@#()+-]*$/u;
const DECIMAL_POINT = /(?<=\p{N})\.(?=\p{N})/gu;
const MAX_REST = 200;
const MIN_REST_WORDS = 2;

export interface Rewritten {
  /** The stretch of the reply rewritten: from the flagged words (or the "and" that joins them) to their clause's end, its full stop kept. */
  start: number;
  end: number;
  replacement: string;
  /** Where the agent's words the rewrite keeps (`{rest}`) end: another flag there would be carried into it. */
  keptEnd: number;
}

/**
 * The clause after the flagged words, to its end: its verdict cut off, or null where it turns.
 * Where a fact is joined on after it, the clause ends before the join, and `joins` is where the
 * join's "and" ends: a rewrite ends its sentence there, so that the fact reads on as one of its own.
 */
function clauseAfter(reply: string, end: number): { rest: string; end: number; keptEnd: number; cut: boolean; joins?: number } | null {
  const after = reply.slice(end, end + MAX_REST + 120);
  const stop = CLAUSE_END.exec(after);
  if (!stop && end + after.length < reply.length) return null; // longer than any clause we rewrite
  const clause = after.slice(0, stop ? stop.index : after.length);
  // "… at 4:12pm 📍 so the parcel was delivered": the verdict goes on past the emoji.
  if (stop && VERDICT_GOES_ON.test(after.slice(stop.index))) return null;
  const verdict = verdictIn(clause);
  if (verdict && GIVES_REASON.test(clause.slice(verdict.index))) return null;
  const kept = verdict ? clause.slice(0, verdict.index) : clause;
  if (TURNS.test(kept)) return null;
  const rest = kept.trim().replace(/^,\s*/, '').replace(/[\s,]+$/, '');
  // (`cut` still: a rewrite only of a clause with nothing after it, `whole`, does not fit.)
  if (verdict?.joins !== undefined) return { rest, end: end + kept.trimEnd().length, keptEnd: end + kept.length, cut: true, joins: end + verdict.joins };
  // The stretch replaced runs over the verdict to the clause's end, less the space before it.
  return { rest, end: end + clause.replace(/\s+$/, '').length, keptEnd: end + kept.length, cut: verdict !== null };
}

/** Where a sentence begins: the reply's start, a line break, or the end of the sentence before. */
const SENTENCE_STARTS = /(?:^|[.!?]|\n)[ \t"'“‘(]*$/u;
/** A "but" earlier in the flagged words' sentence. */
const TURNED = /\bbut\b[^.!?\n]*$/i;
/** A word that only leads into a sentence dropped whole: "I'm afraid", "Look,", "So". */
const LEAD_TO_DROP = /(?:^|[.!?]|\n)[ \t"'“‘(]*((?:(?:i|we)(?:['’]m|['’]re| am| are) afraid|so|well|look|honestly|frankly|again|ok|okay),?[ \t]+)$/iu;
/** A sentence's own end: its marks, then the space before the next sentence on the line. */
const SENTENCE_END = /^[.!?]+(?=\s|$)/;

/**
 * The stretch to drop where a sentence says nothing but the argument ("I've explained this twice
 * already."): from its first word, over its end and the space after it, so the next sentence
 * takes its place; the last on its line takes the space before it instead. Null where the
 * flagged words do not open a sentence (after a word that only leads in), or the sentence goes
 * on past the clause.
 */
function sentenceToDrop(reply: string, at: number, clauseEnd: number): { start: number; end: number } | null {
  // A word that only leads in ("Look, I've explained this twice already.") goes with its sentence.
  const lead = LEAD_TO_DROP.exec(reply.slice(Math.max(0, at - 40), at));
  const start = at - (lead ? lead[1]!.length : 0);
  if (!SENTENCE_STARTS.test(reply.slice(Math.max(0, start - 8), start))) return null;
  const after = reply.slice(clauseEnd);
  const mark = SENTENCE_END.exec(after);
  if (!mark && after !== '') return null;
  const end = clauseEnd + (mark ? mark[0].length : 0);
  // The next sentence stands on this one ("This is why…", "That means…"): it would point at nothing.
  if (leansOnIt(reply, end)) return null;
  const space = /^[ \t]+/.exec(reply.slice(end))?.[0].length ?? 0;
  if (space > 0 && !/^[ \t]*(?:\n|$)/.test(reply.slice(end))) return { start, end: end + space };
  // The last on its line: the space before it goes, or, alone on its line, its line break, so
  // that no empty paragraph is left between the greeting and the next.
  return droppedLine(reply, start, end);
}

/** A clause of the agent's own words, at least two of them (any, or none, where the rest is optional). */
const isPlainClause = (rest: string, optional: boolean) =>
  optional && rest === ''
    ? true
    : rest.length <= MAX_REST && PLAIN.test(rest.replace(DECIMAL_POINT, '')) && rest.split(/\s+/).length >= (optional ? 1 : MIN_REST_WORDS);

/**
 * `better` with `{rest}` (`{rest?}`: may be empty), `{words}` (the flagged words as the agent
 * wrote them) and the `when` pattern's named groups filled in.
 */
const fillRewrite = (better: string, rest: string, words: string, groups: Record<string, string> | undefined): string =>
  better
    .replace(/ ?\{rest\??\}/, (slot) => (rest === '' ? '' : slot.startsWith(' ') ? ` ${rest}` : rest))
    .replace(/\{(\w+)\}/g, (slot, name: string) => (name === 'words' ? words : (groups?.[name] ?? slot)));

/**
 * A word that only sets the tone, opening a sentence before the lead ("I'm afraid", "Frankly,",
 * "Nope,", "Respectfully,", "Sorry but"): it goes with the lead. Not after a greeting, where the capital it
 * passes on would follow the comma.
 */
const AFRAID_LEAD =
  /(?:^|[.!?]|\n)[ \t"'“‘(]*(?:@[\w.]+[ \t]+)*((?:(?:i|we)(?:['’]m|['’]re| am| are) afraid,?|(?:(?:i|we)(?:['’]m|['’]re| am| are) )?sorry,? but,?|(?:frankly|honestly|nope|no|respectfully|with (?:all due |the (?:greatest|utmost) )?respect),|actually,?)[ \t]+)$/iu;

/**
 * Flagged words that only lead into their sentence ("As stated in our previous letters, …"),
 * dropped with the rest of the lead and the comma or colon that closes it, where they open the
 * sentence: the stretch ends at that mark, and the Swap takes the space after it and passes the
 * capital on. Null where no rewrite of the kind fits.
 */
function leadDropped(
  reply: string,
  start: number,
  end: number,
  flagged: string,
  rewrites: readonly CompiledRewrite[],
  fits: (rewrite: CompiledRewrite) => boolean,
): Rewritten | null {
  let before: string | undefined;
  for (const rewrite of rewrites) {
    if (!rewrite.leadsIn || rewrite.better !== '' || !rewrite.when.test(flagged) || !fits(rewrite)) continue;
    before ??= reply.slice(Math.max(0, reply.lastIndexOf('\n', start - 1), start - 200), start);
    // "I'm afraid[ you've got that wrong:] the notes say…": the tone word goes with the lead it opens.
    const afraid = OPENS.test(before) ? null : AFRAID_LEAD.exec(before);
    if (!OPENS.test(before) && !afraid) return null;
    const from = start - (afraid ? afraid[1]!.length : 0);
    // The flagged words may close the lead themselves ("For the last time,").
    const closed = /[,:]$/.test(reply.slice(start, end)) && /^[ \t]+[\p{L}\p{N}'"‘“£$€]/u.test(reply.slice(end, end + 4));
    const rest = closed ? '' : rewrite.leadsIn.exec(reply.slice(end, end + 120))?.[0];
    // A lead after ", so" or ", and" leaves that word before what followed it: not before another
    // joining word ("…a chapter, so[ I disagree with you there,] and the exam stands").
    if (rest !== undefined && /[,;]? (?:so|and) $/iu.test(before) && /^[\s,]*(?:and|but|so|or|then)\b/iu.test(reply.slice(end + rest.length, end + rest.length + 12))) continue;
    if (rest === undefined) continue;
    // A relative clause on the lead's own words ("As stated in our email[, which you ignored,] the
    // deadline…") goes with the lead, or the lead stays: it cannot open the sentence.
    const relative = RELATIVE_AFTER_LEAD.exec(reply.slice(end + rest.length, end + rest.length + 90));
    if (relative && !relative.groups!.closed) continue;
    return { start: from, end: end + rest.length + (relative?.[0].length ?? 0), replacement: '', keptEnd: end };
  }
  return null;
}

/** A relative clause opening what follows a lead, with the comma that closes it, if it has one. */
const RELATIVE_AFTER_LEAD = /^[ \t]+(?:which|who|whom|whose)\b(?<closed>[^,.;:!?\n]{0,70},(?=[ \t]+[\p{L}\p{N}'"‘“£$€]))?/iu;

/** What follows an aside's words to the comma that closes it, before a word of the sentence. */
const ASIDE_CLOSE = /^(?<tail>[^,.;:!?\n]{0,60}),[ \t]+(?=\p{L})/u;
/** A joining word before the aside's comma ("…, and, as I said, it is…"): it is written again, without the commas. */
const JOINS_BEFORE = /\b(?:and|but|so|yet|or)$/iu;

/**
 * The aside `reply[start, end)` set off by commas mid-sentence (`ClauseRewrite.aside`), with what
 * follows it to its closing comma where `restIs` reads it ("earlier", "on Tuesday"): the stretch to
 * leave out, up to that comma, so that the Swap takes the comma and the space after it. After a
 * joining word, both commas go: the stretch runs from that word over the closing comma, and the
 * word is written again ("[and, as I said,] it" → "and it").
 */
function asideDropped(before: string, after: string, start: number, end: number, joint: string, restIs: RegExp | null): Rewritten | null {
  const close = ASIDE_CLOSE.exec(after);
  if (!close) return null;
  const tail = close.groups!.tail!.trim();
  if (tail !== '' && !restIs?.test(tail)) return null;
  const stretchEnd = end + close.groups!.tail!.length;
  const word = /^,/.test(joint) ? JOINS_BEFORE.exec(before.slice(0, -joint.length)) : null;
  if (word) return { start: start - joint.length - word[0].length, end: stretchEnd + 1, replacement: word[0], keptEnd: end };
  return { start, end: stretchEnd, replacement: '', keptEnd: end };
}

/** The agent's words as the canonical text has them, where only case, quotes and dashes differ. */
const canonicalCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]/g, "'")
    .replace(/[\u201C-\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
/** Each rewrite's `when` with the indices of its groups, made on first use. */
const indexedWhen = new WeakMap<CompiledRewrite, RegExp>();

/**
 * The `when` pattern's named groups as the agent wrote them ("The Premier Inn breakfast charge",
 * not the canonical "the premier inn breakfast charge"), where the flagged words differ from
 * their canonical form only in case, quotes and dashes; else as canonical. A group that opens the
 * flagged words keeps the lower case of its first letter there: its capital only opened the
 * sentence, and the Swap gives the rewrite the capital it needs.
 */
function groupsAsWritten(rewrite: CompiledRewrite, flagged: string, written: string, groups: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!groups || written.length !== flagged.length || canonicalCase(written) !== flagged) return groups;
  let when = indexedWhen.get(rewrite);
  if (!when) indexedWhen.set(rewrite, (when = new RegExp(rewrite.when.source, `${rewrite.when.flags}d`)));
  const spans = when.exec(flagged)?.indices?.groups;
  if (!spans) return groups;
  const out: Record<string, string> = { ...groups };
  for (const [name, span] of Object.entries(spans)) {
    if (!span) continue;
    const [from, to] = span;
    out[name] = from === 0 && /^\p{Lu}\p{Ll}/u.test(written.slice(0, 2)) ? flagged.charAt(0) + written.slice(1, to) : written.slice(from, to);
  }
  return out;
}

/**
 * The rewrite of the clause the flagged words `reply[start, end)` make, or null where none reads
 * as written. The flagged words must open their sentence, or (for a rewrite with `joined`) be
 * a clause joined to the one before by "and" or a comma; what follows them to the clause's end
 * must be a plain clause of a few words where the rewrite keeps it.
 */
export function rewriteClause(
  reply: string,
  start: number,
  end: number,
  flagged: string,
  rewrites: readonly CompiledRewrite[],
  fits: (rewrite: CompiledRewrite) => boolean = () => true,
): Rewritten | null {
  // Most flags of a rule have no rewrite: the flagged words decide before any text is read.
  if (!rewrites.some((r) => r.when.test(flagged))) return null;
  // A lead dropped is the last resort: a rewrite of the clause it leads into says more.
  // …unless the lead only says again what the clause after it says (`first`).
  return (
    leadDropped(reply, start, end, flagged, rewrites, (r) => r.first && fits(r)) ??
    clauseRewritten(reply, start, end, flagged, rewrites, fits) ??
    clauseOverLead(reply, start, end, flagged, rewrites, fits) ??
    leadDropped(reply, start, end, flagged, rewrites, fits)
  );
}

/** The comma that closes a lead, and the space before the clause it leads into. */
const LEAD_CLOSE = /,[ \t]+$/u;
/** How far back from its comma a lead may start ("According to the delivery tracking system"). */
const MAX_LEAD = 60;
/** Where a word starts. */
const WORD_START = /(?<![\p{L}\p{N}'’])[\p{L}\p{N}]/gu;

/**
 * The clause's rewrite where a lead before it says again what it says ("As per our records,[ the
 * system shows] it was delivered, so…"), which the rule drops first (`first`): made as the
 * sentence reads with the lead gone, its stretch taking the lead too. The Swap then gives the
 * same words whether the lead's own Swap was taken before it or not; one after the lead alone
 * would say the record twice ("As per our records, our records show…") or leave a pronoun with
 * nothing to stand for once the lead went ("It was delivered, but they may be wrong").
 */
function clauseOverLead(
  reply: string,
  start: number,
  end: number,
  flagged: string,
  rewrites: readonly CompiledRewrite[],
  fits: (rewrite: CompiledRewrite) => boolean,
): Rewritten | null {
  if (!rewrites.some((r) => r.first)) return null;
  const close = LEAD_CLOSE.exec(reply.slice(Math.max(0, start - 8), start));
  if (!close) return null;
  const leadEnd = start - close[0].length;
  const from = Math.max(0, leadEnd - MAX_LEAD);
  // The longest lead first: "As per our records", not "per our records".
  for (const word of reply.slice(from, leadEnd).matchAll(WORD_START)) {
    const leadStart = from + word.index;
    const lead = canonicalCase(reply.slice(leadStart, leadEnd));
    const dropped = leadDropped(reply, leadStart, leadEnd, lead, rewrites, (r) => r.first && fits(r));
    if (!dropped || reply.slice(dropped.end, start).trim() !== '') continue;
    // The reply as the lead's own Swap leaves it: the clause's rewrite is read there.
    const gone = start - dropped.start;
    const without = reply.slice(0, dropped.start) + reply.slice(start);
    const r = clauseRewritten(without, dropped.start, end - gone, flagged, rewrites, fits);
    if (!r || r.start > dropped.start) return null;
    return { start: r.start, end: r.end + gone, replacement: r.replacement, keptEnd: r.keptEnd + gone };
  }
  return null;
}

function clauseRewritten(
  reply: string,
  start: number,
  end: number,
  flagged: string,
  rewrites: readonly CompiledRewrite[],
  fits: (rewrite: CompiledRewrite) => boolean,
): Rewritten | null {
  const clause = clauseAfter(reply, end);
  if (!clause) return null;
  const before = reply.slice(Math.max(0, reply.lastIndexOf('\n', start - 1), start - 200), start);
  const opens = OPENS.test(before);
  const led = !opens && LEAD_IN.test(before);
  const join = JOINED.exec(before);
  if (!opens && !led && !join && !LEAD_TO_DROP.test(before) && !rewrites.some((r) => r.subject || r.trails)) return null;
  for (const rewrite of rewrites) {
    if (rewrite.leadsIn) continue; // tried above
    const words = rewrite.when.exec(flagged);
    if (!words || !fits(rewrite)) continue;
    // Words that trail the clause before them go, with what joins them to it, where nothing of
    // their own follows them in their clause. Before the clause's end, they go with it ("…by the
    // government[, not us]."); before a verdict, the join stays for it ("…by customs, [not us, ]so
    // you'll need to pay them"), so that the Swap removes words and the space after them.
    if (rewrite.trails) {
      const joint = rewrite.trails.exec(before);
      if (!joint || rewrite.better !== '') continue;
      const after = reply.slice(end);
      // An aside is read only as one: at the sentence's end, other rewrites say whether it goes.
      if (rewrite.aside) {
        const aside = asideDropped(before, after, start, end, joint[0], rewrite.restIs);
        if (aside) return aside;
        continue;
      }
      // Joined by a space alone and set off by a dash ("…an airline issue[ rather than ours] — you'll
      // need…"): the words go with the space after them; the dash and what it carries stay.
      if (!/,/.test(joint[0]) && /^ [—–] /u.test(after)) return { start, end: end + 1, replacement: '', keptEnd: end };
      // Set off by a comma before a dash or a colon ("…Sony's problem[, not ours] — open a ticket",
      // "…your router settings[, not us]: the log shows…"): the words go with their comma, and the
      // dash or colon, with what it carries, follows the clause they trailed. (Written back as the
      // replacement: a removal would take the space before the dash with it.)
      const mark = /,/.test(joint[0]) ? /^(?: [—–-]|:)(?=[ \t]+\S)/u.exec(after) : null;
      if (mark) return { start: start - joint[0].length, end: end + mark[0].length, replacement: mark[0], keptEnd: end };
      // Joined by a space alone before the comma that closes a lead ("As the fence is the landlord's[
      // and not ours], repairs…"): the words go and the agent's comma stays, whatever follows it.
      // Only a lead: after a clause of its own, the comma would splice on a bare clause ("It is the
      // carrier's fault[ and not ours], you can claim from them").
      if (!/,/.test(joint[0]) && !rewrite.aside && /^, (?=\p{L})/u.test(after) && clause.rest !== '' && OPENS_LEAD.test(before)) {
        return { start: start - joint[0].length, end, replacement: ',', keptEnd: end };
      }
      // Words of their own that go with them at the sentence's end (`restIs`: "…, as I explained[ in
      // my email of 3 November]."): the stretch runs to the clause's end.
      if (clause.rest !== '' && rewrite.restIs && !clause.cut && rewrite.restIs.test(clause.rest) && /^[.!?](?:\s|$)/.test(reply.slice(clause.end))) {
        return { start: start - joint[0].length, end: clause.end, replacement: '', keptEnd: end };
      }
      if (clause.rest !== '') continue;
      if (/^(?:[.!?]|[ \t]*(?:\n|$))/.test(after)) return { start: start - joint[0].length, end, replacement: '', keptEnd: end };
      const comma = /^, (?=\p{L})/u.exec(after);
      if (comma && /,[ \t]*$/.test(joint[0])) return { start, end: end + comma[0].length, replacement: '', keptEnd: end };
      // Joined by a space alone ("…DPD's responsibility[ and not ours], and you can…"): the words go
      // with the comma after them, where an "and" or "so" carries on, so that no comma is left
      // before a bare clause.
      const on = /,/.test(joint[0]) ? null : /^, (?=(?:and|so)\b)/u.exec(after);
      if (on) return { start, end: end + on[0].length, replacement: '', keptEnd: end };
      continue;
    }
    // A predicate rewrite stands after its sentence's subject, which it keeps; nowhere else.
    const opening = rewrite.subject ? rewrite.subject.test(before) : opens || (led && readsAfterLeadIn(rewrite)) || (rewrite.better === '' && LEAD_TO_DROP.test(before));
    if (rewrite.words) {
      if (!opening || rewrite.better === undefined) continue;
      const taken = rewrite.opens?.exec(clause.rest);
      if (rewrite.opens && !taken) continue;
      const rest = taken ? clause.rest.slice(taken[0].length) : clause.rest;
      const restMatch = rewrite.restIs?.exec(rest);
      if (rewrite.restIs && !restMatch) continue;
      // Over what restOpens took, as the reply has it (after the space or comma that the rest was trimmed of), less its last space.
      const to = taken ? end + /^[\s,]*/.exec(reply.slice(end))![0].length + taken[0].trimEnd().length : end;
      return { start, end: to, replacement: fillRewrite(rewrite.better, rest, reply.slice(start, end), { ...groupsAsWritten(rewrite, flagged, reply.slice(start, end), words.groups), ...restMatch?.groups }), keptEnd: end };
    }
    // A closed door joined by "and" goes with its "and": "The fee stands, but here is what I can do";
    // a claim joined by "and" that says nothing but the claim ('', "…, and this record is
    // conclusive") goes with it, where the rest and the verdict are as the rewrite allows.
    if (join && rewrite.joined !== undefined && !(rewrite.whole && clause.cut) && (!rewrite.restIs || rewrite.restIs.test(clause.rest)) && !(/\bbut\b/.test(rewrite.joined) && TURNED.test(before))) {
      if (rewrite.joined === '' || clause.joins === undefined) return { start: start - join[0].length, end: clause.end, replacement: rewrite.joined, keptEnd: end };
      const ended = endingSentence(rewrite.joined);
      if (ended) return { start: start - join[0].length, end: clause.joins, replacement: ended, keptEnd: end };
      continue;
    }
    if (!opening || rewrite.better === undefined) continue;
    if (/^here\b/i.test(rewrite.better) && REGRET.test(before)) continue;
    if (rewrite.opens && !rewrite.opens.test(clause.rest)) continue;
    const rest = rewrite.opens ? clause.rest.replace(rewrite.opens, '') : clause.rest;
    const restMatch = rewrite.restIs?.exec(rest);
    if (rewrite.restIs && !restMatch) continue;
    // A rewrite that ends on the agent's own words reads on into a fact joined after them as it
    // did, so that a rewrite of the whole clause still fits where the fact follows it.
    const readsOn = clause.joins !== undefined && /\{rest\??\}(?:\{cut\})?$/.test(rewrite.better);
    if (rewrite.whole && clause.cut && !readsOn) continue;
    if (rewrite.cutIs && !(clause.cut && rewrite.cutIs.test(reply.slice(clause.keptEnd, clause.end)))) continue;
    if (rewrite.better.includes('{rest') && !isPlainClause(rest, rewrite.better.includes('{rest?}'))) continue;
    // A rewrite ending in a blank the agent fills ("Here is what I’ll do…: [the next step you’ll
    // take]", "…, but here is what I can do: [what you can offer]"): not where the sentence goes on
    // past a semicolon ("…; phone notes don't count", "…; this is governed by section 4"), which
    // would run on from the blank (read blind).
    if (/\]$/.test(rewrite.better) && /^[ \t]*;/.test(reply.slice(clause.end))) continue;
    // Nothing instead: the sentence goes, where it is one of its own.
    if (rewrite.better === '') {
      const dropped = sentenceToDrop(reply, start, clause.end);
      if (dropped) return { ...dropped, replacement: '', keptEnd: end };
      continue;
    }
    // A sentence that has turned once already ("I'd like to, but …") does not turn again.
    if (/\bbut\b/.test(rewrite.better) && TURNED.test(before)) continue;
    const keeps = rewrite.better.includes('{rest');
    // The pronoun that was the subject goes too: the rewrite opens the sentence in its place.
    const from = rewrite.subjectGoes ? start - (rewrite.subject?.exec(before)?.groups?.subject?.length ?? 0) - 1 : start;
    // `restIs`'s named groups fill in too, and `{cut}` is the verdict as the agent wrote it, kept
    // where the rewrite only turns the clause before it ("…, so the bills went to Elm Road").
    const groups = { ...groupsAsWritten(rewrite, flagged, reply.slice(start, end), words.groups), ...restMatch?.groups, cut: reply.slice(clause.keptEnd, clause.end) };
    const keepsCut = rewrite.better.includes('{cut}');
    const replacement = fillRewrite(rewrite.better, rest, reply.slice(start, end), groups);
    const kept = keepsCut ? clause.end : keeps ? clause.keptEnd : end;
    if (clause.joins === undefined || readsOn) return { start: from, end: clause.end, replacement, keptEnd: kept };
    // Otherwise the fact is not the rewrite's to replace: the rewrite ends its sentence over the
    // join, and the fact reads on as a sentence of its own (the Swap passes it the capital).
    if (keepsCut) continue;
    const ended = endingSentence(replacement);
    if (ended) return { start: from, end: clause.joins, replacement: ended, keptEnd: kept };
  }
  return null;
}
