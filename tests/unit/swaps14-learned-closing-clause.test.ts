// Swaps, stop 40 (issue 11 §2): a sentence the learned second opinion flags whole names no words
// of its own. Where it closes on a second claim ("…, and it was down to them to…"), that clause is
// left out when the second opinion, asked again, no longer reads what stays as the rule's. A
// clause that says what followed ("…, so …") may carry a fact and stays. Invented sentences.
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf } from './swap-helpers';

describe('a sentence flagged whole by the second opinion, its closing claim left out', () => {
  test.each([
    ['Statements are posted to your accountant, and it was down to them to forward them to you.', 'Statements are posted to your accountant.'],
    ['Reminders go to the agent who booked your trip, and it was up to them to send them on to you.', 'Reminders go to the agent who booked your trip.'],
  ])('%s', (reply, expected) => {
    const [f, ...others] = flagsOf(reply);
    expect(others).toEqual([]);
    // Flagged whole: the second opinion's reading, not a frame's words.
    expect(f!.text).toBe(reply);
    expect(f!.swap).toBe(true);
    const after = applySwap(reply, f!);
    expect(after).toBe(expected);
    expect(flagsOf(after)).toEqual([]);
  });

  test('not a clause that says what followed: it may be the fact the reply gives', () => {
    const reply = 'The login was made with the password set on your account, so the password was given to them by you.';
    const flags = flagsOf(reply);
    expect(flags.map((f) => f.text)).toEqual([reply]);
    expect(flags[0]!.swap).toBeUndefined();
  });
});
