import { describe, expect, it } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

// Stop 38: a stock trouble word followed by the thing it was about names the trouble, as RULES.md's
// better phrasing asks ("sorry your parcel was delayed" is no canned line); after "any", or over a
// topic alone ("with your order"), it stays a form-letter apology.
const canned = (reply: string) =>
  ruleFlagsOf('canned-empathy', reply, 'I was billed twice this month and the login link you sent does not work.').length > 0;

describe('canned-empathy: the trouble named after it', () => {
  it.each([
    'Sorry for the confusion over the two invoices; the second one was sent in error and I have cancelled it.',
    'I apologise for the inconvenience of the missing charger. I have posted a new one today.',
    'Apologies for the trouble with the reset link, it expired after a day. Here is a new one.',
  ])('stays quiet on %s', (reply) => {
    expect(canned(reply)).toBe(false);
  });

  it.each([
    'Sorry for the inconvenience.',
    'We apologise for any inconvenience with the delivery.',
    'Sorry for the inconvenience with your order.',
  ])('still flags %s', (reply) => {
    expect(canned(reply)).toBe(true);
  });
});
