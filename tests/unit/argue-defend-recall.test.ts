// argue-defend, recall frames of session 32: a bare "Actually," that sets the customer right, and
// a verdict drawn from the agent's own account at the end of its clause; with the near-misses
// that stay quiet (an offer after "actually", a verdict that a record speaks for, a question).
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const flagged = (reply: string) => ruleFlagsOf('argue-defend', reply).length > 0;

describe('argue-defend: setting the customer right', () => {
  test.each([
    'Actually, the parcel left our depot on Monday.',
    'In fact the heating engineer stayed for an hour.',
    'Thanks for writing. Actually, your plan never included roaming.',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    'Actually, I can move the booking to Friday for you.',
    'Actually, we have a better option: a free swap.',
    'It was actually quicker to refund you directly.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});

describe('argue-defend: a verdict drawn from the agent’s own account', () => {
  test.each([
    'It arrived inside the ten-day window, so the charge is valid.',
    'Seats are billed as bought, not as used, so the charges are correct.',
    'The lesson ran for the full hour, therefore the fee is fair.',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    // A record speaks for the verdict: system-says's, not arguing.
    'The usage meter reads 20.4 GB, so the charge is correct.',
    'Our booking log shows the change on 3 May, so the fee is valid.',
    // A question, and a verdict the agent goes on to check.
    'So the fee is correct? Let me check that for you.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});
