// A filled apology above a reply that has already met how the customer feels in its own words and
// dealt with it is said twice, or concedes (stop 38, following the coach on tune half a: worse in
// 3 of 4 such replies). The move is still suggested; its sentence waits with its placeholder.
// The messages here are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const PLACEHOLDER = 'I’m sorry [name what went wrong for them].';
const OWN_IT_READY = 'I’ll take care of this personally and see it through until it’s sorted.';
const finding = (customer: string, reply: string, rule: string) => scoreReply({ customer, reply }).findings.find((f) => f.ruleId === rule)?.replacement;
const apology = (customer: string, reply: string) => finding(customer, reply, 'sincere-apology');

describe('the reply has met their feeling and dealt with it: no filled apology on top', () => {
  const CHARGED = 'The parking machine took my £6 twice for one ticket. Only saw it on my statement.';

  test('thanked for catching it, and put right', () => {
    expect(apology(CHARGED, 'Thanks for spotting that. I can see both payments, so the machine double-read your card. I’ve refunded £6 just now.')).toBe(PLACEHOLDER);
  });

  test('granted that it looks wrong, and put right', () => {
    const customer = 'I was charged a £2 card fee on a ticket I bought at the station, but I paid in cash.';
    expect(apology(customer, 'Hi Ana, it does seem odd to pay a card fee on a cash ticket. I’ve refunded the £2 to your account.')).toBe(PLACEHOLDER);
  });

  test('took in how it hit them, and explained it', () => {
    const customer = 'My home insurance went up from £20 to £35 a month and nothing has changed.';
    expect(apology(customer, 'I completely get that a jump like that is a shock. Premiums do rise with claims in your area.')).toBe(PLACEHOLDER);
  });

  test('the same step without a word for their feeling still gets the filled apology', () => {
    expect(apology(CHARGED, 'I can see both payments, so the machine double-read your card. I’ve refunded £6 just now.')).toMatch(/^I’m sorry (?:to hear )?the parking machine took/);
  });

  test('meeting their feeling with nothing done about it leaves the apology filled', () => {
    expect(apology(CHARGED, 'It does seem odd to be charged twice. We will look into it.')).toMatch(/^I’m sorry (?:to hear )?the parking machine took/);
  });
});

describe('handed up to a team that will come back: no "I’ll take care of this personally"', () => {
  test('escalated to the team', () => {
    const ownIt = finding('@Notely can’t log in on my tablet since yesterday, it says account not found', '@jo Dear user, we have escalated your issue to the concerned team and they will revert at the earliest.', 'own-it');
    expect(ownIt).toBeDefined();
    expect(ownIt).not.toBe(OWN_IT_READY);
  });
});

describe('a practice the reply keeps to is a decision: no "that shouldn’t have happened" beside it', () => {
  test('functions booked in advance', () => {
    const admit = finding('why did u close the sports hall for a private function on a sunday with no notice', 'sorry for any disruption! private functions are booked in advance and we are not always able to notify members', 'admit-error');
    expect(admit).toBeDefined();
    expect(admit).not.toBe('That shouldn’t have happened, and it’s on us to put it right.');
  });
});

test('thanks for flagging it, with nothing done yet, leaves the apology filled (the thanks reads as an admission)', () => {
  expect(apology('The heating in the changing rooms has been off for 2 weeks.', 'Thanks for flagging the changing room heating. We will look into getting it sorted in the near future.')).toMatch(/^I’m sorry (?:to hear )?the heating/);
});
