// Ready sentences on messages no one had tuned the fill to (issue 16 §3): the families a strict
// reading of every tune-a message under a bare reply found unsendable. Each case failed before.
// Customer messages are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { issueInAgentWords } from '../../src/engine/issue';

const scoreReply = createScorer();
const apology = (customer: string) => scoreReply({ customer, reply: 'Hi, I will look at this today.' }).findings.find((f) => f.ruleId === 'sincere-apology')?.replacement;
const PLACEHOLDER = 'I’m sorry [name what went wrong for them].';

describe('grammar: a state since a point in time takes the perfect, or the fallback', () => {
  test.each([
    ['The printer in our office does not work since Monday.', 'the printer in your office hasn’t worked since Monday'],
    ['My account page shows an error since the update.', 'your account page has shown an error since the update'],
    ['My dashboard shows the wrong currency since last week.', 'your dashboard has shown the wrong currency since last week'],
  ])('%j', (customer, expected) => {
    expect(issueInAgentWords(customer, -1)).toBe(expected);
  });

  test.each([['None of my colleagues can log in to the booking tool since Monday.'], ['My fob stopped opening the car park barrier since Tuesday.']])('%j', (customer) => {
    expect(issueInAgentWords(customer, -1)).toBe('');
  });
});

describe('grammar: the article chat leaves off', () => {
  test('"to wrong card" takes "the"', () => {
    expect(issueInAgentWords('My refund went to wrong card.', -1)).toBe('your refund went to the wrong card');
  });
});

describe('grammar: a verb followed by what it acted on is not made passive', () => {
  test('"our till charged 5 customers twice" keeps its doer', () => {
    expect(issueInAgentWords('Our till charged 5 customers twice yesterday.', -1)).not.toMatch(/was charged 5/);
  });
});

describe('concedes: their verdict and their source set against us', () => {
  test.each([
    ['The parking fine you gave me is unfair and I am angry.'],
    ['Your refusal of my claim is wrong and I am appealing.'],
    ['The admin fee you took is illegal, I am furious.'],
  ])('%j falls back', (customer) => {
    expect(apology(customer)).toBe(PLACEHOLDER);
  });

  test('what our listing said is left out of the apology', () => {
    expect(apology('I was charged a £12 booking fee, but the advert said there were no fees.')).toBe('I’m sorry to hear you were charged a £12 booking fee.');
  });

  test('what "should have gone" elsewhere is heard', () => {
    expect(apology('I was sent an invoice for my check-up but it should’ve gone to my insurer.')).toBe('I’m sorry to hear you were sent an invoice for your check-up but it should’ve gone to your insurer.');
  });

  test('a state they say it was already in when they moved in is their case', () => {
    expect(apology('The fridge door was already dented when I moved in. You kept my whole deposit!')).toBe(PLACEHOLDER);
  });
});

describe('focus: their stance, their circumstance, being told with what was told cut', () => {
  test.each([
    ['I do not accept the valuation of my boat, I am very disappointed.'],
    ['I am still not clear about my new tariff, this is frustrating.'],
    ['I’ve been told five times now that a technician will visit. Still no one.'],
    ['My seats are now way worse than before, I am upset.'],
  ])('%j falls back', (customer) => {
    expect(apology(customer)).toBe(PLACEHOLDER);
  });

  test('where they live, said first, is not the problem', () => {
    expect(issueInAgentWords('I rent a studio flat and there is no hot water in the shower.', -1)).toBe('');
  });
});

describe('second round: codes, agreement, what was said cut, our fault named, two sentences', () => {
  test('a code with a hyphen keeps its "I"', () => {
    expect(issueInAgentWords('My I-9 form still hasn’t been processed.', -1)).toBe('your I-9 form still hasn’t been processed');
  });

  test('"on hold 40 minutes" takes "for"; "has wrong address" takes "the"', () => {
    expect(issueInAgentWords('I have been on hold 40 minutes to change my address.', -1)).toBe('you have been on hold for 40 minutes to change your address');
    expect(apology('My parking permit has wrong registration number, I am annoyed.')).toBe('I’m sorry to hear your parking permit has the wrong registration number.');
  });

  test.each([
    ['I was told the repair was covered and now I have an invoice for £300.'],
    ['Your blunder last week cost us two days of bookings. I am furious.'],
    ['I am still unhappy with your answer about the cancellation charge.'],
    ['We booked a villa for six, and my mother fell ill, so we cancelled 9 days before the trip. You kept half the price!'],
    ['the booking email have the wrong dates, our old ones. Very annoying.'],
  ])('%j falls back', (customer) => {
    expect(apology(customer)).toBe(PLACEHOLDER);
  });
});
