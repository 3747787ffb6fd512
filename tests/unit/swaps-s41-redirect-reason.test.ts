// Stop 41: a redirect to a third party with the reason it is theirs after a comma ("You'll need to
// take that up with the airline, as they operated the flight…") had only advice: the "as" clause
// turned the clause, and no rewrite was offered. The agent's step takes the redirect's place and
// the reason stays as written after it — unless the reason makes it the customer's own to do or
// says we can't, where the agent's step would contradict it.
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsOf } from './swap-helpers';

describe('a redirect with its reason: the agent takes the step, the reason stays', () => {
  test.each([
    [
      'You’ll need to take that up with the airline, as they operated the flight and made the cancellation.',
      'You’ll need to take that up with the airline',
      'I’ll take that up with the airline for you and let you know what they say, as they operated the flight and made the cancellation.',
    ],
    [
      'Please reach out to the app’s developer directly, as they handle their own refunds.',
      'Please reach out to the app’s developer',
      'I’ll reach out to the app’s developer directly for you and let you know what they say, as they handle their own refunds.',
    ],
    [
      'If the reading looks wrong, you’ll need to take it up with them, because we use the figures they send us.',
      'you’ll need to take it up with them',
      'If the reading looks wrong, I’ll take it up with them for you and let you know what they say, because we use the figures they send us.',
    ],
  ])('%s', (reply, words, expected) => {
    expectSwap('blame-shift', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });
});

describe('no Swap where the reason says it is the customer’s to do, or that we can’t', () => {
  test.each([
    ['You’ll need to contact the courier, as we can’t see where the parcel is.', 'You’ll need to contact the courier'],
    ['You’ll need to take it up with the airline, as only they can rebook it.', 'You’ll need to take it up with the airline'],
    ['You’ll need to take it up with the airline, as you booked the flight through them.', 'You’ll need to take it up with the airline'],
    ['You’ll need to take it up with the airline, but they may be slow to answer.', 'You’ll need to take it up with the airline'],
  ])('%s', (reply, words) => {
    const f = flagsOf(`Hi Sam. ${reply}`).find((g) => g.ruleId === 'blame-shift' && g.text === words);
    expect(f, `a flag on ${words}`).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});

describe('a redirect set off by a dash after the agent’s clause: the clause kept, the agent takes the step', () => {
  test.each([
    ['The screen is cracked — you’ll need to contact the manufacturer about it.', 'you’ll need to contact the manufacturer', 'The screen is cracked — I’ll contact the manufacturer about it for you and let you know what they say.'],
    ['That’s outside what our desk handles – you’ll need to contact the courier about it.', 'you’ll need to contact the courier', 'That’s outside what our desk handles – I’ll contact the courier about it for you and let you know what they say.'],
  ])('%s', (reply, words, expected) => {
    expectSwap('blame-shift', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });
});
