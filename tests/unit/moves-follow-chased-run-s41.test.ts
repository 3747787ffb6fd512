// Following the coach, round 2 (s41 follow read 1, blind judge): where a gate held back a ready
// sentence the judge wanted, and where one it let through was worse. In general form:
// - a run of trouble counted ("3rd time this month", "second week running") and left unnamed by
//   the reply is one the customer has chased: "you shouldn't have had to contact us again" fits;
//   named by the reply ("three cuts in a month is too many") it is owned already;
// - a record quoted as proof ("the system shows it delivered") leaves the trouble open: "I'll see
//   it through until it's sorted" fits beside it, as it does not beside the charge held right;
// - praise, a price grumbled at, a question answered: nothing to see through.
// Customer messages and replies are our own. The cases marked "failed before" did.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const sentence = (customer: string, reply: string, ruleId: string) => scoreReply({ customer, reply }).findings.find((f) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
const ready = (s: string | undefined) => s !== undefined && s !== '' && !s.includes('[');
const waits = (s: string | undefined) => s !== undefined && (s === '' || s.includes('['));

describe('acknowledge-repeat on a run of trouble counted', () => {
  test.each([
    ['Third week running my bin has not been collected.', 'Hi Sam, the crew will come back for it tomorrow morning.'],
    ['2nd time this month my parcel has been left in the hedge.', 'Hi, sorry about that. Please DM us your order number.'],
    ['@RailCo cancelled AGAIN. fourth time this month.', 'Sorry for the disruption. Please check our app for updates.'],
  ])('a run counted and left unnamed keeps the sentence (failed before): %s', (customer, reply) => {
    expect(ready(sentence(customer, reply, 'acknowledge-repeat'))).toBe(true);
  });
  test.each([
    ['Third week running my bin has not been collected.', 'Hi Sam, three missed collections in a row is not good enough. The crew will come back tomorrow.'],
    ['2nd time this month my parcel has been left in the hedge.', 'Hi, I am sorry this has happened twice. Please DM us your order number.'],
    ['@RailCo cancelled AGAIN. fourth time this month.', 'I am sorry it keeps happening. Please check our app for updates.'],
  ])('a run the reply names itself gets no sentence: %s', (customer, reply) => {
    expect(sentence(customer, reply, 'acknowledge-repeat') ?? '').not.toSatisfy(ready);
  });
  test('a time ahead is not a run named ("within 3 working days")', () => {
    expect(ready(sentence('Third week running my bin has not been collected.', 'Hi Sam, the crew will come back for it within 3 working days.', 'acknowledge-repeat'))).toBe(true);
  });
  test('a habit told with nothing counted still gets no sentence', () => {
    expect(sentence('My app keeps logging me out every day.', 'Hi, which phone are you on?', 'acknowledge-repeat')).not.toSatisfy(ready);
  });
  test('a run that is praise, met with thanks, gets no sentence', () => {
    expect(sentence('obsessed with my new trainers from you, 3rd pair this year lol', 'Three pairs! Thanks for the love, enjoy them!', 'acknowledge-repeat') ?? '').not.toSatisfy(ready);
  });
});

describe('own-it beside a record quoted as proof', () => {
  const customer = 'Tracking says delivered but nothing is here. I was home all day.';
  test('the record leaves the parcel missing: the promise to see it through stays (failed before)', () => {
    expect(ready(sentence(customer, 'Hello Sofia, as checked in our system the parcel is showing delivered at 14:32 today. Please check with your neighbours.', 'own-it'))).toBe(true);
  });
  test('the charge held right still holds it back', () => {
    expect(waits(sentence('Why was I charged a £15 late fee?', 'Hello, the £15 late fee is correct and will stand.', 'own-it'))).toBe(true);
  });
});

describe('own-it with nothing to see through', () => {
  test.each([
    ['LOVING the new map!! the secret room is genius', 'Thank you!! The level team hid that one for someone to find.'],
    ['£120 for a 10 minute consultation is daylight robbery', 'Hi Gemma, the consultation is £58; the rest is the medication and the lab test.'],
  ])('no "until it’s sorted" (failed before): %s', (customer, reply) => {
    expect(sentence(customer, reply, 'own-it') ?? '').not.toSatisfy(ready);
  });
  test('a question answered gets none either', () => {
    expect(sentence('Hi there, does the blue coat come in tall sizes?', 'Hi! It does: the blue wool coat comes in tall sizes 8T-18T. Size 10T is low in stock, so if that is yours I would grab it today.', 'own-it') ?? '').not.toSatisfy(ready);
  });
  test('a complaint with trouble in it keeps the sentence', () => {
    expect(ready(sentence('My heating has been broken for five days and nobody has come.', 'Hi, sorry, that is not good enough.', 'own-it'))).toBe(true);
  });
});

describe('offer-call beside a no the reply keeps', () => {
  const reply = 'Hi Sam, we are sorry to hear about your trip. That said, our trains run on time 95% of the time, so this really is unusual.';
  test('a customer who says they will leave keeps the call sentence (failed before)', () => {
    expect(ready(sentence('2 hour delay on the 17:05, no heating, no announcements. never again', reply, 'offer-call'))).toBe(true);
  });
  test('one who does not still gets none', () => {
    expect(ready(sentence('2 hour delay on the 17:05, no heating, no announcements. DISGRACEFUL', reply, 'offer-call'))).toBe(false);
  });
});
