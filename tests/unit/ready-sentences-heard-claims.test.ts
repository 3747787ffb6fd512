// Ready sentences (issue 16 §3), the "concedes" reason: a claim against the company that no one has
// checked yet (a service out, money that did not arrive, a charge still running, a notice never
// had, one of ours who let them down) is heard ("I'm sorry to hear…"; after "I can see", the agent words it), not
// stated in the company's voice. Plain facts stay as they were. Then two slips of
// grammar and two of focus. Customer messages and clauses are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { clauseAfter, issueInAgentWords } from '../../src/engine/issue';

const scoreReply = createScorer();
const REPLY = 'Hi, I will look at this today.';
const sentenceOf = (customer: string, ruleId: string) => scoreReply({ customer, reply: REPLY }).findings.find((f) => f.ruleId === ruleId)?.replacement;
const sorry = (clause: string) => clauseAfter('I’m sorry ', clause);
const seen = (clause: string) => clauseAfter('I can see ', clause);

describe('a claim against us is heard after "sorry" and taken from their message after "I can see"', () => {
  test.each([
    // Their service said to be out.
    'you’ve had no wifi for nine days',
    'you have been without landline service since Friday',
    'you still can’t make calls from your mobile',
    'you had a four-hour outage on Sunday that stopped your tills',
    'you keep getting kicked out of the app',
    'your new flat has no water supply',
    'you’ve now had two payment failures this month',
    // Money or credit said not to have arrived, or late.
    'your refund of £42 never arrived',
    'the £300 you moved to your savings is still not there',
    'your wages didn’t go in on Friday',
    'your benefit payment is late again',
    // A charge still running, a limit they dispute.
    'you’re still being billed for the cancelled plan',
    'you are still being asked to pay for the returned coat',
    'the hotel is charging you for parking',
    'you’re being capped at 10GB',
    // A notice they say they never had.
    'you never received a reminder before the renewal',
    'your box sat in the depot for a week but you never got a card about it',
    // Their thing said to have failed, with a long name, or in ways not read before.
    'the blender you bought from us two months ago has stopped working',
    'the voucher code from the welcome email isn’t working',
    'the lifts at the 08:15 stop have been out of order for days',
    'the app keeps throwing a login error',
    'your saved routes disappeared after the update',
    'the broadband has been cut every evening',
    'your card is always declined at the pumps',
    'your recycling’s been missed twice',
    // One of ours who let them down, said after what happened; their complaint as the cause.
    'your fence was left half painted and the decorator hasn’t come back',
    'your account was closed after you complained about a driver',
    // Our error or their choice overruled, in their words.
    'you were left at the station with no taxi',
    'you’ve been sent the wrong charger twice',
    'your sofa was delivered to a neighbour without your permission',
    'your parcel was left in a locker you never chose',
    'your order was marked delivered and nothing came',
    'two of your parcels arrived and three have gone missing',
  ])('%j', (clause) => {
    expect(sorry(clause)).toBe(`to hear ${clause}`);
    expect(seen(clause)).toBe('');
  });

  test.each([
    // Plain facts, and a parcel late or not come, are said as they are.
    'your parcel is late again',
    'your parcel never arrived',
    'your flight was cancelled',
    'your bill has gone up by £6 a month',
    'you’ve been on hold for 40 minutes',
    'you have no money left for the weekend',
    'your parcel has been stuck at the depot since Monday',
    'you still can’t find the form we mentioned',
  ])('%j is said as it is', (clause) => {
    expect(sorry(clause)).toBe(clause);
  });

  test('through the scorer: an outage they report is heard', () => {
    expect(sentenceOf('I have had no signal at home for five days now and I work from home.', 'sincere-apology')).toBe('I’m sorry to hear you have had no signal at home for five days now.');
  });
});

describe('grammar carried from the customer', () => {
  test('"no your receipt" said back drops the possessive, not "no our receipt"', () => {
    expect(issueInAgentWords('I opened the box and there is no your receipt in it.', -1)).toBe('there is no receipt in it');
  });

  test('…and a shop they no longer live near is their circumstance, not the trouble (the fee is): the placeholder', () => {
    expect(sentenceOf('You charge me 30€ for cancel but I moved to another town, there is no your shop there. Not fair.', 'sincere-apology')).toBe('I’m sorry [name what went wrong for them].');
  });

  test('"can not" written apart is said as "cannot"', () => {
    expect(issueInAgentWords('I can not get a refund for my cancelled train.', 0)).toBe('you cannot get a refund for your cancelled train');
  });
});

describe('focus: what is not the problem is not said back', () => {
  test('their belief ("I thought that was covered") is not apologised for; what went wrong is', () => {
    expect(issueInAgentWords('I thought window cleaning was part of the plan but you charged me extra.', 0)).toBe('you were charged extra');
  });

  test('"never looked this good" is praise, not a problem to say back', () => {
    const s = sentenceOf('Honestly the new face cream is incredible, my skin has never felt this soft', 'restate-problem');
    expect(s ?? '').not.toMatch(/never felt this soft/);
  });
});
