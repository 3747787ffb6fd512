// A long reply often owns our handling in the passive, as it explains what happened: "it was not
// matched to your order at the time", "it was missed", "I didn't spot that". That allows the error
// was ours, so "It's possible our system got this wrong" is not offered on top of it.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const admitOffered = (reply: string) =>
  score({ reply, customer: 'You charged me twice for my order and my payment shows as failed in the app!' }).findings.some((f) => f.ruleId === 'admit-error');

describe('an admission told in the passive', () => {
  test.each([
    'The payment was not matched to your order at the time, which is why it shows as failed. It is now fixed.',
    'The payment was missed when the batch ran. It is now fixed.',
    'I’m sorry I didn’t spot that earlier. It is now fixed.',
  ])('%s', (reply) => expect(admitOffered(reply)).toBe(false));

  test('a reply that only states the outcome still gets the move', () => {
    expect(admitOffered('It is now fixed.')).toBe(true);
  });
});
