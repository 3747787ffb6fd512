// Reads the named signals that suggestion rules depend on, from the customer
// message and the agent's own reply (both in canonical form). Signals are
// computed lazily: a rule whose first condition fails never pays for the rest.
import type { AnchorIndex, Scan } from './anchors';
import { Matcher } from './matcher';
import type { Normalized } from './normalize';
import { toOriginal } from './normalize';
import { contentKeys, keyGeneration } from './overlap';
import * as cues from './rules/signals';
import type { FlagReadingSignal, PatternContext, Signal } from './rules/types';

const compileCue = (index: AnchorIndex, patterns: string[]) => new Matcher(index, patterns.map((rule) => ({ rule })));

// Common all-capital words that are not shouting.
const ACRONYMS = new Set(
  'I OK ASAP UK US USA EU ID PIN PDF TV ETA UTC GMT BST CET EST PST PT ET AM PM FAQ SMS VAT CEO IT HR API URL DM PS NB FYI CSV USB GB MB KB TB SIM IBAN BIC ATM DIY NHS DVLA HMRC IRS VPN WIFI APP IOS PC MAC SSD HDD BBC LOL OMG'.split(' '),
);
const CAPS_WORD = /\b[A-Z][A-Z'’]{1,}\b/g;
const SENTENCES = /[^.!?\n]+(?:[.!?]+|$)/g;
// A question mark that asks ("Which would you prefer?"), not one that exclaims ("?!", "??").
const GENUINE_QUESTION = /(?<![?!])\?(?![?!])/;
// A question that complains rather than asks: "why has…", "how come…", "what is wrong with you?".
const RHETORICAL = /^\s*(?:[@#]\S+\s+)?(?:so\s+|but\s+|and\s+|seriously\s+)?(?:why|how\s+come|what\s+is\s+wrong|what'?s\s+wrong|what\s+do\s+(?:i|we)\s+pay|is\s+anyone|does\s+anyone)\b/i;

/** Praise that turns to a complaint: "the staff were kind but the waiting room was filthy". */
const TURNS = /\b(?:but|however|although|though|except|unfortunately|shame|pity)\b/;

export interface CustomerView {
  original: string;
  normalized: Normalized;
  canonical: string;
  scan: Scan;
  /** Content keys, computed on first use and kept while the customer message is unchanged. */
  keys?: { set: Set<number>; generation: number };
  /** The customer's problem in the agent's words, computed on first use. */
  issue?: string;
  /** Whether `issue` tells one of our acts or things, though said as what they had ("you were charged…"). */
  issueOurs?: boolean;
  /** Canonical text with the customer's own slips blanked, computed on first use. */
  clean?: string;
  /** `clean`, with what follows each slip in its clause blanked too (see `withoutOwnSlips`). */
  cleanClauses?: string;
  /** Canonical offset of the first problem cue (-1: none), computed on first use. */
  problemIndex?: number;
}

// Nouns of handling rather than of the problem: sharing only these says the reply filed it, not that it listened.
const GENERIC_TOPICS =
  'claim claims order orders application applications applied apply complaint complaints case cases form forms document documents ' +
  'report reports request requests enquiry enquiries ticket tickets matter matters experience experiences option options feedback ' +
  'comment comments concern concerns incident incidents detail details department departments staff store stores shop item items ' +
  'process processing review reviewed app apps courier';

const blankOut = (m: string) => ' '.repeat(m.length);

/** From a slip to the end of what follows from it: a stop, or a turn to what someone else did. */
const CLAUSE_GOES_ON = /^[^.!?\n]*?(?=[.!?\n]|\b(?:but|however|although|though|yet|and (?:you|your|then you|the (?:app|system|site|website|driver|courier|store|shop|bank)))\b)/;

export type SignalTest = (signal: Signal) => boolean;

/** The derived signals' table, its contexts checked here: only signals that do not read the flags. */
const DERIVED: Readonly<Record<DerivedSignal, readonly (readonly PatternContext[])[]>> = cues.DERIVED_SIGNALS;
type DerivedSignal = keyof typeof cues.DERIVED_SIGNALS;

/** The signals that read the flags (see `FlagReadingSignal`): the record makes the type and the set agree. */
const READS_FLAGS: Record<FlagReadingSignal, true> = { 'reply.sincereApology': true, 'reply.refusal': true, 'reply.disputes': true, 'reply.problemContext': true };

/** Whether a signal can be read before the flags are found (a flag pattern's condition reads only these). */
export const readsFlags = (signal: Signal): boolean => Object.hasOwn(READS_FLAGS, signal);

// A memo slot per signal (a typed array is cheaper than a Map on every reply);
// the type makes sure every signal read by the code below has one, the derived ones follow.
const BASE_SLOT: Record<Exclude<Signal, DerivedSignal>, number> = {
  'customer.present': 0,
  'customer.problem': 1,
  'customer.unhappy': 2,
  'customer.errorReport': 3,
  'customer.heated': 4,
  'customer.wantUnclear': 5,
  'reply.problemContext': 6,
  'reply.refusal': 7,
  'reply.alternative': 8,
  'reply.commitment': 9,
  'reply.hiddenOwnership': 10,
  'reply.admission': 11,
  'reply.sincereApology': 12,
  'reply.nextStep': 13,
  'reply.question': 14,
  'reply.thanks': 15,
  'reply.callOffer': 16,
  'reply.restates': 17,
  'reply.namesIssue': 18,
  'customer.repeat': 19,
  'customer.leaving': 20,
  'reply.ownsRepeat': 21,
  'reply.answersLeaving': 22,
  'reply.citesEarlier': 23,
  'customer.praise': 24,
  'reply.apologises': 25,
  'customer.damage': 26,
  'reply.explainsCause': 27,
  'reply.answers': 28,
  'reply.disputes': 29,
  'reply.sympathises': 30,
  'reply.handsOff': 31,
  'customer.recordMatter': 32,
  'reply.resolved': 33,
  'reply.denies': 34,
  'reply.thanksForPraise': 35,
  'reply.promisesByTime': 36,
};
const SLOT = Object.fromEntries([...Object.entries(BASE_SLOT), ...Object.keys(DERIVED).map((s, i) => [s, Object.keys(BASE_SLOT).length + i])]) as Record<Signal, number>;
const SIGNAL_COUNT = Object.keys(SLOT).length;

/**
 * What the flags found, for the signals that read them: filled in once the flags are found.
 * Until then (`found` false) reading such a signal throws: a flag pattern's condition read one.
 */
export interface FlagFacts {
  found: boolean;
  /** The spans the stock-apology rule matched, in text order. */
  canned: readonly (readonly [number, number])[];
  /** A refusal rule flagged the reply. */
  refused: boolean;
}

/** How a context reads with the signals of one reply. */
export const contextHoldsWith = (has: SignalTest, context: PatternContext): boolean =>
  context.startsWith('!') ? !has(context.slice(1) as Signal) : has(context as Signal);

export class SignalReader {
  private readonly c;

  /** Customer cues scan with `customerIndex`, reply cues with `replyIndex`: each text looks only for its own. */
  constructor(customerIndex: AnchorIndex, replyIndex: AnchorIndex) {
    const customerCue = (patterns: string[]) => compileCue(customerIndex, patterns);
    const cue = (patterns: string[]) => compileCue(replyIndex, patterns);
    this.c = {
      problem: customerCue(cues.CUSTOMER_PROBLEM),
      selfFault: customerCue(cues.CUSTOMER_SELF_FAULT),
      errorReport: customerCue(cues.CUSTOMER_ERROR_REPORT),
      want: customerCue(cues.CUSTOMER_WANT),
      calm: customerCue(cues.CUSTOMER_CALM_REQUEST),
      infoQuestion: customerCue(cues.CUSTOMER_INFO_QUESTION),
      request: customerCue(cues.CUSTOMER_REQUEST),
      distress: customerCue(cues.CUSTOMER_DISTRESS),
      criticism: customerCue(cues.CUSTOMER_CRITICISM),
      vent: customerCue(cues.CUSTOMER_VENT),
      impliedFix: customerCue(cues.CUSTOMER_IMPLIED_FIX),
      heat: customerCue(cues.CUSTOMER_HEAT),
      repeat: customerCue(cues.CUSTOMER_REPEAT),
      leaving: customerCue(cues.CUSTOMER_LEAVING),
      praise: customerCue(cues.CUSTOMER_PRAISE),
      compliment: customerCue(cues.CUSTOMER_COMPLIMENT),
      damage: customerCue(cues.CUSTOMER_DAMAGE),
      recordMatter: customerCue(cues.CUSTOMER_RECORD_MATTER),
      decision: customerCue(cues.CUSTOMER_DECISION),
      refusal: cue(cues.REPLY_REFUSAL),
      alternative: cue(cues.REPLY_ALTERNATIVE),
      commitment: cue(cues.REPLY_COMMITMENT),
      hiddenOwnership: cue(cues.REPLY_HIDDEN_OWNERSHIP),
      admission: cue(cues.REPLY_ADMISSION),
      time: cue(cues.REPLY_TIME),
      future: cue(cues.REPLY_FUTURE),
      ownedStep: cue(cues.REPLY_OWNED_STEP),
      thanks: cue(cues.REPLY_THANKS),
      apology: cue(cues.REPLY_APOLOGY),
      genericApology: cue(cues.REPLY_GENERIC_APOLOGY),
      callOffer: cue(cues.REPLY_CALL_OFFER),
      restates: cue(cues.REPLY_RESTATES),
      ownsRepeat: cue(cues.REPLY_OWNS_REPEAT),
      citesEarlier: cue(cues.REPLY_CITES_EARLIER),
      answersLeaving: cue(cues.REPLY_ANSWERS_LEAVING),
      cause: cue(cues.REPLY_EXPLAINS_CAUSE),
      answers: cue(cues.REPLY_ANSWERS),
      disputes: cue(cues.REPLY_DISPUTES),
      sympathy: cue(cues.REPLY_SYMPATHY),
      handsOff: cue(cues.REPLY_HANDS_OFF),
      resolved: cue(cues.REPLY_RESOLVED),
    };
  }

  /** Customer text with the customer's own slips ("I ordered the wrong size") blanked out, same length. */
  private withoutSelfFault(customer: CustomerView): string {
    if (customer.clean === undefined) {
      const { canonical, scan } = customer;
      let clean = '';
      let copied = 0;
      let from = 0;
      for (let m = this.c.selfFault.exec(canonical, scan); m; m = this.c.selfFault.exec(canonical, scan, from)) {
        clean += canonical.slice(copied, m.index) + ' '.repeat(m[0].length);
        copied = m.index + m[0].length;
        from = m[0].length > 0 ? copied : m.index + 1;
      }
      customer.clean = from === 0 ? canonical : clean + canonical.slice(copied);
    }
    return customer.clean;
  }

  /**
   * Customer text with their own slips blanked together with what follows from them in the same
   * clause ("I forgot my password [and now I'm locked out]"): no error of ours is reported there.
   * What they say we did after it ("…but you charged me twice", "…and you charged me") stays.
   */
  private withoutOwnSlips(customer: CustomerView): string {
    if (customer.cleanClauses === undefined) {
      const clean = this.withoutSelfFault(customer);
      const { canonical } = customer;
      if (clean === canonical) customer.cleanClauses = clean;
      else {
        let out = '';
        let i = 0;
        while (i < clean.length) {
          // A blanked slip: its clause goes on to a stop or to the next thing said against us.
          if (clean.charCodeAt(i) === 32 && canonical.charCodeAt(i) !== 32) {
            const rest = CLAUSE_GOES_ON.exec(clean.slice(i));
            const to = i + (rest ? rest[0].length : clean.length - i);
            out += ' '.repeat(to - i);
            i = to;
          } else out += clean.charAt(i++);
        }
        customer.cleanClauses = out;
      }
    }
    return customer.cleanClauses;
  }

  private problemIndex(customer: CustomerView): number {
    if (customer.problemIndex === undefined) {
      const m = this.c.problem.exec(this.withoutSelfFault(customer), customer.scan);
      customer.problemIndex = m ? m.index : -1;
    }
    return customer.problemIndex;
  }

  private customerKeys(customer: CustomerView): Set<number> {
    if (customer.keys?.generation !== keyGeneration()) {
      const set = contentKeys(customer.canonical);
      customer.keys = { set, generation: keyGeneration() };
    }
    return customer.keys.set;
  }

  /** Key ids of the generic words, for the current key generation. */
  private generic?: { set: Set<number>; generation: number };

  /**
   * The reply takes up something specific the customer raised: a shared content word, concept
   * or identifier, other than the handling nouns every reply uses ("your claim", "your order").
   */
  private sharesContent(customer: CustomerView, reply: string): boolean {
    // Any contentKeys call may start a new generation of key ids: compute all three, and again if it did.
    for (;;) {
      const generation = keyGeneration();
      if (this.generic?.generation !== generation) this.generic = { set: contentKeys(GENERIC_TOPICS), generation };
      const keys = this.customerKeys(customer);
      const own = contentKeys(reply);
      if (keyGeneration() !== generation || this.generic.generation !== generation) continue;
      const generic = this.generic.set;
      for (const k of own) if (keys.has(k) && !generic.has(k)) return true;
      return false;
    }
  }

  /** Original offset where the customer first states a problem, or -1. */
  problemAt(customer: CustomerView): number {
    const at = this.problemIndex(customer);
    return at < 0 ? -1 : toOriginal(customer.normalized, at, at + 1)[0];
  }

  private isCalmRequest(customer: CustomerView): boolean {
    const text = customer.original;
    return (
      text.includes('?') &&
      !text.includes('!') &&
      !/\?\s*\?/.test(text) &&
      this.c.calm.test(customer.canonical, customer.scan) &&
      !this.c.distress.test(customer.canonical, customer.scan) &&
      !this.c.criticism.test(customer.canonical, customer.scan)
    );
  }

  /**
   * A calm question about what the customer can do or what something is ("how do I renew my
   * photo?"), with nothing asked of us: an answer ends it, with no step left for anyone to own.
   */
  private isInfoQuestion(customer: CustomerView): boolean {
    const { canonical, scan, original } = customer;
    return (
      !original.includes('!') &&
      this.c.infoQuestion.test(canonical, scan) &&
      this.asksGenuinely(customer) &&
      !this.c.request.test(canonical, scan) &&
      !this.c.distress.test(canonical, scan) &&
      !this.c.criticism.test(canonical, scan)
    );
  }

  /** Shouting capitals, repeated exclamation marks, anger words and threats. */
  private isHeated(customer: CustomerView): boolean {
    const { original } = customer;
    if (original.includes('!') && /!\s*!/.test(original)) return true;
    let shouted = 0;
    // exec, not matchAll: matchAll copies the regex on every call.
    CAPS_WORD.lastIndex = 0;
    for (let m = CAPS_WORD.exec(original); m; m = CAPS_WORD.exec(original)) {
      if (!ACRONYMS.has(m[0].replace(/['’].*$/, ''))) shouted++;
    }
    if (shouted >= 2 || (shouted === 1 && original.includes('!'))) return true;
    if (!this.c.heat.test(customer.canonical, customer.scan)) return false;
    // Going, said in a calm question with nothing wrong ("could you send my switching code? I'm
    // moving to another network"), is a request, not a threat.
    return original.includes('!') || !this.asksGenuinely(customer) || this.problemIndex(customer) >= 0 || this.c.criticism.test(customer.canonical, customer.scan);
  }

  /** A question that asks for something; "why has my bill gone up?" complains rather than asks. */
  private asksGenuinely(customer: CustomerView): boolean {
    const text = customer.original;
    if (!GENUINE_QUESTION.test(text)) return false;
    SENTENCES.lastIndex = 0;
    for (let m = SENTENCES.exec(text); m; m = SENTENCES.exec(text)) {
      if (m[0] === '') SENTENCES.lastIndex++;
      else if (GENUINE_QUESTION.test(m[0]) && !RHETORICAL.test(m[0])) return true;
    }
    return false;
  }

  /** A time and `step` (by default any future or done step) in one sentence. */
  private hasTimedStep(reply: string, scan: Scan, future: Matcher = this.c.future): boolean {
    const { time } = this.c;
    if (!time.mayMatch(scan) || !future.mayMatch(scan)) return false;
    // Both in one sentence: each looked for from the sentence's start, only where the scan points.
    const within = (cue: Matcher, start: number, end: number) => {
      const m = cue.exec(reply, scan, start);
      return m !== null && m.index + m[0].length <= end;
    };
    SENTENCES.lastIndex = 0;
    for (let m = SENTENCES.exec(reply); m; m = SENTENCES.exec(reply)) {
      if (m[0] === '') SENTENCES.lastIndex++;
      else if (within(time, m.index, m.index + m[0].length) && within(future, m.index, m.index + m[0].length)) return true;
    }
    return false;
  }

  /** Where the reply refuses, as [start, end) in `reply` (the normalized text the signals read). */
  refusals(reply: string, scan: Scan): [number, number][] {
    const found: [number, number][] = [];
    for (let m = this.c.refusal.exec(reply, scan); m; m = this.c.refusal.exec(reply, scan, m.index + Math.max(1, m[0].length))) {
      found.push([m.index, m.index + m[0].length]);
    }
    return found;
  }

  /** An apology that is not part of a canned phrase. Both lists are in text order. */
  private hasSincereApology(reply: string, scan: Scan, canned: readonly (readonly [number, number])[]): boolean {
    const { apology } = this.c;
    let j = 0;
    let from = 0;
    for (let m = apology.exec(reply, scan); m; m = apology.exec(reply, scan, from)) {
      from = m.index + Math.max(1, m[0].length);
      while (j < canned.length && canned[j]![1] <= m.index) j++;
      const inCanned = j < canned.length && canned[j]![0] <= m.index;
      // "Sorry for any upset caused", "apologies for the slow reply": an apology that names nothing.
      const generic = !inCanned && this.c.genericApology.exec(reply, scan, m.index)?.index === m.index;
      if (!inCanned && !generic) return true;
    }
    return false;
  }

  /**
   * A lazy, memoised view of every signal for one reply. `flags`: what the flags found, which the
   * caller fills in once they are found; the signals that read it are not read before.
   */
  read(reply: string, scan: Scan, customer: CustomerView | null, flags: FlagFacts): SignalTest {
    // 0: not read yet, 1: false, 2: true.
    const memo = new Uint8Array(SIGNAL_COUNT);
    const get = (s: Signal): boolean => {
      const slot = SLOT[s];
      if (memo[slot] === 0) {
        if (!flags.found && readsFlags(s)) throw new Error(`signal ${s} reads the flags, and they are not found yet`);
        const v = s === 'reply.refusal' && flags.refused ? true : this.compute(s, get, reply, scan, customer, flags.canned);
        memo[slot] = v ? 2 : 1;
      }
      return memo[slot] === 2;
    };
    return get;
  }

  private compute(
    s: Signal,
    get: SignalTest,
    reply: string,
    scan: Scan,
    customer: CustomerView | null,
    canned: readonly (readonly [number, number])[],
  ): boolean {
    const c = this.c;
    if (Object.hasOwn(DERIVED, s)) return DERIVED[s as DerivedSignal].some((way) => way.every((context) => contextHoldsWith(get, context)));
    switch (s as Exclude<Signal, DerivedSignal>) {
      case 'customer.present':
        return customer !== null;
      case 'customer.problem':
        // An error report is a problem too ("my meter says 1480 but the bill says 1840").
        return customer !== null && (this.problemIndex(customer) >= 0 || get('customer.errorReport'));
      case 'customer.heated':
        return customer !== null && this.isHeated(customer);
      case 'customer.unhappy':
        // A calm, polite request about a problem ("Could you check why…?") is not a complaint.
        return get('customer.heated') || (get('customer.problem') && !this.isCalmRequest(customer!));
      case 'customer.errorReport':
        return customer !== null && c.errorReport.test(this.withoutOwnSlips(customer), customer.scan);
      case 'customer.wantUnclear':
        return (
          customer !== null &&
          // Venting about how it went, with no ask and no fix that goes without saying
          // (money back, the missing thing, the service restored).
          (c.criticism.test(customer.canonical, customer.scan) ||
            c.vent.test(customer.canonical, customer.scan)) &&
          !this.asksGenuinely(customer) &&
          !c.want.test(customer.canonical, customer.scan) &&
          !c.impliedFix.test(customer.canonical, customer.scan)
        );
      case 'reply.problemContext':
        // Without the customer's words, a support reply is taken to answer a problem.
        // A request is a problem to own too: "can you unlock my phone early?", "I'd like my records
        // emailed" leave the customer waiting on someone until it is done. Not thanks or praise, nor
        // a question the answer ends ("how do I renew my photo?"); one answered no ("can I pause
        // my membership?" → "pauses aren't possible") leaves them with a need someone must own.
        return (
          customer === null ||
          get('customer.problem') ||
          get('customer.heated') ||
          (!get('customer.praise') && this.c.want.test(customer.canonical, customer.scan) && !this.isCalmRequest(customer) && !(this.isInfoQuestion(customer) && !get('reply.refusal')))
        );
      case 'reply.namesIssue':
        return customer !== null && this.sharesContent(customer, reply);
      case 'reply.admission':
        return c.admission.test(reply, scan);
      case 'reply.refusal':
        return c.refusal.test(reply, scan);
      case 'reply.alternative':
        return c.alternative.test(reply, scan);
      case 'reply.hiddenOwnership':
        return c.hiddenOwnership.test(reply, scan);
      case 'reply.commitment':
        // Passive "an error occurred" with no admission hides who is responsible, even beside "I'll".
        return c.commitment.test(reply, scan) && !(get('reply.hiddenOwnership') && !get('reply.admission'));
      case 'reply.sincereApology':
        return this.hasSincereApology(reply, scan, canned);
      case 'reply.apologises':
        return c.apology.test(reply, scan);
      case 'reply.nextStep':
        return this.hasTimedStep(reply, scan);
      case 'reply.promisesByTime':
        return get('reply.nextStep') && this.hasTimedStep(reply, scan, c.ownedStep);
      case 'reply.question':
        return reply.includes('?');
      case 'reply.thanks':
        return c.thanks.test(reply, scan);
      case 'reply.callOffer':
        return c.callOffer.test(reply, scan);
      case 'reply.restates':
        return c.restates.test(reply, scan);
      case 'customer.repeat':
        return customer !== null && c.repeat.test(customer.canonical, customer.scan);
      case 'customer.damage':
        return customer !== null && c.damage.test(customer.canonical, customer.scan) && !c.decision.test(customer.canonical, customer.scan);
      case 'customer.praise':
        // Thanks or praise with no problem in it: nothing to restate, apologise or thank for.
        return customer !== null && c.praise.test(customer.canonical, customer.scan) && !get('customer.problem') && !get('customer.heated');
      case 'reply.thanksForPraise':
        // "The driver was brilliant and waited an hour when our flight was late": a problem word in
        // the story, praise in the message. The agent who thanks for it and apologises for nothing
        // has read it as praise; a reply that apologises has found a complaint in it.
        return (
          customer !== null &&
          get('reply.thanks') &&
          !get('reply.apologises') &&
          !get('customer.heated') &&
          (get('customer.praise') || (c.compliment.test(customer.canonical, customer.scan) && !TURNS.test(customer.canonical)))
        );
      case 'customer.leaving':
        return customer !== null && c.leaving.test(customer.canonical, customer.scan);
      case 'reply.ownsRepeat':
        return c.ownsRepeat.test(reply, scan);
      case 'reply.answersLeaving':
        return c.answersLeaving.test(reply, scan);
      case 'reply.citesEarlier':
        return c.citesEarlier.test(reply, scan);
      case 'reply.explainsCause':
        return c.cause.test(reply, scan);
      case 'reply.answers':
        // A cause given is an answer too: "prices went up because of the price cap" leaves nothing to sort.
        return get('reply.explainsCause') || c.answers.test(reply, scan);
      case 'reply.disputes':
        // A no to someone reporting that we got something wrong ("as it was signed for, we can't
        // refund") holds that their account is not so, as much as "our logs show it was delivered".
        return get('reply.denies') || (get('reply.refusal') && get('customer.errorReport'));
      case 'reply.denies':
        return c.disputes.test(reply, scan);
      case 'reply.sympathises':
        return c.sympathy.test(reply, scan);
      case 'customer.recordMatter':
        return customer !== null && c.recordMatter.test(customer.canonical, customer.scan);
      case 'reply.resolved':
        return c.resolved.test(reply, scan);
      case 'reply.handsOff':
        return c.handsOff.test(reply, scan);
    }
  }
}
