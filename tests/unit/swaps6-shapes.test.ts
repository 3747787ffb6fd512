// Round 6 of Swaps (issue 11): sentence shapes that hold whatever the sentence's own words are.
// A record stood on against the customer gets the doubt owned after it; a door closed on a thing the agent
// names opens on that thing; a rule cited in a sentence that ends "…you agreed to" gets what the
// agent can do after it; a canned apology takes its vague cause ("…this delay may have caused")
// with it; the customer's name fills a name slot wherever the slot can only be their name.
// Each case is a reply written for this file, the reply after the Swap exactly, and the reply
// re-scored: the rule no longer flags it, and the words the Swap put in raise no flag of any rule
// (the bracketed blank is the agent's to fill, flagged by design).
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsWith, type Turn } from './swap-helpers';

/** The rule flags `words`, with no Swap. */
function expectNoSwap(ruleId: string, reply: string, words: string, turn: Turn = {}): void {
  const hits = flagsWith(reply, turn).filter((f) => f.ruleId === ruleId && f.text === words);
  expect(hits).toHaveLength(1);
  expect(hits[0]!.swap ?? false).toBe(false);
}

// A generic doubt appended to any record quoted against the customer ("…, but that may be wrong,
// so I'm checking.") was tried and dropped: a blind reader judged 8 of the 10 it made on validate
// worse, because the rest of the reply still stood on the record ("…and nothing more can be done").
describe('system-says: a record quoted as proof gets no generic doubt appended', () => {
  test('whatever its subject and verb, the sentence is not given "but that may be wrong"', () => {
    expectNoSwap('system-says', 'Our mail room logs every letter that comes in, so yours has not reached us.', 'logs every letter', {
      customer: 'I posted my form two weeks ago and nothing has happened.',
    });
    expectNoSwap('system-says', 'Our billing engine reads your meter automatically each night, so the usage figure stands.', 'Our billing engine reads', {
      customer: "My bill has gone up and I don't know why.",
    });
  });
});

describe('dead-end: a door closed on a thing the agent names', () => {
  test('"nothing more we can do for today\'s order": what the agent can do, on that order', () => {
    expectSwap(
      'dead-end',
      "Unfortunately there's nothing more we can do for today's delivery. I've passed your note to the driver.",
      "there's nothing more we can do",
      "Here is what I can do for today's delivery: [what you can offer]. I've passed your note to the driver.",
      { customer: 'My shopping has still not come.' },
    );
    expectSwap(
      'dead-end',
      "Unfortunately there's nothing more we can do for this week's booking.",
      "there's nothing more we can do",
      "Here is what I can do for this week's booking: [what you can offer].",
      { customer: 'My class was cancelled.' },
    );
  });

  test('a regret or a lead-in before the door goes with it, the thing kept ("on this claim")', () => {
    expectSwap('dead-end', 'Unfortunately there is nothing more I can do on this claim.', 'there is nothing more I can do', 'Here is what I can do on this claim: [what you can offer].');
    expectSwap('dead-end', 'I’m afraid there is nothing further I can offer on this claim.', 'there is nothing further I can offer', 'Here is what I can offer on this claim: [what you can offer].');
  });
});

describe('policy-shield: a rule cited in a sentence that ends on "…you agreed to"', () => {
  test('the sentence is whole there: what the agent can do follows it', () => {
    expectSwap(
      'policy-shield',
      'Premium seats are non-refundable under the booking terms you agreed to.',
      'under the booking terms',
      'Premium seats are non-refundable under the booking terms you agreed to, but here is what I can do instead: [what you can offer].',
      { customer: 'Can I get a refund on my seat?' },
    );
    expectSwap(
      'policy-shield',
      'Hi, the bike hire rules are in the T&Cs you signed up to.',
      'are in the T&Cs',
      'Hi, the bike hire rules are in the T&Cs you signed up to, but here is what I can do instead: [what you can offer].',
      { customer: "Why can't I hire two bikes?" },
    );
  });
});

describe('canned-empathy: the vague cause after the stock apology goes with it', () => {
  const LATE = { customer: 'My parcel never arrived and nobody has called me back. This is ridiculous.' };
  test('"…this delay may have caused", "…caused, Gary", "…and your family": the problem named instead', () => {
    expectSwap(
      'canned-empathy',
      'We regret any inconvenience this delay may have caused. I have sent a new parcel today.',
      'We regret any inconvenience',
      'I’m sorry your parcel never arrived. I have sent a new parcel today.',
      LATE,
    );
    expectSwap(
      'canned-empathy',
      'We regret any inconvenience caused, Gary. I have sent a new parcel today.',
      'We regret any inconvenience',
      'I’m sorry your parcel never arrived, Gary. I have sent a new parcel today.',
      LATE,
    );
    expectSwap(
      'canned-empathy',
      'We are sorry for the distress this has caused you and your family. I have sent a new parcel today.',
      'We are sorry for the distress this has caused you',
      'I’m sorry your parcel never arrived. I have sent a new parcel today.',
      LATE,
    );
  });
});

describe('unfilled-placeholder: a name slot that can only be the customer\'s', () => {
  const DANA = { customerName: 'Dana Reyes' };
  test('opening its sentence as a vocative: the first name, or (with none on the page) the slot and its comma go', () => {
    expectSwap('unfilled-placeholder', '[NAME], I have checked your order and refunded it.', '[NAME]', 'Dana, I have checked your order and refunded it.', DANA);
    expectSwap('unfilled-placeholder', '[NAME], I have checked your order and refunded it.', '[NAME]', 'I have checked your order and refunded it.');
  });

  test('between commas, or closing its sentence without one', () => {
    expectSwap('unfilled-placeholder', 'Thank you, [Customer Name], for your patience.', '[Customer Name]', 'Thank you, Dana, for your patience.', DANA);
    expectSwap('unfilled-placeholder', 'Thanks for waiting [Name]! I have refunded the order.', '[Name]', 'Thanks for waiting Dana! I have refunded the order.', DANA);
    expectSwap('unfilled-placeholder', 'Thanks for waiting [Name]! I have refunded the order.', '[Name]', 'Thanks for waiting! I have refunded the order.');
  });

  test('after a greeting that runs on with no comma', () => {
    expectSwap('unfilled-placeholder', 'Hi [Name] thanks for your message. I have refunded the order.', '[Name]', 'Hi Dana thanks for your message. I have refunded the order.', DANA);
    expectSwap('unfilled-placeholder', 'Hello [customer name] - I have refunded the order.', '[customer name]', 'Hello Dana - I have refunded the order.', DANA);
  });

  test('near-misses: a blank only the agent can fill gets nothing', () => {
    expectNoSwap('unfilled-placeholder', 'Your refund of £[amount] is on its way.', '[amount]', DANA);
    expectNoSwap('unfilled-placeholder', 'Thank you, [Customer Name], for your patience.', '[Customer Name]');
  });
});
