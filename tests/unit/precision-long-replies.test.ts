// Long replies (greeting, paragraphs, sign-off) put a flag's words where they own, admit or side
// with the customer. Near-misses that must stay quiet, and the plain uses that must still fire.
// Our own wording, written over the word classes the rules name, not any case's words.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const fires = (rule: string, reply: string) =>
  score({ reply }).findings.some((f) => f.kind === 'flag' && f.ruleId === rule);

type Case = [rule: string, family: string, reply: string];

const QUIET: Case[] = [
  ['argue-defend', 'a broken promise measured by what they were told', 'I’m sorry the repair took three times as long as you were told.'],
  ['argue-defend', 'a broken promise measured by what they were told', 'The engineer arrived later than you were promised, and that’s on me.'],
  ['argue-defend', 'the customer did everything right, a clause back', 'You sent the form in good time and did everything right.'],
  ['argue-defend', 'the customer did everything right, a clause back', 'You booked the slot, paid the deposit and have done everything right here.'],
  ['canned-empathy', 'a trouble word inside a named thing', 'I’m so sorry about your stress fracture, and I hope the recovery goes well.'],
  ['canned-empathy', 'a trouble word inside a named thing', 'We are sorry for the upset stomach you had after the meal, and I’ve refunded it.'],
];

const FIRES: Case[] = [
  ['argue-defend', 'said before, as a reproach', 'As you were told on the phone, the fee is due.'],
  ['argue-defend', 'our side did everything right', 'Our driver did everything right and followed the process.'],
  ['canned-empathy', 'the stock trouble word alone', 'We are sorry for the stress.'],
  ['canned-empathy', 'the stock trouble word alone', 'I understand your frustration.'],
];

describe('long replies: near-misses stay quiet', () => {
  test.each(QUIET)('%s quiet: %s — %s', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(false);
  });
});

describe('long replies: the plain use still fires', () => {
  test.each(FIRES)('%s fires: %s — %s', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(true);
  });
});

describe('system-says: a fault owned as ours cites no record against the customer', () => {
  test('"the problem is on our end: …" is quiet; "on our end it shows paid" is not', () => {
    const says = (reply: string) => score({ reply, customer: 'You say I did not pay but I did!' }).findings.some((f) => f.ruleId === 'system-says');
    expect(says('Your payment did go through. The problem is on our end: the batch was not copied into the billing database, so the letter was wrong.')).toBe(false);
    expect(says('On our end it shows the payment never arrived, so the letter stands.')).toBe(true);
  });
});
