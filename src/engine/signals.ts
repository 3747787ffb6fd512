// Reads the named signals that suggestion rules depend on, from the customer
// message and the agent's own reply (both in canonical form), as the table in
// rules/signals.ts (`SIGNALS`) says: each entry is compiled once into a test.
// Signals are computed lazily: a rule whose first condition fails never pays for
// the rest. What patterns cannot say is a named condition here (`conditions`).
import type { AnchorIndex, Scan } from './anchors';
import { Matcher } from './matcher';
import type { Normalized } from './normalize';
import { toOriginal } from './normalize';
import { contentKeys, keyGeneration } from './overlap';
import * as cues from './rules/signals';
import type { Condition, FlagCondition, PatternContext, Signal, SignalEntry, SignalTable } from './rules/types';

const compileCue = (index: AnchorIndex, patterns: readonly string[]) => new Matcher(index, patterns.map((rule) => ({ rule })));

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
  /** What each customer signal's own text test found (by memo slot; 0: not read, 1: no, 2: yes), read once per message. */
  textTests?: Uint8Array;
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

/** The table, type-checked: every term names a signal or condition there is, and reads the flags only where it says so. */
const TABLE: SignalTable = cues.SIGNALS;
const NAMES = Object.keys(TABLE) as Signal[];
/** A memo slot per signal (a typed array is cheaper than a Map on every reply), in the table's order. */
const SLOT = Object.fromEntries(NAMES.map((s, i) => [s, i])) as Record<Signal, number>;
const SIGNAL_COUNT = NAMES.length;
const entryOf = (s: Signal): SignalEntry => TABLE[s];

/** The conditions that read what the flags found: only an entry that says `readsFlags` may name one. */
const FLAG_CONDITIONS: Record<FlagCondition, true> = { ownApology: true, rebutsFlagged: true };

/**
 * Whether each signal reads the flags, from what its entry names (checked against what it says,
 * and for a signal that reads itself through others, as the table loads).
 */
const READS_FLAGS = ((): Uint8Array => {
  const state = new Uint8Array(SIGNAL_COUNT); // 0: not seen, 1: being read, 2: no, 3: yes
  const visit = (s: Signal): boolean => {
    const slot = SLOT[s];
    if (state[slot] === 1) throw new Error(`signal ${s} reads itself`);
    if (state[slot] === 0) {
      state[slot] = 1;
      const entry = entryOf(s);
      const reads =
        ('orFlagged' in entry && entry.orFlagged !== undefined) ||
        termsOf(entry).some((term) => {
          const name = term.startsWith('!') ? term.slice(1) : term;
          if (Object.hasOwn(SLOT, name)) return visit(name as Signal);
          return Object.hasOwn(FLAG_CONDITIONS, name);
        });
      if (reads !== (entry.readsFlags === true)) throw new Error(`signal ${s} ${reads ? 'reads the flags and does not say' : 'says it reads the flags and does not'} so`);
      state[slot] = reads ? 3 : 2;
    }
    return state[slot] === 3;
  };
  NAMES.forEach(visit);
  return state.map((v) => (v === 3 ? 1 : 0));
})();

function termsOf(entry: SignalEntry): readonly string[] {
  return [...(entry.ways ?? []).flat(), ...('onlyIf' in entry ? (entry.onlyIf ?? []) : []), ...('unlessAll' in entry ? (entry.unlessAll ?? []) : [])];
}

/** Whether a signal can be read before the flags are found (a flag pattern's condition reads only these). */
export const readsFlags = (signal: Signal): boolean => Object.hasOwn(SLOT, signal) && READS_FLAGS[SLOT[signal]] === 1;

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
  /** A rule that holds the customer's account against them (`REBUTTING_FLAGS`) flagged the reply. */
  rebuts: boolean;
}

/** How a context reads with the signals of one reply. */
export const contextHoldsWith = (has: SignalTest, context: PatternContext): boolean =>
  context.startsWith('!') ? !has(context.slice(1) as Signal) : has(context as Signal);

/** One reply as its signals read it. */
interface Reading {
  reply: string;
  scan: Scan;
  customer: CustomerView | null;
  flags: FlagFacts;
  /** Whether the signal in this memo slot holds. */
  at: (slot: number) => boolean;
}
type Evaluate = (r: Reading) => boolean;

const ALWAYS: Evaluate = () => true;
const NEVER: Evaluate = () => false;
const allOf = (tests: Evaluate[]): Evaluate =>
  tests.length === 0 ? ALWAYS : tests.length === 1 ? tests[0]! : (r) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(r)) return false;
    return true;
  };
const anyOf = (tests: Evaluate[]): Evaluate =>
  tests.length === 0 ? NEVER : tests.length === 1 ? tests[0]! : (r) => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(r)) return true;
    return false;
  };

type TextTest = (text: string, scan: Scan) => boolean;
/** One of these cues matches. */
const anyCue = (matchers: Matcher[]): TextTest => {
  const [only] = matchers;
  if (matchers.length === 1) return (text, scan) => only!.test(text, scan);
  return (text, scan) => {
    for (let i = 0; i < matchers.length; i++) if (matchers[i]!.test(text, scan)) return true;
    return false;
  };
};
const cueLists = (cuesOrCue: readonly string[] | readonly (readonly string[])[]): readonly (readonly string[])[] =>
  cuesOrCue.length > 0 && typeof cuesOrCue[0] !== 'string' ? (cuesOrCue as readonly (readonly string[])[]) : [cuesOrCue as readonly string[]];

export class SignalReader {
  /** Compiled cues, each pattern list once for its text (a list one signal reads alone and another with others). */
  private readonly cueCache = { customer: new Map<readonly string[], Matcher>(), reply: new Map<readonly string[], Matcher>() };
  /** Each signal's test, by memo slot. */
  private readonly evaluate: Evaluate[];
  /** The cues the conditions below read. */
  private readonly c;
  /** What patterns alone cannot say, for entries to name. */
  private readonly conditions: Record<Condition, Evaluate>;

  /** Customer cues scan with `customerIndex`, reply cues with `replyIndex`: each text looks only for its own. */
  constructor(
    private readonly customerIndex: AnchorIndex,
    private readonly replyIndex: AnchorIndex,
  ) {
    // The conditions first: the entries' terms name them.
    this.conditions = {
      calmRequest: (r) => this.isCalmRequest(r.customer!),
      infoQuestion: (r) => this.isInfoQuestion(r.customer!),
      asksGenuinely: (r) => this.asksGenuinely(r.customer!),
      shouts: (r) => shouts(r.customer!.original),
      calmQuestion: (r) => this.isCalmQuestion(r.customer!),
      praiseTurns: (r) => TURNS.test(r.customer!.canonical),
      sharesContent: (r) => this.sharesContent(r.customer!, r.reply),
      ownApology: (r) => this.hasSincereApology(r.reply, r.scan, r.flags.canned),
      rebutsFlagged: (r) => r.flags.rebuts,
    };
    this.evaluate = NAMES.map((s, slot) => this.compileEntry(s, entryOf(s), slot));
    const customerCue = (patterns: readonly string[]) => this.cue('customer', patterns);
    const cue = (patterns: readonly string[]) => this.cue('reply', patterns);
    this.c = {
      problem: customerCue(cues.CUSTOMER_PROBLEM),
      selfFault: customerCue(cues.CUSTOMER_SELF_FAULT),
      calm: customerCue(cues.CUSTOMER_CALM_REQUEST),
      infoQuestion: customerCue(cues.CUSTOMER_INFO_QUESTION),
      request: customerCue(cues.CUSTOMER_REQUEST),
      distress: customerCue(cues.CUSTOMER_DISTRESS),
      criticism: customerCue(cues.CUSTOMER_CRITICISM),
      refusal: cue(cues.REPLY_REFUSAL),
      apology: cue(cues.REPLY_APOLOGY),
      genericApology: cue(cues.REPLY_GENERIC_APOLOGY),
    };
  }

  private cue(side: 'customer' | 'reply', patterns: readonly string[]): Matcher {
    const cache = this.cueCache[side];
    let matcher = cache.get(patterns);
    if (!matcher) cache.set(patterns, (matcher = compileCue(side === 'customer' ? this.customerIndex : this.replyIndex, patterns)));
    return matcher;
  }

  /** A term of an entry: a signal, a condition, or `!` and either. */
  private term(signal: Signal, term: string): Evaluate {
    const negated = term.startsWith('!');
    const name = negated ? term.slice(1) : term;
    let holds: Evaluate;
    if (Object.hasOwn(SLOT, name)) {
      const slot = SLOT[name as Signal];
      holds = (r) => r.at(slot);
    } else if (Object.hasOwn(this.conditions, name)) {
      holds = this.conditions[name as Condition];
    } else throw new Error(`signal ${signal}: no signal or condition ${name}`);
    return negated ? (r) => !holds(r) : holds;
  }

  /**
   * An entry compiled: `ways` first, then the text test (patterns, `unless`, `contains`,
   * `inOneSentence`: read once per customer message for a customer signal), `onlyIf` and
   * `unlessAll`; a customer signal holds only with a customer message (or always without one,
   * with `withoutCustomer`), and `orFlagged` before all.
   */
  private compileEntry(signal: Signal, entry: SignalEntry, slot: number): Evaluate {
    const terms = (list: readonly string[]) => list.map((t) => this.term(signal, t));
    const ways = (entry.ways ?? []).map((way) => allOf(terms(way)));
    if (entry.reads === undefined) return anyOf(ways);
    const checks: Evaluate[] = [];
    const text = this.textTest(entry);
    if (text) {
      if (entry.reads === 'reply') checks.push((r) => text(r.reply, r.scan));
      else {
        const form = entry.text;
        const textOf = (customer: CustomerView) =>
          form === 'ownSlipsBlanked' ? this.withoutSelfFault(customer) : form === 'ownSlipClausesBlanked' ? this.withoutOwnSlips(customer) : customer.canonical;
        checks.push((r) => {
          const customer = r.customer!;
          const found = (customer.textTests ??= new Uint8Array(SIGNAL_COUNT));
          if (found[slot] === 0) found[slot] = text(textOf(customer), customer.scan) ? 2 : 1;
          return found[slot] === 2;
        });
      }
    }
    checks.push(...terms(entry.onlyIf ?? []));
    if (entry.unlessAll) {
      const all = allOf(terms(entry.unlessAll));
      checks.push((r) => !all(r));
    }
    // `ways` alone: the entry holds only where one of them does.
    const either = anyOf(entry.ways && checks.length === 0 ? ways : [...ways, allOf(checks)]);
    const read: Evaluate =
      entry.reads === 'reply' ? either : entry.withoutCustomer ? (r) => r.customer === null || either(r) : (r) => r.customer !== null && either(r);
    return entry.orFlagged === 'refusal' ? (r) => r.flags.refused || read(r) : read;
  }

  /** What an entry reads of its text alone, or null where it reads nothing there. */
  private textTest(entry: SignalEntry & { reads: 'customer' | 'reply' }): TextTest | null {
    const cue = (patterns: readonly string[]) => this.cue(entry.reads, patterns);
    const tests: TextTest[] = [];
    if (entry.patterns) tests.push(anyCue(cueLists(entry.patterns).map(cue)));
    if (entry.unless) {
      const against = anyCue(cueLists(entry.unless).map(cue));
      tests.push((text, scan) => !against(text, scan));
    }
    if (entry.contains !== undefined) {
      const mark = entry.contains;
      tests.push((text) => text.includes(mark));
    }
    if (entry.inOneSentence) {
      const [first, second] = entry.inOneSentence.map(cue) as [Matcher, Matcher];
      tests.push((text, scan) => inOneSentence(text, scan, first, second));
    }
    if (tests.length === 0) return null;
    return tests.length === 1
      ? tests[0]!
      : (text, scan) => {
          for (let i = 0; i < tests.length; i++) if (!tests[i]!(text, scan)) return false;
          return true;
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

  /**
   * A genuine question with no "!", no problem told and no criticism: threat words in it ("could
   * you send my switching code? I'm moving to another network") are a request, not a threat.
   */
  private isCalmQuestion(customer: CustomerView): boolean {
    return !customer.original.includes('!') && this.asksGenuinely(customer) && this.problemIndex(customer) < 0 && !this.c.criticism.test(customer.canonical, customer.scan);
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
    const { evaluate } = this;
    const at = (slot: number): boolean => {
      if (memo[slot] === 0) {
        if (!flags.found && READS_FLAGS[slot] === 1) throw new Error(`signal ${NAMES[slot]} reads the flags, and they are not found yet`);
        memo[slot] = evaluate[slot]!(reading) ? 2 : 1;
      }
      return memo[slot] === 2;
    };
    const reading: Reading = { reply, scan, customer, flags, at };
    return (s) => at(SLOT[s]);
  }
}

// A code mixes letters and digits ("FD20", "B4-7"), or joins capitals to digits ("FL-70219"); "3 WEEKS"
// and "£50 GONE" are shouted.
const DIGIT_TOKEN_BEFORE = /(?:[A-Za-z][\w-]*\d|\d[\w-]*[A-Za-z])[\w-]* $/;
const DIGIT_TOKEN_AFTER = /^(?:-\d| (?:[A-Za-z][\w-]*\d|\d[\w-]*[A-Za-z]))/;
/**
 * Capitals that are part of a code, not a raised voice: beside a token that mixes letters and
 * digits ("Reg FD20 WTA", "booking FL-70219") or inside brackets ("(ESTA)").
 */
function inCode(text: string, start: number, end: number): boolean {
  if (DIGIT_TOKEN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || DIGIT_TOKEN_AFTER.test(text.slice(end, end + 20))) return true;
  return text.charAt(start - 1) === '(' && text.charAt(end) === ')';
}

/**
 * A short stretch in quotation marks: a name the customer copies as shown ("a payment to 'DGTL
 * SRV'", "the status says “AWAITING COLLECTION”"), whose capitals are the sender's, not a raised voice.
 */
const QUOTED = /(?<![\p{L}\p{N}])['‘"“][^'‘’"“”\n]{1,60}['’"”](?![\p{L}\p{N}])/gu;

function quotedSpans(original: string): [number, number][] {
  if (!/['‘"“]/.test(original)) return [];
  const spans: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(original); m; m = QUOTED.exec(original)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Shouting capitals (not acronyms, codes nor quoted names: two, or one with "!") or repeated exclamation marks. */
function shouts(original: string): boolean {
  if (original.includes('!') && /!\s*!/.test(original)) return true;
  let shouted = 0;
  let quoted: [number, number][] | undefined;
  // exec, not matchAll: matchAll copies the regex on every call.
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(original); m; m = CAPS_WORD.exec(original)) {
    if (ACRONYMS.has(m[0].replace(/['’].*$/, '')) || inCode(original, m.index, m.index + m[0].length)) continue;
    quoted ??= quotedSpans(original);
    const at = m.index;
    if (!quoted.some(([from, to]) => from < at && at < to)) shouted++;
  }
  return shouted >= 2 || (shouted === 1 && original.includes('!'));
}

/** A match of `first` and of `second` in one sentence of `text`. */
function inOneSentence(text: string, scan: Scan, first: Matcher, second: Matcher): boolean {
  if (!first.mayMatch(scan) || !second.mayMatch(scan)) return false;
  // Both in one sentence: each looked for from the sentence's start, only where the scan points.
  const within = (cue: Matcher, start: number, end: number) => {
    const m = cue.exec(text, scan, start);
    return m !== null && m.index + m[0].length <= end;
  };
  SENTENCES.lastIndex = 0;
  for (let m = SENTENCES.exec(text); m; m = SENTENCES.exec(text)) {
    if (m[0] === '') SENTENCES.lastIndex++;
    else if (within(first, m.index, m.index + m[0].length) && within(second, m.index, m.index + m[0].length)) return true;
  }
  return false;
}
