// Ready sentences a blind reader (a senior team lead who never saw the code) would not send as
// they are (issue 16 §3, stop 36), by the general cause behind each class: a circumstance said in
// place of the complaint (focus), a disputed fault of ours stated as fact (concedes), the
// customer's grammar carried over, and the tone around a Swap. Each failed before. Customer
// messages and replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { clauseAfter, issueInAgentWords } from '../../src/engine/issue';

const scoreReply = createScorer();
const REPLY = 'Hi, I will look at this today.';
const apology = (customer: string) => scoreReply({ customer, reply: REPLY }).findings.find((f) => f.ruleId === 'sincere-apology')?.replacement;
const PLACEHOLDER = 'I’m sorry [name what went wrong for them].';

describe('focus: the complaint, not a circumstance around it', () => {
  test('time on hold gives way to the trouble named after it, and still stands alone', () => {
    expect(apology('I’ve been on hold three times this week. You closed my savings account and my salary goes in tomorrow.')).toBe('I’m sorry your savings account was closed.');
    expect(apology('I’ve been on hold for two hours today.')).toBe('I’m sorry you’ve been on hold for two hours today.');
  });

  test('the time since their loss is not the trouble: what they still wait for is', () => {
    expect(apology('It’s been 5 weeks since the fire. Where is my payout?')).toBe('I’m sorry you’re still waiting for your payout.');
    expect(apology('any news on my compensation? it’s been 3 months since the accident')).toBe('I’m sorry you’re still waiting for an update on your compensation.');
  });

  test.each([
    // Where they live now, and what their employer did: their reasons, not our fault.
    'I relocated for work and there’s no store anywhere near me now, so I have to cancel.',
    'Please refund the £20 charge. I got paid two days late by my employer.',
    // Their evidence, contracted ("there's").
    'The app says it was left at flat 9 but there’s no flat 9 in my building.',
  ])('%j: nothing said back', (customer) => {
    expect(issueInAgentWords(customer, -1)).toBe('');
  });

  test('a payment they say they did not authorise is said with their verb', () => {
    expect(issueInAgentWords('I did not authorise the £42 payment to QuickFlix.', -1)).toBe('there’s a £42 payment to QuickFlix you didn’t authorise');
  });

  test('what they bought is the setting: the part of it that failed is the trouble', () => {
    expect(apology('I ordered a lamp last week and one bulb arrived smashed.')).toBe('I’m sorry one bulb of the lamp you ordered arrived smashed.');
    expect(issueInAgentWords('bought the bundle on Friday and none of the extra levels unlocked', -1)).toBe('none of the extra levels unlocked');
  });

  test('a note after a comma that holds the only trouble stays', () => {
    expect(apology('My birthday cake arrived this afternoon, too late for the party.')).toBe('I’m sorry your birthday cake arrived this afternoon, too late for the party.');
  });

  test('their slip and their request are the setting, not the trouble; a trouble after them stays', () => {
    expect(issueInAgentWords('I lost my gym fob and asked for a new one. Now you want £40 for it.', -1)).toBe('');
    expect(issueInAgentWords('I dropped my phone and ordered a new screen, but it never came.', -1)).toBe('you dropped your phone and ordered a new screen, but it never came');
  });

  test('how long it took to come, beside what they paid for, is the trouble: not the charge alone', () => {
    expect(issueInAgentWords('I was charged for priority shipping and it came in 9 days.', -1)).not.toBe('you were charged for priority shipping');
  });

  test('what they applied for and when, not what they paid besides', () => {
    expect(apology('I applied for my residence permit 5 months ago and paid the priority fee. Nothing yet.')).toBe('I’m sorry it’s been 5 months since you applied for your residence permit.');
  });
});

describe('concedes: a disputed fault of ours is heard or left to the agent', () => {
  test('downtime where they ask for money for it is the ground of their claim: the placeholder', () => {
    expect(apology('Your platform was offline for 6 hours on Saturday. We expect a credit on our invoice.')).toBe(PLACEHOLDER);
  });

  test('an overcharge that has run for months is their verdict: the placeholder', () => {
    expect(apology('I have been overcharged £8 every month since March.')).toBe(PLACEHOLDER);
  });

  test('what they say it should have cost goes; the charge is heard', () => {
    expect(apology('I was charged £90 for a repair that should have been covered by my warranty.')).toBe('I’m sorry to hear you were charged £90 for a repair.');
  });

  test('what one of our systems is said to have wiped is told as their loss', () => {
    expect(apology('Your app deleted two months of photos when it updated.')).toBe('I’m sorry to hear you lost two months of photos when the app updated.');
  });

  test('one of ours said to have done nothing goes; the trouble stays', () => {
    expect(issueInAgentWords('My daughter has been bullied on the bus for a month and the driver has done nothing.', -1)).toBe('your daughter has been bullied on the bus for a month');
  });

  test('one of our people said not to help is their account of our conduct: nothing said back', () => {
    expect(issueInAgentWords('Seat booked, someone was sitting in it and the conductor wouldn’t help.', -1)).toBe('');
  });

  test('a cause of ours however far its noun runs: the placeholder', () => {
    expect(apology('I was fined on the tram because the ticket machine at the stop near my house was broken.')).toBe(PLACEHOLDER);
  });

  test('the reason they dispute for a sanction goes; the sanction stays', () => {
    expect(apology('You suspended my account for "spam" and I have never sent a single message.')).toBe('I’m sorry your account was suspended.');
  });
});

describe('grammar: nothing carried over in a form that reads wrong', () => {
  test.each([
    ['My gift card says expired but I only bought it last week.', 'your gift card says ‘expired’'],
    ['The trophy does not unlock even after I completed every level.', 'the trophy does not unlock even after you’ve completed every level'],
    ['Why can’t I download my own invoices from last year?', 'you can’t download your invoices from last year'],
    ['My new sofa has a tear in the arm that I only noticed after the driver left.', 'your new sofa has a tear in the arm'],
    ['I have a voucher that doesn’t work at checkout.', 'your voucher doesn’t work at checkout'],
  ])('%j -> %j', (customer, expected) => {
    expect(issueInAgentWords(customer, -1)).toBe(expected);
  });
});

describe('tone', () => {
  test('"I can see" does not note their illness: the agent words it', () => {
    expect(clauseAfter('I can see ', 'you can’t come to the match because you are in hospital')).toBe('');
    expect(clauseAfter('I’m sorry ', 'you can’t come to the match because you are in hospital')).toBe('you can’t come to the match because you are in hospital');
  });

  const swapOf = (customer: string, reply: string) => scoreReply({ customer, reply }).findings.find((f) => f.ruleId === 'canned-empathy' && f.swap);

  test('an interjection before the stock words goes with them', () => {
    const f = swapOf('The kettle I bought stopped working after a week.', 'Eek, not what we want to see! Could you send a photo of the base?');
    expect(f?.swapSpan?.text).toBe('Eek, not what we want to see!');
    expect(f?.replacement).toBe('I’m sorry to hear the kettle you bought stopped working after a week.');
  });

  test('an emoji after them goes too, and what follows keeps its space', () => {
    const reply = 'Hi Sam, sorry your stay didn’t go as planned 🙏 We will look into it.';
    const f = swapOf('checked in at 3pm, our room wasn’t cleaned until 7.', reply)!;
    expect(f.swapSpan?.text).toBe('sorry your stay didn’t go as planned 🙏');
    const from = f.swapSpan!.start;
    expect(reply.slice(0, from) + f.replacement + reply.slice(f.swapSpan!.end)).toBe('Hi Sam, I’m sorry your room wasn’t cleaned until 7. We will look into it.');
  });
});
