// Moves called for by a misreading of the customer's words, seen when following the coach: a
// thing that "keeps asking" is no repeated contact, and "what's the code again?" asks to be
// reminded, not to be apologised to. Customers and replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const moves = (customer: string, reply: string) =>
  new Set(scoreReply({ customer, reply }).findings.filter((f) => f.kind === 'suggestion').map((f) => f.ruleId));

describe('acknowledge-repeat: the customer asking again, not a thing that keeps asking', () => {
  const reply = 'That is a known bug, and the fix is in Thursday’s update.';
  test.each([
    'why does the game keep asking for my birthday?',
    'The app keeps asking me to log in every morning.',
    'My router keeps asking for a password update.',
  ])('%s', (customer) => expect(moves(customer, reply).has('acknowledge-repeat')).toBe(false));
  test.each([
    'I keep asking for my refund and nothing happens.',
    'I kept asking your team about this all last week.',
    'I have had to keep asking about this for a month.',
  ])('%s', (customer) => expect(moves(customer, reply).has('acknowledge-repeat')).toBe(true));
});

describe('"again" that asks to be reminded is no complaint', () => {
  const reply = 'Text PAC to 65075 and the code comes back within a minute.';
  test.each([
    "what's the PAC code number again?",
    'Sorry, what was the name of that form again?',
    'Which port does the cable go in again?',
  ])('%s', (customer) => {
    const called = moves(customer, reply);
    expect(called.has('sincere-apology')).toBe(false);
    expect(called.has('thank-feedback')).toBe(false);
  });
  test.each(['My card was declined again.', 'Why is my bill wrong again?', 'The parcel has gone missing again!'])('%s', (customer) =>
    expect(moves(customer, reply).has('sincere-apology')).toBe(true),
  );
});

describe('admit-error: damage by nature or an accident is no error of ours', () => {
  const reply = 'We will review the photos and quotes and let you know.';
  const admits = (customer: string) => moves(customer, reply).has('admit-error');
  test.each([
    'I sent photos of my storm-damaged fence three weeks ago and heard nothing.',
    'Half my roof tiles were blown off in the storm on Sunday. Claim ref HX-2291.',
    'My car was damaged in an accident on the M6 and I need a courtesy car.',
  ])('%s', (customer) => expect(admits(customer)).toBe(false));
  test.each(['My parcel arrived damaged.', 'Your engineer damaged my fence panel.'])('%s', (customer) => expect(admits(customer)).toBe(true));
});
