// blame-shift Swaps, eighth round (issue 11): a slip only guessed at ("you probably forgot to…")
// said as the easy slip it is, read from the sentence's shape.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

/** Each family: the reply as an agent wrote it, and the reply after the Swap. */
const families: Record<string, [string, string][]> = {
  'a forgotten step only guessed at: said as an easy one to forget, the step and what follows kept': [
    ['You probably forgot to scan your card at the gate, which is what logs the visit.', 'It’s easy to forget to scan your card at the gate, which is what logs the visit.'],
    ['Hi, you most likely forgot to tick the consent box on the form.', 'Hi, it’s easy to forget to tick the consent box on the form.'],
    ['You must have forgotten to switch on roaming, which is how the phone joins a network abroad.', 'It’s easy to forget to switch on roaming, which is how the phone joins a network abroad.'],
  ],
};

describe.each(Object.entries(families))('%s', (_family, rows) => {
  test.each(rows)('%j', (reply, expected) => {
    expect(swappedFor('blame-shift', reply).after).toBe(expected);
  });
});

describe('what stays as it was', () => {
  test('a thing forgotten, not a step, is not said to be easy to forget', () => {
    for (const f of ruleFlagsOf('blame-shift', 'You probably forgot your PIN.')) expect(f.replacement ?? '').not.toContain('easy to forget');
  });
});

describe('a reminder for next time that opens the sentence: the same step as a tip', () => {
  test.each([
    ['Next time please make sure you add the flat number.', 'It helps to make sure you add the flat number.'],
    ['Next time, please remember to bring your card.', 'It helps to remember to bring your card.'],
  ])('%j', (reply, expected) => {
    expect(swappedFor('blame-shift', reply).after).toBe(expected);
  });
});
