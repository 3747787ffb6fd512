// blame-shift, recall frame of session 32: the customer's omission stated on its own at the head
// of a clause; with the near-misses that stay quiet (a reassurance, a question, the agent's own).
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const flagged = (reply: string) => ruleFlagsOf('blame-shift', reply).length > 0;

describe('blame-shift: the customer’s omission stated on its own', () => {
  test.each([
    'You didn’t confirm the cleaning slot.',
    'Thanks for the photos. You did not register the warranty online.',
    'The cover lapsed in June: you failed to renew it.',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    'You never pay more than the price shown at checkout.',
    'If you didn’t confirm the slot, I can book it for you now.',
    'I didn’t confirm the slot, and that was my mistake.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});
