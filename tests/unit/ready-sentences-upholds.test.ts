// Ready sentences (issue 16 §3), second round on what blind readers rejected most:
// - "contradicts": an apology in the customer's words above a reply that holds the charge or
//   decision right on its facts, or puts what happened on the customer. The move still fires;
//   its sentence (and canned-empathy's Swap) leaves what they are sorry for to the agent. A
//   polite no alone does not: sympathy for their hardship still reads under it.
// - restate-problem's "tone": "I can see from your message that…" and "I can see you can't…".
// Customer messages and replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { clauseAfter } from '../../src/engine/issue';

const score = createScorer();
const moveSentence = (customer: string, reply: string, ruleId: string) => score({ customer, reply }).findings.find((f) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
const swapSentence = (customer: string, reply: string) => score({ customer, reply }).findings.find((f) => f.ruleId === 'canned-empathy')?.replacement;

describe('a filled apology steps aside where the reply holds the charge right or puts it on them', () => {
  test.each([
    ['My council tax went up by £90 this year and nobody told me.', 'Dear Mr Hale, the increase of £90 is correct, as the band D rate rose in April. I hope that helps.'],
    ['Why was I billed £18 for parking at the hotel?', 'Hello, the parking charge was applied correctly for the two nights your car was registered.'],
    ['I was charged a £40 deposit fee for my bike hire, what is this?!', 'Hi Nia, the £40 deposit comes back when the bike is returned, which you agreed to on the booking page.'],
    ['Why have I been charged a £12 admin fee on my rent account?', 'Hi Dev, the admin fee is what triggers a new tenancy pack, and that fee stands for this year.'],
  ])('%j', (customer, reply) => {
    expect(moveSentence(customer, reply, 'sincere-apology')).toBe('I’m sorry [name what went wrong for them].');
  });

  test('canned-empathy’s Swap keeps the apology and leaves its words to the agent', () => {
    const swap = swapSentence('My electricity bill for June is £300, three times the usual!', 'Dear Ms Lee, we apologise for any inconvenience caused. Your meter readings are accurate, so the June bill of £300 is correct and payable by 1 August.');
    expect(swap).toContain('[what went wrong for them]');
    expect(swap).not.toContain('£300');
  });

  test('a polite no alone keeps the apology in their words', () => {
    expect(moveSentence('My flight to Rome was cancelled and I missed my sister’s wedding.', 'Hi Ana, fares on this ticket are not refundable, so we can’t return the fare.', 'sincere-apology')).toMatch(/^I’m sorry your flight to Rome was cancelled/);
  });
});

describe('"I can see" is not said before what the agent cannot see as a fact', () => {
  test.each([
    ['you can’t take another day off work'],
    ['you couldn’t get through on the phone'],
    ['your mum had a stroke in May and can’t manage the account'],
  ])('%j is left to the agent', (clause) => {
    expect(clauseAfter('I can see ', clause)).toBe('');
  });
  test('a plain trouble is still said back', () => {
    expect(clauseAfter('I can see ', 'your parcel has been at the depot for a week')).toBe('your parcel has been at the depot for a week');
  });
});

describe('corporate-speak: the ceremony goes, the apology or thanks under it stays', () => {
  const swapOf = (reply: string) => score({ customer: 'Two hours on the tarmac and no water. Disgraceful.', reply }).findings.find((f) => f.ruleId === 'corporate-speak')?.replacement;
  test('"we would like to take this opportunity to apologise for…" → "I’m sorry for…"', () => {
    expect(swapOf('We would like to take this opportunity to apologise for the two-hour wait on board. I have added a £20 credit to your account.')).toBe('I’m sorry');
  });
  test('"we wish to thank you for…" → "Thank you for…"', () => {
    expect(swapOf('We wish to thank you for your patience on board. I have added a £20 credit to your account.')).toBe('Thank you');
  });
  test('a stiff lead-in before any other verb still goes whole', () => {
    expect(swapOf('We would like to take this opportunity to assure you that the crew followed procedure.')).toBe('');
  });
});

describe('their own act, then what went wrong: the act becomes when it happened', () => {
  test.each([
    // The trouble first, the act after it ("sorry to hear that, after you…" read clumsy to blind readers, stop 40).
    ['you bought a kettle in March and it stopped heating in May', 'to hear the kettle stopped heating in May after you bought it in March'],
    // A silence since their act is said with "since" ("after you applied six weeks ago, you haven't heard" read badly).
    ['you sent the form on Monday and have heard nothing since', 'you have heard nothing since you sent the form on Monday'],
    ['you made a claim for a broken phone 3 weeks ago and have heard nothing', 'you have heard nothing since you made a claim for a broken phone 3 weeks ago'],
    ['you got a confirmation text but the table was never booked', 'to hear the table was never booked after you got a confirmation text'],
  ])('%j', (clause, expected) => {
    expect(clauseAfter('I’m sorry ', clause)).toBe(expected);
  });
  test.each([['you called and asked for a refund'], ['you ordered rice and peas and they were cold']])('%j is left as it was', (clause) => {
    expect(clauseAfter('I’m sorry ', clause)).toBe(`to hear ${clause}`);
  });
  // "sorry to hear you booked a ski package and three days before…" read as sorry for the booking (stop 40).
  test('a second clause that opens with its own time leaves the sentence to the agent', () => {
    expect(clauseAfter('I’m sorry ', 'you booked a cabin and two days before we cancelled it')).toBe('');
  });
});

test('a Swap that names it as "after you…" still names it: no "I can see…" of the same clause below it', () => {
  const { findings } = score({ customer: 'I sent my laptop in for repair 4 weeks ago and have heard nothing.', reply: 'We know how important this is to you. Please allow up to 5 working days.' });
  const swap = findings.find((f) => f.ruleId === 'canned-empathy')?.replacement;
  expect(swap).toContain('you have heard nothing since you sent your laptop in for repair 4 weeks ago');
  const restate = findings.find((f) => f.ruleId === 'restate-problem')?.replacement ?? '';
  expect(restate).not.toContain('laptop');
});
