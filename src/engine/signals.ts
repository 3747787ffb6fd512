// Reads the named signals that suggestion rules depend on from the customer
// message and the agent's own reply (both already in canonical form).
import { contentKeys, namesIssue } from './overlap';
import { patternSource } from './pattern';
import * as cues from './rules/signals';
import type { Signal } from './rules/types';

const anyOf = (patterns: string[], flags = '') => new RegExp(patterns.map(patternSource).join('|'), flags);

const RX = {
  problem: anyOf(cues.CUSTOMER_PROBLEM),
  selfFault: anyOf(cues.CUSTOMER_SELF_FAULT, 'g'),
  errorReport: anyOf(cues.CUSTOMER_ERROR_REPORT),
  want: anyOf(cues.CUSTOMER_WANT),
  heat: anyOf(cues.CUSTOMER_HEAT),
  refusal: anyOf(cues.REPLY_REFUSAL),
  alternative: anyOf(cues.REPLY_ALTERNATIVE),
  commitment: anyOf(cues.REPLY_COMMITMENT),
  hiddenOwnership: anyOf(cues.REPLY_HIDDEN_OWNERSHIP),
  admission: anyOf(cues.REPLY_ADMISSION),
  time: anyOf(cues.REPLY_TIME),
  future: anyOf(cues.REPLY_FUTURE),
  thanks: anyOf(cues.REPLY_THANKS),
  apology: anyOf(cues.REPLY_APOLOGY, 'g'),
  callOffer: anyOf(cues.REPLY_CALL_OFFER),
  restates: anyOf(cues.REPLY_RESTATES),
};

// Common all-capital words that are not shouting.
const ACRONYMS = new Set(
  'I OK ASAP UK US USA EU ID PIN PDF TV ETA UTC GMT BST CET EST PST PT ET AM PM FAQ SMS VAT CEO IT HR API URL DM PS NB FYI CSV USB GB MB KB TB SIM IBAN BIC ATM DIY NHS DVLA HMRC IRS VPN WIFI WI-FI APP IOS PC MAC SSD HDD BBC ID LOL OMG'.split(' '),
);
const CAPS_WORD = /\b[A-Z][A-Z'’]{1,}\b/g;

/** Shouting capitals, repeated exclamation marks, anger words and threats. */
export function isHeated(customerOriginal: string, customerCanonical: string): boolean {
  if (/!\s*!/.test(customerOriginal)) return true;
  let shouted = 0;
  for (const m of customerOriginal.matchAll(CAPS_WORD)) {
    if (!ACRONYMS.has(m[0].replace(/['’].*$/, ''))) shouted++;
  }
  if (shouted >= 2 || (shouted === 1 && customerOriginal.includes('!'))) return true;
  return RX.heat.test(customerCanonical);
}

const SENTENCES = /[^.!?\n]+(?:[.!?]+|$)/g;

function hasTimedStep(replyCanonical: string): boolean {
  for (const m of replyCanonical.matchAll(SENTENCES)) {
    const s = m[0];
    if (RX.time.test(s) && RX.future.test(s)) return true;
  }
  return false;
}

function hasSincereApology(replyCanonical: string, cannedSpans: readonly (readonly [number, number])[]): boolean {
  for (const m of replyCanonical.matchAll(RX.apology)) {
    const at = m.index;
    if (!cannedSpans.some(([s, e]) => at >= s && at < e)) return true;
  }
  return false;
}

export interface CustomerView {
  original: string;
  canonical: string;
  keys: Set<string>;
}

export function isProblemSentence(canonicalSentence: string): boolean {
  return RX.problem.test(canonicalSentence.replace(RX.selfFault, ' '));
}

/** Everything the suggestion rules ask about, for one reply and its customer message. */
export function readSignals(
  replyCanonical: string,
  customer: CustomerView | null,
  cannedSpans: readonly (readonly [number, number])[],
): Set<Signal> {
  const on = new Set<Signal>();
  const mark = (s: Signal, v: boolean) => v && on.add(s);

  if (customer) {
    const c = customer.canonical.replace(RX.selfFault, ' ');
    const problem = RX.problem.test(c);
    const heated = isHeated(customer.original, customer.canonical);
    on.add('customer.present');
    mark('customer.problem', problem);
    mark('customer.heated', heated);
    mark('customer.unhappy', problem || heated);
    mark('customer.errorReport', RX.errorReport.test(c));
    mark('customer.wantUnclear', (problem || heated) && !RX.want.test(customer.canonical));
    mark('reply.problemContext', problem || heated);
    mark('reply.namesIssue', namesIssue(customer.keys, contentKeys(replyCanonical)));
  } else {
    // Without the customer's words, a support reply is taken to answer a problem.
    on.add('reply.problemContext');
  }

  const admission = RX.admission.test(replyCanonical);
  mark('reply.admission', admission);
  mark('reply.refusal', RX.refusal.test(replyCanonical));
  mark('reply.alternative', RX.alternative.test(replyCanonical));
  const hidden = RX.hiddenOwnership.test(replyCanonical);
  mark('reply.hiddenOwnership', hidden);
  // Passive "an error occurred" with no admission hides who is responsible, even beside "I'll".
  mark('reply.commitment', RX.commitment.test(replyCanonical) && !(hidden && !admission));
  mark('reply.sincereApology', hasSincereApology(replyCanonical, cannedSpans));
  mark('reply.nextStep', hasTimedStep(replyCanonical));
  mark('reply.question', replyCanonical.includes('?'));
  mark('reply.thanks', RX.thanks.test(replyCanonical));
  mark('reply.callOffer', RX.callOffer.test(replyCanonical));
  mark('reply.restates', RX.restates.test(replyCanonical));
  return on;
}
