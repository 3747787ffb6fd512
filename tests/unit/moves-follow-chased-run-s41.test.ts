// Following the coach, rounds 2 and 3 (s41 follow reads 1 and 2, blind judge): where a gate held
// back a ready sentence the judge wanted, and where one it let through was worse. In general form:
// - a run of the trouble counted ("3rd time this month", "cancelled AGAIN. third time this week")
//   is not a contact repeated: "you shouldn't have had to contact us again" says they wrote
//   before, which they did not (round 2 let it back; read 2 found it worse in 3 of 3);
// - a record quoted as proof with no Swap ("the system shows it delivered") is a no the reply
//   keeps: "I'll take care of this personally until it's sorted" waits beside it (round 2 let
//   it back; read 2 found it worse in 6 of 6);
// - praise, a price grumbled at, a question answered: nothing to see through;
// - a customer who says they will leave keeps the call sentence beside a no.
// Customer messages and replies are our own. The cases marked "failed before" did.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const sentence = (customer: string, reply: string, ruleId: string) => scoreReply({ customer, reply }).findings.find((f) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
const ready = (s: string | undefined) => s !== undefined && s !== '' && !s.includes('[');
const waits = (s: string | undefined) => s !== undefined && (s === '' || s.includes('['));

describe('acknowledge-repeat: a run of the trouble counted is not a contact repeated', () => {
  test.each([
    ['Third week running my bin has not been collected.', 'Hi Sam, the crew will come back for it tomorrow morning.'],
    ['2nd time this month my parcel has been left in the hedge.', 'Hi, sorry about that. Please DM us your order number.'],
    ['@RailCo cancelled AGAIN. fourth time this month.', 'Sorry for the disruption. Please check our app for updates.'],
    ['Third week running my bin has not been collected.', 'Hi Sam, the crew will come back for it within 3 working days.'],
  ])('no "contact us again" to insert (failed before, on round 2): %s', (customer, reply) => {
    expect(sentence(customer, reply, 'acknowledge-repeat') ?? '').not.toSatisfy(ready);
  });
  test.each([
    ['This is the third time I have emailed about my bin not being collected.', 'Hi Sam, the crew will come back for it tomorrow morning.'],
    ['Parcel left in the hedge AGAIN. I have messaged you three times about it.', 'Hi, sorry about that. Please DM us your order number.'],
  ])('a contact counted keeps the sentence: %s', (customer, reply) => {
    expect(ready(sentence(customer, reply, 'acknowledge-repeat'))).toBe(true);
  });
  test('a habit told with nothing counted gets no sentence either', () => {
    expect(sentence('My app keeps logging me out every day.', 'Hi, which phone are you on?', 'acknowledge-repeat') ?? '').not.toSatisfy(ready);
  });
});

describe('own-it beside a record quoted as proof', () => {
  const customer = 'Tracking says delivered but nothing is here. I was home all day.';
  test('the record is a no the reply keeps: the promise waits (failed before, on round 2)', () => {
    expect(waits(sentence(customer, 'Hello Sofia, as checked in our system the parcel is showing delivered at 14:32 today. Please check with your neighbours.', 'own-it'))).toBe(true);
  });
  test('the same parcel with no record quoted keeps the promise', () => {
    expect(ready(sentence(customer, 'Hello Sofia, that is not good enough from us. Please check with your neighbours.', 'own-it'))).toBe(true);
  });
  test('the charge held right holds it back too', () => {
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
