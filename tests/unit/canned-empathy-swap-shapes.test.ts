// canned-empathy Swaps in three more shapes of brand replies: a stock line or verdict with only a
// stock "sorry" after it becomes one specific apology (dropping the stock words alone left a bare
// "Sorry." behind); a stock line after an interjection or a casual greeting ("Eek,", "Ah", "Hiya,")
// is still a sentence of its own; and a time that only says when it was (" tonight") goes with the
// stock words it closes, where the customer's problem is named in their place.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

describe('canned-empathy Swap: stock words before a stock "sorry"', () => {
  test.each([
    ['That sounds infuriating, sorry!', 'That sounds infuriating', 'I’m sorry [what went wrong for them].'],
    ['Completely understand, sorry. Could you DM us your order number?', 'Completely understand', 'I’m sorry [what went wrong for them]. Could you DM us your order number?'],
    ['@moe_p That’s such a pain, we’re so sorry! Try logging out and back in.', 'That’s such a pain', '@moe_p I’m sorry [what went wrong for them]. Try logging out and back in.'],
  ])('%j leaves no bare "Sorry." behind', (reply, words, expected) => {
    expect(swappedFor('canned-empathy', reply, words).after).toBe(expected);
  });
});

describe('canned-empathy Swap: after an interjection or a casual greeting', () => {
  test.each([
    ['@dot_p Eek, sorry for any hassle! Try restarting the router.', 'sorry for any hassle', '@dot_p Eek, I’m sorry [what went wrong for them]. Try restarting the router.'],
    ['Hiya, I totally understand how frustrating that is.', 'I totally understand how frustrating that is', 'Hiya, I’m sorry [what went wrong for them].'],
    ['Oops, apologies for the confusion!', 'apologies for the confusion', 'Oops, I’m sorry [what went wrong for them].'],
  ])('%j is swapped', (reply, words, expected) => {
    expect(swappedFor('canned-empathy', reply, words).after).toBe(expected);
  });
});

describe('canned-empathy Swap: a time that closes the stock words', () => {
  test('" tonight" goes with them where the problem is named', () => {
    const reply = '@ria_k Hi Ria, sorry for the hassle tonight! Try restarting the app.';
    const flag = ruleFlagsOf('canned-empathy', reply, 'My card keeps getting declined at checkout.').find((f) => f.text === 'sorry for the hassle');
    expect(flag?.swap).toBe(true);
    expect(flag?.swapSpan?.text).toBe('sorry for the hassle tonight!');
  });
});
