import { describe, expect, test } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';
import { applySwap } from './swap-helpers';

const score = createScorer();
const flagsOf = (reply: string) => score({ reply }).findings.filter((f) => f.kind === 'flag');

/** The reply after the first Swap offered for `ruleId`, as the page and the command line apply it. */
function afterSwap(reply: string, ruleId: string): string {
  const f = flagsOf(reply).find((x) => x.ruleId === ruleId && x.swap)!;
  return applySwap(reply, f);
}

/**
 * Whether the flag's Swap rewrites its clause. (A Swap that only turns its sentence's end, the
 * flagged words kept as written — a sentence rewrite, tests/unit/engine-sentence-rewrite.test.ts — does not.)
 */
const rewritesClause = (f: Finding) => f.swapSpan !== undefined && f.swapSpan.start < f.end;

/** The reply with the one finding of `ruleId` swapped, as the page and the command line do it. */
function swappedBy(reply: string, ruleId: string): { after: string; finding: Finding } {
  const hits = flagsOf(reply).filter((f) => f.ruleId === ruleId);
  expect(hits.map((f) => f.text)).toHaveLength(1);
  const finding = hits[0]!;
  expect(finding.swap).toBe(true);
  return { after: applySwap(reply, finding), finding };
}

describe('a clause rewrite turns the flagged clause in the agent’s own words', () => {
  test.each([
    ['system-says', 'Our booking system shows the engineer attended at 11:40.', 'Our records show the engineer attended at 11:40, but they may be wrong, so I’m checking.'],
    // The verdict drawn from the record is replaced with the check.
    [
      'system-says',
      'Hi Beth, our match records show you left at minute 14, so the penalty was applied correctly.',
      'Hi Beth, our records show you left at minute 14, but they may be wrong, so I’m checking.',
    ],
    ['system-says', 'According to our system, the add-on was bought on 14 January.', 'Our records show the add-on was bought on 14 January, but they may be wrong, so I’m checking.'],
    ['system-says', 'The payments platform has no record of a card payment on 3 May.', 'I can’t find any record of a card payment on 3 May yet, but that may be our error, so I’m checking.'],
    ['system-says', 'Our logs show a refund of £37.50 on 2 May.', 'Our records show a refund of £37.50 on 2 May, but they may be wrong, so I’m checking.'],
    ['policy-shield', 'It is our policy to hold refunds until the cycle closes.', 'We hold refunds until the cycle closes, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'Company rules say refunds are only given within 14 days.', 'Refunds are only given within 14 days, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'Our terms state that refunds go back to the original card.', 'Refunds go back to the original card, but here is what I can do: [what you can offer].'],
    // A firm conclusion after "and" is the verdict: it goes with the hedge.
    [
      'system-says',
      'According to our system your account was flagged for unusual activity and it will stay blocked.',
      'Our records show your account was flagged for unusual activity, but they may be wrong, so I’m checking.',
    ],
    ['dead-end', 'The fee was applied on 2 May and there is no way around it.', 'The fee was applied on 2 May, but here is what I can do: [what you can offer].'],
    ['blame-shift', 'You’ll need to raise a claim with the courier.', 'I’ll raise a claim with the courier for you and let you know what they say.'],
    ['blame-shift', 'Please contact customs directly.', 'I’ll contact customs directly for you and let you know what they say.'],
    ['argue-defend', 'As I explained in my last message, refunds take ten days.', 'Refunds take ten days.'],
  ])('%s: %j', (ruleId, reply, expected) => {
    expect(swappedBy(reply, ruleId).after).toBe(expected);
  });

  test('the flag still marks the words that hurt; the Swap covers the clause', () => {
    const { finding } = swappedBy('Our logs show three delivery attempts.', 'system-says');
    expect(finding.text).toBe('Our logs show');
    expect(finding.swapSpan).toEqual({ start: 0, end: 37, text: 'Our logs show three delivery attempts' });
  });

  test.each([
    'Our booking system shows the engineer attended at 11:40.',
    'The payments platform has no record of a card payment on 3 May.',
    'Our logs show a refund of £37.50 on 2 May.',
  ])('the rewritten %j is not flagged again', (reply) => {
    const { after } = swappedBy(reply, 'system-says');
    expect(flagsOf(after).filter((f) => f.ruleId === 'system-says')).toEqual([]);
  });
});

describe('no rewrite where it would not read as written', () => {
  test.each([
    // The clause turns: the rewrite would drop what the agent went on to say.
    ['system-says', 'Our logs show one scan because the driver left it at the desk.'],
    // Not at the start of its sentence: "I'm our records show…".
    ['system-says', 'I’m looking at your order and it clearly says $48.'],
    // A fragment, a quote or a full stop inside: the rest is not a plain clause.
    ['system-says', 'Our logs show "x".'],
    ['system-says', 'Our records show it was signed for by M. Jones at 10:02.'],
    // Nothing after the flagged words to rewrite.
    ['system-says', 'The app shows.'],
    // The verdict goes on past an emoji: the hedge would sit before "so the parcel was delivered".
    ['system-says', 'Our GPS confirms the driver was at your address at 4:12pm 📍 so the parcel was delivered.'],
    // (A closed door on its own is the fact the customer must know: "We don’t make exceptions." is
    // kept as written, with the offer after it; see swaps9-policy-dead-end-shared.test.ts.)
  ])('%s: %j', (ruleId, reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === ruleId);
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(rewritesClause(f)).toBe(false);
  });

  test('a routine status read from the record is not doubted: only where the customer disputes it or is upset', () => {
    const reply = 'The tracking shows your parcel is out for delivery today.';
    const rewriteFor = (customer: string) => score({ reply, customer }).findings.find((f) => f.ruleId === 'system-says' && f.swapSpan)?.replacement;
    // Undisputed, the agent says what they see instead of quoting the machine, with no hedge.
    expect(rewriteFor('Hi, where is my parcel? Order 4471.')).toBe('I can see your parcel is out for delivery today');
    expect(rewriteFor('Your tracking is wrong, nobody has been here and I am furious.')).toMatch(/may be wrong/);
  });

  test('a redirect to the customer’s own bank is not taken over: the agent cannot act there', () => {
    // Its Swap says what the bank can do and what the agent gives the customer for it, never that
    // the agent contacts the bank (tests/unit/swaps3-blame-argue.test.ts).
    for (const f of flagsOf('You’ll need to contact your bank about the charge.')) expect(f.replacement).not.toMatch(/\bI(?:’|')ll (?:contact|call|speak|ask|chase|take)\b/);
  });
});

describe('phrase swaps read as written', () => {
  test.each([
    ['We acknowledge your letter of 8 January.', 'Thanks for your letter of 8 January.'],
    ['Please send the signed form to the undersigned.', 'Please send the signed form to me.'],
    ['We are pleased to inform your good self that the season starts on 1 December.', 'I’m happy to say the season starts on 1 December.'],
    // "bring … to your notice" keeps its words together: the whole lead goes, or the verb's words turn.
    ['Dear Ms Tanaka, we wish to bring to your notice that the reminder was sent on 1 March.', 'Dear Ms Tanaka, the reminder was sent on 1 March.'],
    ['We wish to draw your attention to clause 4.', 'Please see clause 4.'],
  ])('%j', (reply, expected) => {
    expect(afterSwap(reply, 'corporate-speak')).toBe(expected);
  });
  test('no “Thanks for” where the sentence goes on with “and will …”', () => {
    const hits = flagsOf('We acknowledge receipt of your appeal and will revert once it has been reviewed.').filter((f) => f.ruleId === 'corporate-speak');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((f) => f.swap && f.replacement === 'Thanks for')).toBe(false);
  });
});

describe('swaps with the agent’s blank selected', () => {
  test.each([
    ['vague-time', 'Someone from our debt team will be in touch.', 'Someone from our debt team will be in touch by [day and time].'],
    ['vague-time', 'We’ll reply to your DM in a timely manner 🙏', 'We’ll reply to your DM by [day and time] 🙏'],
    ['policy-shield', 'Lockers not used for 30 days are cleared per our locker rules.', 'Lockers not used for 30 days are cleared because [the real reason].'],
    // The sentence gives its reason already: no second "because".
    ['policy-shield', 'The ticket was closed because it had no reply for 48 hours, as outlined in our support policy.', 'The ticket was closed because it had no reply for 48 hours, but here is what I can do instead: [what you can offer].'],
    ['canned-empathy', 'Sorry for the inconvenience.', 'I’m sorry [what went wrong for them].'],
  ])('%s: %j', (ruleId, reply, expected) => {
    expect(afterSwap(reply, ruleId)).toBe(expected);
  });
  test('the time’s place, once swapped in, is flagged as a blank, not as vague', () => {
    const ids = flagsOf('Someone will be in touch by [day and time].').map((f) => f.ruleId);
    expect(ids).toContain('unfilled-placeholder');
    expect(ids).not.toContain('vague-time');
  });
});

test('a rewrite does not carry another flagged phrase into its words', () => {
  const hits = flagsOf('As per our records, the system shows it was delivered.');
  // The lead that says the record twice goes with the clause's rewrite (stop 40, round 3: one
  // Swap over both, the record said once); no Swap carries the clause's flagged words into its own.
  expect(hits.filter((f) => f.swapSpan).every((f) => f.swapSpan!.text.startsWith('As per our records, the system shows'))).toBe(true);
  expect(hits.map((f) => f.replacement).join(' ')).not.toMatch(/records show the system shows|system shows/);
});

test.each([
  ['I must point out that the claim form was signed by you.', 'The claim form was signed by you.'],
  ['Just to set the record straight, our valuation uses the trade guides.', 'To explain what happened, our valuation uses the trade guides.'],
])('an argumentative lead-in swaps out, the fact said plainly: %j', (reply, expected) => {
  expect(afterSwap(reply, 'argue-defend')).toBe(expected);
});

test.each([
  ['That is not our fault.', 'I’ll take this on and make sure it gets sorted.'],
  ['That’s not our fault, damage in transit is handled by the courier.', 'Damage in transit is handled by the courier.'],
])('blame-shift: “not our fault” becomes the agent taking it on, or is dropped before its clause: %j', (reply, expected) => {
  expect(afterSwap(reply, 'blame-shift')).toBe(expected);
});

// Issue 11 §2: a fix, not an instruction, for more of the flags that hurt most.
describe('more flags come with a Swap that reads as sent', () => {
  test.each([
    // The rule cited, then the clause it decides: the clause as the agent's own, with the offer.
    ['policy-shield', 'Under our terms, refunds aren’t possible after 14 days.', 'Refunds aren’t possible after 14 days, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'I’m not allowed to refund more than £50.', 'I can’t refund more than £50, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'We’re not allowed to quote for drivers under 18 on this product.', 'I can’t quote for drivers under 18 on this product, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'I don’t have the authority to waive the fee.', 'I can’t waive the fee, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'Our procedures don’t allow me to cancel the visit.', 'I can’t cancel the visit, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'Our refund policy does not allow refunds on downloads.', 'We don’t allow refunds on downloads, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'Company rules require us to recover the full amount.', 'We need to recover the full amount, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'Our security policy mandates that admin rights can only be moved by an admin.', 'Admin rights can only be moved by an admin, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'This is practice policy.', 'The reason is [the real reason], and here is what I can do: [what you can offer].'],
    // A door shut, turned into the offer; a decision or fee declared fixed keeps its fact.
    ['dead-end', 'There is nothing further I can offer on this claim.', 'Here is what I can offer on this claim: [what you can offer].'],
    ['dead-end', 'There’s nothing I can do to adjust it.', 'I can’t adjust it, but here is what I can do: [what you can offer].'],
    ['dead-end', 'The underwriting decision is final.', 'The underwriting decision hasn’t changed, but here is what I can do: [what you can offer].'],
    ['dead-end', 'The fee stands.', 'The fee is still in place, but here is what I can do: [what you can offer].'],
    ['dead-end', 'The fee was applied on 2 May. That is final.', 'The fee was applied on 2 May. Here is what I can do: [what you can offer].'],
    ['dead-end', 'Backdating more than 3 months is not possible, full stop.', 'Backdating more than 3 months is not possible, but here is what I can do: [what you can offer].'],
    // A machine's log read as what the records show (no customer message: the hedge fits).
    ['system-says', 'The driver’s scanner logged an attempt at 3:12pm.', 'Our records show an attempt at 3:12pm, but they may be wrong, so I’m checking.'],
    // A claim that the record cannot be wrong, in a sentence of its own, goes.
    ['system-says', 'Thanks for waiting. The system does not make mistakes. The fee is £5.', 'Thanks for waiting. The fee is £5.'],
    // Argumentative lead-ins go; the point is said as news.
    ['argue-defend', 'Let me be clear: refunds take ten days.', 'Refunds take ten days.'],
    ['argue-defend', 'To reiterate, refunds take ten days.', 'Refunds take ten days.'],
    ['argue-defend', 'I must correct you on one point: the order left on Monday.', 'The order left on Monday.'],
    ['argue-defend', 'Thanks for your email. I’ve explained this twice already.', 'Thanks for your email.'],
    ['argue-defend', 'As I said in my previous reply, this journey isn’t eligible for compensation.', 'This journey isn’t eligible for compensation.'],
    ['argue-defend', 'As stated in our email of 10 March, statements take 10 working days.', 'Statements take 10 working days.'],
    ['argue-defend', 'Once again, please send the receipt.', 'Please send the receipt.'],
    ['argue-defend', 'Let me remind you that all purchases need a card.', 'All purchases need a card.'],
    ['argue-defend', 'I have to disagree there: a letter was sent on 4 November.', 'A letter was sent on 4 November.'],
    // A figure declared right is explained instead, its subject kept as the agent wrote it.
    ['argue-defend', 'The charge is correct.', 'The charge is based on [how it was worked out].'],
    ['argue-defend', 'The renewal quote was calculated correctly.', 'The renewal quote was calculated like this: [how it was worked out].'],
    ['argue-defend', 'Thanks for checking. Your premium has been calculated correctly.', 'Thanks for checking. Your premium has been calculated like this: [how it was worked out].'],
    // The customer's slip: the same fact without "you" as its cause, or the agent's next step.
    ['blame-shift', 'You must have missed the knock.', 'It looks like the knock may have been missed.'],
    ['blame-shift', 'You should have told them to bring it.', 'Here is what I’ll do to sort this out: [the next step you’ll take].'],
    // A stock apology with a stock tail becomes the specific one, its blank selected.
    ['canned-empathy', 'We regret any distress this may have caused.', 'I’m sorry [what went wrong for them].'],
    // A stock line in a sentence of its own goes; the next sentence takes its place.
    ['canned-empathy', 'Thank you for getting in touch. We take all complaints very seriously. The contractor will return on Monday.', 'Thank you for getting in touch. The contractor will return on Monday.'],
    ['canned-empathy', 'Apologies for the wait! We’re experiencing high volumes.', 'Apologies for the wait!'],
  ])('%s: %j', (ruleId, reply, expected) => {
    expect(swappedBy(reply, ruleId).after).toBe(expected);
  });

  test('undisputed, the agent says what they see or cannot find, without a hedge', () => {
    const customer = 'Hi, could you check when my refund was sent? Thanks.';
    const after = (reply: string) => {
      const f = score({ reply, customer }).findings.find((x) => x.ruleId === 'system-says' && x.swap)!;
      return applySwap(reply, f);
    };
    expect(after('Our records show the refund went out on 2 May.')).toBe('I can see the refund went out on 2 May.');
    expect(after('We have no note of a call from you in April.')).toBe('I can’t find a record of a call from you in April.');
  });

  test('a stock apology rewritten names the customer’s problem where the message gives it', () => {
    const f = score({ reply: 'We regret any distress this may have caused.', customer: 'My parcel arrived damaged and the lamp is broken.' }).findings.find(
      (x) => x.ruleId === 'canned-empathy',
    )!;
    expect(f.swapSpan).toBeDefined();
    expect(f.replacement).toMatch(/^I’m sorry (?!\[)/);
    expect(f.replacement).not.toContain('{issue}');
  });
});

describe('near misses of the new rewrites keep no clause Swap', () => {
  test.each([
    // A fact of the agent's (a name, a date) or a second clause: the next step would drop it.
    ['blame-shift', 'You should have told Dana on Monday.'],
    ['blame-shift', 'You should have checked the size, so I’ve sent a new pair.'],
    ['blame-shift', 'You must have called the wrong line, cancellations only count at the main desk.'],
    // The agent's own next step after "so" would be dropped with the verdict.
    ['policy-shield', 'I’m not authorised to issue refunds, so I’ve passed your case to billing.'],
    // A lead after ", so" dropped before another joining word would leave "so and".
    ['argue-defend', 'Each exam question maps to a chapter, so I disagree with you there, and the mark stands.'],
    // The sentence goes on past a semicolon: it would run on from the rewrite's blank (read blind).
    ['policy-shield', 'I’m not authorised to refund worn boots; section 4 of our returns policy covers this.'],
    // The book's name runs on: "of your booking, …" is no clause of its own.
    ['policy-shield', 'Under the terms of your booking, refunds end after 14 days.'],
    // The sentence names the decision: it is the fact the customer must keep.
    ['dead-end', 'The policy cancellation is irreversible.'],
    // The claim of infallibility carries the verdict: not dropped with it.
    ['system-says', 'The system does not make mistakes, so the cancellation stands.'],
    // "recorded" as a noun's participle, not a machine's act.
    ['system-says', 'The fuel reading recorded at return was 3/4.'],
    // A stock line that goes on with what will be done.
    ['canned-empathy', 'Your enquiry is important to us and will be dealt with by Friday.'],
    // A stock apology that goes on with what was done.
    ['canned-empathy', 'We regret any distress this may have caused and have refunded the fee.'],
    // A figure declared right with more said after it, or after a clause that is no subject.
    ['argue-defend', 'The fee has been correctly applied and won’t be refunded.'],
    ['argue-defend', 'I am satisfied the charge was correctly levied.'],
    // The argument goes on past a colon: not a sentence of its own to drop.
    ['argue-defend', 'I’ve explained this twice: the fee covers the visit.'],
  ])('%s: %j', (ruleId, reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === ruleId);
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(rewritesClause(f)).toBe(false);
  });

  test('the guessed slip reads as passive only with the thing missed after it', () => {
    const f = flagsOf('You must have sent it twice.').find((x) => x.ruleId === 'blame-shift')!;
    expect(f.replacement).not.toMatch(/may have been/);
  });

  test('nothing left to do, with more said after it, is not turned into the offer', () => {
    const hits = flagsOf('There is nothing more I can do from my side and writing again will not help.');
    expect(hits.some((f) => f.swapSpan && /writing again/.test(f.replacement))).toBe(false);
  });
});

// Issue 11, second pass: more flags with a Swap, each reading as sent, and the near misses refused.
describe('a record that has someone down as something, or a time after "since", is still one clause', () => {
  test.each([
    ['Our account history shows you as the occupier until 30 June.', 'Our records show you as the occupier until 30 June, but they may be wrong, so I’m checking.'],
    ['Our system is showing it as delivered at 14:02, so it will have been left in a safe place.', 'Our records show it as delivered at 14:02, but they may be wrong, so I’m checking.'],
    ['Our network monitoring shows no drops on your line since Saturday.', 'Our records show no drops on your line since Saturday, but they may be wrong, so I’m checking.'],
    ['The record shows no vaccination since 2022.', 'Our records show no vaccination since 2022, but they may be wrong, so I’m checking.'],
    ['The tracking data shows all three parcels as delivered and signed for.', 'Our records show all three parcels as delivered and signed for, but they may be wrong, so I’m checking.'],
  ])('%j', (reply, expected) => {
    expect(swappedBy(reply, 'system-says').after).toBe(expected);
  });

  test.each([
    // "as" and "since" that open a second clause: the rewrite would drop it.
    'Our logs show one scan as the driver left it at the desk.',
    'Our logs show one scan since the driver left it at the desk.',
    // What the record lacks is no clause after "according to our system".
    'According to our system no export readings were received.',
  ])('no rewrite: %j', (reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'system-says');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(rewritesClause(f)).toBe(false);
  });
});

describe('after a lead-in that leaves a clause of its own, a rewrite that says something of its own', () => {
  test.each([
    ['policy-shield', 'I’m afraid our refund policy does not allow refunds on downloads.', 'I’m afraid we don’t allow refunds on downloads, but here is what I can do: [what you can offer].'],
    ['policy-shield', 'Please be informed that our membership policy does not permit under-16s on the gym floor.', 'Please be informed that we don’t permit under-16s on the gym floor, but here is what I can do: [what you can offer].'],
    ['argue-defend', 'And as I’ve said, cases aren’t covered for drop damage.', 'And cases aren’t covered for drop damage.'],
    ['system-says', 'We would like to bring to your attention that our logs show a refund of £37.50 on 2 May.', 'We would like to bring to your attention that our records show a refund of £37.50 on 2 May, but they may be wrong, so I’m checking.'],
  ])('%s: %j', (ruleId, reply, expected) => {
    expect(swappedBy(reply, ruleId).after).toBe(expected);
  });

  test.each([
    // "I'm afraid here is what I can do", "Please note that here is what I'll do": not after a lead-in.
    // (Not "…on this claim.": that sentence is now turned whole, its lead-in with it, tests/unit/swaps6-shapes.)
    ['dead-end', 'I’m afraid there is nothing further I can offer at this stage of the claim.'],
    ['blame-shift', 'Please note that you should have told them to bring it.'],
    // "I'm sorry but …, but here is what I can do": two turns in one sentence.
    ['policy-shield', 'I’m sorry but our terms state that refunds go back to the original card.'],
  ])('no rewrite: %s: %j', (ruleId, reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === ruleId);
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(rewritesClause(f)).toBe(false);
  });
});

describe('a claim that the record cannot be wrong, joined by "and" to the record, goes with its "and"', () => {
  test.each([
    ['The surcharge is set by our rate engine based on your zip code, and the rate engine is always right.', 'The surcharge is set by our rate engine based on your zip code.'],
    ['Your telematics box recorded a speed of 48mph at the time, and the telematics data is conclusive.', 'Your telematics box recorded a speed of 48mph at the time.'],
    // How accurate it claims to be is still the claim: the sentence rewrite takes it with its "and"
    // and doubts the record, as for any other date ("on 2 May" is a date, not "may").
    ['The reading was taken on 2 May, and the data is accurate to the kilowatt hour.', 'The reading was taken on 2 May, but that may be wrong, so I’m checking.'],
  ])('%j', (reply, expected) => {
    const f = flagsOf(reply).find((x) => x.ruleId === 'system-says' && x.swapSpan)!;
    expect(applySwap(reply, f)).toBe(expected);
  });

  test.each([
    // The claim carries a verdict: not dropped with it.
    'The reading was taken on 2 May, and the data is accurate, so the bill stands.',
  ])('no drop: %j', (reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'system-says');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(f.swapSpan?.text ?? '').not.toMatch(/accurate/);
  });
});

describe('hindsight put on the customer becomes the next step the agent owns', () => {
  test.each([
    ['Had you read it, you’d have known the application was subject to full underwriting.', 'Here is what I’ll do to sort this out: [the next step you’ll take].'],
    ['Thanks. If you’d sent one in, this wouldn’t have happened.', 'Thanks. Here is what I’ll do to sort this out: [the next step you’ll take].'],
    ['If you’d told the call handler about your baby, an engineer would have come sooner.', 'Here is what I’ll do to sort this out: [the next step you’ll take].'],
  ])('%j', (reply, expected) => {
    expect(afterSwap(reply, 'blame-shift')).toBe(expected);
  });

  test.each([
    // A fact of the agent's (a name, a figure) in it, or a clause after the "would": not taken.
    'If you had read my reply, you would have seen that API keys go in the header.',
    'Had you called by 5pm, the £20 fee would not have applied.',
    'If you had told us, we could have helped, so please call next time.',
  ])('no rewrite: %j', (reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'blame-shift');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(rewritesClause(f)).toBe(false);
  });
});

describe('a door shut after its subject keeps the fact, with the door beside it', () => {
  test.each([
    // Not replaced by a blank: the closed door is the fact the customer must know, said as the agent's own.
    ['There is no way to recover it from our side.', 'I can’t recover it from our side, but here is what I can do: [what you can offer].'],
    ['There is no possibility to reverse these transactions.', 'I can’t reverse these transactions, but here is what I can do: [what you can offer].'],
    ['The cancellation cannot be reversed.', 'The cancellation cannot be reversed, but I can [what you can do instead].'],
    ['Unfortunately, the renewal can’t be reversed now.', 'Unfortunately, the renewal can’t be reversed, but I can [what you can do instead].'],
    // A door shut after a comma ("…, it is what it is", "…, this case is closed"): the door opens there instead.
    ['The charge is valid and cannot be refunded, it is what it is.', 'The charge is valid and cannot be refunded, but here is what I can do: [what you can offer].'],
    ['It is impossible to reactivate, this case is closed.', 'It is impossible to reactivate, but here is what I can do: [what you can offer].'],
    ['This decision will not be revisited.', 'This decision will not be revisited, but I can [what you can do instead].'],
    ['The bank’s decision on this request is not subject to review.', 'The bank’s decision on this request is not subject to review, but I can [what you can do instead].'],
  ])('%j', (reply, expected) => {
    expect(swappedBy(reply, 'dead-end').after).toBe(expected);
  });

  test.each(['The cancellation cannot be reversed.', 'This decision will not be revisited.', 'There is no way to recover it from our side.'])('swapped, %j is not flagged again', (reply) => {
    const { after } = swappedBy(reply, 'dead-end');
    expect(flagsOf(after).filter((f) => f.ruleId === 'dead-end')).toEqual([]);
  });

  test.each([
    // "I'm sorry but …, but I can": two turns in one sentence.
    'I’m sorry but the cancellation can’t be reversed.',
    // More said after it, or an absolute kept in the flagged words.
    'The account will not be reopened, and this letter is our final response.',
    'The refused application cannot be reopened in any case, you have to submit a new one.',
    'There is no way for it to be waived.',
    // A door shut after a comma with more said after it.
    // ("…, no other options exist for this." is the door and where it stands: that one is rewritten.)
    'Premiums already paid are not refundable, no other options exist for this and the cover has ended.',
  ])('no rewrite: %j', (reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'dead-end');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(rewritesClause(f)).toBe(false);
  });
});

describe('a denial tacked on after the fact goes; the fact and what follows it stay', () => {
  test.each([
    ['Customs holds are handled by the government, not us.', 'Customs holds are handled by the government.'],
    ['Duties are set by customs, not us, so you’ll need to pay them to release it.', 'Duties are set by customs, so you’ll need to pay them to release it.'],
    ['The referral was rejected by the hospital, not by us.', 'The referral was rejected by the hospital.'],
    // ("…in their hands rather than the club’s" is now taken up by the agent: swaps9-blame-parties.)
    ['Any refund is really in the bank’s hands rather than the club’s.', 'Any refund is really in the bank’s hands.'],
  ])('%j', (reply, expected) => {
    expect(afterSwap(reply, 'blame-shift')).toBe(expected);
  });

  test.each([
    // More of its own after it in the clause: the denial is not a tail.
    'Honestly that’s your internet, not our servers, they’ve been rock solid all day.',
    'That’s your IT folks, not us: someone rotated the certificate.',
    // No clause before it to trail: "It's." would be left.
    'It’s not us.',
  ])('no drop: %j', (reply) => {
    for (const f of flagsOf(reply).filter((x) => x.ruleId === 'blame-shift')) expect(f.swap && f.replacement === '' && /^not /.test(swapRange(f).text)).not.toBe(true);
  });
});

describe('a stock apology that closes its sentence after "and" gives way to the specific one', () => {
  test.each([
    ['Thank you for your email, and we’re sorry for any trouble caused.', 'Thank you for your email, and I’m sorry [what went wrong for them].'],
    ['Hi, I hear you and I apologise for any frustration.', 'Hi, I hear you and I’m sorry [what went wrong for them].'],
  ])('%j', (reply, expected) => {
    const f = flagsOf(reply).find((x) => x.ruleId === 'canned-empathy' && x.swap && /sorry/.test(x.replacement))!;
    expect(f.swapSpan).toBeUndefined();
    expect(applyEdit(reply, swapEdit(reply, f.start, f.end, f.replacement))).toBe(expected);
  });

  test('with the customer’s problem named where the message gives it', () => {
    const reply = 'Thank you for your email, and we’re sorry for any trouble caused.';
    const f = score({ reply, customer: 'My parcel arrived damaged and the lamp is broken.' }).findings.find((x) => x.ruleId === 'canned-empathy' && x.swap)!;
    expect(f.replacement).toMatch(/^I’m sorry (?!\[)/);
  });

  test.each([
    // An apology already made in the clause before: a second "I'm sorry" would say it twice.
    'So sorry for the slow reply, and sorry for any confusion.',
    // The sentence goes on after the words.
    'Thank you for your email, and we’re sorry for any trouble caused by the delay to your refund.',
  ])('no swap to the specific apology: %j', (reply) => {
    for (const f of flagsOf(reply).filter((x) => x.ruleId === 'canned-empathy')) expect(f.swap && f.replacement.startsWith('I’m sorry')).toBeFalsy();
  });
});

describe('the thank-you takes the apology’s place before a clause of the agent’s own', () => {
  test.each([
    ['Sorry for the delay, I’ve been helping other customers.', 'Thank you for your patience, I’ve been helping other customers.'],
    ['So sorry for the slow reply, and sorry for any confusion.', 'Thank you for your patience, and sorry for any confusion.'],
    ['So sorry for the slow reply 🙈 your package has been renewed!', 'Thank you for your patience 🙈 your package has been renewed!'],
  ])('%j', (reply, expected) => {
    expect(afterSwap(reply, 'sorry-for-wait')).toBe(expected);
  });

  test.each([
    // "Thank you for your patience, and for any upset caused": the thank-you would govern it.
    'Sorry for the delayed response, and for any upset caused.',
    'Hello, sorry for late reply because we have many emails.',
  ])('no swap: %j', (reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'sorry-for-wait');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(f.swap).toBeFalsy();
  });
});

describe('the time’s place before what the contact is for, or after “and”', () => {
  test.each([
    ['Someone from our debt team will be in touch to discuss it.', 'Someone from our debt team will be in touch by [day and time] to discuss it.'],
    ['We’ll look for another hotel and get back to you.', 'We’ll look for another hotel and get back to you by [day and time].'],
    ['The photos are with the engineer and we’ll get back to you with his assessment.', 'The photos are with the engineer and we’ll get back to you by [day and time] with his assessment.'],
    // Another time word after it: the two are one flag, and the time's place takes that word's.
    ['We’ll be in touch about it before long.', 'We’ll be in touch about it by [day and time].'],
  ])('%j', (reply, expected) => {
    expect(afterSwap(reply, 'vague-time')).toBe(expected);
  });

  test.each([
    // A condition after it: the time's place would clash with it.
    'We’ll get back to you with the results once they arrive.',
  ])('no swap on the contact: %j', (reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'vague-time');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(f.swap && /^(?:be in touch|get back to you)/.test(f.text)).toBeFalsy();
  });
});

describe('a sentence that only argues goes, with a word that only leads into it', () => {
  test.each([
    ['Look, I’ve explained this twice already. The skin was a limited reward.', 'The skin was a limited reward.'],
    ['Thanks. I’m afraid you’re simply mistaken about this. The fee is £5.', 'Thanks. The fee is £5.'],
    ['You’re wrong on that point. The fee is £5.', 'The fee is £5.'],
    // Dropped whole, its lead-in too: never left as a lead-in and a full stop.
    ['I’m afraid I’ve explained this twice already. The fee is £5.', 'The fee is £5.'],
  ])('%j', (reply, expected) => {
    expect(swappedBy(reply, 'argue-defend').after).toBe(expected);
  });

  test.each([
    // More said after it: what they are wrong about is the point to answer. (Its sentence may be
    // turned to hear that point, "I understand your concern about the meter being faulty; …", but
    // what they are wrong about is never dropped.)
    'You’re mistaken about the meter being faulty; these meters are tested.',
    // A lead-in that says something of its own stays, so the sentence is not dropped.
    'Hi Gary, you’re wrong about where it was.',
  ])('no drop: %j', (reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'argue-defend');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(rewritesClause(f) && !/about (?:the meter being faulty|where it was)/.test(f.replacement)).toBe(false);
  });
});

describe('what the records have someone down as, allowing they may be wrong', () => {
  test.each([
    ['Our system has you down as a no-show on the 3rd, so the fee was applied correctly.', 'Our records have you down as a no-show on the 3rd, but they may be wrong, so I’m checking.'],
    ['Hi, the appointment system has you down as a did-not-attend on the 12th.', 'Hi, our records have you down as a did-not-attend on the 12th, but they may be wrong, so I’m checking.'],
  ])('%j', (reply, expected) => {
    expect(swappedBy(reply, 'system-says').after).toBe(expected);
  });

  test('undisputed, no hedge on what the records have them down as', () => {
    const reply = 'Our system has you down as a no-show on the 3rd.';
    const f = score({ reply, customer: 'Hi, could you confirm my booking? Thanks.' }).findings.find((x) => x.ruleId === 'system-says')!;
    expect(f.swapSpan).toBeUndefined();
  });

  test('not where the clause turns after it', () => {
    for (const f of flagsOf('Our system still has you as the account holder because the move-out was not registered.').filter((x) => x.ruleId === 'system-says')) expect(f.swapSpan).toBeUndefined();
  });
});

describe('a duty put on the customer, its pronoun subject too, becomes the next step the agent owns', () => {
  test.each([
    ['Thanks. It was up to you to check the fare type before booking.', 'Thanks. Here is what I’ll do to sort this out: [the next step you’ll take].'],
    ['It’s your responsibility to keep us updated if you’ve moved.', 'Here is what I’ll do to sort this out: [the next step you’ll take].'],
  ])('%j', (reply, expected) => {
    expect(afterSwap(reply, 'blame-shift')).toBe(expected);
  });

  test.each([
    // A fact of the agent's in it, a verdict after it, or a subject that is more than a pronoun.
    // ('It was up to you to check the fare before 5 May.' now keeps its date: swaps-s42-duty-verdict.)
    'It’s the policyholder’s responsibility to renew on time, so the cover lapsed.',
    'The application form was up to you to check.',
  ])('no rewrite: %j', (reply) => {
    for (const f of flagsOf(reply).filter((x) => x.ruleId === 'blame-shift')) expect(f.swapSpan).toBeUndefined();
  });
});

describe('a limit said as the agent’s own, with the offer, where it is not joined to the rule', () => {
  test.each([
    ['I have no authority to waive the admin fee.', 'I can’t waive the admin fee, but here is what I can do: [what you can offer].'],
    ['Price matching is up to each store, so I’m unable to override the cashier’s decision.', 'Price matching is up to each store, so I can’t override the cashier’s decision, but here is what I can do: [what you can offer].'],
  ])('%j', (reply, expected) => {
    expect(swappedBy(reply, 'policy-shield').after).toBe(expected);
  });

  test('joined by "and" to the rule, the refusal still gives way to the offer', () => {
    expect(afterSwap('Our terms require damage to be reported within 48 hours, and I’m unable to make an exception.', 'policy-shield')).toBe(
      'Our terms require damage to be reported within 48 hours, but here is what I can do: [what you can offer].',
    );
  });

  test.each([
    // A sentence that has turned once already does not turn again.
    'I’d like to, but depot procedures cap storage at 7 days and I have no discretion to extend it.',
    // More than the act in the rest.
    'It’s a bank requirement. I’m not able to make exceptions to it, sorry.',
    // A rule or an exception named in the act: "I can't deviate from this procedure" still shields behind it.
    'I am unable to deviate from this procedure.',
  ])('no rewrite: %j', (reply) => {
    for (const f of flagsOf(reply).filter((x) => x.ruleId === 'policy-shield')) expect(rewritesClause(f)).toBe(false);
  });
});

describe('a stock apology in a sentence of its own after an @handle or "Oh no,", or closed by an emoji', () => {
  test.each([
    ['@jenbuilds Apologies for any trouble.', '@jenbuilds I’m sorry [what went wrong for them].'],
    // The "!" goes with the swap: "I'm sorry …!" reads as flippant.
    ['Oh no, sorry to hear that!', 'Oh no, I’m sorry [what went wrong for them].'],
    ['@gary_m Hi Gary, sorry to see this.', '@gary_m Hi Gary, I’m sorry [what went wrong for them].'],
    ['So sorry for any trouble 🙏 Please DM us your booking ref.', 'I’m sorry [what went wrong for them] 🙏 Please DM us your booking ref.'],
  ])('%j', (reply, expected) => {
    const f = flagsOf(reply).find((x) => x.ruleId === 'canned-empathy')!;
    expect(f.swap).toBe(true);
    expect(applySwap(reply, f)).toBe(expected);
  });

  test('with the customer’s problem named, the sentence keeps a full stop where the "!" went or its line ends', () => {
    const customer = 'my pre-order is delayed again';
    for (const [reply, expected] of [
      ['sorry for any disruption! pre-order dates are set by the maker', 'I’m sorry your pre-order is delayed again. pre-order dates are set by the maker'],
      ['So sorry for the hassle\nI have sent new ones.', 'I’m sorry your pre-order is delayed again.\nI have sent new ones.'],
      ['Sorry for the trouble. I have sent new ones.', 'I’m sorry your pre-order is delayed again. I have sent new ones.'],
    ] as [string, string][]) {
      const f = score({ reply, customer }).findings.find((x) => x.ruleId === 'canned-empathy')!;
      expect(applySwap(reply, f)).toBe(expected);
    }
  });

  test('offered to read where it cannot be swapped in, the sentence has its stop', () => {
    const reply = 'Dear Sir, we regret to hear about your experience and we take all feedback seriously.';
    const f = score({ reply, customer: 'Your receptionist sent my father home without his results.' }).findings.find((x) => x.ruleId === 'canned-empathy' && x.replacement.startsWith('I’m sorry'))!;
    expect(f.swap).toBeFalsy();
    expect(f.replacement).toBe('I’m sorry your father was sent home without his results.');
  });

  test('with the problem named, a place or an object after the stock words goes with them', () => {
    const customer = 'The cashier refused the price match.';
    for (const [reply, expected] of [
      ['Thank you. We are sorry to hear about your experience at our store. Price matching varies.', 'Thank you. I’m sorry to hear the cashier refused the price match. Price matching varies.'],
      ['Hi Lena, we apologise for any confusion with your order.\nColours vary.', 'Hi Lena, I’m sorry to hear the cashier refused the price match.\nColours vary.'],
    ] as [string, string][]) {
      const f = score({ reply, customer }).findings.find((x) => x.ruleId === 'canned-empathy')!;
      expect(applySwap(reply, f)).toBe(expected);
    }
    // Not where the place starts a clause of its own.
    const f = score({ reply: 'We apologise for any confusion with your order and we will refund it.', customer }).findings.find((x) => x.ruleId === 'canned-empathy');
    expect(f?.swap).toBeFalsy();
  });

  test('not where the sentence goes on after the words', () => {
    const f = flagsOf('@jenbuilds Apologies for any trouble with the app today.').find((x) => x.ruleId === 'canned-empathy');
    expect(f?.swap && f.replacement.startsWith('I’m sorry')).toBeFalsy();
  });
});

describe('a promise to come back and the vague time after it', () => {
  test('are one flag whose Swap keeps the promise and gives the time its place', () => {
    for (const [reply, expected] of [
      ['We’ll get back to you soon.', 'We’ll get back to you by [day and time].'],
      ['We’ll look into it and get back to you as soon as possible.', 'We’ll look into it and get back to you by [day and time].'],
    ] as [string, string][]) {
      const flags = flagsOf(reply).filter((f) => f.ruleId === 'vague-time');
      expect(flags).toHaveLength(1);
      expect(applySwap(reply, flags[0]!)).toBe(expected);
    }
  });
});

describe('after the @handles a social reply opens with', () => {
  test('a clause rewrite reads in place, its capital kept', () => {
    expect(swappedBy('@nina_k Our refunds tool shows it as completed on 2 July, so it’s been sent.', 'system-says').after).toBe(
      '@nina_k Our records show it as completed on 2 July, but they may be wrong, so I’m checking.',
    );
  });
  test('a phrase swap opening the sentence keeps its capital', () => {
    expect(afterSwap('@ollie_c Sorry for the wait!', 'sorry-for-wait')).toBe('@ollie_c Thank you for your patience!');
  });
  test('a handle mid-sentence opens nothing', () => {
    expect(afterSwap('Hi @ollie_c sorry for the wait!', 'sorry-for-wait')).toBe('Hi @ollie_c thank you for your patience!');
  });
});

describe('staff defended, in a clause that says nothing else, goes', () => {
  test.each([
    ['Hi, seating can change for operational reasons, and the crew acted correctly.', 'Hi, seating can change for operational reasons.'],
    ['Our damage assessment process is thorough and our staff are fully trained.', 'Our damage assessment process is thorough.'],
    ['Thanks for the photos. Our staff followed the correct process. I’ve asked the depot to call you.', 'Thanks for the photos. I’ve asked the depot to call you.'],
  ])('%j', (reply, expected) => {
    expect(afterSwap(reply, 'argue-defend')).toBe(expected);
  });

  test.each([
    // More said after it, or a verdict drawn from it: not dropped with it.
    'Seating can change, and the crew acted correctly when they moved you to row 12.',
    'The crew acted correctly, so no compensation is due.',
  ])('no drop: %j', (reply) => {
    for (const f of flagsOf(reply).filter((x) => x.ruleId === 'argue-defend')) expect(f.swap && f.replacement === '').toBeFalsy();
  });
});

describe('a reproach that only leads into its sentence is dropped, the point kept as the agent made it', () => {
  test.each([
    [
      'As stated in our previous two letters, cruciate ligament problems in both legs are treated as one condition, and the first claim used the full £4,000 limit.',
      'Cruciate ligament problems in both legs are treated as one condition, and the first claim used the full £4,000 limit.',
    ],
    ['Let me reiterate what I said on 3 June: the drain is caused by apps running in the background.', 'The drain is caused by apps running in the background.'],
    ['Dear taxpayer, as mentioned in all previous replies, the refund is in payment queue.', 'Dear taxpayer, the refund is in payment queue.'],
    ['For the last time, the contract was signed for 24 months, not 12.', 'The contract was signed for 24 months, not 12.'],
    ['As I said in my previous message, the refund was issued on May 2, so it will arrive by May 16.', 'The refund was issued on May 2, so it will arrive by May 16.'],
  ])('%j', (reply, after) => {
    expect(afterSwap(reply, 'argue-defend')).toBe(after);
  });

  test.each([
    // Not opening its sentence: the lead is inside it.
    'The meter is fine, as the engineer already told you, and the bills reflect what you used.',
    // What stands before the comma is a clause of its own, not the rest of the lead.
    'As I explained the fee was applied to every account, but it stays.',
    // No comma or colon closes the lead.
    'As I said before the fee stays but you can pay it monthly.',
  ])('no Swap for %j', (reply) => {
    expect(flagsOf(reply).some((f) => f.ruleId === 'argue-defend')).toBe(true);
    expect(flagsOf(reply).some((f) => f.ruleId === 'argue-defend' && f.swap)).toBe(false);
  });
});

describe('a flag held wholly by another rule’s Swap that does not say its words again', () => {
  test('offers that Swap: the one edit fixes both', () => {
    const reply = "The booking system shows you as 'did not attend' and this can't be changed.";
    const flags = flagsOf(reply);
    const record = flags.find((f) => f.ruleId === 'system-says')!;
    const door = flags.find((f) => f.ruleId === 'dead-end')!;
    expect(record.swap && door.swap).toBe(true);
    expect(swapRange(door)).toEqual(swapRange(record));
    const after = applySwap(reply, door);
    expect(after).toBe("Our records show you as 'did not attend', but they may be wrong, so I'm checking.");
    expect(flagsOf(after).filter((f) => f.ruleId === 'dead-end' || f.ruleId === 'system-says')).toEqual([]);
  });
});

describe('a Swap that doubts the record, beside a refusal that still stands on it', () => {
  const swapped = (reply: string) => {
    const f = flagsOf(reply).find((x) => x.ruleId === 'system-says' && x.swap)!;
    return applySwap(reply, f);
  };

  test('offers to look again at what the customer can show, not a check under way', () => {
    const reply = 'The clinic log has you down as a did-not-attend for the 10:00 slot. As the log is the record we go by, the charge remains on your account.';
    expect(swapped(reply)).toBe(
      'Our records have you down as a did-not-attend for the 10:00 slot, but they may be wrong, so if you have anything that shows otherwise, send it to me and I’ll look again. As the log is the record we go by, the charge remains on your account.',
    );
  });

  test('says "I’m checking" where nothing refuses beside it, or the refusal goes with the Swap', () => {
    expect(swapped('The clinic log has you down as a did-not-attend for the 10:00 slot. I’ll call you tomorrow.')).toMatch(/so I’m checking\. I’ll call you/);
    expect(swapped('The system shows it was delivered, so we can’t refund it.')).toBe('Our records show it was delivered, but they may be wrong, so I’m checking.');
  });

  // Stop 38: where the doubt would contradict the conclusion, the record is said as what the agent
  // sees (no doubt, nothing contradicted) rather than left without a Swap.
  test('offers no doubt where the next sentence concludes from the record: what the agent sees instead', () => {
    for (const [reply, expected] of [
      ['The meter log shows your boiler was serviced on 2 May. The call-out fee therefore applies.', 'I can see your boiler was serviced on 2 May. The call-out fee therefore applies.'],
      ['Our booking system shows the table was cancelled by phone. On that basis the deposit was kept.', 'I can see the table was cancelled by phone. On that basis the deposit was kept.'],
      ['The portal shows your form arrived after the deadline. As a result, the late fee stands.', 'I can see your form arrived after the deadline. As a result, the late fee stands.'],
    ] as const) {
      expect(swapped(reply), reply).toBe(expected);
    }
    // A next sentence that acts, or one that merely mentions a reason, keeps the Swap.
    expect(swapped('The meter log shows your boiler was serviced on 2 May. I’ll ask the engineer for his notes today.')).toMatch(/so I’m checking\. I’ll ask/);
    expect(swapped('The meter log shows your boiler was serviced on 2 May. Sorry that nobody told you so at the time.')).toMatch(/so I’m checking\. Sorry that/);
  });
});

describe('a stock apology made specific beside a record or a refusal the reply keeps', () => {
  const sorry = (reply: string) => score({ reply, customer: 'You charged me twice for my order!!' }).findings.find((f) => f.ruleId === 'canned-empathy')!;

  test('does not concede the customer’s account of our fault: the agent names what they are sorry for', () => {
    expect(sorry('Sorry for the inconvenience. The system shows one payment only.').replacement).toBe('I’m sorry [what went wrong for them]');
    expect(sorry('Sorry for the inconvenience. The second charge stands and cannot be refunded.').replacement).toBe('I’m sorry [what went wrong for them]');
  });

  test('the apology move is not offered again beside it, blank for blank', () => {
    const { findings } = score({ reply: 'Sorry for the inconvenience. The system shows one payment only.', customer: 'You charged me twice for my order!!' });
    expect(findings.find((f) => f.ruleId === 'sincere-apology')?.replacement).toBe('');
  });

  test('names it where the reply puts it right', () => {
    expect(sorry('Sorry for the inconvenience. I’ve refunded the second payment today.').replacement).toMatch(/^I’m sorry (?:to hear )?(?:we charged you|you were charged) twice/);
  });
});

describe('a Swap that doubts the record makes the admission move', () => {
  test('the move is listed with no sentence of its own beside the Swap, and keeps it where there is no such Swap', () => {
    const customer = 'You charged my card twice for the same order, fix it.';
    const doubted = score({ reply: 'The billing system shows one payment on 3 May. I’ll email you tomorrow.', customer }).findings;
    expect(doubted.find((f) => f.ruleId === 'system-says')?.replacement).toMatch(/may be wrong, so I’m checking/);
    expect(doubted.find((f) => f.ruleId === 'admit-error')?.replacement).toBe('');
    const plain = score({ reply: 'Thanks for your message. I’ll email you tomorrow.', customer }).findings;
    expect(plain.find((f) => f.ruleId === 'admit-error')?.replacement).not.toBe('');
  });
});
