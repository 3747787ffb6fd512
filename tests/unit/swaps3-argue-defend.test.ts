// argue-defend Swaps, third round (issue 11): flags that had no Swap, turned where the reply still
// reads once swapped and keeps the agent's facts; left alone where a Swap would drop advice or a
// fact. (Families tried this round that gained only on the half they were built on were dropped.)
import { describe, expect, test } from 'vitest';
import { expectSwap, ruleFlagsOf } from './swap-helpers';

/** Each case: the reply, the flagged words, and the reply after their Swap. */
const cases: Record<string, [string, string, string][]> = {
  '"clearly" after the verb goes; where the thing was said stays': [
    ['The weight limit is printed clearly on the booking page, and it applies to every bag.', 'is printed clearly on', 'The weight limit is printed on the booking page, and it applies to every bag.'],
    ['Delivery charges are listed clearly on the checkout page before you pay.', 'are listed clearly on', 'Delivery charges are listed on the checkout page before you pay.'],
  ],
  'staff vouched for, with the customer doubted on that ground: the sentence goes': [
    [
      'Thanks for telling us about the delivery. Our couriers are fully trained and told never to leave parcels in the rain, so I’d be surprised if this happened as you describe. I’ve sent a replacement today.',
      'Our couriers are fully trained',
      'Thanks for telling us about the delivery. I’ve sent a replacement today.',
    ],
    [
      'I’m sorry the lesson upset you. Our instructors are qualified in adaptive coaching, so I find it very hard to believe this was said. I’ve asked the centre manager to call you.',
      'Our instructors are qualified',
      'I’m sorry the lesson upset you. I’ve asked the centre manager to call you.',
    ],
  ],
};

describe('argue-defend: new Swaps', () => {
  for (const [family, list] of Object.entries(cases)) {
    test.each(list)(`${family}: %s`, (reply, words, expected) => expectSwap('argue-defend', reply, words, expected));
  }
});

describe('left alone where the Swap would drop advice or a fact', () => {
  test.each([
    // Advice to the customer, not a reproach: "clearly" is part of what they should do.
    ['Please make sure your house number is displayed clearly on the door.', 'displayed clearly on'],
  ])('%s', (reply, words) => {
    const f = ruleFlagsOf('argue-defend', reply).find((x) => x.text === words);
    expect(f?.swap ?? false).toBe(false);
  });
});
