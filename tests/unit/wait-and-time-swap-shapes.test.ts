// Swaps in more shapes for sorry-for-wait and vague-time: an apology for the wait before a clause
// of the agent's own after a comma ("…, it's been a busy week"), or before a second apology
// joined by "and", takes the thank-you in its place; "your emails" is the customer's messages as
// much as "your email"; and a vague time before a second step joined by "and" ("…asap and send
// it over") takes the time's place.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

describe('sorry-for-wait Swap', () => {
  test.each([
    ['Sorry for the slow reply, it’s been a busy week at the depot.', 'Sorry for the slow reply', 'Thank you for your patience, it’s been a busy week at the depot.'],
    ['Sorry for the wait, things have been hectic here!', 'Sorry for the wait', 'Thank you for your patience, things have been hectic here!'],
    ['@lou_b Sorry for the delay and sorry your voucher didn’t work!', 'Sorry for the delay', '@lou_b Thank you for your patience and sorry your voucher didn’t work!'],
    ['We apologise for the delay in replying to your messages.', 'We apologise for the delay in replying to your messages', 'Thank you for your patience.'],
  ])('%j', (reply, words, expected) => {
    expect(swappedFor('sorry-for-wait', reply, words).after).toBe(expected);
  });

  test('a thank-you joined by "and" alone is not doubled', () => {
    const flags = ruleFlagsOf('sorry-for-wait', 'Sorry for the delay and thanks for the photos.');
    expect(flags.map((f) => f.text)).toEqual(['Sorry for the delay']);
    expect(flags[0]!.swap).toBeUndefined();
  });
});

describe('vague-time Swap before a second step joined by "and"', () => {
  test.each([
    ['We’ll renew your badge asap and post it to you.', 'asap', 'We’ll renew your badge by [day and time] and post it to you.'],
    ['The team will fix the listing shortly and it will show the right price.', 'shortly', 'The team will fix the listing by [day and time] and it will show the right price.'],
  ])('%j', (reply, words, expected) => {
    expect(swappedFor('vague-time', reply, words).after).toBe(expected);
  });
});
