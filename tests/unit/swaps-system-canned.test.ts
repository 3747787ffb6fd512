// More `system-says` and `canned-empathy` flags with a Swap (issue 11): records read out with
// other verbs, statuses, leads and claims of accuracy owned and doubted; stock lines of sympathy
// joined to the agent's own clause dropped with their "and", stock apologies made specific.
// Each case is a reply as an agent would write it, the reply after the Swap exactly, and the
// reply re-scored: the sentence no longer flagged for the rule once its Swaps are made.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';
import { applySwap as applied, flagsOf } from './swap-helpers';

/** The reply after the Swap of the rule's flag on `words` (the rule's only flag where `words` is omitted). */
function swappedBy(reply: string, ruleId: string, words?: string, customer?: string): string {
  const hits = flagsOf(reply, customer).filter((f) => f.ruleId === ruleId && (words === undefined || f.text === words));
  expect(hits.map((f) => f.text)).toHaveLength(1);
  expect(hits[0]!.swap).toBe(true);
  return applied(reply, hits[0]!);
}

/**
 * The rule's flags left once its Swaps are all made, one after another (a stock line dropped
 * before an apology leaves that apology, which has a Swap of its own): none, where the Swaps
 * clear the sentence.
 */
function leftAfterAllSwaps(reply: string, ruleId: string, customer?: string): string[] {
  let text = reply;
  for (let i = 0; i < 4; i++) {
    const next = flagsOf(text, customer).find((f) => f.ruleId === ruleId && f.swap);
    if (!next) break;
    text = applied(text, next);
  }
  return flagsOf(text, customer)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.text);
}

const BLANK = '[what went wrong for them]';

describe('canned-empathy: a stock line joined to the agent’s own clause goes with its “and”', () => {
  test.each([
    // Before an apology the agent names: the apology opens the sentence.
    ['I hear you, and I’m sorry the parcel arrived late.', 'I hear you', 'I’m sorry the parcel arrived late.'],
    // Before what the agent will do, with or without a comma, after a greeting.
    ['We understand your concern and we’ll chase the warehouse today.', 'We understand your concern', 'We’ll chase the warehouse today.'],
    ['Hi Priya, I hear you and I’ll call the depot this afternoon.', 'I hear you', 'Hi Priya, I’ll call the depot this afternoon.'],
    // Before a stock apology: that apology stays, with its own Swap.
    ['We hear you, and we’re sorry for any trouble.', 'We hear you', 'We’re sorry for any trouble.'],
    // Before "sorry": the sympathy line goes, the apology opens the sentence.
    ['That must be so frustrating, sorry about that!', 'That must be so frustrating', 'Sorry about that!'],
    // A stock line the agent went on from: its subject is kept for what they did.
    ['We take all feedback seriously and will pass this to the site manager.', 'We take all feedback seriously', 'We will pass this to the site manager.'],
    ['Hi Ana, we completely understand your concern and have passed it to the kitchen.', 'we completely understand your concern', 'Hi Ana, we have passed it to the kitchen.'],
  ])('%j', (reply, words, expected) => {
    expect(swappedBy(reply, 'canned-empathy', words)).toBe(expected);
    expect(leftAfterAllSwaps(reply, 'canned-empathy')).toEqual([]);
  });
});

describe('canned-empathy: a stock line tacked on after an apology goes with its “and”', () => {
  test.each([
    ['Sorry for the slow reply, and for any upset caused.', 'Sorry for the slow reply.'],
    ['So sorry for the wait, and sorry for any confusion.', 'So sorry for the wait.'],
    ['Dear Sam, apologies for the delay and the inconvenience.', 'Dear Sam, apologies for the delay.'],
    ['Oh no, I’m so sorry to hear that and I know how annoying it is!', 'Oh no, I’m so sorry to hear that!'],
  ])('%j', (reply, expected) => {
    expect(swappedBy(reply, 'canned-empathy', reply.includes('So sorry') ? 'sorry for any confusion' : undefined)).toBe(expected);
    expect(leftAfterAllSwaps(reply, 'canned-empathy')).toEqual([]);
  });
});

describe('canned-empathy: a stock apology that runs on becomes the specific one', () => {
  test.each([
    // The request goes with the apology it asks them to accept.
    ['Please accept our apologies for any distress caused.', `I’m sorry ${BLANK}.`],
    // The subject the flagged words left outside goes with them.
    ['Hello, we apologise for all inconveniences.', `Hello, I’m sorry ${BLANK}.`],
    // The trouble said to be theirs, or a stock line of understanding after "and", goes too.
    ['We apologise for the trouble you’re having.', `I’m sorry ${BLANK}.`],
    ['We’re sorry to hear about your experience and understand how disappointing this must be.', `I’m sorry ${BLANK}.`],
  ])('%j', (reply, expected) => {
    expect(swappedBy(reply, 'canned-empathy')).toBe(expected);
    expect(leftAfterAllSwaps(reply, 'canned-empathy')).toEqual([]);
  });

  test('with the customer’s message, the apology names their problem', () => {
    const customer = 'The blender I ordered arrived with a cracked jug.';
    const after = swappedBy('Please accept our apologies for the trouble this has caused.', 'canned-empathy', undefined, customer);
    expect(after).toMatch(/^I’m sorry (?!\[).+\.$/);
    expect(leftAfterAllSwaps(after, 'canned-empathy', customer)).toEqual([]);
  });
});

describe('canned-empathy: no Swap where dropping the stock line would not read', () => {
  test.each([
    // A turn: "But sale items…" cannot open the sentence.
    ['I hear you, but sale items can’t be returned.', 'I hear you'],
    // No subject of the agent's own after "and".
    ['I understand your frustration, and the order will ship on Monday.', 'I understand your frustration'],
    // Tacked on after thanks, not an apology: nothing to keep it beside.
    ['Thanks for your patience and any inconvenience caused.', 'and any inconvenience caused'],
  ])('%j', (reply, words) => {
    const f = flagsOf(reply).find((x) => x.ruleId === 'canned-empathy' && x.text === words)!;
    expect(f).toBeDefined();
    expect(f.swap).toBeUndefined();
  });

  test('a sentence of stock lines alone is still rewritten whole, not cut down to one of them', () => {
    expect(swappedBy('We hear you, and we appreciate your feedback.', 'canned-empathy')).toBe(`I’m sorry ${BLANK}.`);
  });
});

describe('system-says: a record read out with other verbs is owned and doubted where disputed', () => {
  test.each([
    ['The gate data holds no tap-in from your card on Friday morning, so the penalty was issued.', 'Our records show no tap-in from your card on Friday morning, but they may be wrong, so I’m checking.'],
    ['The meter’s debt register holds a balance of £92 from your old supplier.', 'Our records show a balance of £92 from your old supplier, but they may be wrong, so I’m checking.'],
    // A time's colon is part of the record, not the end of its clause.
    ['Our booking log records a visit at 10:15.', 'Our records show a visit at 10:15, but they may be wrong, so I’m checking.'],
    ['Our order system has your old address on this order.', 'Our records have your old address on this order, but they may be wrong, so I’m checking.'],
    // A status the records hold, and where the agent read it.
    ['Your meter is registered as not communicating, so we estimate the bill.', 'Our records show your meter as not communicating, but they may be wrong, so I’m checking.'],
    ['On our end the invoice is showing as unpaid.', 'Our records show the invoice as unpaid, but they may be wrong, so I’m checking.'],
    ['Hello, in our database the contact email is now different.', 'Hello, our records show the contact email is now different, but they may be wrong, so I’m checking.'],
    // The pronoun goes with the claim that the record makes it clear.
    ['Hi Tyler, it’s clear from the booking record that no insurance was added.', 'Hi Tyler, our records show no insurance was added, but they may be wrong, so I’m checking.'],
  ])('%j', (reply, expected) => {
    expect(swappedBy(reply, 'system-says')).toBe(expected);
    expect(leftAfterAllSwaps(reply, 'system-says')).toEqual([]);
  });

  test('nothing disputed: what the agent sees, said as theirs', () => {
    const customer = 'Hi, what time did I go through the gate?';
    const reply = 'The gate log holds a tap-in at 10:15.';
    expect(swappedBy(reply, 'system-says', undefined, customer)).toBe('I can see a tap-in at 10:15.');
    expect(leftAfterAllSwaps(reply, 'system-says', customer)).toEqual([]);
    expect(swappedBy('As far as our system is concerned, the return hasn’t arrived.', 'system-says')).toBe('From what I can see, the return hasn’t arrived.');
  });
});

describe('system-says: a claim that the record is beyond doubt', () => {
  test.each([
    // Leading into the record's facts: the claim goes, the facts open the sentence.
    ['The payment log doesn’t lie, there’s one charge of £12 on Monday.', 'There’s one charge of £12 on Monday.'],
    ['Hi Sam, the ledger is unambiguous, your card paid £40 on 2 May.', 'Hi Sam, your card paid £40 on 2 May.'],
    // After a greeting, where it cannot go as a sentence of its own: the doubt in its place.
    ['Hi Sam, the tracking is accurate.', 'Hi Sam, our records may be wrong, so I’m checking again.'],
    // The record named in the agent's words, the claim and its verdict given way to the doubt.
    ['Our fraud detection system can’t be wrong on this, so the hold remains.', 'Our fraud detection system may be wrong, so I’m checking again.'],
    ['The usage records are generated automatically by the network and are always accurate.', 'The usage records may be wrong, so I’m checking again.'],
    // Joined on after the record: it goes, and the record is doubted.
    ['The van’s scanner recorded the fault as a loose cable, and our visit records are final.', 'The van’s scanner recorded the fault as a loose cable, but that may be wrong, so I’m checking.'],
  ])('%j', (reply, expected) => {
    const first = flagsOf(reply).find((f) => f.ruleId === 'system-says' && f.swap)!;
    expect(applied(reply, first)).toBe(expected);
    expect(flagsOf(expected).filter((f) => f.ruleId === 'system-says')).toEqual([]);
  });
});

test('system-says: a record cited before a clause that quotes a record again: the lead goes with the clause’s rewrite, the same as the lead first, then the clause', () => {
  const reply = 'Hi Sam. As per our records, the booking system shows the table was cancelled on Friday.';
  const lead = flagsOf(reply).find((f) => f.ruleId === 'system-says' && f.text === 'As per our records')!;
  expect(lead.swap).toBe(true);
  const once = applied(reply, lead);
  expect(once).toBe('Hi Sam. Our records show the table was cancelled on Friday, but they may be wrong, so I’m checking.');
  // The lead taken out by hand first: the clause's own Swap ends on the same words.
  const leadGone = 'Hi Sam. The booking system shows the table was cancelled on Friday.';
  expect(applied(leadGone, flagsOf(leadGone).find((f) => f.ruleId === 'system-says')!)).toBe(once);
  // A lead before the record's own facts keeps its clause rewrite.
  const alone = 'According to our records, the table was cancelled on Friday.';
  expect(applied(alone, flagsOf(alone).find((f) => f.ruleId === 'system-says')!)).toBe('Our records show the table was cancelled on Friday, but they may be wrong, so I’m checking.');
});

describe('system-says: a verdict drawn from the record against the customer’s problem', () => {
  const reply = 'The courier’s device logged it as handed to a neighbour, so it counts as delivered.';

  test('the verdict gives way to the doubt owned', () => {
    const customer = 'My parcel never arrived.';
    expect(swappedBy(reply, 'system-says', undefined, customer)).toBe('The courier’s device logged it as handed to a neighbour, but that may be wrong, so I’m checking.');
    expect(leftAfterAllSwaps(reply, 'system-says', customer)).toEqual([]);
  });

  test('a routine question about the record: no doubt to own', () => {
    const f = flagsOf(reply, 'Thanks! Which neighbour has it?').find((x) => x.ruleId === 'system-says')!;
    expect(f.swap).toBeUndefined();
  });
});

describe('system-says: no Swap where it would not read', () => {
  test.each([
    // What follows the claim is the agent telling the customer they are wrong, not the record.
    ['The website is correct, you’ve misread it.', 'The website is correct'],
    // The claim goes on with the record's facts after "and": no lead to drop.
    ['The tracking is accurate to within a few metres, and it places the van at your door.', 'The tracking is accurate'],
    // A pronoun after the claim stands for the record: with the claim gone it would stand for nothing.
    ['The booking system is correct, it lists both of your visits.', 'The booking system is correct'],
    ['Our meter data is accurate, they were read remotely on the 3rd.', 'Our meter data is accurate'],
  ])('%j', (reply, words) => {
    const f = flagsOf(reply).find((x) => x.ruleId === 'system-says' && x.text === words)!;
    expect(f).toBeDefined();
    expect(f.swap).toBeUndefined();
  });

  test('a claim joined to words that read no record out is not doubted', () => {
    const hits = flagsOf('The engine weighs many factors and its outcome is reliable.').filter((f) => f.ruleId === 'system-says');
    for (const f of hits) expect(f.swap).toBeUndefined();
  });
});

test('an apology a clause rewrite makes takes the reply’s "!" with it', () => {
  const reply = 'Sorry about any issues you may be experiencing! Please try reinstalling the app.';
  const f = createScorer()({ reply, customer: 'the app keeps crashing when I try to pay rent' }).findings.find((x) => x.ruleId === 'canned-empathy')!;
  const range = swapRange(f);
  expect(applyEdit(reply, swapEdit(reply, range.start, range.end, f.replacement))).toBe('I’m sorry to hear the app keeps crashing when you try to pay rent. Please try reinstalling the app.');
});
