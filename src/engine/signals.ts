// Reads the named signals that suggestion rules depend on, from the customer
// message and the agent's own reply (both in canonical form). Signals are
// computed lazily: a rule whose first condition fails never pays for the rest.
import type { AnchorIndex } from './anchors';
import { anchorsOf } from './anchors';
import type { Normalized } from './normalize';
import { toOriginal } from './normalize';
import { contentKeys, keyGeneration, namesIssue } from './overlap';
import { joinPatterns, patternSource } from './pattern';
import * as cues from './rules/signals';
import type { Signal } from './rules/types';

/** A cue list compiled into one regex, with the anchors that gate it. */
interface Cue {
  rx: RegExp;
  gate: number;
}

function compileCue(index: AnchorIndex, patterns: string[], flags = ''): Cue {
  const sources = patterns.map(patternSource);
  const anchorSets = sources.map(anchorsOf);
  const gate = index.addGate(anchorSets.every((a) => a) ? anchorSets.flatMap((a) => a!) : null);
  return { rx: new RegExp(joinPatterns(sources, false), flags), gate };
}

function mayMatch(cue: Cue, present: Uint8Array): boolean {
  return present[cue.gate] === 1;
}

function test(cue: Cue, text: string, present: Uint8Array): boolean {
  return mayMatch(cue, present) && cue.rx.test(text);
}

// Common all-capital words that are not shouting.
const ACRONYMS = new Set(
  'I OK ASAP UK US USA EU ID PIN PDF TV ETA UTC GMT BST CET EST PST PT ET AM PM FAQ SMS VAT CEO IT HR API URL DM PS NB FYI CSV USB GB MB KB TB SIM IBAN BIC ATM DIY NHS DVLA HMRC IRS VPN WIFI APP IOS PC MAC SSD HDD BBC LOL OMG'.split(' '),
);
const CAPS_WORD = /\b[A-Z][A-Z'’]{1,}\b/g;
const SENTENCES = /[^.!?\n]+(?:[.!?]+|$)/g;
// A question mark that asks ("Which would you prefer?"), not one that exclaims ("?!", "??").
const GENUINE_QUESTION = /(?<![?!])\?(?![?!])/;

export interface CustomerView {
  original: string;
  normalized: Normalized;
  canonical: string;
  present: Uint8Array;
  /** Content keys, computed on first use and kept while the customer message is unchanged. */
  keys?: { set: Set<number>; generation: number };
  /** The customer's problem in the agent's words, computed on first use. */
  issue?: string;
  /** Canonical text with the customer's own slips blanked, computed on first use. */
  clean?: string;
  /** Canonical offset of the first problem cue (-1: none), computed on first use. */
  problemIndex?: number;
}

const blankOut = (m: string) => ' '.repeat(m.length);

export type SignalTest = (signal: Signal) => boolean;

export class SignalReader {
  private readonly c;

  constructor(index: AnchorIndex) {
    const cue = (patterns: string[], flags?: string) => compileCue(index, patterns, flags);
    this.c = {
      problem: cue(cues.CUSTOMER_PROBLEM),
      selfFault: cue(cues.CUSTOMER_SELF_FAULT, 'g'),
      errorReport: cue(cues.CUSTOMER_ERROR_REPORT),
      want: cue(cues.CUSTOMER_WANT),
      calm: cue(cues.CUSTOMER_CALM_REQUEST),
      distress: cue(cues.CUSTOMER_DISTRESS),
      criticism: cue(cues.CUSTOMER_CRITICISM),
      heat: cue(cues.CUSTOMER_HEAT),
      refusal: cue(cues.REPLY_REFUSAL),
      alternative: cue(cues.REPLY_ALTERNATIVE),
      commitment: cue(cues.REPLY_COMMITMENT),
      hiddenOwnership: cue(cues.REPLY_HIDDEN_OWNERSHIP),
      admission: cue(cues.REPLY_ADMISSION),
      time: cue(cues.REPLY_TIME),
      future: cue(cues.REPLY_FUTURE),
      thanks: cue(cues.REPLY_THANKS),
      apology: cue(cues.REPLY_APOLOGY, 'g'),
      callOffer: cue(cues.REPLY_CALL_OFFER),
      restates: cue(cues.REPLY_RESTATES),
    };
  }

  /** Customer text with the customer's own slips ("I ordered the wrong size") blanked out, same length. */
  private withoutSelfFault(customer: CustomerView): string {
    const { selfFault } = this.c;
    return (customer.clean ??= mayMatch(selfFault, customer.present) ? customer.canonical.replace(selfFault.rx, blankOut) : customer.canonical);
  }

  private problemIndex(customer: CustomerView): number {
    if (customer.problemIndex === undefined) {
      const { problem } = this.c;
      const m = mayMatch(problem, customer.present) ? problem.rx.exec(this.withoutSelfFault(customer)) : null;
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
      test(this.c.calm, customer.canonical, customer.present) &&
      !test(this.c.distress, customer.canonical, customer.present) &&
      !test(this.c.criticism, customer.canonical, customer.present)
    );
  }

  /** Shouting capitals, repeated exclamation marks, anger words and threats. */
  private isHeated(customer: CustomerView): boolean {
    const { original } = customer;
    if (/!\s*!/.test(original)) return true;
    let shouted = 0;
    for (const m of original.matchAll(CAPS_WORD)) {
      if (!ACRONYMS.has(m[0].replace(/['’].*$/, ''))) shouted++;
    }
    if (shouted >= 2 || (shouted === 1 && original.includes('!'))) return true;
    return test(this.c.heat, customer.canonical, customer.present);
  }

  private hasTimedStep(reply: string, present: Uint8Array): boolean {
    const { time, future } = this.c;
    if (!mayMatch(time, present) || !mayMatch(future, present)) return false;
    SENTENCES.lastIndex = 0;
    for (let m = SENTENCES.exec(reply); m; m = SENTENCES.exec(reply)) {
      if (m[0] === '') SENTENCES.lastIndex++;
      else if (time.rx.test(m[0]) && future.rx.test(m[0])) return true;
    }
    return false;
  }

  /** An apology that is not part of a canned phrase. Both lists are in text order. */
  private hasSincereApology(reply: string, present: Uint8Array, canned: readonly (readonly [number, number])[]): boolean {
    const { apology } = this.c;
    if (!mayMatch(apology, present)) return false;
    let j = 0;
    const rx = apology.rx;
    rx.lastIndex = 0;
    for (let m = rx.exec(reply); m; m = rx.exec(reply)) {
      while (j < canned.length && canned[j]![1] <= m.index) j++;
      const inCanned = j < canned.length && canned[j]![0] <= m.index;
      if (!inCanned) return true;
    }
    return false;
  }

  /** A lazy, memoised view of every signal for one reply. */
  read(
    reply: string,
    present: Uint8Array,
    customer: CustomerView | null,
    canned: readonly (readonly [number, number])[],
    refusedByFlag = false,
  ): SignalTest {
    const memo = new Map<Signal, boolean>();
    const get = (s: Signal): boolean => {
      let v = memo.get(s);
      if (v === undefined) {
        v = s === 'reply.refusal' && refusedByFlag ? true : this.compute(s, get, reply, present, customer, canned);
        memo.set(s, v);
      }
      return v;
    };
    return get;
  }

  private compute(
    s: Signal,
    get: SignalTest,
    reply: string,
    present: Uint8Array,
    customer: CustomerView | null,
    canned: readonly (readonly [number, number])[],
  ): boolean {
    const c = this.c;
    switch (s) {
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
        return customer !== null && test(c.errorReport, this.withoutSelfFault(customer), customer.present);
      case 'customer.wantUnclear':
        return (
          customer !== null &&
          get('customer.unhappy') &&
          // Venting: heat or criticism with no concrete ask. A concrete problem implies its fix.
          (get('customer.heated') || test(c.criticism, customer.canonical, customer.present)) &&
          !GENUINE_QUESTION.test(customer.original) &&
          !test(c.want, customer.canonical, customer.present)
        );
      case 'reply.problemContext':
        // Without the customer's words, a support reply is taken to answer a problem.
        return customer === null || get('customer.problem') || get('customer.heated');
      case 'reply.namesIssue':
        return customer !== null && namesIssue(this.customerKeys(customer), reply);
      case 'reply.admission':
        return test(c.admission, reply, present);
      case 'reply.refusal':
        return test(c.refusal, reply, present);
      case 'reply.alternative':
        return test(c.alternative, reply, present);
      case 'reply.hiddenOwnership':
        return test(c.hiddenOwnership, reply, present);
      case 'reply.commitment':
        // Passive "an error occurred" with no admission hides who is responsible, even beside "I'll".
        return test(c.commitment, reply, present) && !(get('reply.hiddenOwnership') && !get('reply.admission'));
      case 'reply.sincereApology':
        return this.hasSincereApology(reply, present, canned);
      case 'reply.nextStep':
        return this.hasTimedStep(reply, present);
      case 'reply.question':
        return reply.includes('?');
      case 'reply.thanks':
        return test(c.thanks, reply, present);
      case 'reply.callOffer':
        return test(c.callOffer, reply, present);
      case 'reply.restates':
        return test(c.restates, reply, present);
    }
  }
}
