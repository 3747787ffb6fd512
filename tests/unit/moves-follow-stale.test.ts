// Following the coach should make a reply better. Blind readers found revisions worse where a
// ready sentence said again what the reply had done, or treated praise as a complaint: "I'm
// checking it now" after a refund already timed, "I'll see it through until it's sorted" after a
// repair already booked, "That shouldn't have happened" under thanks for a compliment, "You
// shouldn't have had to contact us again" above "the fee stands". Each table pairs what changes
// with a near miss that keeps the ready sentence.
import { describe, expect, test } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';

const scoreReply = createScorer();
/** own-it alone of the ownership moves: admit-error's and acknowledge-repeat's sentences above it would make the commitment first. */
const ownItOnly = createScorer({ rules: { 'admit-error': { severity: 'off' }, 'acknowledge-repeat': { severity: 'off' } } });
const ownIt = (customer: string, reply: string): string | undefined =>
  ownItOnly({ reply, customer }).findings.find((f: Finding) => f.ruleId === 'own-it')?.replacement;
const sentence = (customer: string, reply: string, ruleId: string): string | undefined =>
  scoreReply({ reply, customer }).findings.find((f: Finding) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
/** A sentence the agent must complete is never inserted as it stands. */
const needsCompleting = /\[[^\]]+\]/;
/** The ready sentence, when the move fires: undefined when it does not. */
const ready = (customer: string, reply: string, ruleId: string): string | undefined => {
  const s = sentence(customer, reply, ruleId);
  return s === undefined || needsCompleting.test(s) || s === '' ? undefined : s;
};

describe('admit-error after a fix already timed or made', () => {
  const customer = 'You took the monthly fee twice from my card this month.';
  test.each([
    'Hi Rosa, we’ll put the second £30 back on your card by Thursday evening.',
    'Hi Rosa, the second £30 has been refunded to your card.',
  ])('the agent words it: %s', (reply) => {
    expect(ready(customer, reply, 'admit-error')).toBeUndefined();
  });
  test('a reply with no fix yet still gets the ready sentence', () => {
    expect(ready(customer, 'Hi Rosa, thanks for getting in touch about your card.', 'admit-error')).toMatch(/possible our system got this wrong/);
  });
});

describe('own-it after a plan already timed', () => {
  const customer = 'The shower in our flat has been broken for nine days now.';
  test('the door left open, not "until it’s sorted"', () => {
    const s = ownIt(customer, 'Hi Tom, the plumber is booked to fit the new valve on Monday at 9am.');
    expect(s).toBeDefined();
    expect(s).not.toMatch(/until it’s sorted/);
  });
  test('with no plan, the promise to see it through stays', () => {
    expect(ownIt(customer, 'Hi Tom, showers can be tricky in older blocks.')).toMatch(/until it’s sorted/);
  });
});

describe('praise thanked for is no complaint', () => {
  const reply = 'What a kind note, thank you! She will be delighted to hear it.';
  test.each([
    'The porter, Priya, was wonderful and carried our cases up four floors when the lift was broken. Please pass on our thanks.',
    'Your nurse was so patient with my dad after his appointment was delayed. Can you say a big thank you to her?',
  ])('no error admitted, nothing to see through: %s', (customer) => {
    expect(ready(customer, reply, 'admit-error')).toBeUndefined();
    expect(ready(customer, reply, 'own-it')).toBeUndefined();
  });
  test('praise that turns to a complaint keeps them', () => {
    const customer = 'The porter was kind but our room was filthy and the lift was broken all week.';
    expect(ready(customer, 'Thank you for your note about your stay.', 'admit-error')).toBeDefined();
  });
});

describe('acknowledge-repeat beside a refusal', () => {
  const customer = 'This is the third time I am writing about the £12 late fee. I paid on time!';
  test('the agent says what they had to chase', () => {
    expect(ready(customer, 'Hi, the late fee stands and will not be removed.', 'acknowledge-repeat')).toBeUndefined();
  });
  test('without a refusal the ready sentence stays', () => {
    expect(ready(customer, 'Hi, I’ve removed the £12 late fee today.', 'acknowledge-repeat')).toBeDefined();
  });
});

describe('a no told as the terms’ verdict is a refusal', () => {
  const customer = 'Your website was down all of Tuesday and we lost a day of bookings. We expect a credit.';
  test.each([
    'Hi Sam, Tuesday’s incident was a partial slowdown, which does not trigger a credit under your plan.',
    'Hi Sam, I know this is not the answer you were hoping for, but Tuesday’s slowdown is excluded under clause 4.',
  ])('no promise to see it through, and an alternative asked for: %s', (reply) => {
    expect(ready(customer, reply, 'own-it')).toBeUndefined();
    expect(sentence(customer, reply, 'offer-alternative')).toBeDefined();
  });
});

describe('the repeat already owned in the reply’s words', () => {
  test('"you’ve told us this more than once" owns it', () => {
    const customer = 'For the third time: my meter reading is 4410, not 4140.';
    expect(sentence(customer, 'You’ve told us this more than once, and I’m sorry. I’ve corrected the reading to 4410 today.', 'acknowledge-repeat')).toBeUndefined();
    expect(sentence(customer, 'I’ve corrected the reading to 4410 today.', 'acknowledge-repeat')).toBeDefined();
  });
});

describe('one question asked of the customer', () => {
  const customer = 'Your delivery driver was rude and shouted at me on my own doorstep!!! Disgraceful.';
  test('the call offer asks; "what would make this right?" is not stacked under it', () => {
    const reply = 'Hi, thanks for telling us about this.';
    expect(ready(customer, reply, 'offer-call')).toBeDefined();
    expect(ready(customer, reply, 'ask-what-they-want')).toBeUndefined();
  });
  test('with no call offered, the question stays', () => {
    const calm = 'The staff at your Leeds branch were rude to me and I left without buying anything. Really disappointing.';
    expect(ready(calm, 'Hi, thanks for telling us about your visit.', 'offer-call')).toBeUndefined();
    expect(ready(calm, 'Hi, thanks for telling us about your visit.', 'ask-what-they-want')).toBe('What would make this right for you?');
  });
});
