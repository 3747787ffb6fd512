// Round 5 of Swaps for `system-says`, `policy-shield`, `dead-end`, `canned-empathy` and
// `unfilled-placeholder` (issue 11 §2): families of sentence shapes, not single wordings. Each
// case is a reply as an agent might write it (written for this file), the reply after the Swap
// exactly, and the reply re-scored: the rule no longer flags it, and the words the Swap put in
// raise no flag of any rule (the bracketed blank is the agent's to fill, flagged by design).
// Near-misses, where a rewrite would not read or would say something the sentence did not,
// offer none of these Swaps.
import { describe, expect, test } from 'vitest';
import { applySwap, expectSwap, flagsWith, type Turn } from './swap-helpers';

/** The rule flags `words`, and whatever Swap it has does not read as `wrong` (no Swap at all where `wrong` is omitted). */
function expectNoSuchSwap(ruleId: string, reply: string, words: string, wrong?: string, turn: Turn = {}): void {
  const hits = flagsWith(reply, turn).filter((f) => f.ruleId === ruleId && f.text === words);
  expect(hits).toHaveLength(1);
  const f = hits[0]!;
  if (wrong === undefined) {
    expect(f.swap ?? false).toBe(false);
    return;
  }
  if (!f.swap) return;
  expect(applySwap(reply, f)).not.toContain(wrong);
}

const ROUTER = { customer: 'My router keeps dropping the connection.' };

describe('system-says: the record doubted, from the words the agent used', () => {
  test('a month named May is not a hedge: the record and its verdict are turned as any other', () => {
    expectSwap(
      'system-says',
      'The usage dashboard reports 12.5 GB of data on your plan for May, so the overage charge applies.',
      'The usage dashboard reports 12.5 GB of data on your plan for May, so the overage charge applies.',
      'The usage dashboard reports 12.5 GB of data on your plan for May, but that may be wrong, so I’m checking.',
    );
  });

  test('the system will not let the agent do it: the agent finds another way, "for you" said once', () => {
    expectSwap('system-says', "The system won't let me change the date.", "The system won't let", "I'll find another way to change the date for you.");
    expectSwap('system-says', "The system won't let me change it for you.", "The system won't let", "I'll find another way to change it for you.");
  });

  test('what the agent can see on the system: said as theirs', () => {
    expectSwap('system-says', 'I can see on our system that the refund was processed on 3 May.', 'I can see on our system', 'I can see the refund was processed on 3 May.', {
      customer: 'Where is my refund?',
    });
  });

  test("a machine's act read out against a customer who disputes it: the clause kept, the doubt owned, the verdict gone", () => {
    expectSwap('system-says', "The system calculated the fee automatically, so I can't change it.", 'The system calculated', "The system calculated the fee automatically, but that may be wrong, so I'm checking.", {
      customer: 'The fee is wrong.',
    });
  });

  test('a claim of the record "about these things", a sentence of its own: it goes', () => {
    expectSwap(
      'system-says',
      'Thanks for writing in. Our system is never wrong about these things. I have attached the statement.',
      'Our system is never wrong',
      'Thanks for writing in. I have attached the statement.',
      { customer: 'Your system is wrong.' },
    );
  });

  test('near-misses: a reassurance is no verdict; a claim joined after the record is not doubted in the same breath', () => {
    expectNoSuchSwap('system-says', 'Our app is reliable, so you can count on it.', 'Our app is reliable', 'may be wrong');
    expectNoSuchSwap('system-says', 'Our anti-cheat detected cheat software on your PC on 3 June and its detections are always accurate.', 'Our anti-cheat detected', 'may be wrong', {
      customer: 'I never cheated, unban me now!',
    });
  });
});

describe('policy-shield: the rule book gives way to what the agent can do', () => {
  test('the rule named as a tag after a dash, a semicolon or a comma: the tag goes, the offer takes its place', () => {
    expectSwap(
      'policy-shield',
      'We are not able to share reasons for credit decisions – it’s our standard policy.',
      'it’s our standard policy',
      'We are not able to share reasons for credit decisions, but here is what I can do instead: [what you can offer].',
    );
    expectSwap(
      'policy-shield',
      'Seat upgrades are never guaranteed; this is stated in our booking conditions.',
      'this is stated in our booking conditions',
      'Seat upgrades are never guaranteed, but here is what I can do instead: [what you can offer].',
    );
  });

  test('"rules are rules" leading into the reason: the appeal goes, the reason opens the sentence', () => {
    expectSwap('policy-shield', "Rules are rules, I'm afraid – meter readings have to be sent within 5 days.", 'Rules are rules', 'Meter readings have to be sent within 5 days.');
    expectSwap('policy-shield', 'Policy is policy: refunds need the original receipt.', 'Policy is policy', 'Refunds need the original receipt.');
  });

  test('a rule cited before the refusal under it: one Swap for both flags, the refusal as the agent’s own', () => {
    const reply = 'Dear Sir, according to the county regulations I am not authorised to issue a visitor permit for a third car.';
    const expected = 'Dear Sir, I can’t issue a visitor permit for a third car, but here is what I can do: [what you can offer].';
    expectSwap('policy-shield', reply, 'according to the county regulations', expected);
    expectSwap('policy-shield', reply, 'I am not authorised to', expected);
    expectSwap('policy-shield', 'Due to company policy, we cannot accept returns without a receipt.', 'Due to company policy', 'I can’t accept returns without a receipt, but here is what I can do: [what you can offer].');
  });

  test('a duty under a cited rule: said as a need', () => {
    expectSwap(
      'policy-shield',
      'Hello, according to the rules of the company we are obliged to hold the deposit for 6 months.',
      'according to the rules',
      'Hello, we need to hold the deposit for 6 months, but here is what I can do: [what you can offer].',
    );
  });

  test('near-misses: a refusal that already turns; a security reason, which is said as the reason', () => {
    expectNoSuchSwap('policy-shield', 'Under our terms we are not able to refund this, but I have asked my manager.', 'Under our terms', 'here is what I can do');
    expectNoSuchSwap('policy-shield', 'Due to our security policy we can’t share why the card was blocked.', 'Due to our security policy', 'here is what I can do');
  });
});

describe('dead-end: the door opened where it was shut', () => {
  test('no point going on: the offer in its place', () => {
    expectSwap('dead-end', "Not much point pursuing it further, I'm afraid.", 'Not much point pursuing it further', 'Here is what I can do instead: [what you can offer].');
  });

  test('no arrangement joined on after the fact: the fact stays, the offer follows it', () => {
    expectSwap(
      'dead-end',
      'The account is locked for 24 hours, and there is no interim arrangement.',
      'The account is locked for 24 hours, and there is no interim arrangement.',
      'The account is locked for 24 hours, but I can [what you can do instead].',
    );
  });

  test('nothing to do once something has happened, with its comma or after it: the moment kept, the limit said honestly', () => {
    expectSwap('dead-end', 'Once the order has shipped, there is nothing we can do.', 'there is nothing we can do', 'Once the order has shipped, my options are limited, but here is what I can do: [what you can offer].');
    expectSwap('dead-end', 'Nothing more can be done once the payment has cleared.', 'Nothing more can be done', 'My options are limited once the payment has cleared, but here is what I can do: [what you can offer].');
  });

  test('after "I\'m afraid", the limit said honestly reads where "here is…" would not', () => {
    expectSwap("dead-end", "I'm afraid there's nothing else we can do at this point.", "there's nothing else we can do", "I'm afraid my options are limited at this point, but here is what I can do: [what you can offer].");
  });

  test('nothing to do and the case closed, or no option available: the sentence becomes the offer', () => {
    expectSwap('dead-end', 'There is nothing further we can do, and the case is now closed.', 'There is nothing further we can do', 'Here is what I can do: [what you can offer].');
    expectSwap('dead-end', 'There is no other option available.', 'There is no other option', 'Here is what I can do: [what you can offer].');
  });

  test('nothing more to be done, after a word of regret: the sentence is only the door, and the offer takes it', () => {
    expectSwap('dead-end', "Sorry, we can't do anything else.", "we can't do anything else", 'Here is what I can do instead: [what you can offer].');
    expectSwap('dead-end', "I'm afraid there is nothing more that can be done.", 'there is nothing more that can be done', 'Here is what I can do instead: [what you can offer].');
    expectSwap('dead-end', 'There is nothing else I can offer you.', 'There is nothing else I can offer', 'Here is what I can do: [what you can offer].');
  });

  test('near-misses: a condition before the comma is no refusal for "but" to turn from', () => {
    expectNoSuchSwap('dead-end', 'If the card was used, there is nothing we can do.', 'there is nothing we can do', 'used, but here');
    expectNoSuchSwap('dead-end', 'When the parcel is scanned, there is nothing I can do.', 'there is nothing I can do', 'scanned, but here');
  });
});

describe('canned-empathy: the specific apology in place of the stock line', () => {
  test('sorry they have had a bad experience, "with us": the specific apology', () => {
    expectSwap('canned-empathy', "I'm sorry you've had a bad experience with us.", "I'm sorry you've had a bad experience", "I'm sorry [what went wrong for them].");
  });

  test("a stock line that ends on the customer's name: the name kept where the agent put it", () => {
    expectSwap('canned-empathy', '@tim_k Apologies for the annoyance, Tim!', 'Apologies for the annoyance', '@tim_k I’m sorry to hear your router keeps dropping the connection, Tim.', ROUTER);
    expectSwap('canned-empathy', '@jo_b We understand this must be frustrating, Jo.', 'We understand this must be frustrating', '@jo_b I’m sorry to hear your router keeps dropping the connection, Jo.', ROUTER);
  });

  test('"sorry this wasn\'t the experience you expected": the apology and the standard make one specific apology', () => {
    expectSwap('canned-empathy', 'Sorry this wasn’t the experience you expected!', 'this wasn’t the experience you expected', 'I’m sorry to hear your router keeps dropping the connection.', ROUTER);
  });

  test('a wish in place of an apology: the specific apology', () => {
    expectSwap('canned-empathy', "We'd hate for your evening to be spoiled by this.", "We'd hate for your", "I'm sorry [what went wrong for them].");
  });

  test('their safety called our priority, a sentence of its own: it goes', () => {
    expectSwap('canned-empathy', "Your safety is our top priority. I've reported the driver to his depot.", 'Your safety is our top priority', "I've reported the driver to his depot.", {
      customer: 'The driver was speeding past my house.',
    });
  });

  test('a stock line with "your claim matters to us" after it: the specific apology', () => {
    expectSwap('canned-empathy', 'We fully appreciate that this is a distressing time, and your claim matters to us.', 'We fully appreciate that this is a distressing time', 'I’m sorry [what went wrong for them].');
  });

  test("a stock apology joined by a comma to the agent's own clause: the specific apology, and their clause", () => {
    expectSwap(
      'canned-empathy',
      'Apologies for any inconvenience caused, we are looking into it.',
      'Apologies for any inconvenience caused',
      'I’m sorry to hear your router keeps dropping the connection, and we are looking into it.',
      ROUTER,
    );
  });

  test('a stock line after a thank-you: it goes with its comma, the thanks stands', () => {
    expectSwap('canned-empathy', 'Thank you for flagging this, we take these matters seriously.', 'we take these matters seriously', 'Thank you for flagging this.');
  });

  test('near-misses: more stock after the comma, or a turn', () => {
    expectNoSuchSwap('canned-empathy', 'We apologise for any inconvenience, we value your custom.', 'We apologise for any inconvenience', 'and we value');
    expectNoSuchSwap('canned-empathy', 'I understand your frustration, however the fee is correct.', 'I understand your frustration', 'and however');
  });
});

describe("unfilled-placeholder: the customer's name closing a sentence", () => {
  test('with the name on the page: the first name; without it, the slot goes with its comma', () => {
    expectSwap('unfilled-placeholder', 'Thanks for bearing with us, {{ticket.requester.first_name}}!', '{{ticket.requester.first_name}}', 'Thanks for bearing with us, Dana!', { customerName: 'Dana Reyes' });
    expectSwap('unfilled-placeholder', 'Thanks for bearing with us, [Customer Name]!', '[Customer Name]', 'Thanks for bearing with us!');
    expectSwap('unfilled-placeholder', 'Have a lovely weekend, <first name>.', '<first name>', 'Have a lovely weekend.');
  });

  test('near-misses: the agent’s own name, a name mid-sentence and a fact get no Swap', () => {
    expectNoSuchSwap('unfilled-placeholder', 'Kind regards, [Agent Name]', '[Agent Name]');
    expectNoSuchSwap('unfilled-placeholder', "I've passed this to [name], our billing lead.", '[name]');
    expectNoSuchSwap('unfilled-placeholder', 'Your reference number is [REF].', '[REF]');
  });
});
