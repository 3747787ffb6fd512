import type { Category } from '../types';
import type { SIGNALS } from './signals';

/**
 * A pattern of the rule language (see ../pattern.ts), optionally with its own better phrasing.
 * `onlyIf`: the pattern fires only in a reply where one of these holds (a signal or its absence),
 * read once for the whole reply: "Sorry about that!" is canned where nothing in the reply says
 * what the trouble was, and not where the reply goes on to name it.
 * `swap`: the better phrasing can replace the flagged words as they stand; `'sentence'`: only
 * where the flagged words are a sentence of their own and `{issue}` was filled (a whole-sentence
 * rewrite, such as a specific apology for "Sorry for the inconvenience.").
 */
type PatternData = string | { p: string; better: string; swap?: SwapWhen; onlyIf?: PatternContext[] };
export type SwapWhen = boolean | 'sentence';

interface RuleBase {
  id: string;
  category: Category;
  weight: number;
  severity: 'hint' | 'warn';
  title: string;
  /** Why it matters to the customer, shown with each finding. */
  why: string;
}

/** What a computed flag check reads: the reply as the agent wrote it, and what the page shows of the customer. */
export interface FlagCheckInput {
  /** The agent's own text: the reply with quoted parts blanked, so its offsets are the reply's. */
  reply: string;
  /** The customer's latest message (its own text), when the page shows one. */
  customer?: string;
  /** The requester's display name, when the page shows one. */
  customerName?: string;
}

/** A span a computed check flags: UTF-16 offsets into the reply, with the better phrasing for it. */
export interface FlagHit {
  start: number;
  end: number;
  better: string;
  /** True when `better` can directly replace the span. */
  swap?: boolean;
}

/**
 * A rewrite of the clause the flagged words open, from the agent's own words (../rewrite.ts):
 * `when` (the rule language, whole flagged words) says which flagged words it turns, `better`
 * the clause it makes, with `{rest}` for the rest of the agent's clause ("our records show
 * {rest}, but they may be wrong, so I’m checking").
 */
export interface ClauseRewrite {
  when: string;
  /** Words the rest must open with (a regex), dropped from it: "to" in "It is our policy to hold refunds". */
  restOpens?: string;
  /**
   * What the whole rest must be (a regex, case-sensitive: a capital or a digit is a fact to keep), where the rewrite carries it somewhere only a few
   * words fit: "There is nothing more I can do[ on this claim]" → "Here is what I can do on this claim: …".
   */
  restIs?: string;
  /**
   * Only where nothing follows the rest in its clause: "I'm not authorised to refund it, so I've
   * passed it to billing" goes on with the agent's own step, which a rewrite would drop.
   */
  whole?: boolean;
  /**
   * Only where the clause goes on past the rest into a verdict that opens with this (a regex,
   * case-insensitive, after its comma): the rewrite replaces that verdict too ("The logs are
   * exact[, so the coins were spent]"), but not the record's own facts after ", and". End it
   * with `$` to take a verdict that is only this: a rewrite that replaces a refusal must not
   * drop a promise the agent added after it (", and I'll have an answer by Friday").
   */
  cutIs?: string;
  /**
   * For words that do not open their sentence: what stands before them, from the sentence's
   * start (a regex), kept as written — a subject ("[The renewal quote ]was calculated
   * correctly") or a clause and its comma ("[Backdating is not possible, ]full stop"); the
   * rewrite replaces the flagged words and the rest of their clause.
   */
  afterSubject?: string;
  /**
   * With `afterSubject`: the subject goes with the flagged words, where it is only a pronoun
   * that the rewrite does not need ("It[ was up to you to check the fare]" → "Here is what I'll do…").
   */
  subjectGoes?: boolean;
  /**
   * For words that trail the clause before them ("…are set by customs[, not us]"): what stands
   * between that clause's last word and them (a regex: ", " or ",? "). With `better: ''` they go
   * with it, where nothing of their own follows them in their clause; what follows stays.
   */
  trails?: string;
  /**
   * With `trails`: the words may also be an aside set off by commas mid-sentence ("Ma'am,[ as I
   * mentioned earlier,] the charge stands"), `restIs` read on what follows them to the comma that
   * closes the aside; it goes, and the sentence reads on around it.
   */
  aside?: true;
  /**
   * For words that only lead into their sentence ("As stated in our previous letters[, ]the
   * excess is £250"): what may stand between them and the comma or colon that closes the lead (a
   * regex, case-insensitive). With `better: ''` the lead goes, that mark with it, where it opens
   * its sentence; what follows it stays, taking its capital.
   */
  leadsIn?: string;
  /**
   * With `leadsIn`: the lead is dropped before any rewrite of the clause is tried, where it only
   * says again what the clause after it says ("[As per our records, ]the system shows…"): there
   * each of the two flags would otherwise hold the other's words and neither get a Swap.
   */
  first?: true;
  /**
   * With `leadsIn`: what closes the lead instead of its comma or colon (a regex), such as an
   * "and" before a clause with a subject of its own ("I hear you[, and ]I’m sorry…"): the lead
   * goes with it, and that clause takes its capital.
   */
  leadJoins?: string;
  /**
   * The clause the flagged words open, rewritten (`{words}`: the flagged words as the agent wrote
   * them; `{name}`: a named group of `when` or of `restIs`; `{cut}`: the verdict after the clause
   * as written, where it is kept); `''`: the sentence is dropped, where it is one of its own;
   * none: only a joined clause is rewritten.
   */
  better?: string;
  /**
   * The rewrite replaces the flagged words alone, with what `restOpens` took after them ("The
   * £79 charge is valid[ and] remains payable" → "The £79 charge remains payable"); the rest of
   * the clause stays as written, so that another flag in it keeps its own Swap. `restIs` is read
   * on the rest, as ever.
   */
  words?: true;
  /** Only where one of these holds (a signal, its absence, a flag): a hedge fits a record the customer disputes. */
  onlyIf?: Context[];
  /**
   * Where the flagged words are a clause joined by "and" to the one before, what replaces the
   * join and that clause (`''`: both go); `restIs` and `whole` hold for it too.
   */
  joined?: string;
}

/**
 * A rewrite of a whole sentence that the learned second opinion flags (../sentence-rewrite.ts):
 * there is no phrase of the rule's own to turn, so the sentence is read as the agent wrote it
 * (after its greeting or @handles), and either its end is turned (`ends`: the agent's words kept,
 * a verdict cut off, the rule's better move after them) or, where the sentence is only the move
 * the rule is about ("End of discussion."), it is replaced (`instead`). Offered only where the
 * result reads as a sentence: a wrong Swap is worse than none.
 */
export interface SentenceRewrite {
  /** What the sentence's words must be, whole, less its full stop (a regex, case-insensitive). */
  is?: string;
  /** Where the sentence's words (those kept, with `ends`) hold this (a regex, case-insensitive), none is offered. */
  unless?: string;
  /** Where the kept words end (a regex, case-insensitive): its first match and all after it go ("…, so the fee stands"). */
  cut?: string;
  /** Only where `cut` found something: the rewrite is the cut itself ("…, so that's down to you"). */
  mustCut?: true;
  /**
   * What follows the kept words, its full stop included (", but our records may be wrong, so I’m
   * checking."); `{name}` is what the `cut` group of that name found, as the agent wrote it.
   */
  ends?: string;
  /**
   * The sentence's words replaced whole, its greeting kept ("Here is what I can do instead: [what you can offer]."); `{name}` is
   * what the `is` group of that name found, as the agent wrote it.
   */
  instead?: string;
  /** Only where one of these holds (a signal, its absence, a flag). */
  onlyIf?: Context[];
}

/**
 * A flag no rewrite turns, left out where the reply reads on without it: its sentence whole (up
 * to `maxWords` words), or the clause from the join before the flagged words to the sentence's
 * end ("…the 25th[, so you set it up wrong]."), where the words left out hold nothing of `keeps`.
 */
export interface LeaveOut {
  /** What the words left out may not hold (a regex, case-insensitive): a fact, a step, an offer the reply needs. */
  keeps: string;
  /** The longest sentence left out whole, in words. */
  maxWords: number;
  /**
   * What the words left out must hold (a regex, case-insensitive), where the flagged words alone are
   * not the rule's whole point: a record cited is the reply's answer, its claim to be right is not.
   */
  only?: string;
}

/** A phrase that hurts: fires on each match in the agent's own text. */
export interface FlagRuleData extends RuleBase {
  /** The generic better move, used when a pattern has none of its own. */
  better: string;
  /**
   * A few wordings it catches, for a team lead to read on the options page: the patterns are
   * the rule language, not something to show people. Each fires the rule on its own
   * (tests/unit/rule-examples.test.ts), so the page never shows a wording the rule misses.
   */
  examples: string[];
  patterns: PatternData[];
  /** If the sentence around a match also matches one of these, the use is hedged or reversed. */
  unlessSentence?: string[];
  /**
   * The hedges are read in the sentence after the match too: a record quoted and then owned
   * ("Our software has no cancellation logged. That's our mistake, not yours.").
   */
  hedgedInNextSentence?: true;
  /**
   * Hedges read in the flagged sentence and the one after it, whatever `hedgedInNextSentence`
   * says: a move the agent makes once the rule's words are said, which a writer as often puts in
   * a sentence of its own ("Our policy is no refunds after 30 days. I've made an exception and
   * refunded you.", "There's no way to restore the files. What I can do is …").
   */
  unlessNear?: string[];
  /**
   * Hedges read anywhere in the agent's own text: a doubt the agent states once for the whole
   * reply ("scans are sometimes wrong", "our records may be wrong"), a few sentences from the
   * record it doubts.
   */
  unlessReply?: string[];
  /** Clause rewrites offered as a Swap where the flagged words open a plain clause; first `when` that fits wins. */
  rewrites?: ClauseRewrite[];
  /** Rewrites of a whole sentence the learned second opinion flags; the first that fits wins. */
  sentenceRewrites?: SentenceRewrite[];
  /** Where no rewrite turns a flag, its sentence or closing clause left out (the last resort). */
  leaveOut?: LeaveOut;
  /**
   * Its Swaps doubt what the reply stood on and promise a check (`checks`: "so I'm checking"). Beside
   * a refusal that still stands on it ("As the log is what we go by, the charge remains."), a
   * check under way contradicts the reply: the Swap says `besideRefusal` instead ("so if you
   * have anything that shows otherwise, send it to me and I'll look again").
   */
  swapDoubts?: {
    checks: string;
    besideRefusal: string;
    /**
     * The move such a Swap makes (signals a move's `unless` reads: the admission that the record
     * may be wrong): beside it, that move offers no sentence of its own, which would say the same
     * thing twice ("…they may be wrong, so I'm checking. Our records may not tell the whole story…").
     */
    says?: Signal[];
    /**
     * Where a verdict that stands makes any doubt contradict the reply, the record said plainly as
     * what the agent sees, instead of no Swap: each entry a pattern the doubting Swap matches
     * (case-insensitive) and what replaces that match ("our records show X, but they may be wrong,
     * so I'm checking" → "I can see X"). The first that matches wins; none, and the Swap goes.
     */
    plainly?: readonly (readonly [pattern: string, plain: string])[];
    /**
     * A record that names what was seen ("the GPS scan confirms", "the correct readings show"):
     * said plainly as "I can see", the evidence would go and only the verdict stay (stop 38's
     * read judged that worse), so there the Swap goes instead. Matched on the flagged words.
     */
    plainlyUnless?: string;
  };
  /**
   * Where its better phrasing names the customer's account of something we did ("I'm sorry you
   * were charged twice") and one of these holds (a refusal, a record quoted against them), it
   * would concede what the reply maintains: the agent names what they are sorry for instead.
   */
  faultClashesWith?: Context[];
  /**
   * Where its better phrasing is filled with the customer's words and one of these holds (the
   * reply holds the charge right, or disputes their account), the words give way to the blank,
   * whoever's fault they name: "I'm sorry your bill is £412" above "the bill is correct" says sorry
   * for what the reply maintains.
   */
  fillClashesWith?: Context[];
  /**
   * Where its better phrasing is filled with the customer's words that carry their case beside the
   * trouble ("…a delivery pass you cancelled", "…because the queue was an hour long") and one of
   * these holds (the reply refuses, disputes or is still checking), the words give way to the blank.
   */
  caseClashesWith?: Context[];
  /**
   * A match whose exact text also stands in the quoted part of the reply (the thread below it,
   * `>` lines) is the customer's own wording that the agent repeats, not the agent's.
   */
  quietIfInThread?: boolean;
  /**
   * What its flags mean to the moves: `refusal`, the reply refuses whatever else it says (no
   * "I'll take care of this personally" beside it); `stock-apology`, its matches are apologies
   * that do not count as a sincere one, so they are read even while the rule is switched off.
   */
  means?: 'refusal' | 'stock-apology';
  /**
   * A computed Swap for words the patterns flag, for what data cannot say: the better phrasing
   * that replaces `input.reply[start, end)`, or undefined where there is none (a template's
   * "[name]" after "Hi" is the customer's first name, where the page shows it).
   */
  swapFor?: (input: FlagCheckInput, start: number, end: number) => string | undefined;
  /**
   * A computed check, for what phrase patterns cannot say (a greeting that names someone
   * else). Called once per reply when the rule is on; its hits are reported like matches.
   */
  check?: (input: FlagCheckInput) => readonly FlagHit[];
}

/**
 * Named signals read from the customer message or the reply: the names of the table in
 * ./signals.ts (`SIGNALS`), one entry each, which says how each is read.
 */
export type Signal = keyof typeof SIGNALS;

/**
 * A fact about the reply as it stands: a signal that holds, one that does not (`!`), or a flag
 * rule that fired (`flag:` and its id).
 */
export type Context = Signal | `!${Signal}` | `flag:${string}`;

/**
 * The signals that read the flags, those whose entry says `readsFlags`: `reply.sincereApology`
 * reads which apologies the canned patterns matched, `reply.refusal` the refusal flags, and
 * `reply.disputes` and `reply.problemContext` read `reply.refusal`. They are known only once the
 * flags are found, so a flag pattern's condition cannot read them (../signals.ts throws if one is
 * read sooner, and checks as it loads that each entry says so exactly when it reads them;
 * tests/unit/pattern-conditions.test.ts checks it too). Every other signal reads only the texts.
 */
type FlagReadingSignal = { [S in Signal]: (typeof SIGNALS)[S] extends { readsFlags: true } ? S : never }[Signal];

/**
 * What patterns alone cannot say, computed in ../signals.ts (`conditions`), for a signal's entry
 * to read beside signals. These read the customer's message (and may read the reply too).
 */
type CustomerCondition =
  /** A calm, polite request ("Could you check why…?"): a question, no "!", a polite ask, no distress or criticism. */
  | 'calmRequest'
  /** A calm question about what the customer can do or what something is ("how do I renew my photo?"), with nothing asked of us. */
  | 'infoQuestion'
  /** The customer asks something; "why has my bill gone up?" complains rather than asks. */
  | 'asksGenuinely'
  /** Shouting capitals (not acronyms) or repeated exclamation marks. */
  | 'shouts'
  /** A genuine question with no "!", no problem told and no criticism: its threat words are a request ("I'm moving to another network"). */
  | 'calmQuestion'
  /** The message turns from praise to a complaint ("…but the waiting room was filthy"). */
  | 'praiseTurns'
  /** The reply takes up something specific of the customer's message (a content word, concept or identifier, not a handling noun). */
  | 'sharesContent';

/** Conditions that read only the reply (and what the flags found). */
type ReplyCondition =
  /** An apology that is not part of a phrase the stock-apology rule flagged, nor one that names nothing ("sorry for any upset caused"). */
  | 'ownApology'
  /** A flag that holds the customer's account against them fired (a rule in `REBUTTING_FLAGS`: a record quoted as proof, the blame put on them, arguing to be right). */
  | 'rebutsFlagged';

export type Condition = CustomerCondition | ReplyCondition;

/** The conditions that read the flags: only a signal that says `readsFlags` may read them. */
export type FlagCondition = 'ownApology' | 'rebutsFlagged';

/** A pattern list of the rule language (../pattern.ts), compiled as one cue. */
type Cue = readonly string[];

/**
 * A term of an entry: a signal that holds, one that does not (`!`), or a condition (or `!` and
 * one that does not hold).
 */
type Term<S extends string, C extends string> = S | `!${S}` | C | `!${C}`;

interface EntryBase<S extends string, C extends string> {
  /**
   * Or: holds where every term of one of these ways holds, read before anything else of the
   * entry. An entry that reads no text holds only so (a signal made of others).
   */
  ways?: readonly (readonly Term<S, C>[])[];
  /** It reads what the flags found (see `FlagReadingSignal`): say so, or the engine refuses to load. */
  readsFlags?: true;
}

/** A signal read from a text: its patterns, their refinements and conditions, all of which must hold. */
interface TextEntry<S extends string, C extends string> extends EntryBase<S, C> {
  /** Holds where one of these patterns matches: a list, or several kept apart where another signal or condition reads one alone. */
  patterns?: Cue | readonly Cue[];
  /** …and none of these matches the same text (a list, or several). */
  unless?: Cue | readonly Cue[];
  /** …and the text has this character (`?`: the reply asks something). */
  contains?: string;
  /** …and one sentence holds a match of each of the two. */
  inOneSentence?: readonly [Cue, Cue];
  /** …and every one of these terms holds. */
  onlyIf?: readonly Term<S, C>[];
  /** …and not all of these hold together. */
  unlessAll?: readonly Term<S, C>[];
  /** Or where a flag rule that means a refusal (`means: 'refusal'`) flagged the reply, read first: needs `readsFlags`. */
  orFlagged?: 'refusal';
}

/** A signal read from the agent's own reply (canonical text). */
interface ReplyEntry<S extends string, C extends string> extends TextEntry<S, Extract<C, ReplyCondition>> {
  reads: 'reply';
}

/** A signal read from the customer's message (canonical text): it never holds without one, unless `withoutCustomer`. */
interface CustomerEntry<S extends string, C extends string> extends TextEntry<S, C> {
  reads: 'customer';
  /**
   * The customer's text with their own slips blanked ("I ordered the wrong size"), or each
   * slip's clause too ("I forgot my password[ and now I'm locked out]"): no error of ours is told there.
   */
  text?: 'ownSlipsBlanked' | 'ownSlipClausesBlanked';
  /** It holds where there is no customer message (and is read as ever where there is). */
  withoutCustomer?: true;
}

/** A signal made of others: it holds where one of its `ways` holds. */
interface DerivedEntry<S extends string> extends EntryBase<S, never> {
  reads?: undefined;
  ways: readonly (readonly Term<S, never>[])[];
}

/** A signal's entry in the table of ./signals.ts (`SIGNALS`): which text it reads and how. */
export type SignalEntry<S extends string = string, C extends string = Condition> = ReplyEntry<S, C> | CustomerEntry<S, C> | DerivedEntry<S>;

/**
 * The table as ../signals.ts reads it: every term names a signal or condition that exists, and an
 * entry that does not say `readsFlags` names none that reads the flags, nor `orFlagged`.
 */
export type SignalTable = {
  readonly [S in Signal]: S extends FlagReadingSignal ? SignalEntry<Signal> : SignalEntry<PatternSignal, Exclude<Condition, FlagCondition>> & { orFlagged?: never };
};

/** A signal a flag pattern's condition may read: not one that reads the flags, nor a flag. */
type PatternSignal = Exclude<Signal, FlagReadingSignal>;
export type PatternContext = PatternSignal | `!${PatternSignal}`;

/** A move that is missing: fires once when all `when` signals hold and no `unless` signal does. */
export interface SuggestionRuleData extends RuleBase {
  /** Where the move is listed among those that fire, 1 first: what matters most to an upset customer leads. */
  rank: number;
  when: Signal[];
  /** Any one of these alternatives (each a list of signals that must all hold) also triggers it. */
  orWhen?: Signal[][];
  unless: Signal[];
  /** The ready sentence; `{issue}` is the customer's problem in the agent's words. */
  template: string;
  /**
   * For the agent to complete (with a bracketed placeholder): used when there is no customer
   * message to fill `{issue}` from, when a move above has already named the issue, and when the
   * ready sentence clashes with the reply.
   */
  fallback: string;
  /** Where the ready sentence would contradict the reply (a promise after a refusal, an apology for what the reply disputes). */
  clashesWith?: Context[];
  /**
   * Where the ready sentence, filled with the customer's account of something we did ("we
   * charged you twice"), would concede what the reply maintains: the fallback is offered then.
   */
  faultClashesWith?: Context[];
  /**
   * Where the ready sentence, filled with words that carry the customer's case beside the trouble
   * ("…a delivery pass you cancelled", "…and you're still paying full price"), would concede what
   * the reply has not granted (it refuses, disputes, is still checking): the fallback is offered then.
   */
  caseClashesWith?: Context[];
  /**
   * The ready sentence owns the trouble or promises to sort it ("I'll see it through", "it's on
   * us"). Beside words the reply keeps that say no, rebut or hold it right (a refusal, a denial,
   * the charge upheld, a refusing or rebutting flag no Swap rewrites) the two contradict: the
   * fallback is offered then.
   */
  commits?: true;
  /** Where the sentence still fits beside a no the reply keeps (`commits` does not hold it back). */
  commitsUnless?: Context[];
  /**
   * Where neither the ready sentence nor its fallback fits what happened ("contact us again" where
   * what recurs is the trouble, not their contact): none is offered, and the move's advice stands alone.
   */
  quietWith?: Context[];
  /** What the ready sentence itself says: a move below whose `unless` it meets offers its fallback instead of saying it twice. */
  says?: Signal[];
  /** The ready sentence opens the reply (after the greeting): an apology or a restatement comes before the answer. */
  opens?: true;
  /**
   * The move said another way (and its fallback) where any of `when` holds: e.g. without a second
   * "I'm sorry" beside an apology. A team's own wording of the move is never replaced by it.
   */
  variant?: {
    when: Context[];
    template: string;
    fallback: string;
    /** Where the variant's sentence clashes, when that is not where the rule's own does (default: `clashesWith`). */
    clashesWith?: Context[];
    /** Whether the variant's sentence commits, when that is not as the rule's own does (default: `commits`). */
    commits?: boolean;
  };
}
