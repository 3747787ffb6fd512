// corporate-speak Swaps where two formal words sit together: made one by one they garbled the
// sentence ("Please please provide…", "I has reviewed…", "Please the office is closed.").
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

describe('corporate-speak: doubled openers and "the undersigned"', () => {
  test.each([
    ['Kindly please provide your account number.', 'Please provide your account number.'],
    ['Please kindly send us a photo of the label.', 'Please send us a photo of the label.'],
    // After "and", with the subject further back, "kindly" went one way and "request you to" the other.
    ['We have your note and kindly request you to send a photo of the label.', 'We have your note and ask you to send a photo of the label.'],
    ['The undersigned has reviewed your claim.', 'I have reviewed your claim.'],
    ['The undersigned is available on 0161 555 0101.', 'I am available on 0161 555 0101.'],
    ['Kindly please be advised that the office is closed.', 'The office is closed.'],
    ['Please kindly be informed that your card has been sent.', 'Your card has been sent.'],
    // "as" goes with the word it introduced, and no space is left before the full stop.
    ['I have printed a new label as aforementioned.', 'I have printed a new label.'],
  ])('%j → %j', (reply, expected) => {
    const flags = ruleFlagsOf('corporate-speak', reply);
    expect(flags).toHaveLength(1);
    expect(swappedFor('corporate-speak', reply).after).toBe(expected);
  });

  test('one formal word alone is swapped as before', () => {
    expect(swappedFor('corporate-speak', 'Kindly send us a photo of the label.').after).toBe('Please send us a photo of the label.');
    expect(swappedFor('corporate-speak', 'Please contact the undersigned if anything is unclear.').after).toBe('Please contact me if anything is unclear.');
  });
});
