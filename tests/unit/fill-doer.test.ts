// Our act said as what the customer had: "you moved my booking" is not said back as "we moved your
// booking" (a fault conceded in the company's voice) but as "your booking was moved"; what cannot be
// said so goes to the placeholder; and beside a refusal the converted form is still our fault (blanked).
import { describe, expect, test } from 'vitest';
import { issueInAgentWords } from '../../src/engine/issue';
import { createScorer } from '../../src/engine';

describe('our act said as what they had', () => {
  test.each([
    ['You moved my delivery slot to next Thursday.', 'your delivery slot was moved to next Thursday'],
    ['Your website billed me for three concert tickets.', 'you were billed for three concert tickets'],
    ['You have closed my nearest depot.', 'your nearest depot has closed'],
    ['Your courier left my parcel behind the bins.', 'your parcel was left behind the bins'],
    ['Your app keeps signing me out on my tablet.', 'you keep getting signed out on your tablet'],
    ['Your latest firmware broke my thermostat schedule.', 'your thermostat schedule stopped working after the latest firmware'],
    ['Your fitter is late, he was meant to be here at 9.', 'the fitter is running late'],
    ['Your warehouse lost my golf clubs in transit.', 'your golf clubs were lost in transit'],
    ['You haven’t sent my replacement card.', 'your replacement card hasn’t been sent'],
  ])('%j -> %j', (text, expected) => {
    expect(issueInAgentWords(text, 0)).toBe(expected);
  });

  test.each([
    // "we" doing what has no form of theirs: the placeholder.
    'You have been looking into my complaint for nine weeks.',
    // One of our people's words or conduct stated as fact.
    'Your cashier told me the voucher was fake.',
    // The rest still leans on the doer once it is gone.
    'Your app billed me twice even though it said payment failed.',
  ])('%j -> the placeholder', (text) => {
    expect(issueInAgentWords(text, 0)).toBe('');
  });
});

describe('beside a refusal, the converted form is still our fault', () => {
  const score = createScorer();
  const sentence = (customer: string, reply: string) => score({ customer, reply }).findings.find((f) => f.ruleId === 'sincere-apology')?.replacement;

  test('a charge by our app', () => {
    const customer = 'Your website billed me for three concert tickets!';
    expect(sentence(customer, 'Hi Dana, the fee stands and there is nothing more we can do.')).toBe('I’m sorry [name what went wrong for them].');
    expect(sentence(customer, 'Hi Sam, I am looking at your order now.')).toBe('I’m sorry to hear you were billed for three concert tickets.');
  });

  test('a thing of ours moved', () => {
    const customer = 'You moved my delivery slot to next Thursday!';
    expect(sentence(customer, 'Hi Dana, the slot stands and there is nothing more we can do.')).toBe('I’m sorry [name what went wrong for them].');
  });
});
